// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/VCard.h"

#include <QFile>
#include <QTest>

using namespace kontor;

namespace {

QList<VCard> readFixture(const QString& name, QStringList* warnings = nullptr)
{
    QFile file(QStringLiteral(KONTOR_TEST_DATA "/vcard/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return VCards::read(file.readAll(), warnings);
}

} // namespace

class TestVCard : public QObject
{
    Q_OBJECT

private slots:
    void googleContacts()
    {
        QStringList warnings;
        const QList<VCard> cards = readFixture(QStringLiteral("google.vcf"), &warnings);
        QCOMPARE(cards.size(), 1);
        const Contact& soren = cards.first().contact;
        QCOMPARE(soren.firstName, QStringLiteral("Søren"));
        QCOMPARE(soren.lastName, QStringLiteral("Kierkegaard"));
        QCOMPARE(cards.first().company, QStringLiteral("University of Copenhagen"));
        QCOMPARE(soren.title, QStringLiteral("Lecturer"));
        QCOMPARE(soren.emails,
                 (QList<LabeledValue>{{QStringLiteral("soren@example.dk"), QStringLiteral("home")},
                                      {QStringLiteral("s.k@university.example"), QStringLiteral("faculty")}}));
        QCOMPARE(soren.phones, (QList<LabeledValue>{{QStringLiteral("+45 20 12 34 56"), QStringLiteral("mobile")},
                                                    {QStringLiteral("+45 33 12 34 56"), QStringLiteral("work")}}));
        QCOMPARE(soren.address.street, QStringLiteral("Nytorv 2, 3. sal"));
        QCOMPARE(soren.address.city, QStringLiteral("København"));
        QCOMPARE(soren.address.postalCode, QStringLiteral("1450"));
        QCOMPARE(soren.address.country, QStringLiteral("Denmark"));
        QCOMPARE(soren.birthday, QDate(1813, 5, 5));
        QCOMPARE(soren.notes, QStringLiteral("Met at the conference\nWants the brochure"));
        QCOMPARE(soren.tags, QStringList{QStringLiteral("Philosophers")}); // not Google's own "myContacts"
        QVERIFY(warnings.isEmpty());
    }

    void appleContactsWithAPhoto()
    {
        QStringList warnings;
        const QList<VCard> cards = readFixture(QStringLiteral("apple.vcf"), &warnings);
        QCOMPARE(cards.size(), 1);
        const Contact& siobhan = cards.first().contact;
        QCOMPARE(siobhan.firstName, QStringLiteral("Siobhán Máire"));
        QCOMPARE(siobhan.lastName, QStringLiteral("O'Brien"));
        QCOMPARE(cards.first().company, QStringLiteral("Ó Briain Design"));
        QCOMPARE(siobhan.phones, (QList<LabeledValue>{{QStringLiteral("+353 1 234 5678"), QStringLiteral("mobile")}}));
        QCOMPARE(siobhan.emails,
                 (QList<LabeledValue>{{QStringLiteral("siobhan@example.ie"), QStringLiteral("other")}}));
        QCOMPARE(siobhan.notes, QStringLiteral("A very long note that Apple folds because it goes on past the "
                                               "seventy-five octet limit of a line."));
        // The photo is skipped; the birthday written with Apple's placeholder year is taken as it is written.
        QCOMPARE(siobhan.birthday, QDate(1604, 3, 17));
        QVERIFY(warnings.isEmpty());
    }

    void outlookVersion21InWindows1252()
    {
        QStringList warnings;
        const QList<VCard> cards = readFixture(QStringLiteral("outlook.vcf"), &warnings);
        QCOMPARE(cards.size(), 1);
        const Contact& juergen = cards.first().contact;
        QCOMPARE(juergen.firstName, QStringLiteral("Jürgen"));
        QCOMPARE(juergen.lastName, QStringLiteral("Müller"));
        QCOMPARE(cards.first().company, QStringLiteral("Müller & Söhne GmbH"));
        QCOMPARE(juergen.phones, (QList<LabeledValue>{{QStringLiteral("+49 (30) 1234567"), QStringLiteral("work")},
                                                      {QStringLiteral("0171 1234567"), QStringLiteral("mobile")},
                                                      {QStringLiteral("+49 (30) 1234568"), QStringLiteral("work")}}));
        QCOMPARE(juergen.address.street, QStringLiteral("Straße des 17. Juni 1"));
        QCOMPARE(juergen.address.country, QStringLiteral("Deutschland"));
        QCOMPARE(juergen.emails.first().value, QStringLiteral("juergen@example.de"));
        QCOMPARE(juergen.notes, QStringLiteral("Erste Zeile\r\nzweite Zeile mit € und einer sehr langen Fortsetzung"));
        QVERIFY(warnings.isEmpty());
    }

    void severalCardsAndTelUris()
    {
        const QList<VCard> cards = readFixture(QStringLiteral("two-cards-4.0.vcf"));
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards.at(0).contact.phones.first().value, QStringLiteral("+44-20-7946-0958"));
        QCOMPARE(cards.at(0).contact.phones.first().label, QStringLiteral("mobile"));
        // Only a formatted name: split into first and last.
        QCOMPARE(cards.at(1).contact.firstName, QStringLiteral("Charles"));
        QCOMPARE(cards.at(1).contact.lastName, QStringLiteral("Babbage"));
    }

    void aBirthdayWithoutAYearIsReported()
    {
        QStringList warnings;
        const QList<VCard> cards =
            VCards::read("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Lovelace\r\nBDAY:--1210\r\nEND:VCARD\r\n", &warnings);
        QCOMPARE(cards.size(), 1);
        QVERIFY(!cards.first().contact.birthday.isValid());
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(QStringLiteral("Ada Lovelace: the birthday")),
                 qPrintable(warnings.first()));
    }

