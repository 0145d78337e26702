// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CustomField.h"
#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kontor {

struct Deal
{
    qint64 id = 0;
    QString title;
    qint64 contactId = 0;
    qint64 companyId = 0;
    qint64 stageId = 0;
    Money amount;
    QDate expectedClose;
    qint64 ownerId = 0;
    qint64 leadSourceId = 0;
    qint64 campaignId = 0;
    QDateTime stageEnteredAt;
    QDateTime closedAt;
    QString lostReason;
    QString notes;
    /// The values of custom fields; fields missing from the map are left as stored on save.
    CustomValues custom;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
};

/// One move of a deal between stages; fromStageId is 0 for the stage a deal was created in.
struct StageChange
{
    qint64 id = 0;
    qint64 dealId = 0;
    qint64 fromStageId = 0;
    qint64 toStageId = 0;
    QDateTime changedAt;
    qint64 changedBy = 0;
};

/// A step of a deal as the contact's history shows it: created in, or moved to, a stage.
struct DealStep
{
    qint64 dealId = 0;
    QString title;
    Money amount;
    /// Empty for the stage the deal was created in.
    QString fromStage;
    QString toStage;
    QString toKind;
    QDateTime at;
    QString lostReason;
};

} // namespace kontor
