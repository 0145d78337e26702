// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "io/ContactExport.h"
#include "io/RecordExport.h"
#include "io/RecordImport.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace kontor;

namespace {

Result<ImportReport> importCsv(const QSqlDatabase& db, ImportKind kind, const QByteArray& bytes,
                               ImportOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    options.format = CsvReader::detect(bytes.left(65536));
    CsvReader reader(&buffer, options.format);
    CsvRecord header;
    reader.next(header);
    options.mapping = ImportFields::map(kind, header.fields, ContactFields::presets(db));
    buffer.seek(0);
    return RecordImport(db).run(&buffer, kind, options);
}

} // namespace

class TestRecordImport : public QObject
{
    Q_OBJECT

private slots:
    void anotherCrmComesOverWhole()
    {
        // Kontor's own exports stand in for another CRM's: companies, contacts, deals and their history.
        test::TestDatabase source;
        QVERIFY(DemoGenerator(source.db()).generate({60, 5, 6}).ok());
        const auto exported = [&](auto write) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            write(&buffer);
            return buffer.data();
        };
        const QByteArray companies = exported([&](QIODevice* out) {
            RecordExport(source.db()).writeCsv(out, RecordExport::Records::Companies, false).value();
        });
        const QByteArray contacts = exported([&](QIODevice* out) {
            ContactExport(source.db()).write(out, ContactExport::Format::Csv, ContactExport::CsvMode::Exact).value();
        });
        const QByteArray deals = exported([&](QIODevice* out) {
            RecordExport(source.db()).writeCsv(out, RecordExport::Records::Deals, false).value();
        });
        const QByteArray interactions = exported([&](QIODevice* out) {
            RecordExport(source.db()).writeCsv(out, RecordExport::Records::Interactions, false).value();
        });

        test::TestDatabase target;
        const QSqlDatabase db = target.db();
        // History before its contacts: every row rejected, and nothing changes.
        const auto early = importCsv(db, ImportKind::Interactions, interactions);
        QVERIFY(early.ok());
        QCOMPARE(early->created, 0);
        QCOMPARE(early->rejected, early->rows);
        QVERIFY(early->outcomes.first().reason.contains(QStringLiteral("import the contacts first")));

        ImportOptions create;
        create.duplicates = DuplicatePolicy::CreateAnyway;
        QVERIFY(importCsv(db, ImportKind::Companies, companies, create).ok());
        QVERIFY(importCsv(db, ImportKind::Contacts, contacts).ok());
        const auto dealReport = importCsv(db, ImportKind::Deals, deals);
        QVERIFY2(dealReport.ok(), qPrintable(dealReport.error()));
        const auto history = importCsv(db, ImportKind::Interactions, interactions);
        QVERIFY2(history.ok(), qPrintable(history.error()));
        QCOMPARE(history->rejected, 0);

