// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionScope.h"

#include "Session.h"
#include "repositories/UserRepository.h"

#include <QHash>
#include <QMutex>

namespace kontor {

namespace {

// The outermost action open on each connection, so that an action called inside another joins it.
QMutex scopesMutex;
QHash<QString, ActionScope*>& outermostScopes()
{
    static QHash<QString, ActionScope*> byConnection;
    return byConnection;
}

} // namespace

ActionScope::ActionScope(const QSqlDatabase& db, QString undoLabel)
    : m_db(db), m_undoLabel(std::move(undoLabel)), m_transaction(db)
{
    QMutexLocker lock(&scopesMutex);
    m_outer = outermostScopes().value(m_db.connectionName());
    // An action inside a bare Transaction would take its undo step and announce its events before the enclosing
    // transaction commits, which may still roll back: actions nest in actions only.
    Q_ASSERT_X(m_outer || !m_transaction.isActive() || m_transaction.isOutermost(), "ActionScope",
               "an action may run inside another action, not inside a bare Transaction");
    if (!m_outer && m_transaction.isActive()) {
        outermostScopes().insert(m_db.connectionName(), this);
        m_registered = true;
    }
}

ActionScope::~ActionScope()
{
    if (!m_registered)
        return;
    QMutexLocker lock(&scopesMutex);
    outermostScopes().remove(m_db.connectionName());
}

Status ActionScope::begun() const
{
    return m_transaction.begun();
}

qint64 ActionScope::actingUserId() const
{
    if (Session* session = Session::of(m_db); session && session->actingUserId())
        return session->actingUserId();
    if (auto user = UserRepository(m_db).defaultUser(); user)
        return user->id;
    return 0;
}

void ActionScope::publish(DomainEvent event)
{
    m_events.append(std::move(event));
}

Status ActionScope::commit()
{
    if (Status committed = m_transaction.commit(); !committed)
        return committed;
    if (m_outer) {
        // Part of a larger action: its events go out, and its writes are taken back, with that action's.
        m_outer->m_events.append(m_events);
        return {};
    }
    if (m_registered) {
        QMutexLocker lock(&scopesMutex);
        outermostScopes().remove(m_db.connectionName());
        m_registered = false;
    }
    if (Session* session = Session::of(m_db)) {
        session->recordUndoStep(m_undoLabel);
        session->deliver(m_events);
    }
    return {};
}

} // namespace kontor
