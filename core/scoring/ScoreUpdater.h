// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace kontor {

class Session;

/// Keeps lead scores in step with what the actions do: a logged call, a changed field or a new contact rescores that
/// contact at once (milliseconds); an import, a merge or an import taken back, which touch many, are handed to
/// `manyChanged` (the window rescores everyone in another thread; kontor-cli at once). Nothing when no rule exists.
/// Leads rescored by one action that reach the MQL threshold move together, once its events were heard: one step.
class ScoreUpdater
{
public:
    ScoreUpdater(Session& session, QSqlDatabase db, std::function<void()> manyChanged);
    ~ScoreUpdater();
    ScoreUpdater(const ScoreUpdater&) = delete;
    ScoreUpdater& operator=(const ScoreUpdater&) = delete;

private:
    Session& m_session;
    QSqlDatabase m_db;
    int m_subscription = 0;
    int m_deliveredSubscription = 0;
    /// Contacts rescored while an action's events are heard, to qualify after them.
    QList<qint64> m_rescored;
};

} // namespace kontor
