// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "io/ContactExport.h"
#include "io/CsvReader.h"
#include "io/VCard.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/LeadSourceRepository.h"

#include <QBuffer>
#include <QTest>

using namespace kontor;

class TestContactExport : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_fixture;
    Contact m_ada;

    QList<CsvRecord> csv(ContactExport::CsvMode mode)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto written = ContactExport(m_fixture.db()).write(&buffer, ContactExport::Format::Csv, mode);
        if (!written || written.value() != 2)
            qFatal("export failed");
        buffer.close();
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, CsvReader::detect(buffer.data()));
        QList<CsvRecord> records;
        CsvRecord record;
        while (reader.next(record))
            records << record;
        return records;
    }

private slots:
    void initTestCase()
    {
        Company acme;
        acme.name = QStringLiteral("Acme, Inc.");
        const qint64 company = CompanyRepository(m_fixture.db()).create(acme).value();
        m_ada.firstName = QStringLiteral("Ada");
        m_ada.lastName = QStringLiteral("Lovelace");
        m_ada.companyId = company;
        m_ada.title = QStringLiteral("Analyst");
        m_ada.emails = {{QStringLiteral("ada@example.com"), QStringLiteral("work")},
                        {QStringLiteral("ada@home.example"), QStringLiteral("home")}};
        m_ada.phones = {{QStringLiteral("+44 20 7946 0958"), QStringLiteral("mobile")}};
        m_ada.birthday = QDate(1815, 12, 10);
        m_ada.address = {QStringLiteral("12 St James's Square"), QStringLiteral("London"), QString(),
                         QStringLiteral("SW1Y 4JH"), QStringLiteral("United Kingdom")};
        m_ada.status = ContactStatus::Customer;
        m_ada.leadSourceId = LeadSourceRepository(m_fixture.db()).ensureSource(QStringLiteral("Referral")).value();
        m_ada.tags = {QStringLiteral("vip"), QStringLiteral("math")};
        // A note a spreadsheet would run as a formula.
        m_ada.notes = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")\nsecond line");
        QVERIFY(ContactRepository(m_fixture.db()).create(m_ada).ok());
        Contact bob;
        bob.firstName = QStringLiteral("Bob");
        QVERIFY(ContactRepository(m_fixture.db()).create(bob).ok());
        Contact gone;
        gone.firstName = QStringLiteral("Archived");
        const qint64 goneId = ContactRepository(m_fixture.db()).create(gone).value();
        QVERIFY(ContactRepository(m_fixture.db()).archive(goneId).ok());
    }

    void spreadsheetSafeCsv()
    {
        const QList<CsvRecord> records = csv(ContactExport::CsvMode::SpreadsheetSafe);
        // The header, then Bob and Ada by their sort names (last name first), not the archived one.
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).fields, ContactExport::csvColumns());
        QCOMPARE(records.at(1).fields.first(), QStringLiteral("Bob"));
        const QStringList& ada = records.at(2).fields;
        const auto column = [&](const QString& name) { return ada.at(ContactExport::csvColumns().indexOf(name)); };
        QCOMPARE(column(QStringLiteral("First name")), QStringLiteral("Ada"));
        QCOMPARE(column(QStringLiteral("Company")), QStringLiteral("Acme, Inc."));
        QCOMPARE(column(QStringLiteral("Email 2")), QStringLiteral("ada@home.example"));
        QCOMPARE(column(QStringLiteral("Email 2 label")), QStringLiteral("home"));
        // A phone number stays usable; the formula does not run.
        QCOMPARE(column(QStringLiteral("Phone")), QStringLiteral("+44 20 7946 0958"));
        QCOMPARE(column(QStringLiteral("Notes")), QStringLiteral("'") + m_ada.notes);
        QCOMPARE(column(QStringLiteral("Birthday")), QStringLiteral("1815-12-10"));
        QCOMPARE(column(QStringLiteral("Status")), QStringLiteral("Customer"));
        QCOMPARE(column(QStringLiteral("Lead source")), QStringLiteral("Referral"));
        QCOMPARE(column(QStringLiteral("Tags")), QStringLiteral("math; vip"));
    }

    void exactCsvKeepsEveryValue()
    {
        const QList<CsvRecord> records = csv(ContactExport::CsvMode::Exact);
        const QStringList& ada = records.at(2).fields;
        QCOMPARE(ada.at(ContactExport::csvColumns().indexOf(QStringLiteral("Notes"))), m_ada.notes);
        QCOMPARE(ada.at(ContactExport::csvColumns().indexOf(QStringLiteral("Status"))), QStringLiteral("customer"));
    }

    void vCardsReadBackToTheSameContact()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(ContactExport(m_fixture.db()).write(&buffer, ContactExport::Format::VCard).ok());
        const QList<VCard> cards = VCards::read(buffer.data());
        QCOMPARE(cards.size(), 2);
        const VCard& ada = cards.last();
        QCOMPARE(ada.contact.lastName, QStringLiteral("Lovelace"));
        QCOMPARE(ada.company, QStringLiteral("Acme, Inc."));
        QCOMPARE(ada.contact.emails, m_ada.emails);
        QCOMPARE(ada.contact.phones, m_ada.phones);
        QCOMPARE(ada.contact.birthday, m_ada.birthday);
        QCOMPARE(ada.contact.address, m_ada.address);
        QCOMPARE(ada.contact.notes, m_ada.notes);
        QCOMPARE(ada.contact.tags, (QStringList{QStringLiteral("math"), QStringLiteral("vip")}));
    }

    void cancelSaysSo()
    {
        // More than one batch, so that the progress callback is asked.
        for (int i = 0; i < 1100; ++i) {
            Contact many;
            many.firstName = QStringLiteral("Many %1").arg(i);
            QVERIFY(ContactRepository(m_fixture.db()).create(many).ok());
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        int asked = 0;
        const auto written = ContactExport(m_fixture.db())
                                 .write(&buffer, ContactExport::Format::Csv, ContactExport::CsvMode::Exact,
                                        [&asked](qint64, qint64 total, const QString&) {
                                            ++asked;
                                            return total < 0; // never: cancel at once
                                        });
        QVERIFY(!written.ok());
        QCOMPARE(asked, 1);
        QVERIFY(written.error().contains(QStringLiteral("cancelled")));
    }
};

QTEST_GUILESS_MAIN(TestContactExport)
#include "tst_contactexport.moc"
