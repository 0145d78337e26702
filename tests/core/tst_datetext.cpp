// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtcTime.h"
#include "domain/DateText.h"

#include <QTest>

using namespace kontor;

class TestDateText : public QObject
{
    Q_OBJECT

private slots:
    void yearsHaveFourDigitsAndTimesNoSeconds_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("time");
        // Under C.UTF-8 (a server, a container) Qt's formats carry seconds.
        QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("2 Dec 2026") << QStringLiteral("08:30");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("12/2/2026")
                               << QStringLiteral("8:30\u202fAM");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("02/12/2026") << QStringLiteral("08:30");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("02.12.2026") << QStringLiteral("08:30");
    }

    void yearsHaveFourDigitsAndTimesNoSeconds()
    {
        QFETCH(QString, locale);
        QFETCH(QString, date);
        QFETCH(QString, time);
        const QLocale shown(locale);
        const QDate day(2026, 12, 2);
        const QTime morning(8, 30, 45);
        // Spaces vary between CLDR versions (a narrow no-break space before AM): compare with plain spaces.
        const auto plain = [](QString text) { return text.replace(QChar(0x202f), u' ').replace(QChar(0xa0), u' '); };
        QCOMPARE(plain(DateText::date(day, shown)), plain(date));
        QCOMPARE(plain(DateText::time(morning, shown)), plain(time));
        const QDateTime when(day, morning);
        // Joined as the locale joins them (a comma or not depends on the CLDR version).
        const QString both = plain(DateText::dateTime(when, shown));
        QVERIFY2(both.startsWith(plain(date)) && both.endsWith(plain(time)), qPrintable(both));
        QVERIFY(!DateText::timeFormat(shown).contains(u's'));
        QVERIFY(DateText::dateFormat(shown).contains(QStringLiteral("yyyy")));
    }

    // Charts name months with their full year ("Nov 26" read as the 26th) and days in the locale's order.
    // Bengali's data writes its times with a Latin "AM": Kontor shows them on the 24-hour clock, as in Persian.
    // English keeps its 12-hour clock, Amharic its own words for it.
    void noLatinWordInATimeOfAnotherScript()
    {
        const QTime evening(20, 5);
        const QLocale bengali(QStringLiteral("bn_BD"));
        QCOMPARE(DateText::timeFormat(bengali), QStringLiteral("H:mm"));
        QCOMPARE(DateText::time(evening, bengali), bengali.toString(evening, QStringLiteral("H:mm")));
        QVERIFY(!DateText::dateTimeFormat(bengali).contains(QStringLiteral("AP")));
        // (Qt 6.8's newer CLDR writes "h:mm\u202FAp" where Qt 6.4's writes "h:mm AP": either is the 12-hour clock.)
        for (const char* twelveHours : {"en_US", "am_ET"}) {
            const QString format = DateText::timeFormat(QLocale(QLatin1String(twelveHours)));
            QVERIFY2(format.startsWith(QStringLiteral("h:mm")) &&
                         format.contains(QStringLiteral("ap"), Qt::CaseInsensitive),
                     qPrintable(format));
        }
    }

    void monthsWithTheirYearAndDaysInTheLocalesOrder()
    {
        const QDate day(2026, 11, 30);
        QCOMPARE(DateText::monthYear(day, QLocale(QStringLiteral("en_GB"))), QStringLiteral("Nov 2026"));
        QCOMPARE(DateText::dayMonth(day, QLocale(QStringLiteral("en_GB"))), QStringLiteral("30 Nov"));
        QCOMPARE(DateText::dayMonth(day, QLocale(QStringLiteral("en_US"))), QStringLiteral("Nov 30"));
        // Esperanto's short date starts with the year; its long one says the day comes first.
        // (Its month's short name is "nov" in Qt 6.4's CLDR and "Nov" in Qt 6.8's.)
        const QLocale esperanto(QStringLiteral("eo"));
        QCOMPARE(DateText::dayMonth(day, esperanto),
                 QStringLiteral("30 ") + esperanto.toString(day, QStringLiteral("MMM")));
        QCOMPARE(DateText::dayMonth(day, QLocale(QStringLiteral("de_DE"))), QStringLiteral("30. Nov."));
        // A date that opens a heading starts with a capital in Esperanto, whose weekdays are written small.
        QVERIFY(DateText::longDate(day, esperanto).front().isLower());
        QCOMPARE(DateText::atLineStart(DateText::longDate(day, esperanto), esperanto).front(), QChar(u'L'));
        QCOMPARE(DateText::atLineStart(QStringLiteral("۱۴۰۵"), QLocale(QStringLiteral("fa_IR"))),
                 QStringLiteral("۱۴۰۵"));
        QVERIFY(DateText::monthYear(day, QLocale(QStringLiteral("de_DE"))).endsWith(QStringLiteral("2026")));
        QVERIFY(DateText::monthYear({}).isEmpty());
    }

    // Bengali's short month names are its full ones but for January and February: a forecast read "অক্টোবর ২০২৬"
    // beside "জানু ২০২৭". English keeps its abbreviations.
    void monthNamesOfOneKindOnAChart()
    {
        // (Qt 6.4's CLDR shortens two Bengali months, Qt 6.8's most of them: then the short names are of one kind.)
        const QLocale bengali(QStringLiteral("bn_BD"));
        int unabridged = 0;
        for (int month = 1; month <= 12; ++month)
            unabridged += bengali.monthName(month, QLocale::ShortFormat) == bengali.monthName(month);
        const QLocale::FormatType wanted = unabridged >= 8 ? QLocale::LongFormat : QLocale::ShortFormat;
        QCOMPARE(DateText::monthYear(QDate(2027, 1, 5), bengali),
                 bengali.monthName(1, wanted) + u' ' + bengali.toString(QDate(2027, 1, 5), QStringLiteral("yyyy")));
        QCOMPARE(DateText::monthYear(QDate(2027, 1, 5), QLocale(QStringLiteral("en_GB"))), QStringLiteral("Jan 2027"));
    }

    // Ethiopians write the weekday first, with the Ethiopic comma, and the day with ቀን; CLDR's pattern started with
    // the year ("2026 ዲሴምበር 3, ሐሙስ").
    void amharicLongDatesStartWithTheWeekday()
    {
        const QLocale amharic(QStringLiteral("am_ET"));
        const QDate day(2026, 12, 3);
        QCOMPARE(DateText::longDate(day, amharic), amharic.dayName(Qt::Thursday) + QStringLiteral("\u1363 ") +
                                                       amharic.monthName(12) + QStringLiteral(" 3 \u1240\u1295 2026"));
        QCOMPARE(DateText::dayMonth(day, amharic), amharic.monthName(12, QLocale::ShortFormat) + QStringLiteral(" 3"));
    }

    // The reminders' calendar greys the weekend: Friday in Iran, Friday and Saturday in Bangladesh.
    void weekendsAsTheCountryRests()
    {
        const QList<Qt::DayOfWeek> bangladesh = DateText::workdays(QLocale(QStringLiteral("bn_BD")));
        QVERIFY(!bangladesh.contains(Qt::Friday) && !bangladesh.contains(Qt::Saturday));
        QVERIFY(bangladesh.contains(Qt::Sunday));
        QVERIFY(!DateText::workdays(QLocale(QStringLiteral("fa_IR"))).contains(Qt::Friday));
        QVERIFY(!DateText::workdays(QLocale(QStringLiteral("de_DE"))).contains(Qt::Sunday));
    }

    void storedTimesAreShownInLocalTime()
    {
        const QDateTime utc = utcAt(QDate(2026, 12, 2), QTime(7, 30));
        QCOMPARE(DateText::dateTime(utc, QLocale::c()),
                 QLocale::c().toString(utc.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")));
        QVERIFY(DateText::dateTime({}).isEmpty());
        QVERIFY(DateText::date({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
