// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UtcTime.h"

#include "io/ContactExport.h"
#include "io/CsvReader.h"
#include "io/VCard.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/LeadSourceRepository.h"
#include "storage/BulkStatement.h"

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
        m_ada.createdAt = utcAt(QDate(2025, 10, 16), QTime(22, 13, 14, 250));
        // A note a spreadsheet would run as a formula.
        m_ada.notes = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")\nsecond line");
        QVERIFY(ContactRepository(m_fixture.db()).create(m_ada).ok());
        // Archived between the two, with emails, phones and tags of its own that must not reach Bob.
        Contact gone;
        gone.firstName = QStringLiteral("Archived");
        gone.emails = {{QStringLiteral("gone@example.com"), QStringLiteral("work")}};
        gone.phones = {{QStringLiteral("+44 20 7946 0000"), QStringLiteral("work")}};
        gone.tags = {QStringLiteral("old")};
        const qint64 goneId = ContactRepository(m_fixture.db()).create(gone).value();
        QVERIFY(ContactRepository(m_fixture.db()).archive(goneId).ok());
        Contact bob;
        bob.firstName = QStringLiteral("Bob");
        bob.phones = {{QStringLiteral("+1 212 555 0100"), QString()}};
        QVERIFY(ContactRepository(m_fixture.db()).create(bob).ok());
    }

    void spreadsheetSafeCsv()
    {
        const QList<CsvRecord> records = csv(ContactExport::CsvMode::SpreadsheetSafe);
        // The header, then Ada and Bob in the order they were added, not the archived one.
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).fields, ContactExport::csvColumns());
        const QStringList& bob = records.at(2).fields;
        const auto bobs = [&](const QString& name) { return bob.at(ContactExport::csvColumns().indexOf(name)); };
        QCOMPARE(bobs(QStringLiteral("first_name")), QStringLiteral("Bob"));
        QCOMPARE(bobs(QStringLiteral("email")), QString());
        QCOMPARE(bobs(QStringLiteral("phone")), QStringLiteral("+1 212 555 0100"));
        QCOMPARE(bobs(QStringLiteral("tags")), QString());
        const QStringList& ada = records.at(1).fields;
        const auto column = [&](const QString& name) { return ada.at(ContactExport::csvColumns().indexOf(name)); };
        QCOMPARE(column(QStringLiteral("first_name")), QStringLiteral("Ada"));
        QCOMPARE(column(QStringLiteral("company")), QStringLiteral("Acme, Inc."));
        QCOMPARE(column(QStringLiteral("email2")), QStringLiteral("ada@home.example"));
        // A phone number stays usable; the formula does not run.
        QCOMPARE(column(QStringLiteral("phone")), QStringLiteral("+44 20 7946 0958"));
        QCOMPARE(column(QStringLiteral("notes")), QStringLiteral("'") + m_ada.notes);
        QCOMPARE(column(QStringLiteral("birthday")), QStringLiteral("1815-12-10"));
        QCOMPARE(column(QStringLiteral("status")), QStringLiteral("Customer"));
        QCOMPARE(column(QStringLiteral("lead_source")), QStringLiteral("Referral"));
        QCOMPARE(column(QStringLiteral("tags")), QStringLiteral("math; vip"));
    }

    void exactCsvKeepsEveryValue()
    {
        const QList<CsvRecord> records = csv(ContactExport::CsvMode::Exact);
        const QStringList& ada = records.at(1).fields;
        QCOMPARE(ada.at(ContactExport::csvColumns().indexOf(QStringLiteral("notes"))), m_ada.notes);
        QCOMPARE(ada.at(ContactExport::csvColumns().indexOf(QStringLiteral("status"))), QStringLiteral("customer"));
        QCOMPARE(ada.at(ContactExport::csvColumns().indexOf(QStringLiteral("created_at"))),
                 QStringLiteral("2025-10-16T22:13:14Z"));
    }

    void throughQtSqlTheSameBytes()
    {
        // Debian's Qt uses the system's SQLite, so the export reads through SQLite's C API; with a Qt bundling its
        // own copy it reads through QtSql, and must write the same files.
        QVERIFY(BulkStatement::canGoDirect(m_fixture.db()));
        const auto exported = [this](ContactExport::Format format, ContactExport::CsvMode mode) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            if (!ContactExport(m_fixture.db()).write(&buffer, format, mode))
                qFatal("export failed");
            return buffer.data();
        };
        using F = ContactExport::Format;
        using M = ContactExport::CsvMode;
        const QList<QByteArray> direct = {exported(F::Csv, M::SpreadsheetSafe), exported(F::Csv, M::Exact),
                                          exported(F::VCard, M::Exact)};
        BulkStatement::setDirectAllowed(false);
        const QList<QByteArray> throughQt = {exported(F::Csv, M::SpreadsheetSafe), exported(F::Csv, M::Exact),
                                             exported(F::VCard, M::Exact)};
        BulkStatement::setDirectAllowed(true);
        QCOMPARE(throughQt, direct);
        QVERIFY(direct.first().contains("Lovelace"));
    }

    void vCardsReadBackToTheSameContact()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(ContactExport(m_fixture.db()).write(&buffer, ContactExport::Format::VCard).ok());
        const QList<VCard> cards = VCards::read(buffer.data());
        QCOMPARE(cards.size(), 2);
        const VCard& ada = cards.first();
        QCOMPARE(cards.last().contact.emails, QList<LabeledValue>());
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
