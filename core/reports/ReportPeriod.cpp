// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPeriod.h"

namespace kontor {

namespace {

// Local midnight of `day` in `zone`. A day that starts with a daylight-saving jump (no midnight) starts at the
// first time that exists.
QDateTime startOf(QDate day, const QTimeZone& zone)
{
    QDateTime start(day, QTime(0, 0), zone);
    if (!start.isValid())
        start = QDateTime(day, QTime(1, 0), zone);
    return start.toUTC();
}

QDate monthStart(QDate day, QCalendar calendar)
{
    return QDate(day.year(calendar), day.month(calendar), 1, calendar);
}

QDate quarterStart(QDate day, QCalendar calendar)
{
    return QDate(day.year(calendar), (day.month(calendar) - 1) / 3 * 3 + 1, 1, calendar);
}

// The day before the first of the month `months` after `first`'s.
QDate endAfterMonths(QDate first, int months, QCalendar calendar)
{
    return first.addMonths(months, calendar).addDays(-1);
}

} // namespace

ReportPeriod ReportPeriod::days(QDate first, QDate last, const QTimeZone& zone, QCalendar calendar)
{
    if (first > last)
        std::swap(first, last);
    ReportPeriod period;
    period.first = first;
    period.last = last;
    period.zone = zone;
    period.calendar = calendar;
    period.from = startOf(first, zone);
    period.to = startOf(last.addDays(1), zone);
    return period;
}

ReportPeriod ReportPeriod::week(QDate day, Qt::DayOfWeek weekStart, const QTimeZone& zone)
{
    const int back = (day.dayOfWeek() - static_cast<int>(weekStart) + 7) % 7;
    const QDate first = day.addDays(-back);
    return days(first, first.addDays(6), zone);
}

ReportPeriod ReportPeriod::of(Kind kind, QDate today, Qt::DayOfWeek weekStart, const QTimeZone& zone,
                              QCalendar calendar)
{
    ReportPeriod period;
    switch (kind) {
    case Kind::ThisWeek:
        period = week(today, weekStart, zone);
        break;
    case Kind::LastWeek:
        period = week(today.addDays(-7), weekStart, zone);
        break;
    case Kind::ThisMonth: {
        const QDate first = monthStart(today, calendar);
        return days(first, endAfterMonths(first, 1, calendar), zone, calendar);
    }
    case Kind::LastMonth: {
        const QDate first = monthStart(today, calendar).addMonths(-1, calendar);
        return days(first, endAfterMonths(first, 1, calendar), zone, calendar);
    }
    case Kind::ThisQuarter: {
        const QDate first = quarterStart(today, calendar);
        return days(first, endAfterMonths(first, 3, calendar), zone, calendar);
    }
    case Kind::LastQuarter: {
        const QDate first = quarterStart(today, calendar).addMonths(-3, calendar);
        return days(first, endAfterMonths(first, 3, calendar), zone, calendar);
    }
    case Kind::ThisYear: {
        const QDate first(today.year(calendar), 1, 1, calendar);
        return days(first, first.addYears(1, calendar).addDays(-1), zone, calendar);
    }
    case Kind::Custom:
        period = days(today, today, zone);
        break;
    }
    period.calendar = calendar;
    return period;
}

ReportPeriod ReportPeriod::previous() const
{
    // Whole months step back by months (March before April, though they differ in days); anything else by days.
    if (first.day(calendar) == 1 && last.addDays(1).day(calendar) == 1) {
        const int months = (last.year(calendar) - first.year(calendar)) * calendar.monthsInYear(last.year(calendar)) +
                           last.month(calendar) - first.month(calendar) + 1;
        return days(first.addMonths(-months, calendar), first.addDays(-1), zone, calendar);
    }
    return days(first.addDays(-dayCount()), first.addDays(-1), zone, calendar);
}

QString ReportPeriod::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ThisWeek:
        return tr("This week");
    case Kind::LastWeek:
        return tr("Last week");
    case Kind::ThisMonth:
        return tr("This month");
    case Kind::LastMonth:
        return tr("Last month");
    case Kind::ThisQuarter:
        return tr("This quarter");
    case Kind::LastQuarter:
        return tr("Last quarter");
    case Kind::ThisYear:
        return tr("This year");
    case Kind::Custom:
        return tr("Custom range");
    }
    return {};
}

} // namespace kontor
