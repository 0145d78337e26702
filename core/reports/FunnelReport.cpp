// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunnelReport.h"

#include "reports/ReportSummaries.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlQuery>

namespace kontor {

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
    // Narrowed to some records, every figure is counted from the rows (the summaries do not tell records apart).
    const HourCover cover({filter.period.fromMs(), filter.period.toMs()}, filter.choice.isSet());
    const QString inPeriod = QStringLiteral(" WHERE at >= :from AND at < :to") +
                             (filter.ownerId > 0 ? QStringLiteral(" AND owner_id = :owner") : QString());
    const auto bind = [&filter](QSqlQuery& query) {
        query.bindValue(QStringLiteral(":from"), filter.period.fromMs());
        query.bindValue(QStringLiteral(":to"), filter.period.toMs());
        if (filter.ownerId > 0)
            query.bindValue(QStringLiteral(":owner"), filter.ownerId);
    };

    // Per stage, from the hourly summary of the deals' first arrivals.
    QSqlQuery reached =
        sql::prepare(m_db, QStringLiteral("SELECT stage_id, currency, sum(reached), sum(amount_minor), sum(went_on), "
                                          "sum(went_on_ms) FROM (") +
                               ReportSummaries::funnelRows(cover, filter.choice) + u')' + inPeriod +
                               QStringLiteral(" GROUP BY 1, 2"));
    bind(reached);
    if (!reached.exec())
        return failure(reached);
    QHash<qint64, std::pair<qint64, double>> wentOn; // stage -> deals that went on, ms they took
    while (reached.next()) {
        const auto index = indexOf.value(reached.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        FunnelStage& stage = report.stages[index];
        stage.reached += reached.value(2).toLongLong();
        addMoney(stage.value, reached.value(1).toString(), reached.value(3).toLongLong());
        stage.wentOn += reached.value(4).toLongLong();
        wentOn[stage.stageId].second += reached.value(5).toDouble();
    }
    for (FunnelStage& stage : report.stages) {
        if (stage.kind == QStringLiteral("open") && stage.wentOn > 0)
            stage.averageDays = wentOn.value(stage.stageId).second / 86400000.0 / static_cast<double>(stage.wentOn);
    }

    // Deals created in the period, from the summary of moves.
    QSqlQuery entered = sql::prepare(m_db, QStringLiteral("SELECT coalesce(sum(moves), 0) FROM (") +
                                               ReportSummaries::moveRows(cover, filter.choice) + u')' + inPeriod +
                                               QStringLiteral(" AND created = 1"));
    bind(entered);
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
    QSqlQuery query =
        sql::prepare(m_db, QStringLiteral("SELECT f.deal_id FROM deal_stage_facts f JOIN deals d ON d.id = f.deal_id "
                                          "WHERE f.reached_at >= :from AND f.reached_at < :to AND f.stage_id = :stage "
                                          "AND d.archived_at IS NULL AND ") +
                               filter.choice.dealCondition(QStringLiteral("d")) +
                               (filter.ownerId > 0 ? QStringLiteral(" AND d.owner_id = :owner") : QString()) +
                               QStringLiteral(" ORDER BY f.reached_at, f.deal_id"));
    query.bindValue(QStringLiteral(":from"), filter.period.fromMs());
    query.bindValue(QStringLiteral(":to"), filter.period.toMs());
    query.bindValue(QStringLiteral(":stage"), stageId);
    if (filter.ownerId > 0)
        query.bindValue(QStringLiteral(":owner"), filter.ownerId);
    if (!query.exec())
        return Result<QList<qint64>>::failure(tr("The deals could not be read: %1").arg(sql::errorText(query)));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace kontor
