// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include <QHash>
#include <QMutex>

namespace kontor {

namespace {

QMutex sessionsMutex;
QHash<QString, Session*>& sessions()
{
    static QHash<QString, Session*> byConnection;
    return byConnection;
}

} // namespace

Session::Session(const QSqlDatabase& db) : m_connectionName(db.connectionName())
{
    QMutexLocker lock(&sessionsMutex);
    sessions().insert(m_connectionName, this);
}

Session::~Session()
{
    QMutexLocker lock(&sessionsMutex);
    if (sessions().value(m_connectionName) == this)
        sessions().remove(m_connectionName);
}

Session* Session::of(const QSqlDatabase& db)
{
    QMutexLocker lock(&sessionsMutex);
    return sessions().value(db.connectionName());
}

int Session::subscribe(Listener listener)
{
    const int id = m_nextListenerId++;
    m_listeners.append({id, std::move(listener)});
    return id;
}

int Session::subscribeDelivered(std::function<void()> delivered)
{
    const int id = m_nextListenerId++;
    m_delivered.append({id, std::move(delivered)});
    return id;
}

void Session::unsubscribe(int id)
{
    m_listeners.removeIf([id](const auto& entry) { return entry.first == id; });
    m_delivered.removeIf([id](const auto& entry) { return entry.first == id; });
}

void Session::deliver(const QList<DomainEvent>& events)
{
    // A copy: a listener may subscribe or unsubscribe while it is called.
    const auto listeners = m_listeners;
    for (const DomainEvent& event : events) {
        for (const auto& [id, listener] : listeners)
            listener(event);
    }
    const auto delivered = m_delivered;
    for (const auto& [id, done] : delivered)
        done();
}

void Session::setUndo(UndoJournal* journal, UndoSink sink)
{
    m_journal = journal;
    m_undoSink = std::move(sink);
}

void Session::recordUndoStep(const QString& label)
{
    if (!m_journal || !m_journal->isAttached() || !m_undoSink)
        return;
    auto step = m_journal->take(label);
    if (step && !step->isEmpty())
        m_undoSink(step.value());
}

} // namespace kontor
