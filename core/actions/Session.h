// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainEvent.h"
#include "storage/UndoJournal.h"

#include <QSqlDatabase>

#include <functional>

namespace kontor {

/// What one open database shares between the actions that write to it: who is acting, who listens to the events,
/// and where undo steps go. The window makes one for its connection (with its undo stack), kontor-cli one for its
/// own (no undo); an action on a connection without a session still runs, and its events reach nobody.
///
/// A session is found by its connection's name, so that a dialog given only the connection reaches it. It is used
/// from the thread of its connection.
class Session
{
public:
    using Listener = std::function<void(const DomainEvent&)>;
    using UndoSink = std::function<void(UndoJournal::Step)>;

    explicit Session(const QSqlDatabase& db);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    /// The session of `db`'s connection, or nullptr.
    static Session* of(const QSqlDatabase& db);

    /// Listeners hear every event of every committed action, in order; the id unsubscribes.
    int subscribe(Listener listener);
    /// `delivered` is called once all the events of an action were heard: for work done once per action, not once
    /// per event. The id unsubscribes too.
    int subscribeDelivered(std::function<void()> delivered);
    void unsubscribe(int id);
    void deliver(const QList<DomainEvent>& events);

    /// Each committed action takes what it wrote from `journal` as one step named by the action, and hands it to
    /// `sink` (the window's undo stack). nullptr: no undo (kontor-cli).
    void setUndo(UndoJournal* journal, UndoSink sink);
    void recordUndoStep(const QString& label);

    /// The salesperson the actions write as "logged by", "moved by" and the default owner; 0: the database's
    /// default user.
    void setActingUserId(qint64 userId) { m_actingUserId = userId; }
    qint64 actingUserId() const { return m_actingUserId; }

private:
    QString m_connectionName;
    QList<std::pair<int, Listener>> m_listeners;
    QList<std::pair<int, std::function<void()>>> m_delivered;
    int m_nextListenerId = 1;
    UndoJournal* m_journal = nullptr;
    UndoSink m_undoSink;
    qint64 m_actingUserId = 0;
};

} // namespace kontor
