// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityReport.h"

#include "Clock.h"
#include "domain/DateText.h"

#include "reports/Figures.h"
#include "reports/ReportSummaries.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <functional>

namespace kontor {

Result<ActivityReport> Activity::compute(const ReportFilter& filter, Qt::DayOfWeek weekStart) const
{
    using R = Result<ActivityReport>;
    const auto failure = [](const QSqlQuery& query) {
        return R::failure(tr("The activity report could not be computed: %1").arg(sql::errorText(query)));
    };
    ActivityReport report;
    report.filter = filter;
    // The weeks touching the period, each clipped to it: their starts, for sorting rows into them.
    // Activity is what was done: each week also ends now, so that a meeting planned for later this week is not
    // counted as held.
    const qint64 until = std::min(filter.period.toMs(), Clock::nowMs());
    QList<qint64> starts;
    QList<qint64> boundaries;
    for (ReportPeriod week = ReportPeriod::week(filter.period.first, weekStart, filter.period.zone);
         week.first <= filter.period.last; week = ReportPeriod::week(week.last.addDays(1), weekStart, week.zone)) {
        report.weeks << week.first;
        starts << std::max(week.fromMs(), filter.period.fromMs());
        boundaries << starts.last() << std::max(starts.last(), std::min(week.toMs(), until));
    }
    const auto weekOf = [&starts](qint64 at) {
        return static_cast<int>(std::upper_bound(starts.cbegin(), starts.cend(), at) - starts.cbegin()) - 1;
    };
    const HourCover cover(boundaries, filter.choice.isSet());

    // One row per salesperson and week, filled from the summaries by the hour.
    QHash<qint64, QList<ActivityFigures>> byUser;
    QList<qint64> order;
    QSqlQuery users(m_db);
    if (!users.exec(QStringLiteral("SELECT id, name FROM users ORDER BY name COLLATE NOCASE, id")))
        return failure(users);
    while (users.next()) {
        const qint64 id = users.value(0).toLongLong();
        if (filter.ownerId > 0 && id != filter.ownerId)
            continue;
        QList<ActivityFigures> weeks;
        for (const QDate& weekOf : std::as_const(report.weeks))
            weeks.append(ActivityFigures{id, users.value(1).toString(), weekOf});
        byUser.insert(id, weeks);
        order << id;
    }
    const auto at = [&byUser, &weekOf](qint64 user, qint64 time) -> ActivityFigures* {
        auto found = byUser.find(user);
        const int n = weekOf(time);
        return found == byUser.end() || n < 0 || n >= found->size() ? nullptr : &(*found)[n];
    };

    // Whole hours of each week from the summaries, week by week along their primary key (a year is 53 range
    // reads, and SQLite hands back one row per week, salesperson and kind); the hours a boundary cuts from the rows.
    QStringList hourRanges;
    for (int n = 0; n < starts.size(); ++n) {
        const qint64 start = boundaries.at(2 * n);
        const qint64 stop = boundaries.at(2 * n + 1);
        hourRanges << QStringLiteral("(%1, %2, %3)")
                          .arg(n)
                          .arg((start + HourCover::hourMs - 1) / HourCover::hourMs)
                          .arg(stop / HourCover::hourMs);
    }
    const QString weeks = QStringLiteral("WITH weeks(n, first_hour, end_hour) AS (VALUES ") +
                          hourRanges.join(QStringLiteral(", ")) + QStringLiteral(") ");
    const auto run = [&](QSqlQuery& query, const std::function<void(const QSqlQuery&)>& take) {
        query.bindValue(QStringLiteral(":from"), filter.period.fromMs());
        query.bindValue(QStringLiteral(":to"), std::max(filter.period.fromMs(), until));
        if (!query.exec())
            return false;
        while (query.next())
            take(query);
        return true;
    };
    const auto addInteraction = [](ActivityFigures* figures, const QString& kind, qint64 count) {
        if (!figures)
            return;
        (kind == QStringLiteral("call")      ? figures->calls
         : kind == QStringLiteral("meeting") ? figures->meetings
                                             : figures->emails) += count;
    };
    QSqlQuery summedInteractions = sql::prepare(
        m_db, weeks +
                  QStringLiteral("SELECT w.n, i.logged_by, i.kind, sum(i.count) FROM weeks w "
                                 "JOIN interaction_hours i ON i.hour >= w.first_hour AND i.hour < w.end_hour "
                                 "WHERE i.kind IN ('call', 'meeting', 'email') AND ") +
                  cover.uncutCondition(QStringLiteral("i.hour")) + QStringLiteral(" GROUP BY 1, 2, 3"));
    QSqlQuery cutInteractions =
        sql::prepare(m_db, QStringLiteral("SELECT occurred_at, coalesce(logged_by, 0), kind FROM interactions "
                                          "WHERE archived_at IS NULL AND kind IN ('call', 'meeting', 'email') "
                                          "AND occurred_at >= :from AND occurred_at < :to AND ") +
                               cover.rowCondition(QStringLiteral("occurred_at")) + QStringLiteral(" AND ") +
                               filter.choice.contactCondition(QStringLiteral("contact_id")));
    const auto weekFigures = [&byUser](qint64 user, int n) -> ActivityFigures* {
        auto found = byUser.find(user);
        return found == byUser.end() || n < 0 || n >= found->size() ? nullptr : &(*found)[n];
    };
    if (!run(summedInteractions,
             [&](const QSqlQuery& row) {
                 addInteraction(weekFigures(row.value(1).toLongLong(), row.value(0).toInt()), row.value(2).toString(),
                                row.value(3).toLongLong());
             }) ||
        !run(cutInteractions, [&](const QSqlQuery& row) {
            addInteraction(at(row.value(1).toLongLong(), row.value(0).toLongLong()), row.value(2).toString(), 1);
        }))
        return R::failure(tr("The activity report could not be computed."));

    // Stage changes by whoever made them (a deal's first stage is no move); won deals by their owner.
    const auto addMoves = [](ActivityFigures* mover, ActivityFigures* owner, bool created, bool won, qint64 count) {
        if (mover && !created)
            mover->dealsMoved += count;
        if (owner && won)
            owner->dealsWon += count;
    };
    QSqlQuery summedMoves = sql::prepare(
        m_db, weeks +
                  QStringLiteral("SELECT w.n, m.changed_by, m.owner_id, m.created, s.kind = 'won', sum(m.moves) "
                                 "FROM weeks w JOIN deal_move_hours m "
                                 "  ON m.hour >= w.first_hour AND m.hour < w.end_hour "
                                 "JOIN stages s ON s.id = m.to_stage_id WHERE ") +
                  cover.uncutCondition(QStringLiteral("m.hour")) + QStringLiteral(" GROUP BY 1, 2, 3, 4, 5"));
    QSqlQuery cutMoves =
        sql::prepare(m_db, QStringLiteral("SELECT h.changed_at, coalesce(h.changed_by, 0), coalesce(d.owner_id, 0), "
                                          "  h.from_stage_id IS NULL, s.kind = 'won' FROM deal_stage_history h "
                                          "JOIN deals d ON d.id = h.deal_id AND d.archived_at IS NULL "
                                          "JOIN stages s ON s.id = h.to_stage_id "
                                          "WHERE h.changed_at >= :from AND h.changed_at < :to AND ") +
                               cover.rowCondition(QStringLiteral("h.changed_at")) + QStringLiteral(" AND ") +
                               filter.choice.dealCondition(QStringLiteral("d")));
    if (!run(summedMoves,
             [&](const QSqlQuery& row) {
                 const int n = row.value(0).toInt();
                 addMoves(weekFigures(row.value(1).toLongLong(), n), weekFigures(row.value(2).toLongLong(), n),
                          row.value(3).toBool(), row.value(4).toBool(), row.value(5).toLongLong());
             }) ||
        !run(cutMoves, [&](const QSqlQuery& row) {
            const qint64 time = row.value(0).toLongLong();
            addMoves(at(row.value(1).toLongLong(), time), at(row.value(2).toLongLong(), time), row.value(3).toBool(),
                     row.value(4).toBool(), 1);
        }))
        return R::failure(tr("The activity report could not be computed."));

    // Salespeople who did nothing in the period are noise in a chart of activity.
    for (qint64 id : std::as_const(order)) {
        ActivityFigures total{id, byUser.value(id).first().user, QDate()};
        for (const ActivityFigures& week : byUser.value(id)) {
            total.calls += week.calls;
            total.meetings += week.meetings;
            total.emails += week.emails;
            total.dealsMoved += week.dealsMoved;
            total.dealsWon += week.dealsWon;
        }
        if (total.calls + total.meetings + total.emails + total.dealsMoved + total.dealsWon == 0)
            continue;
        report.totals.append(total);
        report.rows.append(byUser.value(id));
    }
    return report;
}

Result<FigureRows> Activity::behind(const ReportPeriod& days, qint64 userId, ActivityFigure figure, int limit,
                                    const ReportChoice& choice) const
{
    // The same rows the summaries count, read plainly: a week of one salesperson is a range of an index by time.
    QSqlQuery query;
    FigureRows::Kind kind = FigureRows::Kind::Interactions;
    switch (figure) {
    case ActivityFigure::Logged:
    case ActivityFigure::Calls:
    case ActivityFigure::Meetings:
    case ActivityFigure::Emails:
        query = sql::prepare(m_db,
                             QStringLiteral("SELECT id FROM interactions WHERE archived_at IS NULL "
                                            "AND occurred_at >= :from AND occurred_at < :to AND kind IN (%1) "
                                            "AND logged_by = :user AND %2 ORDER BY occurred_at, id")
                                 .arg(figure == ActivityFigure::Calls      ? QStringLiteral("'call'")
                                      : figure == ActivityFigure::Meetings ? QStringLiteral("'meeting'")
                                      : figure == ActivityFigure::Emails   ? QStringLiteral("'email'")
                                                                         : QStringLiteral("'call', 'meeting', 'email'"),
                                      choice.contactCondition(QStringLiteral("contact_id"))));
        break;
    case ActivityFigure::DealsMoved:
        query = sql::prepare(m_db, QStringLiteral("SELECT h.deal_id FROM deal_stage_history h "
                                                  "JOIN deals d ON d.id = h.deal_id AND d.archived_at IS NULL "
                                                  "WHERE h.changed_at >= :from AND h.changed_at < :to "
                                                  "AND h.from_stage_id IS NOT NULL AND h.changed_by = :user "
                                                  "AND %1 ORDER BY h.changed_at, h.id")
                                       .arg(choice.dealCondition(QStringLiteral("d"))));
        kind = FigureRows::Kind::Deals;
        break;
    case ActivityFigure::DealsWon:
        query = sql::prepare(m_db, QStringLiteral("SELECT h.deal_id FROM deal_stage_history h "
                                                  "JOIN deals d ON d.id = h.deal_id AND d.archived_at IS NULL "
                                                  "JOIN stages s ON s.id = h.to_stage_id AND s.kind = 'won' "
                                                  "WHERE h.changed_at >= :from AND h.changed_at < :to "
                                                  "AND d.owner_id = :user AND %1 ORDER BY h.changed_at, h.id")
                                       .arg(choice.dealCondition(QStringLiteral("d"))));
        kind = FigureRows::Kind::Deals;
        break;
    }
    query.bindValue(QStringLiteral(":from"), days.fromMs());
    // Up to now, as compute() counts.
    query.bindValue(QStringLiteral(":to"), std::max(days.fromMs(), std::min(days.toMs(), Clock::nowMs())));
    query.bindValue(QStringLiteral(":user"), userId);
    return readFigureRows(query, kind, limit);
}

Result<ForecastReport> Forecast::compute(QDate today, qint64 ownerId, const ReportChoice& choice) const
{
    using R = Result<ForecastReport>;
    ForecastReport report;
    report.ownerId = ownerId;
    report.today = today;
    QSqlQuery query =
        sql::prepare(m_db, QStringLiteral("SELECT d.expected_close, d.owner_id, u.name, d.currency, s.probability, "
                                          "  count(*), sum(d.amount_minor), sum(d.expected_close < :today) "
                                          "FROM deals d JOIN stages s ON s.id = d.stage_id AND s.kind = 'open' "
                                          "LEFT JOIN users u ON u.id = d.owner_id "
                                          "WHERE d.archived_at IS NULL AND ") +
                               choice.dealCondition(QStringLiteral("d")) +
                               (ownerId > 0 ? QStringLiteral(" AND d.owner_id = :owner") : QString()) +
                               QStringLiteral(" GROUP BY 1, 2, 4, 5"));
    query.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    if (ownerId > 0)
        query.bindValue(QStringLiteral(":owner"), ownerId);
    if (!query.exec())
        return R::failure(tr("The forecast could not be computed: %1").arg(sql::errorText(query)));
    // Grouped by day in SQL, by month here: the months are those of the user's calendar (Farvardin, not March).
    QHash<QPair<QDate, qint64>, qsizetype> indexOf;
    while (query.next()) {
        const QDate closes = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const QDate month = closes.isValid() ? DateText::monthStart(closes) : QDate();
        const qint64 owner = query.value(1).toLongLong();
        auto index = indexOf.constFind({month, owner});
        if (index == indexOf.cend()) {
            ForecastMonth row;
            row.month = month;
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

Result<QList<qint64>> Forecast::dealsIn(QDate month, qint64 ownerId, const ReportChoice& choice) const
{
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT d.id FROM deals d JOIN stages s ON s.id = d.stage_id AND s.kind = 'open' "
                             "WHERE d.archived_at IS NULL AND ") +
                  choice.dealCondition(QStringLiteral("d")) + QStringLiteral(" AND ") +
                  (month.isValid() ? QStringLiteral("d.expected_close >= :first AND d.expected_close <= :last")
                                   : QStringLiteral("d.expected_close IS NULL")) +
                  (ownerId > 0   ? QStringLiteral(" AND d.owner_id = :owner")
                   : ownerId < 0 ? QStringLiteral(" AND d.owner_id IS NULL")
                                 : QString()) +
                  QStringLiteral(" ORDER BY d.expected_close, d.id"));
    if (month.isValid()) {
        query.bindValue(QStringLiteral(":first"), DateText::monthStart(month).toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":last"), DateText::monthEnd(month).toString(Qt::ISODate));
    }
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
