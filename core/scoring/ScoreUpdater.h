// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSqlDatabase>

#include <functional>

namespace kontor {

class Session;

/// Keeps lead scores in step with what the actions do: a logged call, a changed field or a new contact rescores that
/// contact at once (milliseconds); an import, a merge or an import taken back, which touch many, are handed to
/// `manyChanged` (the window rescores everyone in another thread; kontor-cli at once). Nothing when no rule exists.
/// Leads whose score reached the MQL threshold through one action move together once its events were heard: one
/// step. A company changed rescores everyone when a rule asks about companies.
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
    /// Contacts whose score reached the MQL threshold while an action's events were heard, to qualify after them.
    QSet<qint64> m_crossed;
};

} // namespace kontor
