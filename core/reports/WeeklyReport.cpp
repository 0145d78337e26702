// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeeklyReport.h"

#include "Clock.h"

#include "reports/Figures.h"
#include "reports/ReportSummaries.h"
#include "storage/Sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace kontor {

namespace {

constexpr qint64 dayMs = 86400000;

// The index of the week that holds `at`, or -1: weeks are contiguous, so this is a search among their starts.
int weekOf(const QList<WeekFigures>& weeks, qint64 at)
{
    if (weeks.isEmpty() || at < weeks.first().week.fromMs() || at >= weeks.last().week.toMs())
        return -1;
    const auto after = std::upper_bound(weeks.cbegin(), weeks.cend(), at, [](qint64 time, const WeekFigures& figures) {
        return time < figures.week.fromMs();
    });
    return static_cast<int>(after - weeks.cbegin()) - 1;
}

// Where a week's past ends: now for the week under way, its end for a week gone by, its start for one to come.
// Interactions before it have happened ("held"); meetings from it on are booked ahead.
qint64 heldUntil(const ReportPeriod& week, qint64 now)
{
    return std::clamp(now, week.fromMs(), week.toMs());
}

} // namespace

Result<WeeklyReport> WeeklyStats::compute(const ReportPeriod& week, qint64 ownerId, int weekCount,
                                          const ReportChoice& choice) const
{
    using R = Result<WeeklyReport>;
    const auto failure = [](const QSqlQuery& query) {
        return R::failure(tr("The weekly figures could not be computed: %1").arg(sql::errorText(query)));
    };
    WeeklyReport report;
    report.ownerId = ownerId;
    ReportPeriod each = week;
    for (int i = 0; i < std::max(2, weekCount); ++i) {
        report.weeks.prepend(WeekFigures{each});
        each = each.previous();
    }
    const qint64 now = Clock::nowMs();
    QList<qint64> boundaries;
    for (const WeekFigures& figures : std::as_const(report.weeks))
        boundaries << figures.week.fromMs() << figures.week.toMs() << figures.week.toMs() + 30 * dayMs;
    // The hour that holds "now" is read from the rows, to the millisecond.
    if (now > boundaries.first() && now < boundaries.last())
        boundaries << now;
    std::sort(boundaries.begin(), boundaries.end());
    const HourCover cover(boundaries, choice.isSet());
    const qint64 first = report.weeks.first().week.fromMs();
    const qint64 end = report.weeks.last().week.toMs() + 30 * dayMs;
    const QString byOwner = ownerId > 0 ? QStringLiteral(" AND logged_by = :owner") : QString();

    // Interactions by the hour from the summary (by the minute in hours a boundary cuts), sorted into weeks here:
    // a few thousand rows, where joining them with the weeks in SQL compares each with every week.
    QSqlQuery interactions = sql::prepare(
        m_db, QStringLiteral("SELECT at, kind, sum(tally), sum(CASE WHEN outcome = 'successful' THEN tally END), "
                             "  sum(CASE WHEN led THEN tally END) FROM (") +
                  ReportSummaries::interactionRows(cover, choice) +
                  QStringLiteral(") WHERE at >= :first AND at < :end "
                                 "AND kind IN ('call', 'meeting', 'complaint', 'complaint_resolved')") +
                  byOwner + QStringLiteral(" GROUP BY 1, 2"));
    interactions.bindValue(QStringLiteral(":first"), first);
    interactions.bindValue(QStringLiteral(":end"), end);
    if (ownerId > 0)
        interactions.bindValue(QStringLiteral(":owner"), ownerId);
    if (!interactions.exec())
        return failure(interactions);
    while (interactions.next()) {
        const qint64 at = interactions.value(0).toLongLong();
        const QString kind = interactions.value(1).toString();
        const qint64 count = interactions.value(2).toLongLong();
        if (kind == QStringLiteral("meeting")) {
            for (WeekFigures& figures : report.weeks) {
                if (at >= heldUntil(figures.week, now) && at < figures.week.toMs() + 30 * dayMs)
                    figures.appointmentsAhead += count;
            }
        }
        const int n = weekOf(report.weeks, at);
        // What is planned has not been held: only what happened up to now counts (a resolution is never planned).
        if (n < 0 || (at >= now && kind != QStringLiteral("complaint_resolved")))
            continue;
        WeekFigures& figures = report.weeks[n];
        if (kind == QStringLiteral("call")) {
            figures.calls += count;
            figures.successfulCalls += interactions.value(3).toLongLong();
            figures.ledToAppointment += interactions.value(4).toLongLong();
        } else if (kind == QStringLiteral("meeting")) {
            figures.meetings += count;
            figures.successfulMeetings += interactions.value(3).toLongLong();
            figures.ledToAppointment += interactions.value(4).toLongLong();
        } else if (kind == QStringLiteral("complaint")) {
            figures.complaintsOpened += count;
        } else {
            figures.complaintsResolved += count;
        }
    }

    // Deals moved to Won or Lost, from the summary of moves.
    QSqlQuery moves = sql::prepare(
        m_db, QStringLiteral("SELECT rows.at, s.kind, rows.currency, sum(rows.moves), sum(rows.amount_minor) FROM (") +
                  ReportSummaries::moveRows(cover, choice) +
                  QStringLiteral(") AS rows JOIN stages s ON s.id = rows.to_stage_id AND s.kind IN ('won', 'lost') "
                                 "WHERE rows.at >= :first AND rows.at < :last") +
                  (ownerId > 0 ? QStringLiteral(" AND rows.owner_id = :owner") : QString()) +
                  QStringLiteral(" GROUP BY 1, 2, 3"));
    moves.bindValue(QStringLiteral(":first"), first);
    moves.bindValue(QStringLiteral(":last"), report.weeks.last().week.toMs());
    if (ownerId > 0)
        moves.bindValue(QStringLiteral(":owner"), ownerId);
    if (!moves.exec())
        return failure(moves);
    while (moves.next()) {
        const int n = weekOf(report.weeks, moves.value(0).toLongLong());
        if (n < 0)
            continue;
        WeekFigures& figures = report.weeks[n];
        if (moves.value(1).toString() == QStringLiteral("won")) {
            figures.dealsWon += moves.value(3).toLongLong();
            addMoney(figures.revenueWon, moves.value(2).toString(), moves.value(4).toLongLong());
        } else {
            figures.dealsLost += moves.value(3).toLongLong();
        }
    }

    // New leads: a range of an index of contacts by creation time (by owner and creation time for one owner).
    QSqlQuery leads =
        sql::prepare(m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE created_at >= ? AND created_at < ? "
                                          "AND archived_at IS NULL AND ") +
                               choice.contactCondition(QStringLiteral("id")) +
                               (ownerId > 0 ? QStringLiteral(" AND owner_id = ?") : QString()));
    for (WeekFigures& figures : report.weeks) {
        leads.addBindValue(figures.week.fromMs());
        leads.addBindValue(figures.week.toMs());
        if (ownerId > 0)
            leads.addBindValue(ownerId);
        if (!leads.exec() || !leads.next())
            return failure(leads);
        figures.newLeads = leads.value(0).toLongLong();
    }
    return report;
}

