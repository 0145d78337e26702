// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportChoice.h"

#include "Result.h"
#include "reports/HourCover.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kontor {

/// Schema 6's hourly summaries of interactions and deal moves, which triggers keep in step with the rows. Here are
/// the plain queries they stand for, a rebuild for after a bulk load without the triggers, and the proof that they
/// agree.
class ReportSummaries
{
    Q_DECLARE_TR_FUNCTIONS(ReportSummaries)

public:
    /// interaction_hours as a GROUP BY over interactions: (hour, kind, outcome, logged_by, led, count).
    static QString plainInteractionHours();
    /// deal_move_hours as a GROUP BY over the stage history: (hour, to_stage_id, created, changed_by, owner_id,
    /// currency, moves, amount_minor).
    static QString plainDealMoveHours();
    /// deal_stage_facts as a query over the stage history: (deal_id, stage_id, reached_at, went_on_at).
    static QString plainStageFacts();
    /// funnel_hours as a GROUP BY over the facts: (hour, stage_id, owner_id, currency, reached, amount_minor,
    /// went_on, went_on_ms).
    static QString plainFunnelHours();
    /// Computes every summary again from the rows.
    static Status rebuild(const QSqlDatabase& db);
    /// Computes the summaries of deals (moves, stage facts, funnel) again from the rows.
    static Status rebuildDeals(const QSqlDatabase& db);
    /// How many rows differ between each summary and its plain query (0 when they agree).
    static Result<qint64> differences(const QSqlDatabase& db);

    /// A query of the interactions over `cover`, as rows (at, kind, outcome, logged_by, led, tally): whole hours
    /// from the summary (at = the hour's start), cut hours from the interactions themselves (tally = 1).
    static QString interactionRows(const HourCover& cover, const ReportChoice& choice = {});
    /// The same for deal moves: (at, to_stage_id, created, changed_by, owner_id, currency, moves, amount_minor).
    static QString moveRows(const HourCover& cover, const ReportChoice& choice = {});
    /// The same for the funnel: (at, stage_id, owner_id, currency, reached, amount_minor, went_on, went_on_ms).
    static QString funnelRows(const HourCover& cover, const ReportChoice& choice = {});
};

} // namespace kontor
