// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DateText.h"
#include "reports/ReportPeriod.h"

#include <QTest>

using namespace kontor;

// The Solar Hijri calendar as a Persian user reads it. The dates below were worked out by hand: 1 Farvardin 1405
// is 21 March 2026; Farvardin to Shahrivar have 31 days, Mehr to Bahman 30, Esfand 29 in 1405.
class TestCalendars : public QObject
{
    Q_OBJECT

    const QTimeZone tehran{QByteArrayLiteral("Asia/Tehran")};
    const QCalendar jalali{QCalendar::System::Jalali};
    // 11 Azar 1405.
    const QDate today{2026, 12, 2};

private slots:
    void cleanup() { DateText::setCalendar(QCalendar::System::Gregorian); }

    void periodsFollowTheSolarHijriMonths()
    {
        // Azar is the ninth month: the quarter (autumn) is Mehr, Aban and Azar.
        const ReportPeriod quarter =
            ReportPeriod::of(ReportPeriod::Kind::ThisQuarter, today, Qt::Saturday, tehran, jalali);
        QCOMPARE(quarter.first, QDate(2026, 9, 23));
        QCOMPARE(quarter.last, QDate(2026, 12, 21));
        QCOMPARE(quarter.dayCount(), qint64(90));
        // The quarter before is summer: Tir, Mordad and Shahrivar, 93 days.
        QCOMPARE(quarter.previous().first, QDate(2026, 6, 22));
        QCOMPARE(quarter.previous().last, QDate(2026, 9, 22));
        QCOMPARE(ReportPeriod::of(ReportPeriod::Kind::LastQuarter, today, Qt::Saturday, tehran, jalali).first,
                 QDate(2026, 6, 22));
        // Azar: 22 November to 21 December; Aban before it.
        const ReportPeriod month = ReportPeriod::of(ReportPeriod::Kind::ThisMonth, today, Qt::Saturday, tehran, jalali);
        QCOMPARE(month.first, QDate(2026, 11, 22));
        QCOMPARE(month.last, QDate(2026, 12, 21));
        QCOMPARE(month.previous().first, QDate(2026, 10, 23));
        QCOMPARE(month.previous().last, QDate(2026, 11, 21));
        QCOMPARE(ReportPeriod::of(ReportPeriod::Kind::LastMonth, today, Qt::Saturday, tehran, jalali).last,
                 QDate(2026, 11, 21));
        // The year 1405: Nowruz to the last day of Esfand.
        const ReportPeriod year = ReportPeriod::of(ReportPeriod::Kind::ThisYear, today, Qt::Saturday, tehran, jalali);
        QCOMPARE(year.first, QDate(2026, 3, 21));
        QCOMPARE(year.last, QDate(2027, 3, 20));
        QCOMPARE(year.previous().first, QDate(2025, 3, 21));
        // Weeks start on the locale's day: Saturday for Persian.
        QCOMPARE(QLocale(QStringLiteral("fa_IR")).firstDayOfWeek(), Qt::Saturday);
        const ReportPeriod week = ReportPeriod::of(ReportPeriod::Kind::ThisWeek, today, Qt::Saturday, tehran, jalali);
        QCOMPARE(week.first, QDate(2026, 11, 28));
        QCOMPARE(week.first.dayOfWeek(), int(Qt::Saturday));
        // Midnight in Tehran (UTC+3:30, no summer time since 2022) is 20:30 UTC the day before.
        QCOMPARE(quarter.from, QDateTime(QDate(2026, 9, 22), QTime(20, 30), QTimeZone::utc()));
        // The Gregorian quarter is still there for everyone else.
        QCOMPARE(ReportPeriod::of(ReportPeriod::Kind::ThisQuarter, today, Qt::Monday, tehran).first,
                 QDate(2026, 10, 1));
    }

    void datesAreShownInTheChosenCalendar()
    {
        const QLocale persian(QStringLiteral("fa_IR"));
        QCOMPARE(DateText::defaultCalendarFor(persian), QCalendar::System::Jalali);
        QCOMPARE(DateText::defaultCalendarFor(QLocale(QStringLiteral("bn_BD"))), QCalendar::System::Gregorian);
        DateText::setCalendar(QCalendar::System::Jalali);
        // Four-digit years, Persian digits, the Persian month's name.
        const QString shown = DateText::date(today, persian);
        QVERIFY2(shown.contains(QStringLiteral("۱۴۰۵")) && shown.contains(QStringLiteral("۱۱")), qPrintable(shown));
        QVERIFY2(DateText::longDate(today, persian).contains(QStringLiteral("آذر")),
                 qPrintable(DateText::longDate(today, persian)));
        QVERIFY2(DateText::monthYear(today, persian).contains(QStringLiteral("آذر")),
                 qPrintable(DateText::monthYear(today, persian)));
        // The same calendar in English reads "Azar 1405".
        QVERIFY2(DateText::monthYear(today, QLocale(QStringLiteral("en_GB"))).contains(QStringLiteral("1405")),
                 qPrintable(DateText::monthYear(today, QLocale(QStringLiteral("en_GB")))));
        QCOMPARE(DateText::monthStart(today), QDate(2026, 11, 22));
        QCOMPARE(DateText::monthEnd(today), QDate(2026, 12, 21));
        DateText::setCalendar(QCalendar::System::Gregorian);
        QCOMPARE(DateText::monthStart(today), QDate(2026, 12, 1));
        QCOMPARE(DateText::date(today, QLocale(QStringLiteral("en_GB"))), QStringLiteral("02/12/2026"));
    }
};

QTEST_GUILESS_MAIN(TestCalendars)
#include "tst_calendars.moc"
