// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Money.h"

#include <QTest>

using namespace kontor;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void formats_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("eur en") << qint64(123456) << QStringLiteral("EUR") << QStringLiteral("en_US")
                                << QStringLiteral("1,234.56\u00A0EUR");
        QTest::newRow("eur de") << qint64(123456) << QStringLiteral("EUR") << QStringLiteral("de_DE")
                                << QStringLiteral("1.234,56\u00A0EUR");
        QTest::newRow("cents") << qint64(5) << QStringLiteral("USD") << QStringLiteral("en_US")
                               << QStringLiteral("0.05\u00A0USD");
        QTest::newRow("yen") << qint64(1500) << QStringLiteral("JPY") << QStringLiteral("en_US")
                             << QStringLiteral("1,500\u00A0JPY");
        // One digit system: the cents in Persian digits too.
        QTest::newRow("eur fa") << qint64(3189000) << QStringLiteral("EUR") << QStringLiteral("fa_IR")
                                << QStringLiteral("۳۱٬۸۹۰٫۰۰\u00A0EUR");
        QTest::newRow("cents fa") << qint64(5) << QStringLiteral("EUR") << QStringLiteral("fa_IR")
                                  << QStringLiteral("۰٫۰۵\u00A0EUR");
        // Whole rials, as Iran and CLDR write them (ISO 4217's two decimals are unused).
        QTest::newRow("rial fa") << qint64(5000000000) << QStringLiteral("IRR") << QStringLiteral("fa_IR")
                                 << QStringLiteral("۵٬۰۰۰٬۰۰۰٬۰۰۰\u00A0IRR");
        QTest::newRow("negative") << qint64(-250) << QStringLiteral("GBP") << QStringLiteral("en_US")
                                  << QStringLiteral("-2.50\u00A0GBP");
    }

    // A Persian sign carries a left-to-right mark that would turn "−۲۲۰ IRR" round, its code on the other side than
    // in the cells around it: the signed amount is isolated. A gain has its sign too, in every language.
    void signedAmountsKeepTheCodeAfterTheNumber()
    {
        const QLocale persian(QStringLiteral("fa_IR"));
        QVERIFY(persian.negativeSign().contains(QChar(0x200E)));
        QCOMPARE((Money{-220, QStringLiteral("IRR")}.format(persian)), QChar(0x2066) + persian.negativeSign() +
                                                                           QStringLiteral("۲۲۰") + QChar(0x2069) +
                                                                           QStringLiteral("\u00A0IRR"));
        QCOMPARE((Money{220, QStringLiteral("IRR")}.formatChange(persian)), QChar(0x2066) + persian.positiveSign() +
                                                                                QStringLiteral("۲۲۰") + QChar(0x2069) +
                                                                                QStringLiteral("\u00A0IRR"));
        QCOMPARE((Money{-22000000000, QStringLiteral("IRR")}.formatRounded(persian)).front(), QChar(0x2066));
        QCOMPARE((Money{123456, QStringLiteral("EUR")}.formatChange(QLocale(QStringLiteral("en_US")))),
                 QStringLiteral("+1,234.56\u00A0EUR"));
        QCOMPARE((Money{-123456, QStringLiteral("EUR")}.formatChange(QLocale(QStringLiteral("en_US")))),
                 QStringLiteral("-1,234.56\u00A0EUR"));
        QCOMPARE((Money{0, QStringLiteral("EUR")}.formatChange(QLocale(QStringLiteral("en_US")))),
                 QStringLiteral("0.00\u00A0EUR"));
    }

    void formats()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE((Money{minor, currency}.format(QLocale(locale))), expected);
    }

    // The amount alone, as an amount field shows it, reads back as the same amount in every locale, those that group
    // thousands with a space or write their own digits among them.
    void theAmountAloneReadsBack()
    {
        for (const QString& name :
             {QStringLiteral("en_US"), QStringLiteral("de_DE"), QStringLiteral("fr_FR"), QStringLiteral("eo"),
              QStringLiteral("ru_RU"), QStringLiteral("fa_IR"), QStringLiteral("bn_BD"), QStringLiteral("am_ET")}) {
            const QLocale locale(name);
            for (const qint64 minor : {qint64(460000), qint64(123456789), qint64(-250), qint64(5)}) {
                const Money amount{minor, QStringLiteral("EUR")};
                qint64 read = 0;
                QVERIFY2(Money::parse(amount.formatAmount(locale), amount.currency, &read, locale),
                         qPrintable(name + u' ' + amount.formatAmount(locale)));
                QCOMPARE(read, minor);
                QVERIFY(amount.format(locale).contains(amount.formatAmount(locale) + QChar(0x2069) + u'\u00A0') ||
                        amount.format(locale) == amount.formatAmount(locale) + u'\u00A0' + amount.currency);
            }
        }
    }

    void roundsToWholeUnitsWhereSpaceIsShort()
    {
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(Money({2482049, QStringLiteral("EUR")}).formatRounded(english), QStringLiteral("24,820\u00A0EUR"));
        QCOMPARE(Money({2482050, QStringLiteral("EUR")}).formatRounded(english), QStringLiteral("24,821\u00A0EUR"));
        QCOMPARE(Money({-150, QStringLiteral("EUR")}).formatRounded(english), QStringLiteral("-2\u00A0EUR"));
        QCOMPARE(Money({-40, QStringLiteral("EUR")}).formatRounded(english), QStringLiteral("0\u00A0EUR"));
        // A currency without minor units stays as it is.
        QCOMPARE(Money({1500, QStringLiteral("JPY")}).formatRounded(english), QStringLiteral("1,500\u00A0JPY"));
    }

    // Where even whole units do not fit, the language's short words: billions of rials in Persian.
    void shortensLargeAmountsInTheLanguage()
    {
        const Money rials{366'000'000'000, QStringLiteral("IRR")};
        const QString persian = rials.formatCompact(QLocale(QLocale::Persian, QLocale::Iran));
        QVERIFY2(persian.startsWith(QStringLiteral("۳۶۶")) && persian.contains(QStringLiteral("میلیارد")) &&
                     persian.endsWith(QStringLiteral("\u00A0IRR")),
                 qPrintable(persian));
        QCOMPARE(rials.formatCompact(QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QStringLiteral("366B\u00A0IRR"));
        const QString german = Money{366'000'000, QStringLiteral("EUR")}.formatCompact(QLocale(QLocale::German));
        QVERIFY2(german.startsWith(QStringLiteral("3,7")) && german.contains(QStringLiteral("Mio.")),
                 qPrintable(german));
        // Bengali counts in lakhs: 3,660,000 taka are 37 lakh, written whole ("লাখ"): CLDR's short form cuts the word
        // to its first letter, "লা", which nobody writes. Amharic's "ሚ" for million likewise.
        const QString bengali =
            Money{366'000'000, QStringLiteral("BDT")}.formatCompact(QLocale(QLocale::Bengali, QLocale::Bangladesh));
        QCOMPARE(bengali, QStringLiteral("৩৭ লাখ\u00A0BDT"));
        const QString amharic =
            Money{480'000'000, QStringLiteral("ETB")}.formatCompact(QLocale(QLocale::Amharic, QLocale::Ethiopia));
        QCOMPARE(amharic, QStringLiteral("4.8 ሚሊዮን\u00A0ETB"));
    }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("plain") << QStringLiteral("1234.5") << QStringLiteral("en_US") << true << qint64(123450);
        QTest::newRow("grouped de") << QStringLiteral("1.234,56") << QStringLiteral("de_DE") << true << qint64(123456);
        QTest::newRow("whole") << QStringLiteral("99") << QStringLiteral("en_US") << true << qint64(9900);
        QTest::newRow("too precise") << QStringLiteral("1.234") << QStringLiteral("en_US") << false << qint64(0);
        QTest::newRow("words") << QStringLiteral("ten") << QStringLiteral("en_US") << false << qint64(0);
        QTest::newRow("persian") << QStringLiteral("۳۱٬۸۹۰٫۵") << QStringLiteral("fa_IR") << true << qint64(3189050);
        QTest::newRow("persian digits, latin point")
            << QStringLiteral("۱۲۳۴.۵") << QStringLiteral("fa_IR") << true << qint64(123450);
        QTest::newRow("arabic-indic in english")
            << QStringLiteral("١٢٣٤٫٥٠") << QStringLiteral("en_US") << true << qint64(123450);
        QTest::newRow("arabic point in german")
            << QStringLiteral("۱۲٫۵۰") << QStringLiteral("de_DE") << true << qint64(1250);
        QTest::newRow("negative fa") << Money{-123456, QStringLiteral("EUR")}
                                            .format(QLocale(QStringLiteral("fa_IR")))
                                            .remove(QStringLiteral("\u00A0EUR"))
                                     << QStringLiteral("fa_IR") << true << qint64(-123456);
        QTest::newRow("bengali") << QStringLiteral("১২৩৪") << QStringLiteral("bn_BD") << true << qint64(123400);
        QTest::newRow("empty") << QString() << QStringLiteral("en_US") << false << qint64(0);
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, locale);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        qint64 value = 0;
        QCOMPARE(Money::parse(text, QStringLiteral("EUR"), &value, QLocale(locale)), ok);
        if (ok)
            QCOMPARE(value, minor);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
