// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityReport.h"

#include "reports/FunnelReport.h"
#include "reports/ReportSummaries.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlQuery>

#include <cmath>

namespace kontor {

Result<ActivityReport> Activity::compute(const ReportFilter& filter, Qt::DayOfWeek weekStart) const
{
    using R = Result<ActivityReport>;
    ActivityReport report;
    report.filter = filter;
    // The weeks touching the period, clipped to it, as (start, stop) instants.
    QStringList bounds;
    QList<qint64> boundaries;
    for (ReportPeriod week = ReportPeriod::week(filter.period.first, weekStart, filter.period.zone);
         week.first <= filter.period.last; week = ReportPeriod::week(week.last.addDays(1), weekStart, week.zone)) {
        report.weeks << week.first;
        const qint64 start = std::max(week.fromMs(), filter.period.fromMs());
        const qint64 stop = std::min(week.toMs(), filter.period.toMs());
        bounds << QStringLiteral("(%1, %2, %3)").arg(report.weeks.size() - 1).arg(start).arg(stop);
        boundaries << start << stop;
    }
    const HourCover cover(boundaries);
    const QString with = QStringLiteral("WITH weeks(n, start, stop) AS (VALUES ") + bounds.join(QStringLiteral(", ")) +
                         QStringLiteral("), logged AS (") + ReportSummaries::interactionRows(cover) +
                         QStringLiteral("), moved AS (") + ReportSummaries::moveRows(cover) + QStringLiteral(") ");
    const QString owner = filter.ownerId > 0 ? QStringLiteral(" AND u.id = :owner") : QString();

    // Per user and week: interactions they logged, stage changes they made, their deals won.
    QSqlQuery query = sql::prepare(
        m_db,
        with +
            QStringLiteral(
                "SELECT u.id, u.name, w.n, coalesce(i.calls, 0), coalesce(i.meetings, 0), coalesce(i.emails, 0), "
                "  coalesce(m.moved, 0), coalesce(won.won, 0) "
                "FROM users u CROSS JOIN weeks w "
                "LEFT JOIN (SELECT logged_by, w.n, sum(CASE WHEN kind = 'call' THEN tally END) AS calls, "
                "    sum(CASE WHEN kind = 'meeting' THEN tally END) AS meetings, "
                "    sum(CASE WHEN kind = 'email' THEN tally END) AS emails "
                "  FROM logged JOIN weeks w ON logged.at >= w.start AND logged.at < w.stop "
                "  WHERE kind IN ('call', 'meeting', 'email') GROUP BY 1, 2) AS i "
                "  ON i.logged_by = u.id AND i.n = w.n "
                "LEFT JOIN (SELECT changed_by, w.n, sum(moves) AS moved FROM moved "
                "  JOIN weeks w ON moved.at >= w.start AND moved.at < w.stop WHERE created = 0 GROUP BY 1, 2) AS m "
                "  ON m.changed_by = u.id AND m.n = w.n "
                "LEFT JOIN (SELECT owner_id, w.n, sum(moves) AS won FROM moved "
                "  JOIN weeks w ON moved.at >= w.start AND moved.at < w.stop "
                "  JOIN stages s ON s.id = moved.to_stage_id AND s.kind = 'won' GROUP BY 1, 2) AS won "
                "  ON won.owner_id = u.id AND won.n = w.n "
                "WHERE 1") +
            owner + QStringLiteral(" ORDER BY u.name COLLATE NOCASE, u.id, w.n"));
    if (filter.ownerId > 0)
        query.bindValue(QStringLiteral(":owner"), filter.ownerId);
    if (!query.exec())
        return R::failure(tr("The activity report could not be computed: %1").arg(sql::errorText(query)));
    QHash<qint64, qsizetype> totalOf;
    while (query.next()) {
        ActivityFigures row;
        row.userId = query.value(0).toLongLong();
        row.user = query.value(1).toString();
        row.weekOf = report.weeks.value(query.value(2).toInt());
        row.calls = query.value(3).toLongLong();
        row.meetings = query.value(4).toLongLong();
        row.emails = query.value(5).toLongLong();
        row.dealsMoved = query.value(6).toLongLong();
        row.dealsWon = query.value(7).toLongLong();
        auto total = totalOf.constFind(row.userId);
        if (total == totalOf.cend()) {
            ActivityFigures sum;
            sum.userId = row.userId;
            sum.user = row.user;
            total = totalOf.insert(row.userId, report.totals.size());
            report.totals.append(sum);
        }
        ActivityFigures& sum = report.totals[*total];
        sum.calls += row.calls;
        sum.meetings += row.meetings;
        sum.emails += row.emails;
        sum.dealsMoved += row.dealsMoved;
        sum.dealsWon += row.dealsWon;
        report.rows.append(row);
    }
    // Salespeople who did nothing in the period are noise in a chart of activity.
    const auto idle = [](const ActivityFigures& row) {
        return row.calls + row.meetings + row.emails + row.dealsMoved + row.dealsWon == 0;
    };
    QSet<qint64> active;
    for (const ActivityFigures& total : std::as_const(report.totals)) {
        if (!idle(total))
            active.insert(total.userId);
    }
    report.rows.removeIf([&active](const ActivityFigures& row) { return !active.contains(row.userId); });
    report.totals.removeIf([&active](const ActivityFigures& row) { return !active.contains(row.userId); });
    return report;
}

Result<ForecastReport> Forecast::compute(QDate today, qint64 ownerId) const
{
    using R = Result<ForecastReport>;
    ForecastReport report;
    report.ownerId = ownerId;
    report.today = today;
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT substr(d.expected_close, 1, 7), d.owner_id, u.name, d.currency, s.probability, "
                             "  count(*), sum(d.amount_minor), sum(d.expected_close < :today) "
                             "FROM deals d JOIN stages s ON s.id = d.stage_id AND s.kind = 'open' "
                             "LEFT JOIN users u ON u.id = d.owner_id "
                             "WHERE d.archived_at IS NULL") +
                  (ownerId > 0 ? QStringLiteral(" AND d.owner_id = :owner") : QString()) +
                  QStringLiteral(" GROUP BY 1, 2, 4, 5"));
    query.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    if (ownerId > 0)
        query.bindValue(QStringLiteral(":owner"), ownerId);
    if (!query.exec())
        return R::failure(tr("The forecast could not be computed: %1").arg(sql::errorText(query)));
    QHash<QPair<QString, qint64>, qsizetype> indexOf;
    while (query.next()) {
        const QString month = query.value(0).toString();
        const qint64 owner = query.value(1).toLongLong();
        auto index = indexOf.constFind({month, owner});
        if (index == indexOf.cend()) {
            ForecastMonth row;
            row.month = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
            row.ownerId = owner;
            row.owner = query.value(2).toString();
            index = indexOf.insert({month, owner}, report.months.size());
            report.months.append(row);
        }
        ForecastMonth& row = report.months[*index];
        const QString currency = query.value(3).toString();
        const qint64 amount = query.value(6).toLongLong();
        row.deals += query.value(5).toLongLong();
        row.overdue += query.value(7).toLongLong();
        addMoney(row.amount, currency, amount);
        addMoney(row.weighted, currency,
                 static_cast<qint64>(std::llround(static_cast<double>(amount) * query.value(4).toInt() / 100.0)));
    }
    std::sort(report.months.begin(), report.months.end(), [](const ForecastMonth& a, const ForecastMonth& b) {
        if (a.month.isValid() != b.month.isValid())
            return a.month.isValid();
        if (a.month != b.month)
            return a.month < b.month;
        return a.owner.localeAwareCompare(b.owner) < 0;
    });
    return report;
}

Result<QList<qint64>> Forecast::dealsIn(QDate month, qint64 ownerId) const
{
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT d.id FROM deals d JOIN stages s ON s.id = d.stage_id AND s.kind = 'open' "
                             "WHERE d.archived_at IS NULL AND ") +
                  (month.isValid() ? QStringLiteral("substr(d.expected_close, 1, 7) = :month")
                                   : QStringLiteral("d.expected_close IS NULL")) +
                  (ownerId > 0 ? QStringLiteral(" AND d.owner_id = :owner") : QString()) +
                  QStringLiteral(" ORDER BY d.expected_close, d.id"));
    if (month.isValid())
        query.bindValue(QStringLiteral(":month"), month.toString(QStringLiteral("yyyy-MM")));
    if (ownerId > 0)
        query.bindValue(QStringLiteral(":owner"), ownerId);
    if (!query.exec())
        return Result<QList<qint64>>::failure(tr("The deals could not be read: %1").arg(sql::errorText(query)));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace kontor
