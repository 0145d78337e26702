// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportBytes.h"
#include "TestDatabase.h"

#include "io/ContactExport.h"
#include "io/ContactImport.h"
#include "io/RecordImport.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/UserRepository.h"
#include "search/Search.h"

#include <QBuffer>
#include <QFile>
#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace kontor;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(KONTOR_TEST_DATA "/import/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// Every row of every table, in order: two databases with the same content give the same text.
QString content(const QSqlDatabase& db)
{
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "ORDER BY name"));
    QString dump;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table)))
            continue;
        dump += table + u'\n';
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                dump += rows.value(i).toString() + u'|';
            dump += u'\n';
        }
    }
    return dump;
}

using test::importBytes;

Contact contactWithEmail(const QSqlDatabase& db, const QString& email)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT contact_id FROM contact_emails WHERE normalized = lower(?)"));
    query.addBindValue(email);
    if (!query.exec() || !query.next())
        return {};
    return ContactRepository(db).get(query.value(0).toLongLong()).value();
}

} // namespace

class TestContactImport : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::TestDatabase>();
        QVERIFY(SettingsRepository(m_fixture->db()).setPhoneRegion(QStringLiteral("DE")).ok());
    }

    void germanHeadersMapThemselvesAndNoPresetIsClaimed()
    {
        const QStringList german = {
            QStringLiteral("Vorname"), QStringLiteral("Nachname"),      QStringLiteral("Firma"),
            QStringLiteral("E-Mail"),  QStringLiteral("Telefon"),       QStringLiteral("Straße"),
            QStringLiteral("PLZ"),     QStringLiteral("Ort"),           QStringLiteral("Land"),
            QStringLiteral("Notiz"),   QStringLiteral("Lieblingsfarbe")};
        // No preset's own columns are among them: none is named, rather than the first one of a tie.
        const ImportPreset best = ContactFields::bestPreset(german, ContactFields::presets(m_fixture->db()));
        QVERIFY(best.name.isEmpty());
        const ColumnMapping mapping = ContactFields::map(german, best);
        const QStringList keys = {QStringLiteral("first_name"),  QStringLiteral("last_name"), QStringLiteral("company"),
                                  QStringLiteral("email"),       QStringLiteral("phone"),     QStringLiteral("street"),
                                  QStringLiteral("postal_code"), QStringLiteral("city"),      QStringLiteral("country"),
                                  QStringLiteral("notes")};
        for (int column = 0; column < keys.size(); ++column)
            QCOMPARE(mapping.value(column), keys.at(column));
        QVERIFY(!mapping.contains(10)); // a column no field is named by stays out
        // Case and spaces do not matter; a German header also maps under a preset that does not know it.
        QCOMPARE(ContactFields::keyNamedBy(QStringLiteral(" e-mail ")), QStringLiteral("email"));
        QCOMPARE(ContactFields::map({QStringLiteral("PLZ")}, ContactFields::builtInPresets().first()).value(0),
                 QStringLiteral("postal_code"));
        // "Name" alone is the whole name; beside a first name it is the surname.
        QCOMPARE(ContactFields::map({QStringLiteral("Name")}, best).value(0), QStringLiteral("full_name"));
        const ColumnMapping surname = ContactFields::map({QStringLiteral("Vorname"), QStringLiteral("Name")}, best);
        QCOMPARE(surname.value(0), QStringLiteral("first_name"));
        QCOMPARE(surname.value(1), QStringLiteral("last_name"));
    }

    // A header that plainly names a field maps itself under every preset, the generic CRM export's included, whatever
    // its case and punctuation: "Given Name;Family Name;Organisation" used to stay on "Leave out".
    void headersThatNameAFieldMapThemselvesUnderAnyPreset_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("key");
        const std::pair<const char*, const char*> rows[] = {
            {"Given Name", "first_name"}, {"First name", "first_name"},   {"FIRST-NAME", "first_name"},
            {"first_name", "first_name"}, {"Forename", "first_name"},     {"Family Name", "last_name"},
            {"Surname", "last_name"},     {"Last name", "last_name"},     {"last-name", "last_name"},
            {"Full name", "full_name"},   {"Company", "company"},         {"Organisation", "company"},
            {"Organization", "company"},  {"Company name", "company"},    {"E-mail", "email"},
            {"E-Mail Address", "email"},  {"email_address", "email"},     {"Second email", "email2"},
            {"E-mail 2", "email2"},       {"Mobile", "mobile"},           {"Mobile phone", "mobile"},
            {"Cell", "mobile"},           {"Phone number", "phone"},      {"Telephone", "phone"},
            {"Job title", "title"},       {"Date of birth", "birthday"},  {"Zip code", "postal_code"},
            {"Post-code", "postal_code"}, {"Postal code", "postal_code"}, {"Lead source", "lead_source"},
            {"Date added", "created_at"}, {"Street address", "street"},   {"Town", "city"},
            {"State/Province", "region"}, {" Notes ", "notes"},           {"Vorname", "first_name"},
        };
        for (const auto& [header, key] : rows)
            QTest::newRow(header) << QString::fromUtf8(header) << QString::fromUtf8(key);
    }

    void headersThatNameAFieldMapThemselvesUnderAnyPreset()
    {
        QFETCH(QString, header);
        QFETCH(QString, key);
        QCOMPARE(ContactFields::keyNamedBy(header), key);
        const QList<ImportPreset> presets = ContactFields::builtInPresets() << ImportPreset{};
        for (const ImportPreset& preset : presets)
            QCOMPARE(ContactFields::map({header}, preset).value(0), key);
    }

    void theGenericPresetTakesTheCommonHeaders()
    {
        const QStringList headers = {QStringLiteral("Given Name"),   QStringLiteral("Family Name"),
                                     QStringLiteral("Organisation"), QStringLiteral("E-mail"),
                                     QStringLiteral("Phone number"), QStringLiteral("Favourite colour")};
        ImportPreset generic;
        for (const ImportPreset& preset : ContactFields::builtInPresets())
            if (preset.name == QStringLiteral("Generic CRM export"))
                generic = preset;
        QVERIFY(!generic.name.isEmpty());
        const ColumnMapping mapping = ContactFields::map(headers, generic);
        QCOMPARE(mapping, (ColumnMapping{{0, QStringLiteral("first_name")},
                                         {1, QStringLiteral("last_name")},
                                         {2, QStringLiteral("company")},
                                         {3, QStringLiteral("email")},
                                         {4, QStringLiteral("phone")}}));
        // A preset's own headers compare the same way: "E-MAIL 1 VALUE" is Google's "E-mail 1 - Value".
        QCOMPARE(ContactFields::map({QStringLiteral("E-MAIL 1 VALUE")}, ContactFields::builtInPresets().first()),
                 (ColumnMapping{{0, QStringLiteral("email")}}));
        QCOMPARE(ContactFields::bestPreset({QStringLiteral("E-MAIL 1 VALUE")}, ContactFields::builtInPresets()).name,
                 QStringLiteral("Google Contacts"));
        // And the other kinds: a company's "Organisation" is its name, "Parent-Company" its parent.
        QCOMPARE(ImportFields::map(ImportKind::Companies,
                                   {QStringLiteral("Organisation"), QStringLiteral("Parent-Company")}, {}),
                 (ColumnMapping{{0, QStringLiteral("name")}, {1, QStringLiteral("parent")}}));
    }

    void theContactsOfAnImportCanBeListed()
    {
        const QSqlDatabase db = m_fixture->db();
        Contact before;
        before.firstName = QStringLiteral("Before");
        QVERIFY(ContactRepository(db).create(before).ok());
        ImportOptions options;
        options.duplicates = DuplicatePolicy::Update;
        const QByteArray first =
            "Vorname,Nachname,E-Mail\r\nAda,Lovelace,ada@example.com\r\nAlan,Turing,alan@example.com\r\n";
        const ImportReport one = importBytes(db, first, options).value();
        // The second file updates Ada and creates Grace.
        const QByteArray second =
            "Vorname,Nachname,E-Mail\r\nAda,King,ada@example.com\r\nGrace,Hopper,grace@example.com\r\n";
        const ImportReport two = importBytes(db, second, options).value();
        QCOMPARE(two.updated, 1);
        ContactFilter filter;
        filter.importId = one.importId;
        QCOMPARE(ContactRepository(db).count(filter).value(), qint64(2));
        filter.importId = two.importId;
        QCOMPARE(ContactRepository(db).count(filter).value(), qint64(2));
        QStringList names;
        for (const ContactRow& row :
             ContactRepository(db).page(filter, ContactSort::Name, Qt::AscendingOrder, 0, 10).value())
            names << row.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Grace Hopper"), QStringLiteral("Ada King")}));
    }

    void presetsMapTheBigExportersHeaders()
    {
        const QStringList google = {QStringLiteral("First Name"),        QStringLiteral("Last Name"),
                                    QStringLiteral("E-mail 1 - Value"),  QStringLiteral("Phone 1 - Value"),
                                    QStringLiteral("Organization Name"), QStringLiteral("Labels")};
        const ImportPreset best = ContactFields::bestPreset(google, ContactFields::presets(m_fixture->db()));
        QCOMPARE(best.name, QStringLiteral("Google Contacts"));
        const ColumnMapping mapping = ContactFields::map(google, best);
        QCOMPARE(mapping.value(2), QStringLiteral("email"));
        QCOMPARE(mapping.value(4), QStringLiteral("company"));
        QCOMPARE(mapping.value(5), QStringLiteral("tags"));

        const QStringList outlook = {QStringLiteral("First Name"), QStringLiteral("Last Name"),
                                     QStringLiteral("E-mail Address"), QStringLiteral("Mobile Phone"),
                                     QStringLiteral("Business Country/Region")};
        QCOMPARE(ContactFields::bestPreset(outlook, ContactFields::presets(m_fixture->db())).name,
                 QStringLiteral("Outlook"));
        // Kontor's own export: the headers are the keys.
        const ColumnMapping own =
            ContactFields::map(ContactExport::csvColumns(), ContactFields::builtInPresets().first());
        QCOMPARE(own.size(), ContactExport::csvColumns().size());

        // A preset of the user's is kept in the database, and replaces one of the same name.
        ImportPreset mine{QStringLiteral("Trade fair scanner"),
                          {{QStringLiteral("vorname"), QStringLiteral("first_name")},
                           {QStringLiteral("nachname"), QStringLiteral("last_name")}},
                          false};
        QVERIFY(ContactFields::savePreset(m_fixture->db(), mine).ok());
        mine.columns.insert(QStringLiteral("mail"), QStringLiteral("email"));
        QVERIFY(ContactFields::savePreset(m_fixture->db(), mine).ok());
        const QList<ImportPreset> presets = ContactFields::presets(m_fixture->db());
        QCOMPARE(presets.size(), ContactFields::builtInPresets().size() + 1);
        const QStringList scanner = {QStringLiteral("Vorname"), QStringLiteral("Nachname"), QStringLiteral("Mail")};
        QCOMPARE(ContactFields::bestPreset(scanner, presets).name, mine.name);
        QCOMPARE(ContactFields::map(scanner, presets.last()).size(), 3);
    }

    void dryRunReportsEveryRowAndChangesNothing()
    {
        const QString before = content(m_fixture->db());
        ImportOptions options;
        options.dryRun = true;
        const auto report = importBytes(m_fixture->db(), fixture(QStringLiteral("google-messy.csv")), options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(content(m_fixture->db()), before);
        QCOMPARE(report->importId, 0);
        // Six rows (the blank line is none): four new, one without a name, one Ada again by her email.
        QCOMPARE(report->rows, 6);
        QCOMPARE(report->created, 4);
        QCOMPARE(report->rejected, 1);
        QCOMPARE(report->skipped, 1);
        QCOMPARE(report->flagged, 1);
        QCOMPARE(report->outcomes.size(), 6);
        // What needs a look comes first, in file order, with its line and reason.
        const ImportRowOutcome& ronald = report->outcomes.at(0);
        QCOMPARE(ronald.line, 5);
        QCOMPARE(ronald.name, QStringLiteral("Ronald McDonald"));
        QCOMPARE(ronald.warnings.size(), 3); // email, phone, birthday
        const ImportRowOutcome& nameless = report->outcomes.at(1);
        QCOMPARE(nameless.action, ImportAction::Reject);
        QVERIFY(nameless.reason.contains(QStringLiteral("No name")));
        const ImportRowOutcome& again = report->outcomes.at(2);
        QCOMPARE(again.line, 8);
        QCOMPARE(again.action, ImportAction::Skip);
        QVERIFY2(again.reason.contains(QStringLiteral("Ada Lovelace")), qPrintable(again.reason));
    }

    void importCleansWhatItBringsIn()
    {
        const auto report = importBytes(m_fixture->db(), fixture(QStringLiteral("google-messy.csv")), {});
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(report->importId > 0);
        QCOMPARE(test::count(m_fixture->db(), QStringLiteral("SELECT count(*) FROM contacts")), 4);

        const Contact ada = contactWithEmail(m_fixture->db(), QStringLiteral("ada@example.com"));
        QCOMPARE(ada.firstName, QStringLiteral("Ada"));
        QCOMPARE(ada.lastName, QStringLiteral("Lovelace"));
        QCOMPARE(ada.title, QStringLiteral("Analyst"));
        QCOMPARE(ada.birthday, QDate(1815, 12, 10));
        QCOMPARE(ada.tags, QStringList{QStringLiteral("VIP")});
        QCOMPARE(ada.notes, QStringLiteral("Met at the \"Difference\" talk\nsecond line"));
        QCOMPARE(ada.phones.first().value, QStringLiteral("+44 20 7946 0958"));

        const Contact jan = contactWithEmail(m_fixture->db(), QStringLiteral("jan@example.nl"));
        QCOMPARE(jan.firstName, QStringLiteral("Jan"));
        QCOMPARE(jan.lastName, QStringLiteral("van der Berg"));
        QCOMPARE(jan.birthday, QDate(1980, 3, 10));
        // One company for both, created once.
        QCOMPARE(jan.companyId, ada.companyId);
        QCOMPARE(test::count(m_fixture->db(), QStringLiteral("SELECT count(*) FROM companies")), 2);
        // The number read in the region of the settings, for matching.
        QCOMPARE(test::count(m_fixture->db(),
                             QStringLiteral("SELECT count(*) FROM contact_phones WHERE normalized = '+49301234567'")),
                 1);

        // Doubtful values are kept, and the unreadable birthday lands in the notes.
        const Contact ronald = contactWithEmail(m_fixture->db(), QStringLiteral("ronald@@example.com"));
        QCOMPARE(ronald.lastName, QStringLiteral("McDonald"));
        QCOMPARE(ronald.phones.first().value, QStringLiteral("not a number"));
        // Flagged for the data health check as well, beside Ada's valid number.
        QCOMPARE(test::count(m_fixture->db(), QStringLiteral("SELECT count(*) FROM contact_phones WHERE valid = 0 "
                                                             "AND phone = 'not a number'")),
                 1);
        QCOMPARE(test::count(m_fixture->db(), QStringLiteral("SELECT count(*) FROM contact_phones WHERE valid = 1 "
                                                             "AND phone = '+44 20 7946 0958'")),
                 1);
        QVERIFY(ronald.notes.contains(QStringLiteral("sometime")));

        const Contact grace = contactWithEmail(m_fixture->db(), QStringLiteral("grace@example.com"));
        QCOMPARE(CompanyRepository(m_fixture->db()).get(grace.companyId).value().name, QStringLiteral("Navy, US"));
        // New companies are found by search and have their "created" in the history, as if typed in.
        const auto found = Search(m_fixture->db()).find(QStringLiteral("Navy"), 10);
        QVERIFY(found.ok());
        QVERIFY(std::any_of(found->cbegin(), found->cend(), [&](const SearchHit& hit) {
            return hit.kind == SearchHit::Kind::Company && hit.id == grace.companyId;
        }));
        QCOMPARE(
            test::count(m_fixture->db(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'company' AND "
                                                        "action = 'created'")),
            2);
        // The new contacts are found by name, company, email and phone digits, as if typed in.
        for (const QString& text : {QStringLiteral("lovelace"), QStringLiteral("navy"), QStringLiteral("jan@example"),
                                    QStringLiteral("442079460958")}) {
            const auto hits = Search(m_fixture->db()).find(text, 10);
            QVERIFY(hits.ok());
            QVERIFY2(std::any_of(hits->cbegin(), hits->cend(),
                                 [](const SearchHit& hit) { return hit.kind == SearchHit::Kind::Contact; }),
                     qPrintable(text));
        }
        QCOMPARE(test::count(m_fixture->db(), QStringLiteral("SELECT count(*) FROM contact_search")), 4);

        // In the history, with its counts.
        const auto history = ImportHistory(m_fixture->db()).list();
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().created, 4);
        QCOMPARE(history->first().skipped, 1);
        QCOMPARE(history->first().rejected, 1);
    }

    void legacyEncodingAndSemicolons()
    {
        const auto report = importBytes(m_fixture->db(), fixture(QStringLiteral("outlook-semicolon-1252.csv")), {});
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->created, 2);
        const Contact rene = contactWithEmail(m_fixture->db(), QStringLiteral("rene@cafe-mueller.de"));
        QCOMPARE(rene.lastName, QStringLiteral("D’Arcy"));
        QCOMPARE(rene.notes, QStringLiteral("Zahlt 100 €"));
        QCOMPARE(rene.phones.size(), 2);
        QCOMPARE(rene.phones.at(1).label, QStringLiteral("mobile"));
        QCOMPARE(CompanyRepository(m_fixture->db()).get(rene.companyId).value().name,
                 QStringLiteral("Café Müller GmbH"));
        const Contact zoe = contactWithEmail(m_fixture->db(), QStringLiteral("zoe@example.dk"));
        QCOMPARE(zoe.address.city, QStringLiteral("København"));
        QCOMPARE(zoe.tags, (QStringList{QStringLiteral("Leads"), QStringLiteral("Partner")}));
    }

    void duplicatePolicies_data()
    {
        QTest::addColumn<DuplicatePolicy>("policy");
        QTest::addColumn<int>("contacts");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("city");
        QTest::addColumn<int>("emails");
        QTest::newRow("skip") << DuplicatePolicy::Skip << 1 << QStringLiteral("Countess") << QString() << 1;
        QTest::newRow("update") << DuplicatePolicy::Update << 1 << QStringLiteral("Analyst") << QStringLiteral("London")
                                << 2;
        QTest::newRow("merge") << DuplicatePolicy::Merge << 1 << QStringLiteral("Countess") << QStringLiteral("London")
                               << 2;
        QTest::newRow("create anyway") << DuplicatePolicy::CreateAnyway << 2 << QStringLiteral("Countess") << QString()
                                       << 1;
    }

    void duplicatePolicies()
    {
        QFETCH(DuplicatePolicy, policy);
        Contact existing;
        existing.firstName = QStringLiteral("Ada");
        existing.lastName = QStringLiteral("Lovelace");
        existing.title = QStringLiteral("Countess");
        existing.phones = {{QStringLiteral("030 1234567"), QString()}};
        const qint64 id = ContactRepository(m_fixture->db()).create(existing).value();
        // The same number written the international way, a new email, a title and a city.
        const QByteArray csv = "first_name,last_name,title,email,phone,city\r\n"
                               "Ada,Lovelace,Analyst,ada@new.example,+49 30 1234567,London\r\n";
        ImportOptions options;
        options.duplicates = policy;
        const auto report = importBytes(m_fixture->db(), csv, options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QFETCH(int, contacts);
        QFETCH(QString, title);
        QFETCH(QString, city);
        QFETCH(int, emails);
        QCOMPARE(test::count(m_fixture->db(), QStringLiteral("SELECT count(*) FROM contacts")), contacts);
        const Contact after = ContactRepository(m_fixture->db()).get(id).value();
        QCOMPARE(after.title, title);
        QCOMPARE(after.address.city, city);
        QCOMPARE(after.emails.size() + after.phones.size(), emails);
        QCOMPARE(after.phones.size(), 1); // the same number, not added again
        const ImportRowOutcome& row = report->outcomes.first();
        if (policy == DuplicatePolicy::CreateAnyway) {
            QCOMPARE(row.action, ImportAction::Create);
        } else {
            QCOMPARE(row.contactId, id);
            QVERIFY2(row.reason.contains(QStringLiteral("Same phone number as Ada Lovelace")), qPrintable(row.reason));
        }
    }

    void cancelOrFailureHalfWayLeavesTheDatabaseAsItWas()
    {
        Contact existing;
        existing.firstName = QStringLiteral("Kept");
        existing.emails = {{QStringLiteral("row7@example.com"), QString()}};
        QVERIFY(ContactRepository(m_fixture->db()).create(existing).ok());
        QByteArray csv = "first_name,last_name,email,company,lead_source\r\n";
        for (int i = 0; i < 3000; ++i)
            csv +=
                QStringLiteral("Person,Number %1,row%1@example.com,Company %2,Fair %2\r\n").arg(i).arg(i % 10).toUtf8();
        const QString before = content(m_fixture->db());
        // A file this size, against a table this small, has the contacts' indexes built at the end.
        const auto schema = [&] {
            QSqlQuery query(m_fixture->db());
            query.exec(QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema "
                                      "WHERE type IN ('index', 'trigger') ORDER BY name)"));
            query.next();
            return query.value(0).toString();
        };
        const QString schemaBefore = schema();

        ImportOptions options;
        options.duplicates = DuplicatePolicy::Update;
        int asked = 0;
        const auto cancelled =
            importBytes(m_fixture->db(), csv, options, [&](qint64 done, qint64 total, const QString&) {
                [&] { QVERIFY(done > 0 && done < total); }();
                return ++asked < 3;
            });
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.error().contains(QStringLiteral("cancelled")));
        QCOMPARE(asked, 3);
        QCOMPARE(content(m_fixture->db()), before);

        // A write that fails on row 2,000 (as a full disk would) undoes rows 1 to 1,999 as well.
        QSqlQuery trigger(m_fixture->db());
        QVERIFY(trigger.exec(
            QStringLiteral("CREATE TEMP TRIGGER fail_half_way BEFORE INSERT ON contacts "
                           "WHEN NEW.last_name = 'Number 1999' BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        const auto failed = importBytes(m_fixture->db(), csv, options);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QStringLiteral("disk full")), qPrintable(failed.error()));
        // Line 2,001 of the file (the header is line 1), as the locale writes numbers.
        QVERIFY2(failed.error().contains(QLocale().toString(2001)), qPrintable(failed.error()));
        QCOMPARE(content(m_fixture->db()), before);
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER fail_half_way")));

        const auto done = importBytes(m_fixture->db(), csv, options);
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(done->created, 2999);
        QCOMPARE(done->updated, 1);
        // Read on a second thread in batches, written in the file's order.
        QSqlQuery order(m_fixture->db());
        QVERIFY(order.exec(QStringLiteral(
            "SELECT last_name FROM contacts WHERE last_name LIKE 'Number %' AND last_name <> 'Number 7' ORDER BY id")));
        int expected = 0;
        while (order.next()) {
            expected += expected == 7 ? 1 : 0; // Row 7 updated the contact that was there before.
            QCOMPARE(order.value(0).toString(), QStringLiteral("Number %1").arg(expected++));
        }
        QCOMPARE(expected, 3000);
        QCOMPARE(schema(), schemaBefore);
        QSqlQuery plan(m_fixture->db());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM contacts WHERE owner_id = 1")));
        QVERIFY(plan.next());
        QVERIFY2(plan.value(3).toString().contains(QStringLiteral("contacts_by_owner")),
                 qPrintable(plan.value(3).toString()));
        QVERIFY(content(m_fixture->db()) != before);
    }

    void undoRemovesWhatItCreatedAndRestoresWhatItChanged()
    {
        Contact existing;
        existing.firstName = QStringLiteral("Ada");
        existing.lastName = QStringLiteral("Lovelace");
        existing.title = QStringLiteral("Countess");
        existing.emails = {{QStringLiteral("ada@example.com"), QStringLiteral("work")}};
        const qint64 adaId = ContactRepository(m_fixture->db()).create(existing).value();
        const QByteArray csv = "first_name,last_name,title,email,company,lead_source,campaign\r\n"
                               "Ada,Lovelace,Analyst,ada@example.com,Engines Ltd,Trade fair,Autumn\r\n"
                               "Grace,Hopper,Admiral,grace@example.com,Navy,Trade fair,Autumn\r\n"
                               "Alan,Turing,,alan@example.com,,,\r\n";
        ImportOptions options;
        options.duplicates = DuplicatePolicy::Update;
        const auto report = importBytes(m_fixture->db(), csv, options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->updated, 1);
        QCOMPARE(report->created, 2);
        QCOMPARE(ContactRepository(m_fixture->db()).get(adaId).value().title, QStringLiteral("Analyst"));
        // Alan is called after the import: his history must survive an undo.
        const Contact alan = contactWithEmail(m_fixture->db(), QStringLiteral("alan@example.com"));
        Interaction call;
        call.contactId = alan.id;
        call.occurredAt = QDateTime::currentDateTimeUtc();
        call.loggedBy = UserRepository(m_fixture->db()).defaultUser().value().id;
        QVERIFY(InteractionRepository(m_fixture->db()).log(call).ok());

        ImportHistory history(m_fixture->db());
        const auto undone = history.undo(report->importId);
        QVERIFY2(undone.ok(), qPrintable(undone.error()));
        QCOMPARE(undone->removed, 1);
        QCOMPARE(undone->restored, 1);
        QCOMPARE(undone->archived, 1);
        const Contact ada = ContactRepository(m_fixture->db()).get(adaId).value();
        QCOMPARE(ada.title, QStringLiteral("Countess"));
        QCOMPARE(ada.emails, existing.emails);
        QCOMPARE(contactWithEmail(m_fixture->db(), QStringLiteral("grace@example.com")).id, 0);
        QVERIFY(ContactRepository(m_fixture->db()).get(alan.id).value().isArchived());
        // What only the import used goes with it.
        QCOMPARE(test::count(m_fixture->db(), QStringLiteral("SELECT count(*) FROM companies")), 0);
        QCOMPARE(
            test::count(m_fixture->db(), QStringLiteral("SELECT count(*) FROM lead_sources WHERE name = 'Trade fair'")),
            0);
        QCOMPARE(test::count(m_fixture->db(), QStringLiteral("SELECT count(*) FROM campaigns")), 0);
        QVERIFY(history.list()->first().undoneAt.isValid());
        QVERIFY(!history.undo(report->importId).ok());
    }

    void whatTheReaderGuessedIsReported()
    {
        const QByteArray csv = "first_name,last_name\r\nGrace,Hopper\r\n\"Ada,Lovelace\r\n";
        const auto report = importBytes(m_fixture->db(), csv, {});
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->fileWarnings.size(), 1);
        QVERIFY2(report->fileWarnings.first().contains(QStringLiteral("3")), qPrintable(report->fileWarnings.first()));
    }

    void theChangeHistorySaysWhatTheImportDid()
    {
        const auto triggers = [&] {
            return test::count(m_fixture->db(),
                               QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"));
        };
        const qint64 triggersBefore = triggers();
        Contact existing;
        existing.firstName = QStringLiteral("Ada");
        existing.emails = {{QStringLiteral("ada@example.com"), QString()}};
        const qint64 adaId = ContactRepository(m_fixture->db()).create(existing).value();
        const qint64 logBefore = test::count(m_fixture->db(), QStringLiteral("SELECT count(*) FROM change_log"));
        const QByteArray csv = "first_name,email,email2,phone\r\n"
                               "Ada,ada@example.com,ada@home.example,\r\n"
                               "Grace,grace@example.com,,+1 212 555 0100\r\n";
        ImportOptions options;
        options.duplicates = DuplicatePolicy::Merge;
        options.dryRun = true;
        QVERIFY(importBytes(m_fixture->db(), csv, options).ok());
        QCOMPARE(triggers(), triggersBefore);
        options.dryRun = false;
        QVERIFY(importBytes(m_fixture->db(), csv, options).ok());
        QCOMPARE(triggers(), triggersBefore);
        const qint64 graceId = contactWithEmail(m_fixture->db(), QStringLiteral("grace@example.com")).id;
        // Grace: created, once. Ada: her new address.
        QCOMPARE(test::count(m_fixture->db(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity_id = %1 AND "
                                                             "action = 'created'")
                                                  .arg(graceId)),
                 1);
        QCOMPARE(test::count(m_fixture->db(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity_id = %1 AND "
                                                             "new_values = '{\"email\":\"ada@home.example\"}'")
                                                  .arg(adaId)),
                 1);
        QCOMPARE(test::count(m_fixture->db(), QStringLiteral("SELECT count(*) FROM change_log")), logBefore + 2);
        // And the triggers work again after it.
        Contact later;
        later.firstName = QStringLiteral("Alan");
        const qint64 alanId = ContactRepository(m_fixture->db()).create(later).value();
        QCOMPARE(test::count(m_fixture->db(),
                             QStringLiteral("SELECT count(*) FROM change_log WHERE entity_id = %1").arg(alanId)),
                 1);
    }

    void addressBooksComeInThroughTheSameChecks()
    {
        QByteArray cards;
        for (const QString& name : {QStringLiteral("google.vcf"), QStringLiteral("apple.vcf"),
                                    QStringLiteral("outlook.vcf"), QStringLiteral("two-cards-4.0.vcf")}) {
            QFile file(QStringLiteral(KONTOR_TEST_DATA "/vcard/") + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            cards += file.readAll() + "\r\n";
        }
        ImportOptions options;
        options.fileName = QStringLiteral("phone.vcf");
        const auto first = ContactImport(m_fixture->db()).runVCards(cards, options);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->created, 5);
        const Contact juergen = contactWithEmail(m_fixture->db(), QStringLiteral("juergen@example.de"));
        QCOMPARE(juergen.displayName(), QStringLiteral("Jürgen Müller"));
        // The same address book again: every card is already there.
        options.duplicates = DuplicatePolicy::Merge;
        const auto again = ContactImport(m_fixture->db()).runVCards(cards, options);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->created, 0);
        QCOMPARE(again->skipped, 5);
        QCOMPARE(test::count(m_fixture->db(), QStringLiteral("SELECT count(*) FROM contacts")), 5);
        QCOMPARE(ImportHistory(m_fixture->db()).list()->first().fileName, options.fileName);
    }

    void kontorsOwnExportComesBackTheSame_data()
    {
        QTest::addColumn<bool>("exact");
        QTest::newRow("spreadsheet-safe") << false;
        QTest::newRow("exact") << true;
    }

    void kontorsOwnExportComesBackTheSame()
    {
        QFETCH(bool, exact);
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Lovelace");
        ada.title = QStringLiteral("-Analyst-");
        ada.emails = {{QStringLiteral("ada@example.com"), QString()}, {QStringLiteral("ada@home.example"), QString()}};
        ada.phones = {{QStringLiteral("+44 20 7946 0958"), QString()},
                      {QStringLiteral("+44 7911 123456"), QStringLiteral("mobile")}};
        ada.birthday = QDate(1815, 12, 10);
        ada.address = {QStringLiteral("12 St James's Square"), QStringLiteral("London"), QString(),
                       QStringLiteral("SW1Y 4JH"), QStringLiteral("United Kingdom")};
        ada.status = ContactStatus::Customer;
        ada.tags = {QStringLiteral("math"), QStringLiteral("vip")};
        ada.notes = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")\nsecond line");
        ada.ownerId = UserRepository(m_fixture->db()).defaultUser().value().id;
        QVERIFY(ContactRepository(m_fixture->db()).create(ada).ok());
        QBuffer exported;
        exported.open(QIODevice::WriteOnly);
        QVERIFY(ContactExport(m_fixture->db())
                    .write(&exported, ContactExport::Format::Csv,
                           exact ? ContactExport::CsvMode::Exact : ContactExport::CsvMode::SpreadsheetSafe)
                    .ok());

        test::TestDatabase other;
        const auto report = importBytes(other.db(), exported.data(), {});
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->created, 1);
        QVERIFY2(report->flagged == 0, qPrintable(report->outcomes.first().warnings.join(u' ')));
        const Contact back = contactWithEmail(other.db(), QStringLiteral("ada@example.com"));
        QCOMPARE(back.displayName(), ada.displayName());
        QCOMPARE(back.title, ada.title);
        QCOMPARE(back.emails, ada.emails);
        QCOMPARE(back.phones, ada.phones);
        QCOMPARE(back.birthday, ada.birthday);
        QCOMPARE(back.address, ada.address);
        QCOMPARE(back.status, ada.status);
        QCOMPARE(back.tags, ada.tags);
        QCOMPARE(back.notes, ada.notes);
        QCOMPARE(back.ownerId, UserRepository(other.db()).defaultUser().value().id);
    }

private:
    std::unique_ptr<test::TestDatabase> m_fixture;
};

QTEST_GUILESS_MAIN(TestContactImport)
#include "tst_contactimport.moc"
