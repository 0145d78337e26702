// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeeklyReport.h"

#include "reports/FunnelReport.h"
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
    const QString with = QStringLiteral("WITH ") + weeksTable(report.weeks) + u' ';
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
    const QString loggedBy = ownerId > 0 ? QStringLiteral(" AND i.logged_by = :owner") : QString();

    // Held calls and meetings; "led to an appointment" looks for a meeting with the same contact, booked (created)
    // within a day after the call and set for later, with no other call or meeting in between: a booking belongs
    // to the last conversation before it.
    if (!run(QStringLiteral("SELECT w.n, i.kind, count(*), sum(i.outcome = 'successful'), "
                            "  sum(EXISTS (SELECT 1 FROM interactions m WHERE m.contact_id = i.contact_id "
                            "    AND m.kind = 'meeting' AND m.id <> i.id AND m.occurred_at > i.occurred_at "
                            "    AND m.created_at >= i.occurred_at AND m.created_at < i.occurred_at + %1 "
                            "    AND m.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM interactions o "
                            "      WHERE o.contact_id = i.contact_id AND o.kind IN ('call', 'meeting') "
                            "      AND o.id NOT IN (i.id, m.id) AND o.occurred_at > i.occurred_at "
                            "      AND o.occurred_at <= m.created_at AND o.archived_at IS NULL))) "
                            "FROM interactions i JOIN weeks w ON i.occurred_at >= w.start AND i.occurred_at < w.stop "
                            "WHERE i.occurred_at >= :first AND i.occurred_at < :last AND i.kind IN ('call', 'meeting') "
                            "  AND i.archived_at IS NULL")
                     .arg(dayMs) +
                 loggedBy + QStringLiteral(" GROUP BY w.n, i.kind"),
             [](WeekFigures& figures, const QSqlQuery& query) {
                 const bool call = query.value(1).toString() == QStringLiteral("call");
                 (call ? figures.calls : figures.meetings) = query.value(2).toLongLong();
                 (call ? figures.successfulCalls : figures.successfulMeetings) = query.value(3).toLongLong();
                 figures.ledToAppointment += query.value(4).toLongLong();
             }))
        return R::failure(tr("The weekly figures could not be computed: %1").arg(lastError));

    // Meetings in the 30 days after each week's end, as booked now.
    if (!run(QStringLiteral("SELECT w.n, count(*) FROM weeks w JOIN interactions i "
                            "  ON i.occurred_at >= w.stop AND i.occurred_at < w.stop + %1 "
                            "WHERE i.kind = 'meeting' AND i.archived_at IS NULL AND i.occurred_at >= :first")
                     .arg(30 * dayMs) +
                 loggedBy + QStringLiteral(" GROUP BY w.n"),
             [](WeekFigures& figures, const QSqlQuery& query) {
                 figures.appointmentsAhead = query.value(1).toLongLong();
             }))
        return R::failure(tr("The weekly figures could not be computed: %1").arg(lastError));

    if (!run(QStringLiteral("SELECT w.n, count(*) FROM contacts c JOIN weeks w "
                            "  ON c.created_at >= w.start AND c.created_at < w.stop "
                            "WHERE c.created_at >= :first AND c.created_at < :last AND c.archived_at IS NULL") +
                 (ownerId > 0 ? QStringLiteral(" AND c.owner_id = :owner") : QString()) +
                 QStringLiteral(" GROUP BY w.n"),
             [](WeekFigures& figures, const QSqlQuery& query) { figures.newLeads = query.value(1).toLongLong(); }))
        return R::failure(tr("The weekly figures could not be computed: %1").arg(lastError));

    if (!run(QStringLiteral(
                 "SELECT w.n, s.kind, d.currency, count(DISTINCT d.id), sum(d.amount_minor) "
                 "FROM deal_stage_history h JOIN weeks w ON h.changed_at >= w.start AND h.changed_at < w.stop "
                 "JOIN stages s ON s.id = h.to_stage_id AND s.kind IN ('won', 'lost') "
                 "JOIN deals d ON d.id = h.deal_id AND d.archived_at IS NULL "
                 "WHERE h.changed_at >= :first AND h.changed_at < :last") +
                 (ownerId > 0 ? QStringLiteral(" AND d.owner_id = :owner") : QString()) +
                 QStringLiteral(" GROUP BY w.n, s.kind, d.currency"),
             [](WeekFigures& figures, const QSqlQuery& query) {
                 if (query.value(1).toString() == QStringLiteral("won")) {
                     figures.dealsWon += query.value(3).toLongLong();
                     addMoney(figures.revenueWon, query.value(2).toString(), query.value(4).toLongLong());
                 } else {
                     figures.dealsLost += query.value(3).toLongLong();
                 }
             }))
        return R::failure(tr("The weekly figures could not be computed: %1").arg(lastError));

    if (!run(QStringLiteral("SELECT w.n, count(*) FROM interactions i JOIN weeks w "
                            "  ON i.occurred_at >= w.start AND i.occurred_at < w.stop "
                            "WHERE i.kind = 'complaint' AND i.archived_at IS NULL "
                            "  AND i.occurred_at >= :first AND i.occurred_at < :last") +
                 loggedBy + QStringLiteral(" GROUP BY w.n"),
             [](WeekFigures& figures, const QSqlQuery& query) {
                 figures.complaintsOpened = query.value(1).toLongLong();
             }))
        return R::failure(tr("The weekly figures could not be computed: %1").arg(lastError));
    if (!run(QStringLiteral("SELECT w.n, count(*) FROM interactions i JOIN weeks w "
                            "  ON i.resolved_at >= w.start AND i.resolved_at < w.stop "
                            "WHERE i.kind = 'complaint' AND i.archived_at IS NULL "
                            "  AND i.resolved_at >= :first AND i.resolved_at < :last") +
                 loggedBy + QStringLiteral(" GROUP BY w.n"),
             [](WeekFigures& figures, const QSqlQuery& query) {
                 figures.complaintsResolved = query.value(1).toLongLong();
             }))
        return R::failure(tr("The weekly figures could not be computed: %1").arg(lastError));
    return report;
}

} // namespace kontor
