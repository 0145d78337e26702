// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Money.h"
#include "reports/Figures.h"
#include "reports/ReportPeriod.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace kontor {

/// What one salesperson did in one week of the period (or, with no week, in the whole period).
struct ActivityFigures
{
    qint64 userId = 0;
    QString user;
    /// The week's first day; invalid in a salesperson's total.
    QDate weekOf;
    /// Interactions the salesperson logged, by kind.
    qint64 calls = 0;
    qint64 meetings = 0;
    qint64 emails = 0;
    /// Stage changes the salesperson made (a new deal's first stage is not a move).
    qint64 dealsMoved = 0;
    /// The salesperson's deals moved to a Won stage.
    qint64 dealsWon = 0;
};

struct ActivityReport
{
    ReportFilter filter;
    /// The weeks that touch the period, first day of each.
    QList<QDate> weeks;
    /// One row per salesperson and week, by name then week; salespeople without any activity are left out.
    QList<ActivityFigures> rows;
    /// One row per salesperson over the whole period, by name.
    QList<ActivityFigures> totals;
};

/// The activity report's figures, to ask what lies behind one; Logged is calls, meetings and emails together.
enum class ActivityFigure { Logged, Calls, Meetings, Emails, DealsMoved, DealsWon };

class Activity
{
    Q_DECLARE_TR_FUNCTIONS(Activity)

public:
    explicit Activity(QSqlDatabase db) : m_db(std::move(db)) {}
    /// Weeks start on `weekStart` and are cut in the period's time zone; the first and last weeks are clipped to
    /// the period.
    Result<ActivityReport> compute(const ReportFilter& filter, Qt::DayOfWeek weekStart) const;
    /// The interactions `userId` logged in `days`, or the deals they moved or won there, oldest first (a deal moved
    /// twice is listed once); the first `limit` of them when it is not negative.
    Result<FigureRows> behind(const ReportPeriod& days, qint64 userId, ActivityFigure figure, int limit = -1,
                              const ReportChoice& choice = {}) const;

private:
    QSqlDatabase m_db;
};

/// Open deals expected to close in one month, for one salesperson.
struct ForecastMonth
{
    /// The first day of the month in the user's calendar (DateText::calendar()); invalid for deals without an
    /// expected close date.
    QDate month;
    qint64 ownerId = 0;
    QString owner;
    qint64 deals = 0;
    QList<Money> amount;
    /// The amounts times their stage's probability, rounded to the minor unit.
    QList<Money> weighted;
    /// Deals whose expected close date has passed while they are still open.
    qint64 overdue = 0;
};

struct ForecastReport
{
    qint64 ownerId = 0;
    QDate today;
    /// By month (overdue months first, no date last), then owner name.
    QList<ForecastMonth> months;
};

class Forecast
{
    Q_DECLARE_TR_FUNCTIONS(Forecast)

public:
    explicit Forecast(QSqlDatabase db) : m_db(std::move(db)) {}
    /// Every open deal (not archived), by expected close month; `today` decides what is overdue.
    Result<ForecastReport> compute(QDate today, qint64 ownerId = 0, const ReportChoice& choice = {}) const;
    /// The open deals expected in `month` (invalid: without a date), of one owner, all (0) or nobody (-1): a row's
    /// deals.
    Result<QList<qint64>> dealsIn(QDate month, qint64 ownerId = 0, const ReportChoice& choice = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace kontor
