// SPDX-License-Identifier: GPL-3.0-or-later
// The contacts list sorted by a custom field of each type: values in their type's order (numbers as numbers, dates
// as dates, choices in the order of their options, links by the linked name), blanks last in either direction, and
// contacts with the same value by name.
#include "ActionRecorder.h"
#include "CustomFieldSupport.h"
#include "TestDatabase.h"

#include "actions/ContactActions.h"
#include "actions/CustomFieldActions.h"
#include "domain/FieldValueText.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactListQuery.h"
#include "repositories/ContactRepository.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/FieldConditions.h"
#include "search/Search.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

namespace {

CustomField addField(const QSqlDatabase& db, const char* key, FieldType type, const QStringList& options = {})
{
    return test::addCustomField(db, key, type, options);
}

qint64 addContact(const QSqlDatabase& db, const QString& name, const CustomValues& values = {})
{
    return test::addContactWithValues(db, name, values);
}

FieldValue value(const QSqlDatabase& db, const CustomField& field, const char* text)
{
    auto parsed = FieldValueText::parse(field, QString::fromUtf8(text), databaseLinks(db), QLocale::c());
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error()));
    return parsed.value();
}

/// The first names of the contacts in the order of the field.
QStringList sortedBy(const QSqlDatabase& db, const CustomField& field, Qt::SortOrder order)
{
    ContactListQuery query(db);
    query.setSortField(field);
    auto ids = query.sortedIds({}, ContactSort::CustomField, order);
    if (!ids)
        qFatal("%s", qPrintable(ids.error()));
    QStringList names;
    for (const ContactRow& row : query.rows(ids.value()).value())
        names << row.name;
    return names;
}

/// Who the contacts list finds for `text` typed in its search box, and who Find Anything finds.
QList<qint64> listed(const QSqlDatabase& db, const QString& text)
{
    ContactFilter filter;
    filter.text = text;
    QList<qint64> ids;
    for (const ContactRow& row :
         ContactListQuery(db).page(filter, ContactSort::Name, Qt::AscendingOrder, 0, 50).value())
        ids << row.id;
    QList<qint64> found;
    for (const SearchHit& hit : Search(db).findContacts(text, 50).value())
        found << hit.id;
    std::sort(ids.begin(), ids.end());
    std::sort(found.begin(), found.end());
    if (ids != found)
        qFatal("The list and Find Anything disagree on %s", qPrintable(text));
    return ids;
}

} // namespace

