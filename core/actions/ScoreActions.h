// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "Result.h"
#include "scoring/ScoreRule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

namespace kontor {

/// What Settings, the window and kontor-cli do with lead scoring, as actions: the rules saved as one undo step, a
/// full rescore, and leads whose score reached the threshold made marketing qualified (LifecycleRules).
class ScoreActions
{
    Q_DECLARE_TR_FUNCTIONS(ScoreActions)

public:
    /// Replaces the rules, as one undoable step that publishes SettingsChanged "score_rules".
    static Status setRules(const QSqlDatabase& db, const QList<ScoreRule>& rules);
    /// Moves the leads among `contactIds` (none: everyone) whose stored score reached the MQL threshold, in one
    /// action that the history names; returns how many moved. No step is taken when none did.
    static Result<int> qualifyLeads(const QSqlDatabase& db, const QList<qint64>& contactIds = {});
    /// Works out every score again and stores those that changed (`progress` may stop it: nothing stored), then
    /// qualifies the leads whose score reached the threshold from below (not those already above it: a lead moved
    /// back by hand stays). Returns how many scores changed.
    static Result<qint64> rescoreEveryone(const QSqlDatabase& db, const QDateTime& now,
                                          const ProgressCallback& progress = {});
};

} // namespace kontor
