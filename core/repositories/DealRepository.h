// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Deal.h"
#include "domain/Stage.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace kontor {

class DealRepository
{
    Q_DECLARE_TR_FUNCTIONS(DealRepository)

public:
    explicit DealRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Creates the deal in its stage and records that first step in the stage history.
    Result<qint64> create(const Deal& deal, qint64 byUserId = 0);
    /// Edits everything but the stage; stage changes go through moveToStage().
    Status update(const Deal& deal);
    Result<Deal> get(qint64 id) const;
    Status archive(qint64 id);
    /// Moves the deal, recording from, to, when and who; entering a won or lost stage closes it.
    Status moveToStage(qint64 dealId, qint64 stageId, qint64 byUserId = 0, const QDateTime& when = {},
                       const QString& lostReason = {});
    /// The same for a deal and stage the caller has just read (a move on the board reads them once, not twice).
    Status moveToStage(const Deal& deal, const Stage& stage, qint64 byUserId = 0, const QDateTime& when = {},
                       const QString& lostReason = {});
    Result<QList<StageChange>> history(qint64 dealId) const;
    Result<QList<Deal>> forContact(qint64 contactId) const;
    /// The deals of these companies (a company and its branches), newest first.
    Result<QList<Deal>> forCompanies(const QList<qint64>& companyIds) const;
    /// Every step of the contact's deals, newest first, at most `limit`.
    /// The deals of `ids` in that order (archived ones too); ids that do not exist are left out.
    Result<QList<Deal>> byIds(const QList<qint64>& ids) const;
    Result<QList<DealStep>> stepsForContact(qint64 contactId, int limit = 500) const;

private:
    Status validate(const Deal& deal) const;
    QSqlDatabase m_db;
};

} // namespace kontor