class TestCustomFieldList : public QObject
{
    Q_OBJECT

private slots:
    void numbersAndAmountsSortAsNumbersWithBlanksLast()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const CustomField size = addField(db, "size", FieldType::Number);
        const CustomField budget = addField(db, "budget", FieldType::Money);
        // As text, "900" would come after "10000" and "-5" before both.
        addContact(db, QStringLiteral("Nine"), {{size.id, 900.0}, {budget.id, value(db, budget, "900")}});
        addContact(db, QStringLiteral("Ten"), {{size.id, 10000.0}, {budget.id, value(db, budget, "10000")}});
        addContact(db, QStringLiteral("Minus"), {{size.id, -5.0}, {budget.id, value(db, budget, "0.5")}});
        addContact(db, QStringLiteral("Blank"));
        addContact(db, QStringLiteral("Also nine"), {{size.id, 900.0}});
        // Five dollars are not fewer than fifty cents: amounts of two currencies go by currency first.
        addContact(db, QStringLiteral("Dollar"), {{budget.id, value(db, budget, "5 USD")}});
        QCOMPARE(sortedBy(db, size, Qt::AscendingOrder),
                 (QStringList{QStringLiteral("Minus"), QStringLiteral("Also nine"), QStringLiteral("Nine"),
                              QStringLiteral("Ten"), QStringLiteral("Blank"), QStringLiteral("Dollar")}));
        QCOMPARE(sortedBy(db, size, Qt::DescendingOrder),
                 (QStringList{QStringLiteral("Ten"), QStringLiteral("Also nine"), QStringLiteral("Nine"),
                              QStringLiteral("Minus"), QStringLiteral("Blank"), QStringLiteral("Dollar")}));
        QCOMPARE(sortedBy(db, budget, Qt::AscendingOrder),
                 (QStringList{QStringLiteral("Minus"), QStringLiteral("Nine"), QStringLiteral("Ten"),
                              QStringLiteral("Dollar"), QStringLiteral("Also nine"), QStringLiteral("Blank")}));
    }

    void datesTextAndCheckboxes()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const CustomField timeline = addField(db, "timeline", FieldType::Date);
        const CustomField need = addField(db, "need", FieldType::Text);
        const CustomField signedUp = addField(db, "signed_up", FieldType::Checkbox);
        addContact(db, QStringLiteral("A"),
                   {{timeline.id, QDate(2027, 2, 1)}, {need.id, QStringLiteral("zebra")}, {signedUp.id, true}});
        addContact(db, QStringLiteral("B"),
                   {{timeline.id, QDate(2026, 12, 31)}, {need.id, QStringLiteral("Apple")}, {signedUp.id, false}});
        addContact(db, QStringLiteral("C"), {{timeline.id, QDate(2027, 1, 15)}, {need.id, QStringLiteral("émigré")}});
        QCOMPARE(sortedBy(db, timeline, Qt::AscendingOrder),
                 (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")}));
        // Case and accents do not split the list: "Apple", "émigré", "zebra".
        QCOMPARE(sortedBy(db, need, Qt::AscendingOrder),
                 (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")}));
        QCOMPARE(sortedBy(db, signedUp, Qt::DescendingOrder),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        // A box never ticked is "no" as one cleared is: together, by name.
        QCOMPARE(sortedBy(db, signedUp, Qt::AscendingOrder),
                 (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")}));
    }

    void choicesSortInTheOrderOfTheirOptions()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        // Not alphabetical: the order a sales process reads.
        const QStringList sizes = {QStringLiteral("Small"), QStringLiteral("Medium"), QStringLiteral("Large")};
        const CustomField size = addField(db, "company_size", FieldType::Choice, sizes);
        const CustomField tools = addField(db, "tools", FieldType::Choices, sizes);
        addContact(db, QStringLiteral("L"),
                   {{size.id, value(db, size, "Large")}, {tools.id, value(db, tools, "Large")}});
        addContact(db, QStringLiteral("S"),
                   {{size.id, value(db, size, "Small")}, {tools.id, value(db, tools, "Large;Medium")}});
        addContact(db, QStringLiteral("M"), {{size.id, value(db, size, "Medium")}});
        QCOMPARE(sortedBy(db, size, Qt::AscendingOrder),
                 (QStringList{QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L")}));
        // Multiple choice: by the first option chosen.
        QCOMPARE(sortedBy(db, tools, Qt::AscendingOrder),
                 (QStringList{QStringLiteral("S"), QStringLiteral("L"), QStringLiteral("M")}));
    }

    void linksSortByTheLinkedName()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const CustomField partner = addField(db, "partner", FieldType::CompanyLink);
        const CustomField decider = addField(db, "decider", FieldType::ContactLink);
        Company zeta;
        zeta.name = QStringLiteral("Zeta GmbH");
        const qint64 zetaId = CompanyRepository(db).create(zeta).value();
        Company alpha;
        alpha.name = QStringLiteral("Alpha AG");
        const qint64 alphaId = CompanyRepository(db).create(alpha).value();
        const qint64 yusuf = addContact(db, QStringLiteral("Yusuf"));
        const qint64 bea = addContact(db, QStringLiteral("Bea"));
        addContact(db, QStringLiteral("One"), {{partner.id, zetaId}, {decider.id, bea}});
        addContact(db, QStringLiteral("Two"), {{partner.id, alphaId}, {decider.id, yusuf}});
        QCOMPARE(sortedBy(db, partner, Qt::AscendingOrder).mid(0, 2),
                 (QStringList{QStringLiteral("Two"), QStringLiteral("One")}));
        QCOMPARE(sortedBy(db, decider, Qt::AscendingOrder).mid(0, 2),
                 (QStringList{QStringLiteral("One"), QStringLiteral("Two")}));
    }

    // Change Selected's "Set Field": one value on many contacts, as one undoable step; a required field cannot be
    // emptied that way, nor a field of deals set on contacts.
    void aValueIsSetOnManyAtOnceAndUndone()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const CustomField industry =
            addField(db, "industry", FieldType::Choice, {QStringLiteral("Retail"), QStringLiteral("Food")});
        const qint64 a = addContact(db, QStringLiteral("A"), {{industry.id, value(db, industry, "Food")}});
        const qint64 b = addContact(db, QStringLiteral("B"));
        const qint64 c = addContact(db, QStringLiteral("C"), {{industry.id, value(db, industry, "Retail")}});
        const qint64 untouched = addContact(db, QStringLiteral("D"));

        test::ActionRecorder recorder(db);
        ContactRepository::BulkChange change;
        change.custom.insert(industry.id, value(db, industry, "Retail"));
        auto changed = ContactActions::changeMany(db, {a, b, c}, change);
        QVERIFY2(changed.ok(), qPrintable(changed.error()));
        // C had it already.
        QCOMPARE(changed.value(), 2);
        QCOMPARE(recorder.steps.size(), 1);
        for (qint64 id : {a, b, c})
            QVERIFY(ContactRepository(db).get(id)->custom.value(industry.id) == value(db, industry, "Retail"));
        QVERIFY(!ContactRepository(db).get(untouched)->custom.contains(industry.id));

        QVERIFY(recorder.journal.apply(recorder.steps.first()).ok());
        QVERIFY(ContactRepository(db).get(a)->custom.value(industry.id) == value(db, industry, "Food"));
        QVERIFY(!ContactRepository(db).get(b)->custom.contains(industry.id));

        // Emptying: the value goes.
        ContactRepository::BulkChange empty;
        empty.custom.insert(industry.id, std::monostate{});
        QCOMPARE(ContactActions::changeMany(db, {a, c}, empty).value(), 2);
        QVERIFY(!ContactRepository(db).get(a)->custom.contains(industry.id));

        CustomField required = industry;
        required.required = true;
        QVERIFY(CustomFieldActions::save(db, required).ok());
        auto refused = ContactActions::changeMany(db, {b}, empty);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("industry")));

        CustomField dealField;
        dealField.key = QStringLiteral("note");
        dealField.label = dealField.key;
        dealField.record = RecordKind::Deal;
        dealField.id = CustomFieldActions::add(db, dealField).value();
        ContactRepository::BulkChange wrong;
        wrong.custom.insert(dealField.id, QStringLiteral("x"));
        QVERIFY(!ContactActions::changeMany(db, {b}, wrong).ok());
        QVERIFY(!ContactRepository(db).get(b)->custom.contains(dealField.id));
    }

    // Searchable text fields are in the search index: typed words find the contact with the others ("ada
    // training"), in the list and in Find Anything, however the value got there; a field that is not searchable,
    // archived, or no longer searchable is not found.
    void searchableFieldsAreFound()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        CustomField need = addField(db, "need", FieldType::LongText);
        const CustomField secret = addField(db, "secret", FieldType::Text);
        need.searchable = true;
        QVERIFY(CustomFieldActions::save(db, need).ok());
        const qint64 ada = addContact(db, QStringLiteral("Ada"), {{need.id, QStringLiteral("Staff training")}});
        const qint64 ben = addContact(db, QStringLiteral("Ben"), {{secret.id, QStringLiteral("training")}});
        QCOMPARE(listed(db, QStringLiteral("train")), QList<qint64>{ada});
        QCOMPARE(listed(db, QStringLiteral("ada training")), QList<qint64>{ada});
        QVERIFY(listed(db, QStringLiteral("ben train")).isEmpty());

        // Edited, set on many, undone.
        test::ActionRecorder recorder(db);
        Contact edited = ContactRepository(db).get(ben).value();
        edited.custom.insert(need.id, QStringLiteral("A warehouse"));
        QVERIFY(ContactActions::save(db, edited, QString()).ok());
        QCOMPARE(listed(db, QStringLiteral("warehouse")), QList<qint64>{ben});
        QVERIFY(recorder.journal.apply(recorder.steps.takeLast()).ok());
        QVERIFY(listed(db, QStringLiteral("warehouse")).isEmpty());
        ContactRepository::BulkChange change;
        change.custom.insert(need.id, QStringLiteral("Forklifts"));
        QCOMPARE(ContactActions::changeMany(db, {ada, ben}, change).value(), 2);
        QCOMPARE(listed(db, QStringLiteral("forklift")), (QList<qint64>{ada, ben}));

        // The field's settings: off, on, archived, restored; each step undoable.
        need.searchable = false;
        QVERIFY(CustomFieldActions::save(db, need).ok());
        QVERIFY(listed(db, QStringLiteral("forklift")).isEmpty());
        QVERIFY(recorder.journal.apply(recorder.steps.takeLast()).ok());
        QCOMPARE(listed(db, QStringLiteral("forklift")), (QList<qint64>{ada, ben}));
        QVERIFY(CustomFieldActions::archive(db, need.id).ok());
        QVERIFY(listed(db, QStringLiteral("forklift")).isEmpty());
        QVERIFY(CustomFieldActions::restore(db, need.id).ok());
        QCOMPARE(listed(db, QStringLiteral("forklift")), (QList<qint64>{ada, ben}));

        // A new type takes the old text out of the index, whether the values convert or not.
        QVERIFY(CustomFieldActions::changeType(db, need.id, FieldType::Choices).ok());
        QVERIFY(listed(db, QStringLiteral("forklift")).isEmpty());

        // Only text: a number field is never searchable, nor a company's field.
        CustomField size = addField(db, "size", FieldType::Number);
        size.searchable = true;
        QVERIFY(CustomFieldActions::save(db, size).ok());
        QVERIFY(!CustomFieldRepository(db).field(size.id)->searchable);
    }

    // Schema 15 made the index again with a column for the fields: what a schema 14 file had marked searchable is
    // found after the upgrade, and the rest of the index is as it was.
    void anOlderFileKeepsItsIndexAndGainsTheFields()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fourteen.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(KONTOR_TEST_DATA "/kontor-schema-14.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const QSqlDatabase db = opened.value()->connection();
        // The fixture's contacts 6 and 7 have a need; only the need is searchable.
        QCOMPARE(listed(db, QStringLiteral("warehouse")), QList<qint64>{7});
        QCOMPARE(listed(db, QStringLiteral("esfahan")), QList<qint64>{6});
        QVERIFY(listed(db, QStringLiteral("retail")).isEmpty());
        const QString name = ContactRepository(db).get(6)->firstName;
        QVERIFY(listed(db, name).contains(6));
    }

    // More than a few thousand holders: the conditions look each contact up rather than collect the set first; the
    // contacts found are the same.
    void conditionsOnManyHoldersFindTheSameContacts()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const CustomField industry =
            addField(db, "industry", FieldType::Choice, {QStringLiteral("Retail"), QStringLiteral("Food")});
        const CustomField tools =
            addField(db, "tools", FieldType::Choices, {QStringLiteral("CRM"), QStringLiteral("ERP")});
        const CustomField need = addField(db, "need", FieldType::Text);
        const CustomField signedUp = addField(db, "signed_up", FieldType::Checkbox);
        QSqlQuery query(db);
        QVERIFY(
            query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000) "
                                      "INSERT INTO contacts (first_name, last_name, sort_name, created_at, "
                                      "updated_at) SELECT 'P', 'N' || i, 'n' || i, 0, 0 FROM n")));
        // Every other contact in retail, every third in food (retail wins), every fourth with a need, every fifth
        // ticked; every seventh uses the CRM.
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO custom_values (field_id, record_id, integer_value) SELECT %1, id, "
                                      "CASE WHEN id % 2 = 0 THEN %2 ELSE %3 END FROM contacts WHERE id % 2 = 0 "
                                      "OR id % 3 = 0")
                           .arg(industry.id)
                           .arg(industry.options.at(0).id)
                           .arg(industry.options.at(1).id)));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO custom_values (field_id, record_id, text_value) SELECT %1, id, "
                                          "'Needs training ' || id FROM contacts WHERE id % 4 = 0")
                               .arg(need.id)));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO custom_values (field_id, record_id, integer_value) SELECT %1, id, "
                                      "1 FROM contacts WHERE id % 5 = 0")
                           .arg(signedUp.id)));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO custom_value_choices (field_id, record_id, option_id) SELECT "
                                          "%1, id, %2 FROM contacts WHERE id % 7 = 0")
                               .arg(tools.id)
                               .arg(tools.options.at(0).id)));
        const auto counted = [&db](const char* text) {
            const auto sql =
                FieldConditions::forContacts(db, FieldConditions::parse(QString::fromLatin1(text)).value());
            if (!sql)
                qFatal("%s", qPrintable(sql.error()));
            ContactFilter filter;
            filter.conditions << sql.value();
            // The first page too, as the list reads it.
            const qint64 page =
                ContactListQuery(db).page(filter, ContactSort::Name, Qt::AscendingOrder, 0, 200)->size();
            const qint64 all = ContactListQuery(db).count(filter).value();
            if (page != std::min<qint64>(all, 200))
                qFatal("%s: a page of %lld", text, page);
            return all;
        };
        QCOMPARE(counted("industry = Retail"), qint64(3000));
        QCOMPARE(counted("industry != Retail"), qint64(3000));
        QCOMPARE(counted("industry = Food"), qint64(1000));
        QCOMPARE(counted("industry empty"), qint64(2000));
        QCOMPARE(counted("industry notempty"), qint64(4000));
        QCOMPARE(counted("need ~ TRAINING"), qint64(1500));
        QCOMPARE(counted("signed_up = no"), qint64(4800));
        QCOMPARE(counted("signed_up = yes"), qint64(1200));
        QCOMPARE(counted("tools = CRM"), qint64(857));
        QCOMPARE(counted("tools != CRM"), qint64(6000 - 857));
    }

    // Conditions on the contact's company ("company.industry = Retail", "company.employees >= 2000"): its built-in
    // industry and its own fields, few holders or many. A contact without a company reads as one whose company has
    // the field empty.
    void conditionsOnTheCompanysFields()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const CustomField sector =
            test::addCustomField(db, "sector", FieldType::Choice, {QStringLiteral("Retail"), QStringLiteral("Food")},
                                 nullptr, RecordKind::Company);
        const CustomField employees =
            test::addCustomField(db, "employees", FieldType::Number, {}, nullptr, RecordKind::Company);
        const CustomField partner =
            test::addCustomField(db, "partner", FieldType::Checkbox, {}, nullptr, RecordKind::Company);
        QSqlQuery query(db);
        // 3,000 companies; 6,000 contacts: the first 3,000 at companies 1 to 3,000, the next 1,500 at companies 1
        // to 1,500, the last 1,500 at none.
        QVERIFY(query.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) INSERT INTO "
                           "companies (id, name, sort_name, industry, created_at, updated_at) SELECT i, 'Co ' || i, "
                           "'co ' || i, CASE WHEN i % 4 = 0 THEN 'Retail' END, 0, 0 FROM n")));
        QVERIFY(query.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000) INSERT INTO "
                           "contacts (first_name, last_name, sort_name, company_id, created_at, updated_at) SELECT "
                           "'P', 'N' || i, 'n' || i, CASE WHEN i <= 4500 THEN (i - 1) % 3000 + 1 END, 0, 0 FROM n")));
        // Sector: even companies Retail (1,500), odd multiples of 3 Food (500); employees: the company's number
        // (3,000 holders: the many-holders way); partners: every fifth (600).
        QVERIFY(query.exec(QStringLiteral("INSERT INTO custom_values (field_id, record_id, integer_value) SELECT %1, "
                                          "id, CASE WHEN id % 2 = 0 THEN %2 ELSE %3 END FROM companies WHERE id % 2 "
                                          "= 0 OR id % 3 = 0")
                               .arg(sector.id)
                               .arg(sector.options.at(0).id)
                               .arg(sector.options.at(1).id)));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO custom_values (field_id, record_id, number_value) SELECT %1, id, "
                                      "id FROM companies")
                           .arg(employees.id)));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO custom_values (field_id, record_id, integer_value) SELECT %1, "
                                          "id, 1 FROM companies WHERE id % 5 = 0")
                               .arg(partner.id)));
        const auto counted = [&db](const char* text) -> qint64 {
            const auto sql =
                FieldConditions::forContacts(db, FieldConditions::parse(QString::fromLatin1(text)).value());
            if (!sql)
                qFatal("%s: %s", text, qPrintable(sql.error()));
            ContactFilter filter;
            filter.conditions << sql.value();
            return ContactListQuery(db).count(filter).value();
        };
        // Retail: companies 2, 4, … : 750 of them below 1,501 with two contacts, 750 above with one.
        QCOMPARE(counted("company.sector = Retail"), qint64(2250));
        QCOMPARE(counted("company.sector != Retail"), qint64(6000 - 2250));
        // No sector: 500 companies below 1,501 (two contacts each), 500 above, and the 1,500 without a company.
        QCOMPARE(counted("company.sector empty"), qint64(1000 + 500 + 1500));
        QCOMPARE(counted("company.sector notempty"), qint64(6000 - 3000));
        QCOMPARE(counted("company.employees >= 2000"), qint64(1001));
        QCOMPARE(counted("company.employees < 11"), qint64(20));
        QCOMPARE(counted("company.partner = yes"), qint64(600 + 300));
        QCOMPARE(counted("company.partner = no"), qint64(6000 - 900));
        QCOMPARE(counted("company.partner != no"), qint64(900));
        QCOMPARE(counted("company.partner != yes"), qint64(6000 - 900));
        // The built-in industry: every fourth company.
        QCOMPARE(counted("company.industry = retail"), qint64(375 * 2 + 375));
        QCOMPARE(counted("company.industry ~ TAI"), qint64(1125));
        QCOMPARE(counted("company.industry empty"), qint64(6000 - 1125));
        QVERIFY(
            !FieldConditions::forContacts(db, FieldConditions::parse(QStringLiteral("company.shoe = 4")).value()).ok());
        QCOMPARE(FieldConditions::text(FieldConditions::parse(QStringLiteral("company.sector = Food")).value()),
                 QStringLiteral("company.sector = Food"));
    }

    void aFieldOfAnotherRecordIsRefused()
    {
        test::TestDatabase fixture;
        CustomField field;
        field.key = QStringLiteral("stage_note");
        field.label = field.key;
        field.record = RecordKind::Deal;
        field.id = CustomFieldActions::add(fixture.db(), field).value();
        ContactListQuery query(fixture.db());
        query.setSortField(field);
        QVERIFY(!query.sortedIds({}, ContactSort::CustomField, Qt::AscendingOrder).ok());
        QVERIFY(!ContactListQuery::isIndexed(ContactSort::CustomField));
    }
};

QTEST_GUILESS_MAIN(TestCustomFieldList)
#include "tst_customfieldlist.moc"
