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

QDate quarterStart(QDate day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

ReportPeriod ReportPeriod::days(QDate first, QDate last, const QTimeZone& zone)
{
    if (first > last)
        std::swap(first, last);
    ReportPeriod period;
    period.first = first;
    period.last = last;
    period.zone = zone;
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

ReportPeriod ReportPeriod::of(Kind kind, QDate today, Qt::DayOfWeek weekStart, const QTimeZone& zone)
{
    ReportPeriod period;
    switch (kind) {
    case Kind::ThisWeek:
        return week(today, weekStart, zone);
    case Kind::LastWeek:
        return week(today.addDays(-7), weekStart, zone);
    case Kind::ThisMonth:
        period = days(QDate(today.year(), today.month(), 1),
                      QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1), zone);
        break;
    case Kind::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        period = days(first, first.addMonths(1).addDays(-1), zone);
        break;
    }
    case Kind::ThisQuarter:
        period = days(quarterStart(today), quarterStart(today).addMonths(3).addDays(-1), zone);
        break;
    case Kind::LastQuarter: {
        const QDate first = quarterStart(today).addMonths(-3);
        period = days(first, first.addMonths(3).addDays(-1), zone);
        break;
    }
    case Kind::ThisYear:
        period = days(QDate(today.year(), 1, 1), QDate(today.year(), 12, 31), zone);
        break;
    case Kind::Custom:
        return days(today, today, zone);
    }
    return period;
}

ReportPeriod ReportPeriod::previous() const
{
    // Whole months step back by months (March before April, though they differ in days); anything else by days.
    if (first.day() == 1 && last.addDays(1).day() == 1) {
        const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
        return days(first.addMonths(-months), first.addDays(-1), zone);
    }
    return days(first.addDays(-dayCount()), first.addDays(-1), zone);
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