        for (const QString& table : {QStringLiteral("companies"), QStringLiteral("contacts"), QStringLiteral("deals"),
                                     QStringLiteral("interactions")})
            QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM %1 WHERE archived_at IS NULL").arg(table)),
                     test::count(source.db(),
                                 QStringLiteral("SELECT count(*) FROM %1 WHERE archived_at IS NULL").arg(table)));
        // The money, the stages and the moments came across.
        QSqlQuery left(source.db());
        QSqlQuery right(db);
        const QString money = QStringLiteral("SELECT sum(amount_minor), count(DISTINCT stage_id) FROM deals "
                                             "WHERE archived_at IS NULL");
        QVERIFY(left.exec(money) && left.next() && right.exec(money) && right.next());
        QCOMPARE(right.value(0).toLongLong(), left.value(0).toLongLong());
        QCOMPARE(right.value(1).toLongLong(), left.value(1).toLongLong());
        const QString times = QStringLiteral("SELECT sum(occurred_at / 1000), count(DISTINCT kind) FROM interactions "
                                             "WHERE archived_at IS NULL");
        QVERIFY(left.exec(times) && left.next() && right.exec(times) && right.next());
        QCOMPARE(right.value(0).toLongLong(), left.value(0).toLongLong());
        QCOMPARE(right.value(1).toLongLong(), left.value(1).toLongLong());

        // The same history again: all already there.
        const auto again = importCsv(db, ImportKind::Interactions, interactions);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->skipped, again->rows);

        // Undone: the interactions and deals go, the contacts' last contact with them.
        QVERIFY(ImportHistory(db).undo(history->importId).ok());
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM interactions")), 0);
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM contacts WHERE last_interaction_at IS NOT NULL")),
                 0);
        QVERIFY(ImportHistory(db).undo(dealReport->importId).ok());
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM deals")), 0);
    }

    // History names its contact in one field: a contact with two family names is found however the name splits.
    void historyFindsAContactWithTwoFamilyNames()
    {
        test::TestDatabase fixture;
        Contact jorge;
        jorge.firstName = QStringLiteral("Jorge");
        jorge.lastName = QStringLiteral("Romero Ortiz");
        const qint64 id = ContactRepository(fixture.db()).create(jorge).value();
        const QByteArray csv = "contact,occurred_at,kind,subject\r\n"
                               "Jorge Romero Ortiz,2026-11-20T10:00:00Z,call,Quote\r\n";
        const auto report = importCsv(fixture.db(), ImportKind::Interactions, csv);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->rejected, 0);
        QCOMPARE(test::count(fixture.db(),
                             QStringLiteral("SELECT count(*) FROM interactions WHERE contact_id = %1").arg(id)),
                 1);
    }

    void companiesAreMatchedByNameWithoutLegalForm()
    {
        test::TestDatabase fixture;
        Company acme;
        acme.name = QStringLiteral("ACME Inc.");
        const qint64 id = CompanyRepository(fixture.db()).create(acme).value();
        const QByteArray csv = "Company Name,Website,City\r\n"
                               "Acme Incorporated,https://acme.example,Springfield\r\n"
                               "Globex,,\r\n"
                               ",https://nameless.example,\r\n";
        ImportOptions options;
        options.duplicates = DuplicatePolicy::Merge;
        options.dryRun = true;
        QVERIFY(importCsv(fixture.db(), ImportKind::Companies, csv, options).ok());
        QCOMPARE(test::count(fixture.db(), QStringLiteral("SELECT count(*) FROM companies")), 1);
        options.dryRun = false;
        const auto report = importCsv(fixture.db(), ImportKind::Companies, csv, options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->merged, 1);
        QCOMPARE(report->created, 1);
        QCOMPARE(report->rejected, 1);
        QCOMPARE(CompanyRepository(fixture.db()).get(id)->website, QStringLiteral("https://acme.example"));
        QCOMPARE(CompanyRepository(fixture.db()).get(id)->name, QStringLiteral("ACME Inc."));
        // Undone: Globex goes, ACME is as it was.
        QVERIFY(ImportHistory(fixture.db()).undo(report->importId).ok());
        QCOMPARE(test::count(fixture.db(), QStringLiteral("SELECT count(*) FROM companies")), 1);
        QCOMPARE(CompanyRepository(fixture.db()).get(id)->website, QString());
    }

    // Tags apart by a comma or semicolon, also as a Persian keyboard types them (، ؛).
    void companyTagsComeApartInEveryScript()
    {
        test::TestDatabase fixture;
        const QByteArray csv = QStringLiteral("Company Name,Tags\r\n"
                                              "Globex,\"supplier, fair;vip\"\r\n"
                                              "پارس,تأمین‌کننده، نمایشگاه؛ ویژه\r\n")
                                   .toUtf8();
        const auto report = importCsv(fixture.db(), ImportKind::Companies, csv, ImportOptions());
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->created, 2);
        QCOMPARE(test::count(fixture.db(), QStringLiteral("SELECT count(*) FROM companies")), 2);
        for (const qint64 id : {1, 2}) {
            const auto company = CompanyRepository(fixture.db()).get(id);
            QVERIFY(company.ok());
            QCOMPARE(company->tags.size(), 3);
        }
    }
};

QTEST_GUILESS_MAIN(TestRecordImport)
#include "tst_recordimport.moc"
