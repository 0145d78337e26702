// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeeklyReport.h"

#include "reports/FunnelReport.h"
#include "reports/ReportSummaries.h"
#include "storage/Sql.h"

#include <QSqlQuery>

#include <functional>

namespace kontor {

namespace {

constexpr qint64 dayMs = 86400000;

// A VALUES list of the weeks' bounds, so that one query groups rows into weeks that need not be 7 * 24 hours
// long (a week with a daylight-saving change is an hour shorter or longer).
QString weeksTable(const QList<WeekFigures>& weeks)
{
    QStringList rows;
    for (qsizetype i = 0; i < weeks.size(); ++i)
        rows << QStringLiteral("(%1, %2, %3)").arg(i).arg(weeks[i].week.fromMs()).arg(weeks[i].week.toMs());
    return QStringLiteral("weeks(n, start, stop) AS (VALUES ") + rows.join(QStringLiteral(", ")) + u')';
}

} // namespace

Result<WeeklyReport> WeeklyStats::compute(const ReportPeriod& week, qint64 ownerId, int weekCount) const
{
    using R = Result<WeeklyReport>;
    WeeklyReport report;
    report.ownerId = ownerId;
    ReportPeriod each = week;
    for (int i = 0; i < std::max(2, weekCount); ++i) {
        report.weeks.prepend(WeekFigures{each});
        each = each.previous();
    }
    // Every instant at which the weeks, and the 30 days after each, begin or end.
    QList<qint64> boundaries;
    for (const WeekFigures& figures : std::as_const(report.weeks))
        boundaries << figures.week.fromMs() << figures.week.toMs() << figures.week.toMs() + 30 * dayMs;
    const HourCover cover(boundaries);
    const QString with = QStringLiteral("WITH ") + weeksTable(report.weeks) + QStringLiteral(", ");
    const qint64 first = report.weeks.first().week.fromMs();
    const qint64 last = report.weeks.last().week.toMs();
    QString lastError;
    const auto run = [&](const QString& sql, const std::function<void(WeekFigures&, const QSqlQuery&)>& take) {
        QSqlQuery query = sql::prepare(m_db, with + sql);
        query.bindValue(QStringLiteral(":first"), first);
        query.bindValue(QStringLiteral(":last"), last);
        if (ownerId > 0)
            query.bindValue(QStringLiteral(":owner"), ownerId);
        if (!query.exec()) {
            lastError = sql::errorText(query);
            return false;
        }
        while (query.next()) {
            const int n = query.value(0).toInt();
            if (n >= 0 && n < report.weeks.size())
                take(report.weeks[n], query);
        }
        return true;
    };

    // Interactions, from the hourly summary: held calls and meetings (and how many succeeded or led to a booked
    // meeting), complaints logged and resolved, and the meetings of the 30 days after each week.
    const QString byOwner = ownerId > 0 ? QStringLiteral(" AND logged_by = :owner") : QString();
    const QString interactions =
        QStringLiteral("rows AS (") + ReportSummaries::interactionRows(cover) + QStringLiteral(") ");
    if (!run(interactions +
                 QStringLiteral("SELECT w.n, kind, sum(tally), sum(CASE WHEN outcome = 'successful' THEN tally END), "
                                "  sum(CASE WHEN led THEN tally END) "
                                "FROM rows JOIN weeks w ON rows.at >= w.start AND rows.at < w.stop "
                                "WHERE kind IN ('call', 'meeting', 'complaint', 'complaint_resolved')") +
                 byOwner + QStringLiteral(" GROUP BY 1, 2"),
             [](WeekFigures& figures, const QSqlQuery& query) {
                 const QString kind = query.value(1).toString();
                 const qint64 count = query.value(2).toLongLong();
                 if (kind == QStringLiteral("call")) {
                     figures.calls = count;
                     figures.successfulCalls = query.value(3).toLongLong();
                 } else if (kind == QStringLiteral("meeting")) {
                     figures.meetings = count;
                     figures.successfulMeetings = query.value(3).toLongLong();
                 } else if (kind == QStringLiteral("complaint")) {
                     figures.complaintsOpened = count;
                 } else {
                     figures.complaintsResolved = count;
                 }
                 if (kind == QStringLiteral("call") || kind == QStringLiteral("meeting"))
                     figures.ledToAppointment += query.value(4).toLongLong();
             }) ||
        !run(interactions +
                 QStringLiteral("SELECT w.n, sum(tally) FROM rows JOIN weeks w "
                                "  ON rows.at >= w.stop AND rows.at < w.stop + %1 "
                                "WHERE kind = 'meeting'")
                     .arg(30 * dayMs) +
                 byOwner + QStringLiteral(" GROUP BY 1"),
             [](WeekFigures& figures, const QSqlQuery& query) {
                 figures.appointmentsAhead = query.value(1).toLongLong();
             }))
        return R::failure(tr("The weekly figures could not be computed: %1").arg(lastError));

    // New leads: a range of an index of contacts by creation time (by owner and creation time for one owner).
    if (!run(QStringLiteral("unused(x) AS (SELECT 1) SELECT w.n, (SELECT count(*) FROM contacts c "
                            "  WHERE c.created_at >= w.start AND c.created_at < w.stop AND c.archived_at IS NULL") +
                 (ownerId > 0 ? QStringLiteral(" AND c.owner_id = :owner") : QString()) +
                 QStringLiteral(") FROM weeks w"),
             [](WeekFigures& figures, const QSqlQuery& query) { figures.newLeads = query.value(1).toLongLong(); }))
        return R::failure(tr("The weekly figures could not be computed: %1").arg(lastError));

    // Deals moved to Won or Lost, from the hourly summary of moves.
    if (!run(QStringLiteral("rows AS (") + ReportSummaries::moveRows(cover) +
                 QStringLiteral(") SELECT w.n, s.kind, rows.currency, sum(rows.moves), sum(rows.amount_minor) "
                                "FROM rows JOIN weeks w ON rows.at >= w.start AND rows.at < w.stop "
                                "JOIN stages s ON s.id = rows.to_stage_id AND s.kind IN ('won', 'lost')") +
                 (ownerId > 0 ? QStringLiteral(" WHERE rows.owner_id = :owner") : QString()) +
                 QStringLiteral(" GROUP BY 1, 2, 3"),
             [](WeekFigures& figures, const QSqlQuery& query) {
                 if (query.value(1).toString() == QStringLiteral("won")) {
                     figures.dealsWon += query.value(3).toLongLong();
                     addMoney(figures.revenueWon, query.value(2).toString(), query.value(4).toLongLong());
                 } else {
                     figures.dealsLost += query.value(3).toLongLong();
                 }
             }))
        return R::failure(tr("The weekly figures could not be computed: %1").arg(lastError));
    return report;
}

} // namespace kontor
