// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainEvent.h"
#include "Result.h"
#include "storage/Transaction.h"

#include <QSqlDatabase>

namespace kontor {

/// One user action as one unit: a transaction that begins with BEGIN IMMEDIATE at the outermost level, the events
/// the action publishes, and one undo step with the action's own name. Nothing is published and no step is taken
/// unless commit() succeeds. An action called inside another (a merge that saves a contact) joins the outer one:
/// its events and writes become part of the outer action's.
class ActionScope
{
public:
    ActionScope(const QSqlDatabase& db, QString undoLabel);
    ~ActionScope();
    ActionScope(const ActionScope&) = delete;
    ActionScope& operator=(const ActionScope&) = delete;

    /// Fine when the transaction began (another program may hold the database longer than the busy timeout).
    Status begun() const;
    const QSqlDatabase& db() const { return m_db; }
    /// Who acts: the session's acting user, else the database's default user; 0 when there is none.
    qint64 actingUserId() const;

    void publish(DomainEvent event);
    /// Renames the undo step, for an action whose name depends on what it found (e.g. "Move deal to Won").
    void setUndoLabel(const QString& label) { m_undoLabel = label; }
    Status commit();

private:
    QSqlDatabase m_db;
    QString m_undoLabel;
    Transaction m_transaction;
    ActionScope* m_outer = nullptr;
    QList<DomainEvent> m_events;
    bool m_registered = false;
};

} // namespace kontor
