// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

#include <functional>

namespace kontor {

class Session;

/// Keeps lead scores in step with what the actions do: a logged call, a changed field or a new contact rescores that
/// contact at once (milliseconds); an import, a merge or an import taken back, which touch many, are handed to
/// `manyChanged` (the window rescores everyone in another thread; kontor-cli at once). Nothing when no rule exists.
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
};

} // namespace kontor
