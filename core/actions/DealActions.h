// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InputProblem.h"
#include "Result.h"
#include "domain/Deal.h"
#include "domain/Stage.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace kontor {

struct SavedDeal
{
    qint64 dealId = 0;
    bool created = false;
    /// One translated sentence: "“Fleet tracking” moved to Proposal."
    QString message;
};

class DealActions
{
    Q_DECLARE_TR_FUNCTIONS(DealActions)

public:
    /// Kontor's one check of a deal: a title, a contact, a stage, a three-letter currency, an amount not negative,
    /// and a reason when it enters a Lost stage. Field keys: "title", "contact", "stage", "currency", "amount",
    /// "lost_reason".
    static std::optional<InputProblem> check(const QSqlDatabase& db, const Deal& deal);
    /// Creates (`deal.id` 0, in `deal.stageId`) or updates the deal; a different `deal.stageId` on an existing deal
    /// is a move, kept in its history (moving to Lost needs `deal.lostReason`). The company follows the contact.
    /// Events: DealCreated; DealChanged with the fields that changed; DealStageChanged, DealWon or DealLost.
    static Result<SavedDeal> save(const QSqlDatabase& db, Deal deal);
    /// Moves the deal to the stage, as one action "Move “<title>” to <stage>". `lostReason` is needed for a Lost
    /// stage. Moving to the stage it is in changes nothing and succeeds.
    static Result<SavedDeal> move(const QSqlDatabase& db, qint64 dealId, qint64 stageId,
                                  const QString& lostReason = {});
    /// Moves the deal to the pipeline's (first) Won stage.
    static Result<SavedDeal> win(const QSqlDatabase& db, qint64 dealId);
    /// Moves the deal to the (first) Lost stage, saying why.
    static Result<SavedDeal> lose(const QSqlDatabase& db, qint64 dealId, const QString& reason);
    /// The active stage named `name` (case-insensitive), for the command line.
    static Result<Stage> stageNamed(const QSqlDatabase& db, const QString& name);
};

} // namespace kontor
