// SPDX-License-Identifier: GPL-3.0-or-later
// Custom fields: definitions (added, checked, renamed, reordered, archived, retyped), values of every type stored
// with a contact and read back, their text in files and on the command line, conditions on them, the change history
// and undo.
#include "ActionRecorder.h"
#include "CustomFieldSupport.h"
#include "TestDatabase.h"

#include "actions/ContactActions.h"
#include "actions/CustomFieldActions.h"
#include "actions/MergeActions.h"
#include "cleanup/Duplicates.h"
#include "domain/FieldValueText.h"
#include "repositories/ChangeLogRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/FieldConditions.h"

#include <QTest>

using namespace kontor;

namespace {

CustomField field(const char* key, FieldType type, const QStringList& options = {})
{
    CustomField field;
    field.key = QString::fromLatin1(key);
    field.label = QString::fromLatin1(key).toUpper();
    field.type = type;
    for (const QString& option : options)
        field.options << FieldOption{0, option, false};
    if (type == FieldType::Money)
        field.currency = QStringLiteral("EUR");
    return field;
}

qint64 addField(const QSqlDatabase& db, const CustomField& wanted)
{
    auto added = CustomFieldActions::add(db, wanted);
    if (!added)
        qFatal("%s", qPrintable(added.error()));
    return added.value();
}

CustomField stored(const QSqlDatabase& db, qint64 id)
{
    return CustomFieldRepository(db).field(id).value();
}

qint64 addContact(const QSqlDatabase& db, const QString& name, const CustomValues& values = {})
{
    return test::addContactWithValues(db, name, values);
}

FieldValue parsed(const CustomField& field, const QString& text)
{
    auto value = FieldValueText::parse(field, text, {}, QLocale::c());
    if (!value)
        qFatal("%s", qPrintable(value.error()));
    return value.value();
}

QList<qint64> matching(const QSqlDatabase& db, const QString& condition)
{
    auto parsedCondition = FieldConditions::parse(condition);
    if (!parsedCondition)
        qFatal("%s", qPrintable(parsedCondition.error()));
    auto sql = FieldConditions::forContacts(db, parsedCondition.value());
    if (!sql)
        qFatal("%s: %s", qPrintable(condition), qPrintable(sql.error()));
    ContactFilter filter;
    filter.conditions << sql.value();
    QList<qint64> ids;
    for (const ContactRow& row :
         ContactRepository(db).page(filter, ContactSort::Name, Qt::AscendingOrder, 0, 100).value())
        ids << row.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestCustomFields : public QObject
{
    Q_OBJECT

private slots:
    void fieldsAreAddedInOrderWithTheirOptions()
    {
        test::TestDatabase fixture;
        const qint64 budget = addField(fixture.db(), field("budget", FieldType::Money));
        const qint64 industry = addField(
            fixture.db(), field("industry", FieldType::Choice, {QStringLiteral("Retail"), QStringLiteral("Food")}));
        auto fields = CustomFieldRepository(fixture.db()).fields(RecordKind::Contact);
        QVERIFY2(fields.ok(), qPrintable(fields.error()));
        QCOMPARE(fields->size(), 2);
        QCOMPARE(fields->at(0).id, budget);
        QCOMPARE(fields->at(0).currency, QStringLiteral("EUR"));
        QCOMPARE(fields->at(1).id, industry);
        QCOMPARE(fields->at(1).options.size(), 2);
        QCOMPARE(fields->at(1).options.at(1).label, QStringLiteral("Food"));
        // Companies and deals have fields of their own.
        QVERIFY(CustomFieldRepository(fixture.db()).fields(RecordKind::Company)->isEmpty());
        CustomField companyBudget = field("budget", FieldType::Number);
        companyBudget.record = RecordKind::Company;
        QVERIFY(CustomFieldActions::add(fixture.db(), companyBudget).ok());

        QVERIFY(CustomFieldActions::reorder(fixture.db(), RecordKind::Contact, {industry, budget}).ok());
        QCOMPARE(CustomFieldRepository(fixture.db()).fields(RecordKind::Contact)->first().id, industry);
    }

    void badDefinitionsAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("problem");
        QTest::newRow("capitals") << "Budget"
                                  << "Budget" << int(FieldType::Text) << ""
                                  << "key";
        QTest::newRow("blank in key") << "lead status"
                                      << "Lead status" << int(FieldType::Text) << ""
                                      << "key";
        QTest::newRow("built-in") << "email"
                                  << "Email" << int(FieldType::Text) << ""
                                  << "key";
        QTest::newRow("taken") << "need"
                               << "Need" << int(FieldType::Text) << ""
                               << "key";
        QTest::newRow("no label") << "goal"
                                  << " " << int(FieldType::Text) << ""
                                  << "label";
        QTest::newRow("choice without options") << "size"
                                                << "Size" << int(FieldType::Choice) << ""
                                                << "options";
        QTest::newRow("option twice") << "size"
                                      << "Size" << int(FieldType::Choices) << "Big;big"
                                      << "options";
        QTest::newRow("semicolon") << "size"
                                   << "Size" << int(FieldType::Choice) << ""
                                   << "options";
    }

    void badDefinitionsAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, label);
        QFETCH(int, type);
        QFETCH(QString, options);
        QFETCH(QString, problem);
        test::TestDatabase fixture;
        addField(fixture.db(), field("need", FieldType::LongText));
        CustomField wanted;
        wanted.key = key;
        wanted.label = label;
        wanted.type = FieldType(type);
        for (const QString& option : options.split(u';', Qt::SkipEmptyParts))
            wanted.options << FieldOption{0, option, false};
        if (QByteArray(QTest::currentDataTag()) == "semicolon")
            wanted.options << FieldOption{0, QStringLiteral("a;b"), false};
        auto found = CustomFieldActions::check(fixture.db(), wanted);
        QVERIFY(found.has_value());
        QCOMPARE(found->field, problem);
        QVERIFY(!CustomFieldActions::add(fixture.db(), wanted).ok());
        QCOMPARE(CustomFieldRepository(fixture.db()).fields(RecordKind::Contact)->size(), 1);
    }

    void textReadsBackAsTheSameValue_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("exported");
        QTest::newRow("text") << int(FieldType::Text) << "  Northern   region "
                              << "Northern region";
        QTest::newRow("long text") << int(FieldType::LongText) << "line one\nline two"
                                   << "line one\nline two";
        QTest::newRow("number") << int(FieldType::Number) << "12.5"
                                << "12.5";
        QTest::newRow("number, Persian digits") << int(FieldType::Number) << "۱۲"
                                                << "12";
        QTest::newRow("number, large") << int(FieldType::Number) << "1234567.25"
                                       << "1234567.25";
        QTest::newRow("money") << int(FieldType::Money) << "1200"
                               << "1200.00 EUR";
        QTest::newRow("money, currency named") << int(FieldType::Money) << "99.5 USD"
                                               << "99.50 USD";
        QTest::newRow("money, whole yen") << int(FieldType::Money) << "JPY 5000"
                                          << "5000 JPY";
        QTest::newRow("money, negative") << int(FieldType::Money) << "-0.5"
                                         << "-0.50 EUR";
        QTest::newRow("date") << int(FieldType::Date) << "2027-03-31"
                              << "2027-03-31";
        QTest::newRow("date, Solar Hijri") << int(FieldType::Date) << "1405/01/01"
                                           << "2026-03-21";
        QTest::newRow("checkbox yes") << int(FieldType::Checkbox) << "X"
                                      << "yes";
        QTest::newRow("checkbox no") << int(FieldType::Checkbox) << "false"
                                     << "no";
        QTest::newRow("choice, any case") << int(FieldType::Choice) << "retail"
                                          << "Retail";
        QTest::newRow("choices, in the field's order") << int(FieldType::Choices) << "food; retail;food"
                                                       << "Retail; Food";
    }

    void textReadsBackAsTheSameValue()
    {
        QFETCH(int, type);
        QFETCH(QString, typed);
        QFETCH(QString, exported);
        CustomField typedField = field("value", FieldType(type));
        typedField.options = {FieldOption{1, QStringLiteral("Retail"), false},
                              FieldOption{2, QStringLiteral("Food"), false}};
        const FieldValue value = parsed(typedField, typed);
        QCOMPARE(FieldValueText::exportText(typedField, value), exported);
        QVERIFY(parsed(typedField, exported) == value);
        QVERIFY(!FieldValueText::display(typedField, value, {}, QLocale(QLocale::German)).isEmpty());
    }

    void textThatIsNoValueIsRefusedNamingTheField_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("typed");
        QTest::newRow("number") << int(FieldType::Number) << "twelve";
        QTest::newRow("money") << int(FieldType::Money) << "a lot";
        QTest::newRow("date") << int(FieldType::Date) << "31/02/2027";
        QTest::newRow("impossible date") << int(FieldType::Date) << "2027-02-31";
        QTest::newRow("checkbox") << int(FieldType::Checkbox) << "maybe";
        QTest::newRow("choice") << int(FieldType::Choice) << "Mining";
        QTest::newRow("choices") << int(FieldType::Choices) << "Retail;Mining";
    }

    void textThatIsNoValueIsRefusedNamingTheField()
    {
        QFETCH(int, type);
        QFETCH(QString, typed);
        CustomField typedField = field("value", FieldType(type));
        typedField.label = QStringLiteral("Spend");
        typedField.options = {FieldOption{1, QStringLiteral("Retail"), false}};
        auto value = FieldValueText::parse(typedField, typed, {}, QLocale::c());
        QVERIFY(!value.ok());
        QVERIFY2(value.error().startsWith(QStringLiteral("Spend: ")), qPrintable(value.error()));
        QVERIFY(FieldValueText::parse(typedField, QStringLiteral("  ")).ok());
    }

    void valuesOfEveryTypeAreSavedWithTheContact()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const QStringList options = {QStringLiteral("CRM"), QStringLiteral("ERP"), QStringLiteral("Excel")};
        QList<CustomField> fields;
        for (FieldType type : allFieldTypes())
            fields << stored(
                db, addField(db, field(qPrintable(fieldTypeKey(type) + QStringLiteral("_field")), type, options)));
        const qint64 other = addContact(db, QStringLiteral("Grace"));
        const qint64 company = [&db] {
            Contact inCompany;
            inCompany.firstName = QStringLiteral("Linus");
            auto saved = ContactActions::save(db, inCompany, QStringLiteral("Acme"));
            return saved->createdCompanyId;
        }();
        CustomValues values;
        const QStringList texts = {QStringLiteral("Short"),
                                   QStringLiteral("Long\ntext"),
                                   QStringLiteral("3.25"),
                                   QStringLiteral("1500.75"),
                                   QStringLiteral("2027-01-15"),
                                   QStringLiteral("yes"),
                                   QStringLiteral("erp"),
                                   QStringLiteral("CRM;Excel"),
                                   QStringLiteral("#%1").arg(other),
                                   QStringLiteral("#%1").arg(company)};
        for (qsizetype i = 0; i < fields.size(); ++i)
            values.insert(fields.at(i).id, parsed(fields.at(i), texts.at(i)));
        const qint64 id = addContact(db, QStringLiteral("Ada"), values);

        auto read = ContactRepository(db).get(id);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->custom.size(), fields.size());
        for (const CustomField& each : fields)
            QVERIFY2(read->custom.value(each.id) == values.value(each.id), qPrintable(each.key));
        const LinkText links = databaseLinks(db);
        QCOMPARE(FieldValueText::exportText(fields.at(8), read->custom.value(fields.at(8).id), links),
                 QStringLiteral("Grace #%1").arg(other));
        QCOMPARE(FieldValueText::exportText(fields.at(9), read->custom.value(fields.at(9).id), links),
                 QStringLiteral("Acme"));

        // A save that names some fields leaves the others; an empty value empties one.
        Contact changed = read.value();
        changed.custom.clear();
        changed.custom.insert(fields.at(0).id, FieldValue{});
        changed.custom.insert(fields.at(7).id, parsed(fields.at(7), QStringLiteral("ERP")));
        QVERIFY(ContactActions::save(db, changed, QString()).ok());
        read = ContactRepository(db).get(id);
        QVERIFY(!read->custom.contains(fields.at(0).id));
        QCOMPARE(FieldValueText::exportText(fields.at(7), read->custom.value(fields.at(7).id)), QStringLiteral("ERP"));
        QCOMPARE(FieldValueText::exportText(fields.at(3), read->custom.value(fields.at(3).id)),
                 QStringLiteral("1500.75 EUR"));

        // A deleted contact takes its values along, and a link to it is emptied.
        QSqlQuery remove(db);
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM contacts WHERE id = %1").arg(other)));
        QVERIFY(!ContactRepository(db).get(id)->custom.contains(fields.at(8).id));
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM contact_emails WHERE contact_id = %1").arg(id)));
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM contact_phones WHERE contact_id = %1").arg(id)));
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM contact_tags WHERE contact_id = %1").arg(id)));
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM contacts WHERE id = %1").arg(id)));
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM custom_values")), qint64(0));
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM custom_value_choices")), qint64(0));
    }

    void aRequiredFieldMustBeFilled()
    {
        test::TestDatabase fixture;
        CustomField required = field("region_code", FieldType::Text);
        required.required = true;
        const qint64 id = addField(fixture.db(), required);
        Contact contact;
        contact.firstName = QStringLiteral("Ada");
        auto refused = ContactActions::save(fixture.db(), contact, QString());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("REGION_CODE")), qPrintable(refused.error()));
        QCOMPARE(test::count(fixture.db(), QStringLiteral("SELECT count(*) FROM contacts")), qint64(0));
        contact.custom.insert(id, QStringLiteral("N1"));
        QVERIFY(ContactActions::save(fixture.db(), contact, QString()).ok());
    }

    void valueChangesAreInTheHistoryAndUndoable()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 budget = addField(db, field("budget", FieldType::Money));
        const qint64 tools =
            addField(db, field("tools", FieldType::Choices, {QStringLiteral("CRM"), QStringLiteral("ERP")}));
        const qint64 id = addContact(db, QStringLiteral("Ada"), {{budget, Money{100000, QStringLiteral("EUR")}}});

        test::ActionRecorder recorder(db);
        auto contact = ContactRepository(db).get(id).value();
        contact.custom.insert(budget, Money{250000, QStringLiteral("EUR")});
        contact.custom.insert(tools, parsed(stored(db, tools), QStringLiteral("ERP")));
        QVERIFY(ContactActions::save(db, contact, QString()).ok());
        QCOMPARE(recorder.steps.size(), 1);
        QCOMPARE(recorder.names(), QStringList{QStringLiteral("contact_changed")});
        const auto& changed = std::get<events::ContactChanged>(recorder.events.first());
        QCOMPARE(changed.fields, (QStringList{QStringLiteral("budget"), QStringLiteral("tools")}));

        auto history = ChangeLogRepository(db).forRecord(ChangeLogRepository::Entity::Contact, id, 10);
        QVERIFY(history.ok());
        const QString budgetKey = QStringLiteral("field:%1").arg(budget);
        const QString toolsKey = QStringLiteral("field:%1").arg(tools);
        bool budgetLogged = false;
        bool toolLogged = false;
        for (const ChangeEntry& entry : history.value()) {
            if (entry.newValues.contains(budgetKey)) {
                const bool changed = entry.oldValues.value(budgetKey).toString() == QStringLiteral("100000 EUR") &&
                                     entry.newValues.value(budgetKey).toString() == QStringLiteral("250000 EUR");
                budgetLogged = budgetLogged || changed;
            }
            if (entry.newValues.contains(toolsKey))
                toolLogged = toolLogged || entry.newValues.value(toolsKey).toString() == QStringLiteral("ERP");
        }
        QVERIFY(budgetLogged);
        QVERIFY(toolLogged);

        auto redo = recorder.journal.apply(recorder.steps.first());
        QVERIFY2(redo.ok(), qPrintable(redo.error()));
        auto undone = ContactRepository(db).get(id).value();
        QVERIFY(undone.custom.value(budget) == FieldValue(Money{100000, QStringLiteral("EUR")}));
        QVERIFY(!undone.custom.contains(tools));
        QVERIFY(recorder.journal.apply(redo.value()).ok());
        QVERIFY(ContactRepository(db).get(id)->custom.value(budget) ==
                FieldValue(Money{250000, QStringLiteral("EUR")}));

        // Adding a field is an undoable step too.
        recorder.steps.clear();
        const qint64 extra = addField(db, field("extra", FieldType::Text));
        QCOMPARE(recorder.steps.size(), 1);
        QVERIFY(recorder.journal.apply(recorder.steps.first()).ok());
        QVERIFY(!CustomFieldRepository(db).field(extra).ok());
    }

    void renamingAChoiceRenamesItEverywhere()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 industry =
            addField(db, field("industry", FieldType::Choice, {QStringLiteral("Retial"), QStringLiteral("Food")}));
        const qint64 id =
            addContact(db, QStringLiteral("Ada"), {{industry, parsed(stored(db, industry), QStringLiteral("Retial"))}});
        CustomField fixed = stored(db, industry);
        fixed.options[0].label = QStringLiteral("Retail");
        fixed.options.removeAt(1);
        fixed.options << FieldOption{0, QStringLiteral("Tech"), false};
        QVERIFY(CustomFieldActions::save(db, fixed).ok());
        const CustomField now = stored(db, industry);
        QCOMPARE(FieldValueText::exportText(now, ContactRepository(db).get(id)->custom.value(industry)),
                 QStringLiteral("Retail"));
        // The option no longer offered is archived, not deleted; the new one is there.
        QCOMPARE(now.options.size(), 3);
        QVERIFY(now.optionByLabel(QStringLiteral("food"))->archived);
        QVERIFY(!now.optionByLabel(QStringLiteral("Tech"))->archived);
    }

    void archivedFieldsKeepTheirValues()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 need = addField(db, field("need", FieldType::LongText));
        const qint64 id = addContact(db, QStringLiteral("Ada"), {{need, QStringLiteral("Training")}});
        QVERIFY(CustomFieldActions::archive(db, need).ok());
        QVERIFY(CustomFieldRepository(db).fields(RecordKind::Contact)->isEmpty());
        QCOMPARE(CustomFieldRepository(db).fields(RecordKind::Contact, true)->size(), 1);
        // Its key stays taken while it is archived.
        QCOMPARE(CustomFieldActions::check(db, field("need", FieldType::Text))->field, QStringLiteral("key"));
        QVERIFY(CustomFieldActions::restore(db, need).ok());
        QVERIFY(ContactRepository(db).get(id)->custom.value(need) == FieldValue(QStringLiteral("Training")));
    }

    void changingTheTypeKeepsWhatConverts()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 size = addField(db, field("size", FieldType::Text));
        const qint64 a = addContact(db, QStringLiteral("A"), {{size, QStringLiteral("12")}});
        const qint64 b = addContact(db, QStringLiteral("B"), {{size, QStringLiteral("about ten")}});
        const qint64 c = addContact(db, QStringLiteral("C"), {{size, QStringLiteral("7.5")}});
        QCOMPARE(CustomFieldActions::valuesLostByTypeChange(db, size, FieldType::Number).value(), qint64(1));
        QCOMPARE(CustomFieldActions::valuesLostByTypeChange(db, size, FieldType::Choice).value(), qint64(0));
        QVERIFY(CustomFieldActions::changeType(db, size, FieldType::Number).ok());
        QCOMPARE(stored(db, size).type, FieldType::Number);
        QVERIFY(ContactRepository(db).get(a)->custom.value(size) == FieldValue(12.0));
        QVERIFY(!ContactRepository(db).get(b)->custom.contains(size));
        QVERIFY(ContactRepository(db).get(c)->custom.value(size) == FieldValue(7.5));

        // To a choice: every value becomes an option of that name.
        QVERIFY(CustomFieldActions::changeType(db, size, FieldType::Choices).ok());
        const CustomField choices = stored(db, size);
        QCOMPARE(choices.options.size(), 2);
        QCOMPARE(FieldValueText::exportText(choices, ContactRepository(db).get(c)->custom.value(size)),
                 QStringLiteral("7.5"));
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM custom_values")), qint64(0));
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM custom_value_choices")), qint64(2));
        // And back to text.
        QVERIFY(CustomFieldActions::changeType(db, size, FieldType::Text).ok());
        QVERIFY(ContactRepository(db).get(a)->custom.value(size) == FieldValue(QStringLiteral("12")));
    }

    void conditionsFindTheContacts()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 budget = addField(db, field("budget", FieldType::Money));
        const qint64 industry =
            addField(db, field("industry", FieldType::Choice,
                               {QStringLiteral("Retail"), QStringLiteral("Food"), QStringLiteral("Tech")}));
        const qint64 tools =
            addField(db, field("tools", FieldType::Choices, {QStringLiteral("CRM"), QStringLiteral("ERP")}));
        const qint64 timeline = addField(db, field("timeline", FieldType::Date));
        const qint64 need = addField(db, field("need", FieldType::LongText));
        const qint64 signedUp = addField(db, field("signed_up", FieldType::Checkbox));
        auto value = [&db](qint64 id, const char* text) { return parsed(stored(db, id), QString::fromUtf8(text)); };
        const qint64 a = addContact(db, QStringLiteral("A"),
                                    {{budget, value(budget, "5000")},
                                     {industry, value(industry, "Retail")},
                                     {tools, value(tools, "CRM;ERP")},
                                     {timeline, value(timeline, "2027-01-10")},
                                     {need, value(need, "Staff training")},
                                     {signedUp, true}});
        const qint64 b = addContact(db, QStringLiteral("B"),
                                    {{budget, value(budget, "800")},
                                     {industry, value(industry, "Food")},
                                     {tools, value(tools, "ERP")},
                                     {timeline, value(timeline, "2027-03-01")},
                                     {signedUp, false}});
        const qint64 c = addContact(db, QStringLiteral("C"), {{budget, value(budget, "5000 USD")}});
        QCOMPARE(matching(db, QStringLiteral("budget >= 1000")), QList<qint64>{a});
        QCOMPARE(matching(db, QStringLiteral("budget < 1000")), QList<qint64>{b});
        QCOMPARE(matching(db, QStringLiteral("budget = 5000 USD")), QList<qint64>{c});
        QCOMPARE(matching(db, QStringLiteral("industry = retail;food")), (QList<qint64>{a, b}));
        QCOMPARE(matching(db, QStringLiteral("industry != Retail")), (QList<qint64>{b, c}));
        QCOMPARE(matching(db, QStringLiteral("tools = CRM")), QList<qint64>{a});
        QCOMPARE(matching(db, QStringLiteral("tools != CRM")), (QList<qint64>{b, c}));
        QCOMPARE(matching(db, QStringLiteral("tools empty")), QList<qint64>{c});
        QCOMPARE(matching(db, QStringLiteral("timeline < 2027-02-01")), QList<qint64>{a});
        QCOMPARE(matching(db, QStringLiteral("timeline >= 2027-01-10")), (QList<qint64>{a, b}));
        QCOMPARE(matching(db, QStringLiteral("timeline notempty")), (QList<qint64>{a, b}));
        QCOMPARE(matching(db, QStringLiteral("need ~ TRAIN")), QList<qint64>{a});
        QCOMPARE(matching(db, QStringLiteral("signed_up = yes")), QList<qint64>{a});
        QCOMPARE(matching(db, QStringLiteral("signed_up = no")), (QList<qint64>{b, c}));
        QCOMPARE(matching(db, QStringLiteral("first_name = b")), QList<qint64>{b});
        QCOMPARE(matching(db, QStringLiteral("first_name != b")), (QList<qint64>{a, c}));

        // What cannot be a condition is said, naming the field.
        for (const char* wrong : {"budget >= lots", "industry > Food", "nope = 1", "timeline = tomorrow"}) {
            auto condition = FieldConditions::parse(QString::fromLatin1(wrong));
            QVERIFY(condition.ok());
            QVERIFY2(!FieldConditions::forContacts(db, condition.value()).ok(), wrong);
        }
        QVERIFY(!FieldConditions::parse(QStringLiteral("budget is big")).ok());
    }

    // A merge keeps the kept contact's values and fills its empty fields from the other, as for built-in fields;
    // a link to the other now links to the one kept.
    void mergingKeepsTheValues()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 budget = addField(db, field("budget", FieldType::Money));
        const qint64 need = addField(db, field("need", FieldType::LongText));
        const qint64 decider = addField(db, field("decider", FieldType::ContactLink));
        const qint64 kept = addContact(db, QStringLiteral("Ada"), {{budget, Money{100, QStringLiteral("EUR")}}});
        const qint64 other =
            addContact(db, QStringLiteral("Ada L."),
                       {{budget, Money{999, QStringLiteral("EUR")}}, {need, QStringLiteral("Training")}});
        const qint64 colleague = addContact(db, QStringLiteral("Bob"), {{decider, other}});
        const Contact result =
            ContactMerge::combined(ContactRepository(db).get(kept).value(), ContactRepository(db).get(other).value());
        QVERIFY(MergeActions::contacts(db, kept, other, result).ok());
        const Contact merged = ContactRepository(db).get(kept).value();
        QVERIFY(merged.custom.value(budget) == FieldValue(Money{100, QStringLiteral("EUR")}));
        QVERIFY(merged.custom.value(need) == FieldValue(QStringLiteral("Training")));
        QVERIFY(ContactRepository(db).get(colleague)->custom.value(decider) == FieldValue(kept));

        // A disqualified contact kept stays disqualified; its own link to the one merged into it points at itself.
        Contact off = ContactRepository(db).get(colleague).value();
        off.status = ContactStatus::Disqualified;
        QVERIFY(ContactActions::save(db, off, QString(), StageMove{QStringLiteral("No budget"), {}, 0}).ok());
        const qint64 twin = addContact(db, QStringLiteral("Bob B."));
        Contact linked = ContactRepository(db).get(colleague).value();
        linked.custom.insert(decider, twin);
        QVERIFY(ContactActions::save(db, linked, QString()).ok());
        Contact other2 = ContactRepository(db).get(twin).value();
        other2.status = ContactStatus::Customer;
        QVERIFY(ContactActions::save(db, other2, QString()).ok());
        const Contact combined = ContactMerge::combined(ContactRepository(db).get(colleague).value(),
                                                        ContactRepository(db).get(twin).value());
        QVERIFY(MergeActions::contacts(db, colleague, twin, combined).ok());
        const Contact after = ContactRepository(db).get(colleague).value();
        QCOMPARE(after.status, ContactStatus::Disqualified);
        QVERIFY(after.custom.value(decider) == FieldValue(colleague));
    }

    // In German a point groups thousands and a comma marks decimals: what the dialog shows reads back the same, and
    // a file's "1200.00 EUR" is still read with a point when C is asked for.
    void numbersAreReadInTheUsersConventions()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        const CustomField number = field("employees", FieldType::Number);
        QVERIFY(FieldValueText::parse(number, QStringLiteral("1.234"), {}, german).value() == FieldValue(1234.0));
        QVERIFY(FieldValueText::parse(number, QStringLiteral("1,5"), {}, german).value() == FieldValue(1.5));
        QCOMPARE(FieldValueText::display(number, 1234.5, {}, german), QStringLiteral("1234,5"));
        QVERIFY(
            FieldValueText::parse(number, FieldValueText::display(number, 1234.0, {}, german), {}, german).value() ==
            FieldValue(1234.0));
        const CustomField money = field("budget", FieldType::Money);
        QVERIFY(FieldValueText::parse(money, QStringLiteral("1.200,50"), {}, german).value() ==
                FieldValue(Money{120050, QStringLiteral("EUR")}));
        QVERIFY(FieldValueText::parse(money, QStringLiteral("1200.00 EUR"), {}, QLocale::c()).value() ==
                FieldValue(Money{120000, QStringLiteral("EUR")}));
    }

    void typeChangesKeepAmountsAndSplitChoices()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 spend = addField(db, field("spend", FieldType::Money));
        const qint64 tools =
            addField(db, field("tools", FieldType::Choices, {QStringLiteral("CRM"), QStringLiteral("ERP")}));
        const qint64 id = addContact(db, QStringLiteral("Ada"),
                                     {{spend, Money{1250, QStringLiteral("EUR")}},
                                      {tools, parsed(stored(db, tools), QStringLiteral("CRM;ERP"))}});
        QCOMPARE(CustomFieldActions::valuesLostByTypeChange(db, spend, FieldType::Number).value(), qint64(0));
        QVERIFY(CustomFieldActions::changeType(db, spend, FieldType::Number).ok());
        QVERIFY(ContactRepository(db).get(id)->custom.value(spend) == FieldValue(12.5));
        // Several choices become the first of them as a single choice, never an option "CRM; ERP".
        QVERIFY(CustomFieldActions::changeType(db, tools, FieldType::Choice).ok());
        const CustomField single = stored(db, tools);
        QCOMPARE(FieldValueText::exportText(single, ContactRepository(db).get(id)->custom.value(tools)),
                 QStringLiteral("CRM"));
        for (const FieldOption& option : single.options)
            QVERIFY2(!option.label.contains(u';'), qPrintable(option.label));
        QVERIFY(!CustomFieldActions::check(db, single));
    }

    void aStageConditionTakesKeysAndNames()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        Contact customer;
        customer.firstName = QStringLiteral("Cleo");
        customer.status = ContactStatus::Sql;
        const qint64 id = ContactActions::save(db, customer, QString())->contactId;
        addContact(db, QStringLiteral("Lea"));
        QCOMPARE(matching(db, QStringLiteral("status = sql")), QList<qint64>{id});
        QCOMPARE(matching(db, QStringLiteral("status = qualified")), QList<qint64>{id});
        QCOMPARE(matching(db, QStringLiteral("status = Sales qualified")), QList<qint64>{id});
        for (const char* wrong : {"status > lead", "status = golden"}) {
            auto condition = FieldConditions::parse(QString::fromLatin1(wrong));
            QVERIFY2(!FieldConditions::forContacts(db, condition.value()).ok(), wrong);
        }
    }

    void qualificationFieldsAreAddedOnce()
    {
        test::TestDatabase fixture;
        QCOMPARE(CustomFieldActions::addQualificationFields(fixture.db()).value(), 8);
        QCOMPARE(CustomFieldActions::addQualificationFields(fixture.db()).value(), 0);
        auto fields = CustomFieldRepository(fixture.db()).fields(RecordKind::Contact).value();
        QStringList keys;
        for (const CustomField& each : fields)
            keys << each.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("budget"), QStringLiteral("need"), QStringLiteral("timeline"),
                                    QStringLiteral("decision_maker"), QStringLiteral("authority"),
                                    QStringLiteral("competitors"), QStringLiteral("objections"),
                                    QStringLiteral("lead_status")}));
        QCOMPARE(fields.at(0).type, FieldType::Money);
        QCOMPARE(fields.at(3).type, FieldType::ContactLink);
        QCOMPARE(fields.at(5).type, FieldType::Choices);
        QVERIFY(!fields.at(7).options.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCustomFields)
#include "tst_customfields.moc"
