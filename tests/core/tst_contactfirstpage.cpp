// SPDX-License-Identifier: GPL-3.0-or-later
// The contacts list sorted by a custom field shows its first page at once, read along the field's value index while
// the whole order is made: it must be the whole order's first page, contact for contact, whatever the type, the
// direction, the filter, the ties and the blanks.
#include "CustomFieldSupport.h"
#include "TestDatabase.h"

#include "repositories/ContactListQuery.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/FieldConditions.h"
#include "search/TextFolding.h"
#include "storage/Database.h"

#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

namespace {

void exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

constexpr int contacts = 12000;

} // namespace

class TestContactFirstPage : public QObject
{
    Q_OBJECT

    test::TestDatabase m_fixture;
    QList<CustomField> m_fields;
    CustomField m_text;

private slots:
    void initTestCase()
    {
        const QSqlDatabase db = m_fixture.db();
        // Names repeat (ties by name, then by id); a third are MQL; some are archived.
        exec(db,
             QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                            "INSERT INTO contacts (first_name, last_name, sort_name, status, created_at, "
                            "updated_at, archived_at) SELECT 'P', 'N' || (i * 7919 % 500), 'n' || (i * 7919 % 500), "
                            "CASE WHEN i % 3 = 0 THEN 'mql' ELSE 'lead' END, 0, 0, "
                            "CASE WHEN i % 50 = 0 THEN 1 END FROM n")
                 .arg(contacts));
        const CustomField number = test::addCustomField(db, "employees", FieldType::Number);
        const CustomField money = test::addCustomField(db, "budget", FieldType::Money);
        const CustomField date = test::addCustomField(db, "timeline", FieldType::Date);
        const CustomField box = test::addCustomField(db, "signed", FieldType::Checkbox);
        const CustomField choice =
            test::addCustomField(db, "industry", FieldType::Choice,
                                 {QStringLiteral("Retail"), QStringLiteral("Food"), QStringLiteral("Energy")});
        const CustomField choices = test::addCustomField(
            db, "tools", FieldType::Choices, {QStringLiteral("CRM"), QStringLiteral("ERP"), QStringLiteral("BI")});
        const CustomField area = test::addCustomField(db, "area", FieldType::Text);
        m_text = test::addCustomField(db, "story", FieldType::LongText);
        m_fields = {number, money, date, box, choice, choices, area};
        const QString into =
            QStringLiteral("INSERT INTO custom_values (field_id, record_id, text_value, number_value, integer_value, "
                           "currency) ");
        // A quarter blank; negative and repeated numbers.
        exec(db, into + QStringLiteral("SELECT %1, id, NULL, (id % 37) - 10, NULL, NULL FROM contacts "
                                       "WHERE id % 4 <> 0")
                            .arg(number.id));
        // Two currencies; a sixth blank.
        exec(db, into + QStringLiteral("SELECT %1, id, NULL, NULL, (id * 13) % 1000, CASE WHEN id % 5 = 0 "
                                       "THEN 'USD' ELSE 'EUR' END FROM contacts WHERE id % 6 <> 0")
                            .arg(money.id));
        exec(db, into + QStringLiteral("SELECT %1, id, '2026-0' || (1 + id % 9) || '-1' || (id % 10), NULL, NULL, "
                                       "NULL FROM contacts WHERE id % 5 <> 0")
                            .arg(date.id));
        // Ticked, cleared, or never touched.
        exec(db, into + QStringLiteral("SELECT %1, id, NULL, NULL, id % 3 = 0, NULL FROM contacts WHERE id % 2 = 0")
                            .arg(box.id));
        // Many in the first option (more than are looked up one by one), few in the second, none in the third, and
        // a value that is no option (a blank).
        exec(db, into + QStringLiteral("SELECT %1, id, NULL, NULL, CASE WHEN id % 97 = 0 THEN 999999 WHEN id % 10 < 6 "
                                       "THEN %2 ELSE %3 END, NULL FROM contacts WHERE id % 10 <= 6")
                            .arg(choice.id)
                            .arg(choice.options.at(0).id)
                            .arg(choice.options.at(1).id));
        // An option taken out of the list keeps its place, which another option now has: both sort as one.
        exec(db, QStringLiteral("UPDATE custom_field_options SET position = (SELECT position FROM custom_field_options "
                                "WHERE id = %1), archived_at = 1 WHERE id = %2")
                     .arg(choices.options.at(1).id)
                     .arg(choices.options.at(0).id));
        // Text as people type it: case, accents, Persian typed on an Arabic keyboard, spaces around, blanks.
        exec(db, into + QStringLiteral("SELECT %1, id, CASE id % 7 WHEN 0 THEN 'north ' || (id % 13) "
                                       "WHEN 1 THEN 'North ' || (id % 13) WHEN 2 THEN ' Nörth' WHEN 3 THEN 'کرج' "
                                       "WHEN 4 THEN 'كرج' WHEN 5 THEN '   ' ELSE 'East' END, NULL, NULL, NULL "
                                       "FROM contacts WHERE id % 11 <> 0")
                            .arg(area.id));
        // Written by SQL here: their sort keys as the upgrade to schema 16 writes them.
        QVERIFY(CustomFieldRepository::refreshSortTexts(db).ok());
        for (const auto& [option, modulo] : {std::pair{0, 3}, std::pair{1, 2}, std::pair{2, 7}})
            exec(db, QStringLiteral("INSERT INTO custom_value_choices (field_id, record_id, option_id) SELECT %1, id, "
                                    "%2 FROM contacts WHERE id % %3 = 0")
                         .arg(choices.id)
                         .arg(choices.options.at(option).id)
                         .arg(modulo));
    }

    void theFirstPageIsTheWholeOrdersFirstPage_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("filter");
        for (int field = 0; field < 7; ++field) {
            for (int filter = 0; filter < 4; ++filter)
                QTest::addRow("field %d, filter %d", field, filter) << field << filter;
        }
    }

    void theFirstPageIsTheWholeOrdersFirstPage()
    {
        QFETCH(int, field);
        QFETCH(int, filter);
        const QSqlDatabase db = m_fixture.db();
        ContactFilter contactFilter;
        switch (filter) {
        case 1:
            contactFilter.status = ContactStatus::Mql;
            break;
        case 2: {
            // A condition on another field: few contacts, some without a value of the sorted one.
            const auto condition = FieldConditions::parse(QStringLiteral("employees >= 25"));
            contactFilter.conditions << FieldConditions::forContacts(db, condition.value()).value();
            break;
        }
        case 3:
            contactFilter.archived = true;
            break;
        default:
            break;
        }
        ContactListQuery query(db);
        query.setSortField(m_fields.at(field));
        QVERIFY(ContactListQuery::hasQuickFirstPage(ContactSort::CustomField, m_fields.at(field)));
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QList<qint64> all = query.sortedIds(contactFilter, ContactSort::CustomField, order).value();
            QVERIFY(all.size() > 10);
            // One row, a page, and pages that reach past the first groups into the blanks.
            for (int limit : {1, 100, 1300, 8000, contacts}) {
                const auto first = query.firstSorted(contactFilter, ContactSort::CustomField, order, limit);
                QVERIFY2(first.ok(), qPrintable(first.error()));
                QVERIFY(first->has_value());
                QCOMPARE(first->value(), all.mid(0, limit));
            }
        }
    }

    // A file of schema 15 gains its text values' sort keys on the upgrade, folded as names are: its text field
    // sorts, first page and whole order alike, as a new one does.
    void anOlderFileGainsItsSortKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fifteen.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(KONTOR_TEST_DATA "/kontor-schema-15.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const QSqlDatabase db = opened.value()->connection();
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT v.text_value, v.sort_text FROM custom_values v JOIN custom_fields f "
                                          "ON f.id = v.field_id WHERE f.key = 'district' ORDER BY v.record_id")));
        QStringList keys;
        while (query.next()) {
            QCOMPARE(query.value(1).toString(), sortKey(query.value(0).toString()));
            keys << query.value(1).toString();
        }
        // The fixture's five: "Vanak" and "vanak " are one; Élysée sorts as an E; كرج as Persian typed.
        QCOMPARE(keys, (QStringList{QStringLiteral("vanak"), QStringLiteral("vanak"), QStringLiteral("elysee"),
                                    QStringLiteral("کرج"), QStringLiteral("saadat abad")}));
        ContactListQuery list(db);
        list.setSortField(CustomFieldRepository(db).byKey(RecordKind::Contact, QStringLiteral("district")).value());
        const QList<qint64> all = list.sortedIds({}, ContactSort::CustomField, Qt::AscendingOrder).value();
        // Élysée, Saadat Abad, the two Vanaks (by name), كرج.
        QCOMPARE(all.mid(0, 2), (QList<qint64>{3, 5}));
        QCOMPARE((QSet<qint64>{all.at(2), all.at(3)}), (QSet<qint64>{1, 2}));
        QCOMPARE(all.at(4), qint64(4));
        QCOMPARE(list.firstSorted({}, ContactSort::CustomField, Qt::AscendingOrder, 10)->value(), all.mid(0, 10));
    }

    // Long text, and links by the linked name: no index has that order, so the list waits for the whole order.
    void longTextAndLinksWaitForTheWholeOrder()
    {
        ContactListQuery query(m_fixture.db());
        query.setSortField(m_text);
        QVERIFY(!ContactListQuery::hasQuickFirstPage(ContactSort::CustomField, m_text));
        const auto first = query.firstSorted({}, ContactSort::CustomField, Qt::AscendingOrder, 100);
        QVERIFY(first.ok());
        QVERIFY(!first->has_value());
        QVERIFY(!ContactListQuery::hasQuickFirstPage(ContactSort::Company, {}));
    }
};

QTEST_GUILESS_MAIN(TestContactFirstPage)
#include "tst_contactfirstpage.moc"
