// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateText.h"

#include "LatinDigits.h"
#include "search/TextFolding.h"

#include <QRegularExpression>

#include <algorithm>

namespace kontor::DateText {

namespace {

// A two-digit year ("yy" not part of "yyyy") becomes four digits.
QString withFullYear(QString format)
{
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    return format.replace(shortYear, QStringLiteral("yyyy"));
}

// Seconds go with the separator before them ("HH:mm:ss" -> "HH:mm", "H.mm.ss" -> "H.mm"), and fractions with them.
QString withoutSeconds(QString format)
{
    static const QRegularExpression seconds(QStringLiteral("(?<=m)[^a-zA-Z']?s{1,2}(\\.z{1,3})?"));
    return format.remove(seconds);
}

QCalendar::System s_calendar = QCalendar::System::Gregorian;

// A time in the 24-hour clock where the locale's "AM" is in Latin letters but its script is not (Bengali's data
// writes "৮:০০ AM"): no Latin word in a Bengali line.
QString inTheScript(QString format, const QLocale& locale)
{
    const QString am = locale.amText();
    const bool latinAm =
        !am.isEmpty() && std::all_of(am.cbegin(), am.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!latinAm || locale.script() == QLocale::LatinScript ||
        !format.contains(QStringLiteral("AP"), Qt::CaseInsensitive))
        return format;
    static const QRegularExpression twelveHour(QStringLiteral("\\s*[aA][pP]"));
    format.remove(twelveHour);
    format.replace(u'h', u'H');
    return format.trimmed();
}

// A date written by `write` in `locale`; with Latin digits in place of the language's, written in the language
// itself and its digits made Latin: Qt 6.4 would take the month names of the language Kontor started in.
template <typename Write>
QString written(const QLocale& locale, Write write)
{
    if (const auto language = languageBehindLatinDigits(); language && locale == QLocale())
        return latinDigits(write(*language));
    return write(locale);
}

// The long date as people write it. CLDR's Amharic pattern puts the year first and the weekday last after a Latin
// comma ("2026 ዲሴምበር 3, ሐሙስ"); Ethiopians write the weekday first, with the Ethiopic comma, and the day with ቀን.
QString longFormat(const QLocale& locale)
{
    if (locale.language() == QLocale::Amharic)
        return QStringLiteral("dddd\u1363 MMMM d \u1240\u1295 yyyy");
    return locale.dateFormat(QLocale::LongFormat);
}

// Full month names where the language's short ones are mostly the full ones anyway (Bengali shortens only January
// and February, so a chart read "অক্টোবর" beside "জানু"); abbreviations where most months have one.
QString monthFormat(const QLocale& locale)
{
    const QCalendar cal = calendar();
    int unabridged = 0;
    for (int month = 1; month <= cal.monthsInYear(QCalendar::Unspecified); ++month)
        unabridged += cal.monthName(locale, month, QCalendar::Unspecified, QLocale::ShortFormat) ==
                      cal.monthName(locale, month, QCalendar::Unspecified, QLocale::LongFormat);
    return unabridged * 3 >= cal.monthsInYear(QCalendar::Unspecified) * 2 ? QStringLiteral("MMMM")
                                                                          : QStringLiteral("MMM");
}

} // namespace

QList<Qt::DayOfWeek> workdays(const QLocale& locale)
{
    // Bangladesh rests on Friday and Saturday; Qt's CLDR data still has Saturday and Sunday.
    if (locale.territory() == QLocale::Bangladesh)
        return {Qt::Sunday, Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday};
    return locale.weekdays();
}

QCalendar calendar()
{
    return QCalendar(s_calendar);
}

void setCalendar(QCalendar::System system)
{
    s_calendar = system;
}

QCalendar::System defaultCalendarFor(const QLocale& locale)
{
    return locale.language() == QLocale::Persian ? QCalendar::System::Jalali : QCalendar::System::Gregorian;
}

QDate monthStart(QDate day)
{
    const QCalendar cal = calendar();
    const QCalendar::YearMonthDay parts = cal.partsFromDate(day);
    return cal.dateFromParts(parts.year, parts.month, 1);
}

QDate monthEnd(QDate day)
{
    const QCalendar cal = calendar();
    const QCalendar::YearMonthDay parts = cal.partsFromDate(day);
    return cal.dateFromParts(parts.year, parts.month, cal.daysInMonth(parts.month, parts.year));
}

QString dateFormat(const QLocale& locale)
{
    return withFullYear(locale.dateFormat(QLocale::ShortFormat));
}

QString timeFormat(const QLocale& locale)
{
    return withoutSeconds(inTheScript(locale.timeFormat(QLocale::ShortFormat), locale));
}

QString dateTimeFormat(const QLocale& locale)
{
    return withoutSeconds(withFullYear(inTheScript(locale.dateTimeFormat(QLocale::ShortFormat), locale)));
}

QString date(QDate date, const QLocale& locale)
{
    if (!date.isValid())
        return {};
    return written(locale, [&](const QLocale& in) { return in.toString(date, dateFormat(in), calendar()); });
}

QString time(QTime time, const QLocale& locale)
{
    return time.isValid() ? locale.toString(time, timeFormat(locale)) : QString();
}

QString dateTime(const QDateTime& when, const QLocale& locale)
{
    if (!when.isValid())
        return {};
    return written(locale,
                   [&](const QLocale& in) { return in.toString(when.toLocalTime(), dateTimeFormat(in), calendar()); });
}

QString longDate(QDate date, const QLocale& locale)
{
    if (!date.isValid())
        return {};
    return written(locale, [&](const QLocale& in) { return in.toString(date, longFormat(in), calendar()); });
}

QString monthYear(QDate date, const QLocale& locale)
{
    if (!date.isValid())
        return {};
    return written(locale, [&](const QLocale& in) {
        return in.toString(date, QString(monthFormat(in) + QStringLiteral(" yyyy")), calendar());
    });
}

QString dayMonth(QDate date, const QLocale& locale)
{
    if (!date.isValid())
        return {};
    // The day first or the month first, as the locale's own long date has them: its short date may start with the
    // year (Esperanto's yy-MM-dd) and say nothing of how a day and a month are written.
    const QString format = longFormat(locale);
    // The day of the month, not the weekday's name ("dddd, MMMM d, yyyy").
    static const QRegularExpression dayOfMonth(QStringLiteral("(?<!d)d{1,2}(?!d)"));
    const qsizetype day = format.indexOf(dayOfMonth);
    const bool monthFirst = format.indexOf(u'M') >= 0 && day >= 0 && format.indexOf(u'M') < day;
    // An ordinal day keeps its full stop, as the long date writes it: German "14. Sept.", not "14 Sept.".
    const auto match = dayOfMonth.match(format);
    const bool ordinal = match.hasMatch() && format.mid(match.capturedEnd(), 1) == QStringLiteral(".");
    const QString pattern = monthFirst ? QStringLiteral("MMM d")
                            : ordinal  ? QStringLiteral("d. MMM")
                                       : QStringLiteral("d MMM");
    return written(locale, [&](const QLocale& in) { return in.toString(date, pattern, calendar()); });
}

QString atLineStart(const QString& date, const QLocale& locale)
{
    if (date.isEmpty() || !date.front().isLower())
        return date;
    return locale.toUpper(date.left(1)) + date.mid(1);
}

QString longDateTime(const QDateTime& when, const QLocale& locale)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    return longDate(local.date(), locale) + u' ' + time(local.time(), locale);
}

} // namespace kontor::DateText
