// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCalendar>
#include <QDateTime>
#include <QLocale>
#include <QString>

/// Dates and times as Kontor shows them: the locale's short formats, but with four-digit years ("12/2/26" reads as
/// three different days around the world) and without seconds (nobody books a call for 08:30:00). Every date or
/// time a person reads goes through here, so that the calendar setting can follow in one place.
namespace kontor::DateText {

/// The calendar every date is shown, typed and counted in (report periods, months of a forecast): Gregorian, or
/// Solar Hijri (Jalali) where Persian asks for it. Set once at start and when the user changes it in Settings.
QCalendar calendar();
void setCalendar(QCalendar::System system);
/// The calendar a language uses unless the user chose another: Solar Hijri for Persian, Gregorian otherwise.
QCalendar::System defaultCalendarFor(const QLocale& locale);
/// The days people work in the locale's country: its weekend marked as such (Friday in Iran and Bangladesh).
QList<Qt::DayOfWeek> workdays(const QLocale& locale = QLocale());
/// The first day of `day`'s month in the calendar, and the number of days in that month.
QDate monthStart(QDate day);
QDate monthEnd(QDate day);

/// The locale's short date format with a four-digit year: "dd/MM/yyyy", "M/d/yyyy", "dd.MM.yyyy".
QString dateFormat(const QLocale& locale = QLocale());
/// The locale's short time format without seconds: "HH:mm", "h:mm AP".
QString timeFormat(const QLocale& locale = QLocale());
/// Both, as the locale puts them together.
QString dateTimeFormat(const QLocale& locale = QLocale());

QString date(QDate date, const QLocale& locale = QLocale());
QString time(QTime time, const QLocale& locale = QLocale());
/// `when` in local time: stored times are UTC, people read their own clock.
QString dateTime(const QDateTime& when, const QLocale& locale = QLocale());
/// The locale's long date: "Wednesday, 2 December 2026", "ሐሙስ፣ ዲሴምበር 3 ቀን 2026".
QString longDate(QDate date, const QLocale& locale = QLocale());
/// A month and its year, as charts and report rows name it: "Nov 2026" (never "Nov 26", which reads as a day).
QString monthYear(QDate date, const QLocale& locale = QLocale());
/// A day and its month without the year, under a chart's bar: "30 Nov", "Nov 30".
QString dayMonth(QDate date, const QLocale& locale = QLocale());
/// The long date and the short time of `when` in local time: "Wednesday, 2 December 2026 08:30".
QString longDateTime(const QDateTime& when, const QLocale& locale = QLocale());
/// A date that opens a heading or a line, its first letter a capital: Esperanto's "ĵaŭdo, 3-a de decembro 2026"
/// as "Ĵaŭdo, …" (languages without capitals are left as they are).
QString atLineStart(const QString& date, const QLocale& locale = QLocale());

} // namespace kontor::DateText
