// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportBytes.h"
#include "TestDatabase.h"
#include "io/ContactFields.h"
#include "io/ContactImport.h"
#include "io/CsvReader.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/StageRepository.h"
#include "search/Search.h"
#include "search/TextFolding.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

// What a Persian, Bengali or Arabic keyboard types is read as what it means: digits as digits, in amounts, phones,
// dates and search; a Solar Hijri birthday as the day it is.
class TestScriptInput : public QObject
{
    Q_OBJECT

private slots:
    void digitsOfEveryScript()
    {
        QCOMPARE(latinDigits(QStringLiteral("۱۲۳۴۵۶۷۸۹۰")), QStringLiteral("1234567890"));
        QCOMPARE(latinDigits(QStringLiteral("١٢٣٤٥٦٧٨٩٠")), QStringLiteral("1234567890"));
        QCOMPARE(latinDigits(QStringLiteral("১২৩৪")), QStringLiteral("1234"));
        // Letters and Latin text stay as they are; superscripts are no typed digits.
        QCOMPARE(latinDigits(QStringLiteral("Tel ۰۹۱۲-x²")), QStringLiteral("Tel 0912-x²"));
        QCOMPARE(latinNumber(QStringLiteral("۳۱٬۸۹۰٫۵")), QStringLiteral("31890.5"));
    }