Result<FigureRows> WeeklyStats::behind(const ReportPeriod& week, WeekFigure figure, qint64 ownerId, int limit,
                                       const ReportChoice& choice) const
{
    // The same rows the summaries count, read plainly: a week of one figure is a range of an index by time.
    QString condition;
    QString time = QStringLiteral("occurred_at");
    qint64 from = week.fromMs();
    // Held figures end now, as compute() counts them.
    qint64 to = heldUntil(week, Clock::nowMs());
    switch (figure) {
    case WeekFigure::Calls:
        condition = QStringLiteral("kind = 'call'");
        break;
    case WeekFigure::SuccessfulCalls:
        condition = QStringLiteral("kind = 'call' AND outcome = 'successful'");
        break;
    case WeekFigure::Meetings:
        condition = QStringLiteral("kind = 'meeting'");
        break;
    case WeekFigure::SuccessfulMeetings:
        condition = QStringLiteral("kind = 'meeting' AND outcome = 'successful'");
        break;
    case WeekFigure::LedToAppointment:
        condition = QStringLiteral("kind IN ('call', 'meeting') AND next_meeting_id IS NOT NULL");
        break;
    case WeekFigure::AppointmentsAhead:
        condition = QStringLiteral("kind = 'meeting'");
        from = heldUntil(week, Clock::nowMs());
        to = week.toMs() + 30 * dayMs;
        break;
    case WeekFigure::ComplaintsOpened:
        condition = QStringLiteral("kind = 'complaint'");
        break;
    case WeekFigure::ComplaintsResolved:
        condition = QStringLiteral("kind = 'complaint'");
        time = QStringLiteral("resolved_at");
        to = week.toMs();
        break;
    case WeekFigure::NewLeads: {
        to = week.toMs();
        QSqlQuery query =
            sql::prepare(m_db, QStringLiteral("SELECT id FROM contacts WHERE created_at >= :from AND created_at < :to "
                                              "AND archived_at IS NULL AND ") +
                                   choice.contactCondition(QStringLiteral("id")) +
                                   (ownerId > 0 ? QStringLiteral(" AND owner_id = :owner") : QString()) +
                                   QStringLiteral(" ORDER BY created_at, id"));
        query.bindValue(QStringLiteral(":from"), from);
        query.bindValue(QStringLiteral(":to"), to);
        if (ownerId > 0)
            query.bindValue(QStringLiteral(":owner"), ownerId);
        return readFigureRows(query, FigureRows::Kind::Contacts, limit);
    }
    case WeekFigure::DealsWon:
    case WeekFigure::RevenueWon:
    case WeekFigure::DealsLost: {
        to = week.toMs();
        QSqlQuery query =
            sql::prepare(m_db, QStringLiteral("SELECT h.deal_id FROM deal_stage_history h "
                                              "JOIN deals d ON d.id = h.deal_id AND d.archived_at IS NULL "
                                              "JOIN stages s ON s.id = h.to_stage_id AND s.kind = :kind "
                                              "WHERE h.changed_at >= :from AND h.changed_at < :to AND ") +
                                   choice.dealCondition(QStringLiteral("d")) +
                                   (ownerId > 0 ? QStringLiteral(" AND d.owner_id = :owner") : QString()) +
                                   QStringLiteral(" ORDER BY h.changed_at, h.id"));
        query.bindValue(QStringLiteral(":kind"),
                        figure == WeekFigure::DealsLost ? QStringLiteral("lost") : QStringLiteral("won"));
        query.bindValue(QStringLiteral(":from"), from);
        query.bindValue(QStringLiteral(":to"), to);
        if (ownerId > 0)
            query.bindValue(QStringLiteral(":owner"), ownerId);
        return readFigureRows(query, FigureRows::Kind::Deals, limit);
    }
    }
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT id FROM interactions WHERE archived_at IS NULL AND %1 >= :from AND %1 < :to AND ")
                      .arg(time) +
                  condition + QStringLiteral(" AND ") + choice.contactCondition(QStringLiteral("contact_id")) +
                  (ownerId > 0 ? QStringLiteral(" AND logged_by = :owner") : QString()) +
                  QStringLiteral(" ORDER BY %1, id").arg(time));
    query.bindValue(QStringLiteral(":from"), from);
    query.bindValue(QStringLiteral(":to"), to);
    if (ownerId > 0)
        query.bindValue(QStringLiteral(":owner"), ownerId);
    return readFigureRows(query, FigureRows::Kind::Interactions, limit);
}

} // namespace kontor
