// SPDX-License-Identifier: GPL-3.0-or-later
// Sales territories: saved and read back, who is in which (first match wins) worked out in C++ and in SQL alike, and
// the "territory" condition of the lists, the scripts and the rules.
#include "ActionRecorder.h"
#include "TestDatabase.h"

#include "actions/SettingsActions.h"
#include "repositories/ContactListQuery.h"
#include "territories/Territories.h"

#include <QSqlQuery>
#include <QTest>

using namespace kontor;

namespace {

Territory territory(const char* name, const QStringList& countries, const QStringList& regions = {},
                    const QStringList& postal = {})
{
    Territory made;
    made.name = QString::fromUtf8(name);
    made.countries = countries;
    made.regions = regions;
    made.postalCodes = postal;
    return made;
}

/// North Germany by postal ranges, Berlin by prefix, Bavaria by region, the rest of Germany and Austria, London by
/// prefix (with its space), Portugal's Lisbon by a code with its hyphen, and an empty one.
QList<Territory> sample()
{
    const QString de = QStringLiteral("Germany");
    return {territory("North", {de}, {}, {QStringLiteral("20000–29999"), QStringLiteral("30000..31999")}),
            territory("Berlin", {de}, {}, {QStringLiteral("10"), QStringLiteral("12")}),
            territory("Bavaria", {de}, {QStringLiteral("Bayern")}),
            territory("DACH", {de, QStringLiteral("Austria"), QStringLiteral("switzerland")}),
            territory("London", {QStringLiteral("United Kingdom")}, {}, {QStringLiteral("sw1"), QStringLiteral("EC")}),
            territory("Lisbon", {}, {}, {QStringLiteral("1000-0")}),
            territory("Nowhere", {})};
}

struct Place
{
    const char* country;
    const char* region;
    const char* postal;
    int expected; // the index in sample(), -1: none
};

const Place places[] = {
    {"Germany", "", "20095", 0},
    {"germany", "Hamburg", "21 073", 0},
    {"Germany", "", "31999", 0},
    {"Germany", "", "32000", 3},
    {"Germany", "", "10115", 1},
    {"Germany", "Bayern", "80331", 2},
    {"Germany", "bayern", "20095", 0},
    {"Austria", "", "1010", 3},
    {"Switzerland", "", "", 3},
    {"France", "", "20095", -1},
    {"United Kingdom", "", "SW1A 1AA", 4},
    {"United Kingdom", "", "ec1a", 4},
    {"United Kingdom", "", "N1 9GU", -1},
    {"Portugal", "", "1000-001", 5},
    {"Portugal", "", "1100-001", -1},
    {"", "", "", -1},
    {"Germany", "", "2009", 3},
};

} // namespace

class TestTerritories : public QObject
{
    Q_OBJECT

private slots:
    void savedAndReadBack()
    {
        test::TestDatabase fixture;
        Territories territories(fixture.db());
        QVERIFY(territories.list()->isEmpty());
        QList<Territory> all = sample();
        QVERIFY2(territories.save(all).ok(), qPrintable(territories.save(all).error()));
        QList<Territory> read = territories.list().value();
        QCOMPARE(read.size(), all.size());
        QCOMPARE(read.at(0).name, QStringLiteral("North"));
        QCOMPARE(read.at(0).countries, QStringList{QStringLiteral("Germany")});
        QCOMPARE(read.at(0).postalCodes, (QStringList{QStringLiteral("20000–29999"), QStringLiteral("30000–31999")}));
        QCOMPARE(read.at(4).postalCodes, (QStringList{QStringLiteral("SW1"), QStringLiteral("EC")}));
        // Saved again in another order with one new between: the kept ones keep their ids.
        Territory added = territory("Vienna", {QStringLiteral("Austria")}, {}, {QStringLiteral("1")});
        QList<Territory> reordered{read.at(1), added, read.at(0)};
        QVERIFY(territories.save(reordered).ok());
        read = territories.list().value();
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.at(0).id, reordered.at(0).id);
        QCOMPARE(read.at(1).name, QStringLiteral("Vienna"));
        QVERIFY(read.at(1).id > 0);
        QCOMPARE(read.at(2).id, reordered.at(2).id);

