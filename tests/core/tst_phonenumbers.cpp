// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "domain/PhoneNumbers.h"
#include "repositories/ContactRepository.h"
#include "repositories/SettingsRepository.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace kontor;

class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private slots:
    void theWaysPeopleWriteANumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<bool>("valid");
        QTest::newRow("German, national") << "030 1234567"
                                          << "DE"
                                          << "+49301234567" << true;
        QTest::newRow("German, (0) and dashes") << "+49 (0)30-123 45 67"
                                                << "FR"
                                                << "+49301234567" << true;
        QTest::newRow("German, 0049") << "0049 30 1234567"
                                      << "DE"
                                      << "+49301234567" << true;
        QTest::newRow("UK mobile") << "07911 123456"
                                   << "GB"
                                   << "+447911123456" << true;
        QTest::newRow("UK from abroad") << "+44 7911 123456"
                                        << "US"
                                        << "+447911123456" << true;
        QTest::newRow("US with dots") << "(201) 555-0123"
                                      << "US"
                                      << "+12015550123" << true;
        QTest::newRow("French") << "01 23 45 67 89"
                                << "FR"
                                << "+33123456789" << true;
        QTest::newRow("too short") << "12"
                                   << "DE"
                                   << "+4912" << false;
        QTest::newRow("letters") << "call the office"
                                 << "DE"
                                 << "" << false;
        QTest::newRow("empty") << ""
                               << "DE"
                               << "" << false;
    }

    void theWaysPeopleWriteANumber()
    {
        QFETCH(QString, text);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        QFETCH(bool, valid);
        const ParsedPhone parsed = PhoneNumbers::parse(text, region);
        QCOMPARE(parsed.e164, e164);
        QCOMPARE(parsed.valid, valid);
    }

    // The demo's numbers: valid in their country, of the kind of line asked for, the same for the same seed.
    void madeUpNumbersAreValid()
    {
        for (const int code : {44, 49, 33, 34, 98, 880, 251, 30, 7, 39, 31, 43, 48, 46, 90, 91, 234, 55}) {
            for (const auto line : {PhoneNumbers::Line::Fixed, PhoneNumbers::Line::Mobile}) {
                QSet<QString> numbers;
                for (quint64 seed = 100000000; seed < 100000050; ++seed) {
                    const QString number = PhoneNumbers::madeUp(code, line, seed);
                    QVERIFY2(number.startsWith(QStringLiteral("+%1 ").arg(code)), qPrintable(number));
                    QVERIFY2(PhoneNumbers::parse(number, QStringLiteral("ZZ")).valid, qPrintable(number));
                    QCOMPARE(PhoneNumbers::madeUp(code, line, seed), number);
                    numbers.insert(number);
                }
                QVERIFY2(numbers.size() >= 45, qPrintable(QString::number(code)));
            }
        }
        QCOMPARE(PhoneNumbers::madeUp(44, PhoneNumbers::Line::Mobile, 7).mid(0, 5), QStringLiteral("+44 7"));
        QCOMPARE(PhoneNumbers::madeUp(999, PhoneNumbers::Line::Fixed, 7), QString());
    }

    void regionFromTheLocale()
    {
        QCOMPARE(PhoneNumbers::regionOf(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("DE"));
        QCOMPARE(PhoneNumbers::regionOf(QLocale(QLocale::English, QLocale::UnitedKingdom)), QStringLiteral("GB"));
        QCOMPARE(PhoneNumbers::regionOf(QLocale::c()), QStringLiteral("ZZ"));
        // Without a country code and without a region, a number is kept by its digits.
        QCOMPARE(PhoneNumbers::matchKey(QStringLiteral("030 1234567"), QStringLiteral("ZZ")),
                 QStringLiteral("0301234567"));
    }

    // Until a region is chosen, numbers are of the country of the language Kontor speaks, also under a C locale.
    void theRegionFollowsTheLanguageUntilChosen()
    {
        test::TestDatabase fixture;
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        const QString region = SettingsRepository(fixture.db()).phoneRegion();
        QLocale::setDefault(before);
        QCOMPARE(region, QStringLiteral("GB"));
    }

    void savedContactsMatchHoweverTheNumberWasTyped()
    {
        test::TestDatabase fixture;
        QVERIFY(SettingsRepository(fixture.db()).setPhoneRegion(QStringLiteral("de")).ok());
        QCOMPARE(SettingsRepository(fixture.db()).phoneRegion(), QStringLiteral("DE"));
        QVERIFY(!SettingsRepository(fixture.db()).setPhoneRegion(QStringLiteral("Germany")).ok());
        ContactRepository contacts(fixture.db());
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.phones = {{QStringLiteral("030 1234567"), QStringLiteral("work")}};
        const qint64 first = contacts.create(ada).value();
        Contact other;
        other.firstName = QStringLiteral("Ada L.");
        other.phones = {{QStringLiteral("+49 (0)30 123 45 67"), QStringLiteral("mobile")}};
        const qint64 second = contacts.create(other).value();

        QSqlQuery query(fixture.db());
        QVERIFY(
            query.exec(QStringLiteral("SELECT contact_id, phone, normalized FROM contact_phones ORDER BY contact_id")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), first);
        QCOMPARE(query.value(1).toString(), QStringLiteral("030 1234567")); // what was typed stays
        QCOMPARE(query.value(2).toString(), QStringLiteral("+49301234567"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), second);
        QCOMPARE(query.value(2).toString(), QStringLiteral("+49301234567"));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
