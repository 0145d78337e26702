// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Money.h"
#include "reports/Figures.h"
#include "reports/ReportPeriod.h"

#include <QList>
#include <QSqlDatabase>

namespace kontor {

/// The notebook questions for one week.
struct WeekFigures
{
    ReportPeriod week;
    /// Calls and meetings held in the week (up to now: a meeting planned for later is not held yet), and how many
    /// of each had the outcome "successful" (an empty outcome never counts as successful).
    qint64 calls = 0;
    qint64 successfulCalls = 0;
    qint64 meetings = 0;
    qint64 successfulMeetings = 0;
    /// Calls and meetings whose "next step" booked a meeting (Log interaction's next step).
    qint64 ledToAppointment = 0;
    /// Meetings booked from the week's end (from now, for the week under way) to 30 days after the week's end.
    qint64 appointmentsAhead = 0;
    /// Contacts created in the week.
    qint64 newLeads = 0;
    /// Moves of deals to a Won or a Lost stage in the week (a deal won, reopened and won again counts twice), and
    /// the amounts won.
    qint64 dealsWon = 0;
    qint64 dealsLost = 0;
    QList<Money> revenueWon;
    /// Complaints logged in the week up to now, and complaints marked resolved in it (whenever they were logged).
    qint64 complaintsOpened = 0;
    qint64 complaintsResolved = 0;
};

/// The week asked for, the week before for comparison, and the trend of the weeks up to it.
struct WeeklyReport
{
    qint64 ownerId = 0;
    /// Oldest first; the last is the week asked for, the one before it the week to compare with.
    QList<WeekFigures> weeks;

    const WeekFigures& current() const { return weeks.last(); }
    const WeekFigures& previous() const { return weeks.at(weeks.size() - 2); }
};

/// The weekly report's figures, to ask what lies behind one.
enum class WeekFigure {
    Calls,
    SuccessfulCalls,
    Meetings,
    SuccessfulMeetings,
    LedToAppointment,
    AppointmentsAhead,
    NewLeads,
    DealsWon,
    DealsLost,
    RevenueWon,
    ComplaintsOpened,
    ComplaintsResolved
};

class WeeklyStats
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyStats)

public:
    explicit WeeklyStats(QSqlDatabase db) : m_db(std::move(db)) {}
    /// `weekCount` weeks (at least 2) ending with `week`; activities of `ownerId` only (who logged them, who owns
    /// the deal or the new contact), or everyone's when 0.
    /// `choice` narrows every figure to the records with its options (read from the rows, not the summaries).
    Result<WeeklyReport> compute(const ReportPeriod& week, qint64 ownerId = 0, int weekCount = 12,
                                 const ReportChoice& choice = {}) const;
    /// The interactions, contacts or deals a figure of `week` counts, oldest first (a deal won twice in the week is
    /// listed once); the first `limit` of them when it is not negative.
    Result<FigureRows> behind(const ReportPeriod& week, WeekFigure figure, qint64 ownerId = 0, int limit = -1,
                              const ReportChoice& choice = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace kontor