        // Refused, nothing changed: no name, a name taken (any case), a range the wrong way round or of two lengths.
        const QList<Territory> before = territories.list().value();
        QVERIFY(!territories.save({territory("", {QStringLiteral("Germany")})}).ok());
        QVERIFY(!territories.save({territory("A", {}), territory("a", {})}).ok());
        QVERIFY(!territories.save({territory("A", {}, {}, {QStringLiteral("29999–20000")})}).ok());
        QVERIFY(!territories.save({territory("A", {}, {}, {QStringLiteral("200 .. 29999")})}).ok());
        QCOMPARE(territories.list().value(), before);
    }

    // Who is in which: the first territory, in order, that holds the address; the same in C++ (the list's column)
    // and in SQL (its filter).
    void firstMatchWinsInCppAndSql()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const QList<Territory> all = sample();
        QVERIFY(Territories(db).save(all).ok());
        QSqlQuery query(db);
        QHash<int, QList<qint64>> expected;
        for (const Place& place : places) {
            const TerritoryAddress address{QString::fromUtf8(place.country), QString::fromUtf8(place.region),
                                           QString::fromUtf8(place.postal)};
            const auto found = Territories::find(all, address);
            QVERIFY2(found.value_or(-1) == place.expected,
                     qPrintable(QStringLiteral("%1 %2 %3: %4")
                                    .arg(address.country, address.region, address.postalCode)
                                    .arg(found.value_or(-1))));
            query.prepare(QStringLiteral("INSERT INTO contacts (first_name, last_name, sort_name, country, region, "
                                         "postal_code, created_at, updated_at) VALUES ('P', ?, ?, ?, ?, ?, 0, 0)"));
            for (const QVariant& value :
                 QVariantList{address.postalCode, address.postalCode, address.country, address.region,
                              address.postalCode.isEmpty() ? QVariant() : QVariant(address.postalCode)})
                query.addBindValue(value);
            QVERIFY(query.exec());
            expected[place.expected] << query.lastInsertId().toLongLong();
        }
        for (qsizetype index = -1; index < all.size(); ++index) {
            ContactFilter filter;
            filter.conditions << Territories::inTerritory(all, index);
            QList<qint64> ids;
            for (const ContactRow& row :
                 ContactListQuery(db).page(filter, ContactSort::Name, Qt::AscendingOrder, 0, 100).value())
                ids << row.id;
            std::sort(ids.begin(), ids.end());
            QCOMPARE(ids, expected.value(int(index)));
        }
        // A territory on its own (as Settings counts it): Germany's DACH holds every German address.
        ContactFilter dach;
        dach.conditions << Territories::holding(all.at(3));
        QCOMPARE(ContactListQuery(db).count(dach).value(), qint64(10));

        // The "territory" condition of More Filters, --where and the rules.
        const auto count = [&db](const char* text) {
            auto sql = FieldConditions::forContacts(db, FieldConditions::parse(QString::fromUtf8(text)).value());
            if (!sql)
                qFatal("%s: %s", text, qPrintable(sql.error()));
            ContactFilter filter;
            filter.conditions << sql.value();
            return ContactListQuery(db).count(filter).value();
        };
        QCOMPARE(count("territory = north"), qint64(expected.value(0).size()));
        QCOMPARE(count("territory = North;Berlin"), qint64(expected.value(0).size() + expected.value(1).size()));
        QCOMPARE(count("territory != North"), qint64(std::size(places) - expected.value(0).size()));
        QCOMPARE(count("territory empty"), qint64(expected.value(-1).size()));
        QCOMPARE(count("territory notempty"), qint64(std::size(places) - expected.value(-1).size()));
        // Case is folded as SQLite folds it (ASCII only), so the column and the filter agree: "ö" is not "Ö".
        QVERIFY(!Territories::holds(territory("A", {QStringLiteral("österreich")}),
                                    {QStringLiteral("ÖSTERREICH"), {}, {}}));
        QVERIFY(
            Territories::holds(territory("A", {QStringLiteral("österreich")}), {QStringLiteral("öSTERREICH"), {}, {}}));
        QVERIFY(!Territories::holds(territory("A", {QStringLiteral("Germany")}), {QStringLiteral(" Germany"), {}, {}}));
        for (const char* refused : {"territory = Atlantis", "territory ~ Nor", "territory > North"})
            QVERIFY2(!FieldConditions::forContacts(db, FieldConditions::parse(QString::fromUtf8(refused)).value()).ok(),
                     refused);
    }

    // Settings saves them as one undoable step.
    void changedAsOneUndoableStep()
    {
        test::TestDatabase fixture;
        test::ActionRecorder recorder(fixture.db());
        QVERIFY(SettingsActions::setTerritories(fixture.db(), sample()).ok());
        QCOMPARE(recorder.steps.size(), 1);
        QCOMPARE(recorder.steps.first().label, QStringLiteral("Change territories"));
        QCOMPARE(recorder.names(), QStringList{QStringLiteral("settings_changed")});
        QVERIFY(recorder.journal.apply(recorder.steps.first()).ok());
        QVERIFY(Territories(fixture.db()).list()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTerritories)
#include "tst_territories.moc"
