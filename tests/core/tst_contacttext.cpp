// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ContactText.h"

#include <QTest>

using namespace kontor;

class TestContactText : public QObject
{
    Q_OBJECT

private slots:
    void casedName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kept");
        QTest::newRow("shouted") << QStringLiteral("  ADA   LOVELACE ") << QStringLiteral("Ada Lovelace");
        QTest::newRow("small") << QStringLiteral("ada lovelace") << QStringLiteral("Ada Lovelace");
        QTest::newRow("Mc") << QStringLiteral("MCDONALD") << QStringLiteral("McDonald");
        QTest::newRow("O'") << QStringLiteral("o'brien") << QStringLiteral("O'Brien");
        QTest::newRow("hyphen") << QStringLiteral("JEAN-LUC") << QStringLiteral("Jean-Luc");
        QTest::newRow("particles") << QStringLiteral("VAN DER BERG") << QStringLiteral("van der Berg");
        QTest::newRow("de la") << QStringLiteral("maria de la cruz") << QStringLiteral("Maria de la Cruz");
        QTest::newRow("a particle alone is a name") << QStringLiteral("DE") << QStringLiteral("De");
        QTest::newRow("accents") << QStringLiteral("ÉLODIE MÜLLER") << QStringLiteral("Élodie Müller");
        // Mixed case is what its writer meant.
        QTest::newRow("McDonald kept") << QStringLiteral("McDonald") << QStringLiteral("McDonald");
        QTest::newRow("van der Berg kept") << QStringLiteral("van der Berg") << QStringLiteral("van der Berg");
        QTest::newRow("DeShawn kept") << QStringLiteral("DeShawn") << QStringLiteral("DeShawn");
        QTest::newRow("Mack not Mc") << QStringLiteral("MACK") << QStringLiteral("Mack");
        QTest::newRow("no case") << QStringLiteral("شیرین") << QStringLiteral("شیرین");
    }

    void casedName()
    {
        QFETCH(QString, typed);
        QFETCH(QString, kept);
        QCOMPARE(ContactText::casedName(typed), kept);
    }

    void splitFullName_data()
    {
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("two words") << QStringLiteral("Ada Lovelace") << QStringLiteral("Ada")
                                   << QStringLiteral("Lovelace");
        QTest::newRow("comma") << QStringLiteral("Lovelace, Ada King") << QStringLiteral("Ada King")
                               << QStringLiteral("Lovelace");
        QTest::newRow("middle name") << QStringLiteral("Grace Brewster Hopper") << QStringLiteral("Grace Brewster")
                                     << QStringLiteral("Hopper");
        QTest::newRow("particles") << QStringLiteral("Jan van der Berg") << QStringLiteral("Jan")
                                   << QStringLiteral("van der Berg");
        QTest::newRow("one word") << QStringLiteral("Cher") << QString() << QStringLiteral("Cher");
    }

    void splitFullName()
    {
        QFETCH(QString, full);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const ContactText::SplitName split = ContactText::splitFullName(full);
        QCOMPARE(split.first, first);
        QCOMPARE(split.last, last);
    }

    void titlesWithoutTheNameBesideThem_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("shown");
        QTest::newRow("for") << QStringLiteral("Premium support for Karen Hall") << QStringLiteral("Karen Hall")
                             << QStringLiteral("Premium support");
        QTest::newRow("dash") << QStringLiteral("Karen Hall — renewal") << QStringLiteral("Karen Hall")
                              << QStringLiteral("renewal");
        QTest::newRow("brackets") << QStringLiteral("Scanners (Karen Hall)") << QStringLiteral("Karen Hall")
                                  << QStringLiteral("Scanners");
        QTest::newRow("case") << QStringLiteral("Renewal with karen hall") << QStringLiteral("Karen Hall")
                              << QStringLiteral("Renewal");
        QTest::newRow("german") << QStringLiteral("Wartung für Jürgen Groß") << QStringLiteral("Jürgen Groß")
                                << QStringLiteral("Wartung");
        QTest::newRow("not in it") << QStringLiteral("Forty printers") << QStringLiteral("Karen Hall")
                                   << QStringLiteral("Forty printers");
        QTest::newRow("all of it") << QStringLiteral("Karen Hall") << QStringLiteral("Karen Hall")
                                   << QStringLiteral("Karen Hall");
        QTest::newRow("no name") << QStringLiteral("Forty printers") << QString() << QStringLiteral("Forty printers");
        // Only whole words: a first name inside another word stays.
        QTest::newRow("inside a word") << QStringLiteral("Maximum uptime SLA") << QStringLiteral("Max")
                                       << QStringLiteral("Maximum uptime SLA");
        QTest::newRow("first name only") << QStringLiteral("Uptime SLA for Max") << QStringLiteral("Max")
                                         << QStringLiteral("Uptime SLA");
        // A word that only starts like a joiner stays: "Forth" is not "for".
        QTest::newRow("word") << QStringLiteral("Go Forth Karen Hall") << QStringLiteral("Karen Hall")
                              << QStringLiteral("Go Forth");
    }

    void titlesWithoutTheNameBesideThem()
    {
        QFETCH(QString, title);
        QFETCH(QString, name);
        QFETCH(QString, shown);
        QCOMPARE(ContactText::withoutName(title, name), shown);
    }

    void plausibleEmails()
    {
        QVERIFY(ContactText::isPlausibleEmail(QStringLiteral("ada@example.com")));
        QVERIFY(ContactText::isPlausibleEmail(QStringLiteral("a.b+tag@mail.example.co.uk")));
        QVERIFY(ContactText::isPlausibleEmail(QStringLiteral("müller@bücher.de")));
        QVERIFY(!ContactText::isPlausibleEmail(QStringLiteral("ronald@@example.com")));
        QVERIFY(!ContactText::isPlausibleEmail(QStringLiteral("ada at example.com")));
        QVERIFY(!ContactText::isPlausibleEmail(QStringLiteral("ada@localhost")));
        QVERIFY(!ContactText::isPlausibleEmail(QStringLiteral("@example.com")));
        QVERIFY(!ContactText::isPlausibleEmail(QStringLiteral("ada@example..com")));
    }
};

QTEST_GUILESS_MAIN(TestContactText)
#include "tst_contacttext.moc"
