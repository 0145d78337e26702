// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Money.h"
#include "domain/Stage.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace kontor {

/// What a deal card on the board shows.
struct PipelineCard
{
    qint64 dealId = 0;
    QString title;
    qint64 contactId = 0;
    QString contactName;
    QString companyName;
    Money amount;
    qint64 stageId = 0;
    QString stageName;
    QDateTime stageEnteredAt;
    int daysInStage = 0;
    /// Longer in an open stage than the stage allows.
    bool stale = false;
    qint64 ownerId = 0;
    QString ownerName;
    QDate expectedClose;
    /// Why a lost deal was lost.
    QString lostReason;
};

/// One column of the board: a stage, the totals of all its deals, and the first of its cards.
struct PipelineColumn
{
    Stage stage;
    int dealCount = 0;
    int staleCount = 0;
    /// One sum per currency, the largest first.
    QList<Money> totals;
    /// The totals times the stage's probability, rounded to the minor unit.
    QList<Money> weightedTotals;
    /// Open stages: the deals that have waited longest first. Won and Lost: the latest closed first.
    QList<PipelineCard> cards;

    bool isComplete() const { return cards.size() == dealCount; }
};

struct PipelineFilter
{
    /// 0 means every owner.
    qint64 ownerId = 0;
    /// Won and Lost columns hold the deals closed within this many days.
    int closedWithinDays = 30;
    /// The most cards one column reads; the totals always count every deal.
    int cardsPerStage = 200;
};

/// Reads the sales pipeline as a board of stages.
class PipelineRepository
{
    Q_DECLARE_TR_FUNCTIONS(PipelineRepository)

public:
    explicit PipelineRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<PipelineColumn>> board(const PipelineFilter& filter = {}, const QDateTime& now = {}) const;
    /// One column of the board, to show a move without reading the others again.
    Result<PipelineColumn> column(const Stage& stage, const PipelineFilter& filter = {},
                                  const QDateTime& now = {}) const;

    /// Computes deal_totals again from the deals, for after a bulk load that ran without its triggers.
    static Status rebuildTotals(const QSqlDatabase& db);

    /// Open deals longer in their stage than it allows, longest overdue first, at most `limit`.
    Result<QList<PipelineCard>> staleDeals(int limit, const QDateTime& now = {}) const;

private:
    Result<PipelineColumn> readColumn(const Stage& stage, const PipelineFilter& filter, qint64 nowMs) const;
    Result<QList<PipelineCard>> cards(const Stage& stage, const QString& where, const QVariantList& values,
                                      const QString& order, int limit, qint64 nowMs) const;
    QSqlDatabase m_db;
};

} // namespace kontor