    void roundTripKeepsEveryField()
    {
        VCard card;
        Contact& contact = card.contact;
        contact.firstName = QStringLiteral("Zoë Anne");
        contact.lastName = QStringLiteral("van der Berg; Jr.");
        card.company = QStringLiteral("Acme, Inc.");
        contact.title = QStringLiteral("Head of Sales \\ EMEA");
        contact.emails = {{QStringLiteral("zoe@example.com"), QStringLiteral("work")},
                          {QStringLiteral("zoe.private@example.com"), QStringLiteral("home")},
                          {QStringLiteral("z@example.org"), QStringLiteral("newsletter")}};
        contact.phones = {{QStringLiteral("+31 20 123 4567"), QStringLiteral("mobile")},
                          {QStringLiteral("020-7654321"), QString()},
                          {QStringLiteral("+31 20 000 0000"), QStringLiteral("fax")}};
        contact.birthday = QDate(1990, 2, 28);
        contact.address = {QStringLiteral("Keizersgracht 1, 2nd floor"), QStringLiteral("Amsterdam"),
                           QStringLiteral("Noord-Holland"), QStringLiteral("1015 CJ"), QStringLiteral("Netherlands")};
        contact.notes = QStringLiteral("Two lines;\nsecond, with commas and a \\ backslash. ") + QString(60, u'é');
        contact.tags = {QStringLiteral("vip"), QStringLiteral("key, account")};
        VCard other;
        other.company = QStringLiteral("Company only");

        const QByteArray written = VCards::write({card, other});
        // Lines of at most 75 octets, CRLF.
        for (const QByteArray& line : written.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData());
            QVERIFY(line.isEmpty() || line.endsWith('\r'));
        }
        QVERIFY(written.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
        QStringList warnings;
        const QList<VCard> read = VCards::read(written, &warnings);
        QCOMPARE(read.size(), 2);
        const Contact& back = read.first().contact;
        QCOMPARE(back.firstName, contact.firstName);
        QCOMPARE(back.lastName, contact.lastName);
        QCOMPARE(read.first().company, card.company);
        QCOMPARE(back.title, contact.title);
        QCOMPARE(back.emails, contact.emails);
        QCOMPARE(back.phones, contact.phones);
        QCOMPARE(back.birthday, contact.birthday);
        QCOMPARE(back.address, contact.address);
        QCOMPARE(back.notes, contact.notes);
        QCOMPARE(back.tags, contact.tags);
        QCOMPARE(read.at(1).company, QStringLiteral("Company only"));
        QVERIFY(warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
