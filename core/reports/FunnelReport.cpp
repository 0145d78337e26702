// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunnelReport.h"

#include "Clock.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlQuery>

namespace kontor {

void addMoney(QList<Money>& totals, const QString& currency, qint64 minor)
{
    for (Money& total : totals) {
        if (total.currency == currency) {
            total.minor += minor;
            return;
        }
    }
    totals.append(Money{minor, currency});
}

std::optional<double> ratio(double a, double b)
{
    if (b == 0)
        return std::nullopt;
    return a / b;
}

std::optional<double> FunnelStage::conversion() const
{
    if (kind != QStringLiteral("open"))
        return std::nullopt; // Won and Lost are where deals end
    return ratio(static_cast<double>(wentOn), static_cast<double>(reached));
}

std::optional<double> FunnelReport::winRate() const
{
    return ratio(static_cast<double>(won), static_cast<double>(won + lost));
}

std::optional<double> FunnelReport::overallConversion() const
{
    return ratio(static_cast<double>(won), static_cast<double>(entered));
}

namespace {

// The moves of the period, each as the deal's arrival in a stage; `extra` is appended to the WHERE clause.
QString movesInPeriod(qint64 ownerId)
{
    return QStringLiteral("FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id "
                          "WHERE h.changed_at >= :from AND h.changed_at < :to AND d.archived_at IS NULL") +
           (ownerId > 0 ? QStringLiteral(" AND d.owner_id = :owner") : QString());
}

void bindPeriod(QSqlQuery& query, const ReportFilter& filter)
{
    query.bindValue(QStringLiteral(":from"), filter.period.fromMs());
    query.bindValue(QStringLiteral(":to"), filter.period.toMs());
    if (filter.ownerId > 0)
        query.bindValue(QStringLiteral(":owner"), filter.ownerId);
}

} // namespace

Result<FunnelReport> Funnel::compute(const ReportFilter& filter) const
{
    using R = Result<FunnelReport>;
    const auto failure = [](const QSqlQuery& query) {
        return R::failure(tr("The funnel could not be computed: %1").arg(sql::errorText(query)));
    };
    FunnelReport report;
    report.filter = filter;
    QHash<qint64, qsizetype> indexOf;
    {
        QSqlQuery stages(m_db);
        if (!stages.exec(QStringLiteral("SELECT id, name, kind, probability FROM stages WHERE archived_at IS NULL "
                                        "ORDER BY CASE kind WHEN 'open' THEN 0 WHEN 'won' THEN 1 ELSE 2 END, "
                                        "position, id")))
            return failure(stages);
        while (stages.next()) {
            FunnelStage stage;
            stage.stageId = stages.value(0).toLongLong();
            stage.name = stages.value(1).toString();
            stage.kind = stages.value(2).toString();
            stage.probability = stages.value(3).toInt();
            indexOf.insert(stage.stageId, report.stages.size());
            report.stages.append(stage);
        }
    }

    // Deals and value per stage reached: a deal that came back to a stage counts there once.
    QSqlQuery reached = sql::prepare(
        m_db, QStringLiteral("SELECT r.stage_id, d.currency, count(*), sum(d.amount_minor) FROM "
                             "(SELECT DISTINCT h.deal_id, h.to_stage_id AS stage_id ") +
                  movesInPeriod(filter.ownerId) +
                  QStringLiteral(") AS r JOIN deals d ON d.id = r.deal_id GROUP BY r.stage_id, d.currency"));
    bindPeriod(reached, filter);
    if (!reached.exec())
        return failure(reached);
    while (reached.next()) {
        const auto index = indexOf.value(reached.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        FunnelStage& stage = report.stages[index];
        stage.reached += reached.value(2).toLongLong();
        addMoney(stage.value, reached.value(1).toString(), reached.value(3).toLongLong());
    }

    // Went on: a later move of the same deal, before the period's end, to a stage further along that is not Lost.
    QSqlQuery wentOn = sql::prepare(
        m_db, QStringLiteral("SELECT r.stage_id, count(*) FROM "
                             "(SELECT h.deal_id, h.to_stage_id AS stage_id, min(h.changed_at) AS at ") +
                  movesInPeriod(filter.ownerId) +
                  QStringLiteral(" GROUP BY h.deal_id, h.to_stage_id) AS r JOIN stages s ON s.id = r.stage_id "
                                 "WHERE s.kind = 'open' AND EXISTS (SELECT 1 FROM deal_stage_history n "
                                 "  JOIN stages ns ON ns.id = n.to_stage_id WHERE n.deal_id = r.deal_id "
                                 "  AND n.changed_at >= r.at AND n.changed_at < :to AND ns.kind <> 'lost' "
                                 "  AND (ns.kind = 'won' OR ns.position > s.position)) "
                                 "GROUP BY r.stage_id"));
    bindPeriod(wentOn, filter);
    if (!wentOn.exec())
        return failure(wentOn);
    while (wentOn.next()) {
        if (const auto index = indexOf.value(wentOn.value(0).toLongLong(), -1); index >= 0)
            report.stages[index].wentOn = wentOn.value(1).toLongLong();
    }

    // Days in stage: each stay that began in the period lasts until the deal's next move, or until the period's
    // end or now, whichever comes first.
    QSqlQuery stays = sql::prepare(
        m_db, QStringLiteral("SELECT h.to_stage_id, count(DISTINCT h.deal_id), "
                             "  sum(coalesce((SELECT min(n.changed_at) FROM deal_stage_history n "
                             "    WHERE n.deal_id = h.deal_id AND (n.changed_at > h.changed_at "
                             "    OR (n.changed_at = h.changed_at AND n.id > h.id))), :end) - h.changed_at) ") +
                  movesInPeriod(filter.ownerId) + QStringLiteral(" GROUP BY h.to_stage_id"));
    bindPeriod(stays, filter);
    stays.bindValue(QStringLiteral(":end"), std::min(filter.period.toMs(), Clock::nowMs()));
    if (!stays.exec())
        return failure(stays);
    while (stays.next()) {
        const auto index = indexOf.value(stays.value(0).toLongLong(), -1);
        if (index < 0 || report.stages[index].kind != QStringLiteral("open"))
            continue;
        const double deals = stays.value(1).toDouble();
        // A stay cut at "now" before it began (a move dated in the future) counts as none.
        const double days = std::max(0.0, stays.value(2).toDouble()) / 86400000.0;
        if (deals > 0)
            report.stages[index].averageDays = days / deals;
    }

    QSqlQuery entered = sql::prepare(m_db, QStringLiteral("SELECT count(*) ") + movesInPeriod(filter.ownerId) +
                                               QStringLiteral(" AND h.from_stage_id IS NULL"));
    bindPeriod(entered, filter);
    if (!entered.exec() || !entered.next())
        return failure(entered);
    report.entered = entered.value(0).toLongLong();

    for (const FunnelStage& stage : std::as_const(report.stages)) {
        if (stage.kind == QStringLiteral("won")) {
            report.won += stage.reached;
            for (const Money& money : stage.value)
                addMoney(report.wonValue, money.currency, money.minor);
        } else if (stage.kind == QStringLiteral("lost")) {
            report.lost += stage.reached;
        }
    }
    return report;
}

Result<QList<qint64>> Funnel::dealsReaching(const ReportFilter& filter, qint64 stageId) const
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT DISTINCT h.deal_id ") + movesInPeriod(filter.ownerId) +
                                             QStringLiteral(" AND h.to_stage_id = :stage ORDER BY h.deal_id"));
    bindPeriod(query, filter);
    query.bindValue(QStringLiteral(":stage"), stageId);
    if (!query.exec())
        return Result<QList<qint64>>::failure(tr("The deals could not be read: %1").arg(sql::errorText(query)));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace kontor
