// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreActions.h"

#include "ActionScope.h"
#include "LifecycleRules.h"
#include "scoring/LeadScoring.h"

namespace kontor {

Status ScoreActions::setRules(const QSqlDatabase& db, const QList<ScoreRule>& rules)
{
    ActionScope action(db, tr("Change lead scoring rules"));
    if (Status begun = action.begun(); !begun)
        return begun;
    if (Status saved = LeadScoring(db).saveRules(rules); !saved)
        return saved;
    action.publish(events::SettingsChanged{QStringLiteral("score_rules")});
    return action.commit();
}

Result<int> ScoreActions::qualifyLeads(const QSqlDatabase& db, const QList<qint64>& contactIds)
{
    // Read before an action begins: most rescores qualify nobody, and then no write lock is taken.
    auto reached = LifecycleRules::leadsAtThreshold(db, contactIds);
    if (!reached)
        return Result<int>::failure(reached.error());
    if (reached->isEmpty())
        return 0;
    ActionScope action(db, tr("Qualify %Ln lead(s) by score", nullptr, int(reached->size())));
    if (Status begun = action.begun(); !begun)
        return Result<int>::failure(begun.error());
    // Read again inside the transaction: another program may have moved some since.
    reached = LifecycleRules::leadsAtThreshold(db, contactIds);
    if (!reached)
        return Result<int>::failure(reached.error());
    auto moved = LifecycleRules::qualifyByScore(action, reached.value());
    if (!moved || moved.value() == 0)
        return moved;
    if (Status committed = action.commit(); !committed)
        return Result<int>::failure(committed.error());
    return moved;
}

Result<qint64> ScoreActions::rescoreEveryone(const QSqlDatabase& db, const QDateTime& now,
                                             const ProgressCallback& progress)
{
    QList<qint64> crossed;
    auto changed = LeadScoring(db).rescoreAll(now, progress, LifecycleRules::settings(db).mqlScore, &crossed);
    if (!changed)
        return changed;
    if (!crossed.isEmpty()) {
        if (auto qualified = qualifyLeads(db, crossed); !qualified)
            return Result<qint64>::failure(qualified.error());
    }
    return changed;
}

} // namespace kontor
