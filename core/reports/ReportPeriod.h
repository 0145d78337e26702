// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportChoice.h"

#include <QCalendar>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace kontor {

/// The days a report covers, as the user sees them on the calendar, and the UTC instants they span: [from, to).
/// Days begin at local midnight in `zone`, so a week of a Berlin user starts at 23:00 UTC on Sunday in winter.
struct ReportPeriod
{
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)

public:
    enum class Kind { ThisWeek, LastWeek, ThisMonth, LastMonth, ThisQuarter, LastQuarter, ThisYear, Custom };

    QDate first;
    QDate last;
    QDateTime from;
    QDateTime to;
    /// Where the days are counted; the previous period and the weeks of a trend are cut in the same zone.
    QTimeZone zone;
    /// Whose months, quarters and years: "this quarter" in the Solar Hijri calendar is Farvardin to Khordad.
    QCalendar calendar;

    /// The period of `kind` around `today`; weeks start on `weekStart` (QLocale::firstDayOfWeek()), months, quarters
    /// and years are those of `calendar`.
    static ReportPeriod of(Kind kind, QDate today, Qt::DayOfWeek weekStart, const QTimeZone& zone,
                           QCalendar calendar = QCalendar());
    /// The days first to last, both included (swapped if given the wrong way round).
    static ReportPeriod days(QDate first, QDate last, const QTimeZone& zone, QCalendar calendar = QCalendar());
    /// The week that contains `day`.
    static ReportPeriod week(QDate day, Qt::DayOfWeek weekStart, const QTimeZone& zone);
    /// The same length of time just before this one (the week before a week, the month before a month, in the
    /// period's calendar).
    ReportPeriod previous() const;
    /// The period's length in days.
    qint64 dayCount() const { return first.daysTo(last) + 1; }
    bool isValid() const { return first.isValid() && last.isValid() && from.isValid() && to.isValid(); }
    /// "This week" and so on, for the period picker.
    static QString kindName(Kind kind);

    qint64 fromMs() const { return from.toMSecsSinceEpoch(); }
    qint64 toMs() const { return to.toMSecsSinceEpoch(); }

    friend bool operator==(const ReportPeriod& a, const ReportPeriod& b)
    {
        return a.first == b.first && a.last == b.last && a.from == b.from && a.to == b.to;
    }
};

/// What every report is asked: which period, and optionally one salesperson's share of it.
struct ReportFilter
{
    ReportPeriod period;
    /// 0: everyone.
    qint64 ownerId = 0;
    /// Only the records with these options of a choice field; not set: all.
    ReportChoice choice;
};

} // namespace kontor