    // Names sort, and a company is matched by its name, however Persian was typed.
    void persianSortsAsOneSpelling()
    {
        QCOMPARE(sortKey(QStringLiteral("كريمي‌زاده  علي")), QStringLiteral("کریمیزاده علی"));
        QCOMPARE(sortKey(QStringLiteral("مُحمّد")), QStringLiteral("محمد"));
        QCOMPARE(sortKey(QStringLiteral("José  Müller")), QStringLiteral("jose muller"));

        test::TestDatabase fixture;
        const QByteArray csv = QStringLiteral("First name,Last name,Company\n"
                                              "مریم,رضایی,شركت كاوه\n"
                                              "سارا,احمدی,شرکت کاوه\n")
                                   .toUtf8();
        const auto report = test::importBytes(fixture.db(), csv);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->created, 2);
        QSqlQuery companies(fixture.db());
        QVERIFY(companies.exec(QStringLiteral("SELECT count(*) FROM companies")));
        QVERIFY(companies.next());
        QCOMPARE(companies.value(0).toInt(), 1);
    }

    void aPersianSpreadsheetComesInAsMeant()
    {
        test::TestDatabase fixture;
        const QByteArray csv = QStringLiteral("First name,Last name,Phone,Birthday,Tags\n"
                                              "مریم,رضایی,+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹,۱۳۶۵/۰۴/۱۲,مشتری ویژه، نمایشگاه؛ خبرنامه\n"
                                              "Ada,Lovelace,+44 20 7946 0958,1986-07-03,vip;fair\n")
                                   .toUtf8();
        const auto report = test::importBytes(fixture.db(), csv);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->created, 2);
        // 12 Tir 1365 (1 Farvardin 1365 is 21 March 1986, Tir begins 93 days later) is 3 July 1986.
        const auto found = Search(fixture.db()).findContacts(QStringLiteral("رضایی"), 10);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        const Contact maryam = ContactRepository(fixture.db()).get(found->first().id).value();
        QCOMPARE(maryam.birthday, QDate(1986, 7, 3));
        // Her tags were typed apart with the Persian comma and semicolon (، ؛).
        QStringList tags = maryam.tags;
        tags.sort();
        QStringList typed{QStringLiteral("مشتری ویژه"), QStringLiteral("نمایشگاه"), QStringLiteral("خبرنامه")};
        typed.sort();
        QCOMPARE(tags, typed);
        // Her phone is kept in Latin digits, as it is dialled.
        QCOMPARE(maryam.phones.first().value, QStringLiteral("+98 912 345 6789"));
        // A Gregorian ISO date stays Gregorian.
        const auto ada = Search(fixture.db()).findContacts(QStringLiteral("Lovelace"), 10);
        QCOMPARE(ContactRepository(fixture.db()).get(ada->first().id)->birthday, QDate(1986, 7, 3));
        // Her phone is found typed in Persian digits, in Latin ones, and in Arabic-Indic ones.
        for (const QString& typed : {QStringLiteral("۹۱۲ ۳۴۵"), QStringLiteral("912 345"), QStringLiteral("٩٨٩١٢٣")}) {
            const auto byPhone = Search(fixture.db()).findContacts(typed, 10);
            QVERIFY(byPhone.ok());
            QVERIFY2(byPhone->size() == 1 && byPhone->first().id == maryam.id, qPrintable(typed));
        }
    }

    // A Persian name is found however it was typed: with the Arabic yeh or kaf (ي ك) of an Arabic keyboard or the
    // Persian ones (ی ک), with or without the zero-width non-joiner, with or without harakat.
    void persianIsFoundHoweverTyped()
    {
        QCOMPARE(foldArabicScript(QStringLiteral("علي كريمي\u200Cزاده")), QStringLiteral("علی کریمیزاده"));
        QCOMPARE(foldArabicScript(QStringLiteral("مُحَمَّد")), QStringLiteral("محمد"));
        test::TestDatabase fixture;
        ContactRepository contacts(fixture.db());
        Contact typed;
        typed.firstName = QStringLiteral("مُحَمَّد");
        typed.lastName = QStringLiteral("كريمي\u200Cزاده");
        const qint64 id = contacts.create(typed).value();
        Contact persian;
        persian.firstName = QStringLiteral("یاسمن");
        persian.lastName = QStringLiteral("کاظمی");
        const qint64 other = contacts.create(persian).value();
        const auto found = [&fixture](const QString& text) {
            QList<qint64> ids;
            for (const SearchHit& hit : Search(fixture.db()).findContacts(text, 10).value())
                ids << hit.id;
            return ids;
        };
        QCOMPARE(found(QStringLiteral("محمد")), QList<qint64>{id});
        QCOMPARE(found(QStringLiteral("کریمیزاده")), QList<qint64>{id});
        QCOMPARE(found(QStringLiteral("کریمی\u200Cزاده")), QList<qint64>{id});
        QCOMPARE(found(QStringLiteral("كريمي")), QList<qint64>{id});
        QCOMPARE(found(QStringLiteral("ياسمن كاظمي")), QList<qint64>{other});

        // Companies and deals too, typed on an Arabic keyboard and found on a Persian one, and the other way round.
        Company company;
        company.name = QStringLiteral("شركت ياس");
        const qint64 companyId = CompanyRepository(fixture.db()).create(company).value();
        Deal deal;
        deal.title = QStringLiteral("قرارداد پشتیبانی");
        deal.contactId = id;
        deal.stageId = StageRepository(fixture.db()).list().value().first().id;
        deal.amount = Money{100, QStringLiteral("EUR")};
        const qint64 dealId = DealRepository(fixture.db()).create(deal).value();
        const auto ids = [](const Result<QList<SearchHit>>& hits) {
            QList<qint64> list;
            for (const SearchHit& hit : hits.value())
                list << hit.id;
            return list;
        };
        const Search search(fixture.db());
        QCOMPARE(ids(search.findCompanies(QStringLiteral("شرکت یاس"), 10)), QList<qint64>{companyId});
        QCOMPARE(ids(search.findCompanies(QStringLiteral("ياس"), 10)), QList<qint64>{companyId});
        QCOMPARE(ids(search.findDeals(QStringLiteral("پشتيباني"), 10)), QList<qint64>{dealId});
        // Renamed, it is found by its new name only.
        company.id = companyId;
        company.name = QStringLiteral("شركت كاوه");
        QVERIFY(CompanyRepository(fixture.db()).update(company).ok());
        QCOMPARE(ids(search.findCompanies(QStringLiteral("کاوه"), 10)), QList<qint64>{companyId});
        QVERIFY(ids(search.findCompanies(QStringLiteral("یاس"), 10)).isEmpty());
    }

    // Schema 10 indexed companies and deals as typed: schema 11 folds them.
    void companiesAndDealsAreFoldedOnUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ten.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QSqlQuery query(db.value()->connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO companies (name, sort_name, created_at, updated_at) "
                                              "VALUES ('شركت ياس', 'شركت ياس', 0, 0)")));
            // As schema 10 held it: the name as typed.
            QVERIFY(query.exec(QStringLiteral("DELETE FROM company_search")));
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO company_search (rowid, name) SELECT id, name FROM companies")));
            // What the schemas after 10 added goes too, so that their upgrades run again.
            for (const char* statement : {"DROP INDEX interactions_for_scores",
                                          "DROP TABLE assignment_turns",
                                          "DROP TABLE assignment_rule_members",
                                          "DROP TABLE assignment_rules",
                                          "DROP TABLE territory_parts",
                                          "DROP TABLE territories",
                                          "DROP TABLE contact_scores",
                                          "DROP TABLE score_rules",
                                          "DROP TABLE contact_segments",
                                          "DROP TABLE contact_segments_state",
                                          "DROP VIEW contact_stage_advances",
                                          "DROP INDEX contacts_for_reports",
                                          "DROP TABLE contact_stage_history",
                                          "DROP TABLE custom_value_choices",
                                          "DROP TABLE custom_values",
                                          "DROP TABLE custom_field_options",
                                          "DROP TABLE custom_fields",
                                          "DROP TRIGGER custom_values_of_contact_delete",
                                          "DROP TRIGGER custom_values_of_company_delete",
                                          "DROP TRIGGER custom_values_of_deal_delete"})
                QVERIFY2(query.exec(QString::fromLatin1(statement)), statement);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 10")));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        const auto hits = Search(db.value()->connection()).findCompanies(QStringLiteral("شرکت یاس"), 10);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
    }

    // A database of schema 8 holds an Arabic-typed name in the index as it was typed: the upgrade folds it.
    void anOlderIndexIsFoldedOnUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(KONTOR_TEST_DATA "/kontor-schema-8.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const auto hits = Search(db.value()->connection()).findContacts(QStringLiteral("علی کریمیزاده"), 10);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().id, qint64(30));
        // Its sort name, written as typed, is folded too: it sorts among the Persian-typed names.
        QSqlQuery sortName(db.value()->connection());
        QVERIFY(sortName.exec(QStringLiteral("SELECT sort_name FROM contacts WHERE id = 30")));
        QVERIFY(sortName.next());
        QCOMPARE(sortName.value(0).toString(), QStringLiteral("کریمیزاده علی"));
    }
};

QTEST_GUILESS_MAIN(TestScriptInput)
#include "tst_scriptinput.moc"
