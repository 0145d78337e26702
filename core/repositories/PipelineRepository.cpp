// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineRepository.h"

#include "Clock.h"
#include "StageRepository.h"
#include "storage/Sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace kontor {

namespace {

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;

qint64 weighted(qint64 minor, int probability)
{
    return (minor * probability + 50) / 100;
}

} // namespace

Result<QList<PipelineCard>> PipelineRepository::cards(const Stage& stage, const QString& where,
                                                      const QVariantList& values, const QString& order, int limit,
                                                      qint64 nowMs) const
{
    // The deal's own company, else its contact's.
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT d.id, d.title, d.contact_id, trim(c.first_name || ' ' || c.last_name), "
                             "  coalesce(dc.name, cc.name), d.amount_minor, d.currency, d.stage_entered_at, "
                             "  d.owner_id, u.name, d.expected_close, d.lost_reason "
                             "FROM deals d LEFT JOIN contacts c ON c.id = d.contact_id "
                             "  LEFT JOIN companies dc ON dc.id = d.company_id "
                             "  LEFT JOIN companies cc ON cc.id = c.company_id "
                             "  LEFT JOIN users u ON u.id = d.owner_id "
                             "WHERE ") +
                  where + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ?"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    if (!query.exec())
        return Result<QList<PipelineCard>>::failure(tr("The deals could not be read: %1").arg(sql::errorText(query)));
    QList<PipelineCard> cards;
    while (query.next()) {
        PipelineCard card;
        card.dealId = query.value(0).toLongLong();
        card.title = query.value(1).toString();
        card.contactId = query.value(2).toLongLong();
        card.contactName = query.value(3).toString();
        card.companyName = query.value(4).toString();
        card.amount = Money{query.value(5).toLongLong(), query.value(6).toString()};
        card.stageId = stage.id;
        card.stageName = stage.name;
        card.stageEnteredAt = sql::toTime(query.value(7));
        card.daysInStage = static_cast<int>(std::max<qint64>(0, (nowMs - query.value(7).toLongLong()) / dayMs));
        card.stale = !stage.isFinal() && stage.staleAfterDays > 0 && card.daysInStage >= stage.staleAfterDays;
        card.ownerId = query.value(8).toLongLong();
        card.ownerName = query.value(9).toString();
        card.expectedClose = sql::toDate(query.value(10));
        if (stage.kind == StageKind::Lost)
            card.lostReason = query.value(11).toString();
        cards.append(card);
    }
    return cards;
}

Result<PipelineColumn> PipelineRepository::column(const Stage& stage, const PipelineFilter& filter,
                                                  const QDateTime& now) const
{
    return readColumn(stage, filter, now.isValid() ? now.toMSecsSinceEpoch() : Clock::nowMs());
}

Result<PipelineColumn> PipelineRepository::readColumn(const Stage& stage, const PipelineFilter& filter,
                                                      qint64 nowMs) const
{
    // Every condition is on a column of deals_board, so the counts and cards never scan the table.
    QString where = QStringLiteral("d.stage_id = ? AND d.archived_at IS NULL");
    QVariantList values{stage.id};
    if (stage.isFinal()) {
        where += QStringLiteral(" AND d.stage_entered_at >= ?");
        values << nowMs - qint64(std::max(0, filter.closedWithinDays)) * dayMs;
    }
    if (filter.ownerId > 0) {
        // The + keeps the planner on deals_board: the owner index alone would visit every row of the owner.
        where += QStringLiteral(" AND +d.owner_id = ?");
        values << filter.ownerId;
    }
    const bool tracksStale = !stage.isFinal() && stage.staleAfterDays > 0;
    const qint64 staleBefore = nowMs - qint64(stage.staleAfterDays) * dayMs;
    PipelineColumn column;
    column.stage = stage;
    auto addTotal = [&](const QString& currency, int deals, qint64 sum) {
        column.dealCount += deals;
        column.totals.append(Money{sum, currency});
        column.weightedTotals.append(Money{weighted(sum, stage.probability), currency});
    };
    auto failure = [](const QSqlQuery& query) {
        return Result<PipelineColumn>::failure(tr("The pipeline could not be read: %1").arg(sql::errorText(query)));
    };

    if (stage.isFinal()) {
        // Only the recently closed: a range of deals_board.
        QSqlQuery totals = sql::prepare(m_db, QStringLiteral("SELECT d.currency, count(*), sum(d.amount_minor) "
                                                             "FROM deals d WHERE ") +
                                                  where + QStringLiteral(" GROUP BY d.currency ORDER BY 3 DESC"));
        for (const QVariant& value : values)
            totals.addBindValue(value);
        if (!totals.exec())
            return failure(totals);
        while (totals.next())
            addTotal(totals.value(0).toString(), totals.value(1).toInt(), totals.value(2).toLongLong());
    } else {
        QSqlQuery totals = sql::prepare(
            m_db, QStringLiteral("SELECT currency, sum(deals), sum(amount_minor) FROM deal_totals WHERE stage_id = ?") +
                      (filter.ownerId > 0 ? QStringLiteral(" AND owner_id = ?") : QString()) +
                      QStringLiteral(" GROUP BY currency HAVING sum(deals) > 0 ORDER BY 3 DESC"));
        totals.addBindValue(stage.id);
        if (filter.ownerId > 0)
            totals.addBindValue(filter.ownerId);
        if (!totals.exec())
            return failure(totals);
        while (totals.next())
            addTotal(totals.value(0).toString(), totals.value(1).toInt(), totals.value(2).toLongLong());
        if (tracksStale && column.dealCount > 0) {
            // Stale = all − fresh, and the fresh are the short end of the stage's range in deals_board.
            QSqlQuery fresh = sql::prepare(m_db, QStringLiteral("SELECT count(*) FROM deals d WHERE ") + where +
                                                     QStringLiteral(" AND d.stage_entered_at > ?"));
            for (const QVariant& value : values)
                fresh.addBindValue(value);
            fresh.addBindValue(staleBefore);
            if (!fresh.exec() || !fresh.next())
                return failure(fresh);
            column.staleCount = column.dealCount - fresh.value(0).toInt();
        }
    }
    if (column.dealCount == 0)
        return column;
    auto cards = this->cards(stage, where, values,
                             stage.isFinal() ? QStringLiteral("d.stage_entered_at DESC, d.id DESC")
                                             : QStringLiteral("d.stage_entered_at, d.id"),
                             std::max(0, filter.cardsPerStage), nowMs);
    if (!cards)
        return Result<PipelineColumn>::failure(cards.error());
    column.cards = cards.value();
    return column;
}

Result<QList<PipelineColumn>> PipelineRepository::board(const PipelineFilter& filter, const QDateTime& now) const
{
    const qint64 nowMs = now.isValid() ? now.toMSecsSinceEpoch() : Clock::nowMs();
    auto stages = StageRepository(m_db).list();
    if (!stages)
        return Result<QList<PipelineColumn>>::failure(stages.error());
    QList<PipelineColumn> columns;
    for (const Stage& stage : stages.value()) {
        auto column = readColumn(stage, filter, nowMs);
        if (!column)
            return Result<QList<PipelineColumn>>::failure(column.error());
        columns.append(column.value());
    }
    return columns;
}

Status PipelineRepository::rebuildTotals(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DELETE FROM deal_totals")) ||
        !query.exec(
            QStringLiteral("INSERT INTO deal_totals (stage_id, owner_id, currency, deals, amount_minor) "
                           "SELECT stage_id, coalesce(owner_id, 0), currency, count(*), sum(amount_minor) FROM deals "
                           "WHERE archived_at IS NULL GROUP BY 1, 2, 3")))
        return Status::failure(tr("The pipeline totals could not be computed: %1").arg(sql::errorText(query)));
    return {};
}

Result<QList<PipelineCard>> PipelineRepository::staleDeals(int limit, const QDateTime& now) const
{
    const qint64 nowMs = now.isValid() ? now.toMSecsSinceEpoch() : Clock::nowMs();
    auto stages = StageRepository(m_db).list();
    if (!stages)
        return Result<QList<PipelineCard>>::failure(stages.error());
    // The oldest of each stage through the index, then merged: one query over all stages would sort every stale deal.
    QList<PipelineCard> stale;
    for (const Stage& stage : stages.value()) {
        if (stage.isFinal() || stage.staleAfterDays <= 0)
            continue;
        auto cards =
            this->cards(stage, QStringLiteral("d.stage_id = ? AND d.archived_at IS NULL AND d.stage_entered_at <= ?"),
                        {stage.id, nowMs - qint64(stage.staleAfterDays) * dayMs},
                        QStringLiteral("d.stage_entered_at, d.id"), limit, nowMs);
        if (!cards)
            return cards;
        stale.append(cards.value());
    }
    // Longest past its stage's limit first.
    auto overdueDays = [&](const PipelineCard& card) {
        for (const Stage& stage : stages.value()) {
            if (stage.id == card.stageId)
                return card.daysInStage - stage.staleAfterDays;
        }
        return 0;
    };
    std::stable_sort(stale.begin(), stale.end(),
                     [&](const PipelineCard& a, const PipelineCard& b) { return overdueDays(a) > overdueDays(b); });
    if (stale.size() > limit)
        stale.resize(limit);
    return stale;
}

} // namespace kontor
