// SPDX-License-Identifier: GPL-3.0-or-later
// Assignment rules against a hand-worked team: who gets each contact (first match wins over overlapping rules; one
// salesperson, the company's owner, round robin with its turn kept in the database, fewest open deals), what the
// history says, and that a new contact, an import and Apply follow them as one undoable step.
#include "ActionRecorder.h"
#include "TestDatabase.h"

#include "actions/AssignActions.h"
#include "actions/ContactActions.h"
#include "actions/ImportActions.h"
#include "assignment/AssignmentMatcher.h"
#include "assignment/AssignmentRules.h"
#include "io/CsvReader.h"
#include "repositories/ChangeLogRepository.h"
#include "repositories/ContactRepository.h"
#include "territories/Territories.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace kontor;

namespace {

FieldCondition condition(const char* text)
{
    auto parsed = FieldConditions::parse(QString::fromUtf8(text));
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error()));
    return parsed.value();
}

AssignmentRule rule(const char* name, QList<FieldCondition> conditions, AssignTarget target, QList<qint64> users)
{
    AssignmentRule made;
    made.name = QString::fromUtf8(name);
    made.conditions = std::move(conditions);
    made.target = target;
    made.userIds = std::move(users);
    return made;
}

/// The team of a small wholesaler. Anna has two open deals and one won, Ben none, Cem none; Dora has left.
/// Territories: North (Germany, postal codes 20000–29999) and South (Germany, 80000–89999).
struct Team
{
    test::TestDatabase fixture;
    QSqlDatabase db = fixture.db();
    qint64 anna = exec("INSERT INTO users (name) VALUES ('Anna')");
    qint64 ben = exec("INSERT INTO users (name) VALUES ('Ben')");
    qint64 cem = exec("INSERT INTO users (name) VALUES ('Cem')");
    qint64 dora = exec("INSERT INTO users (name, archived_at) VALUES ('Dora', 1)");
    qint64 web = exec("INSERT INTO lead_sources (name) VALUES ('Web')");
    qint64 retailer = exec(QStringLiteral("INSERT INTO companies (name, sort_name, industry, owner_id, created_at, "
                                          "updated_at) VALUES ('Kaufhaus', 'kaufhaus', 'Retail', %1, 0, 0)")
                               .arg(cem));
    qint64 ownerless = exec("INSERT INTO companies (name, sort_name, created_at, updated_at) "
                            "VALUES ('Nobody GmbH', 'nobody gmbh', 0, 0)");

    Team()
    {
        // Anna's deals: two open, one won (won ones do not count).
        for (const char* stage : {"Proposal", "Proposal", "Won"})
            exec(QStringLiteral("INSERT INTO deals (title, stage_id, owner_id, stage_entered_at, created_at, "
                                "updated_at) SELECT 'D', id, %1, 0, 0, 0 FROM stages WHERE name = '%2'")
                     .arg(anna)
                     .arg(QString::fromLatin1(stage))
                     .toUtf8()
                     .constData());
        QVERIFY(Territories(db)
                    .save({{0, QStringLiteral("North"), {QStringLiteral("DE")}, {}, {QStringLiteral("20000..29999")}},
                           {0, QStringLiteral("South"), {QStringLiteral("DE")}, {}, {QStringLiteral("80000..89999")}}})
                    .ok());
    }

    qint64 exec(const char* sql) { return exec(QString::fromUtf8(sql)); }
    qint64 exec(const QString& sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.lastInsertId().toLongLong();
    }

    qint64 contact(const char* name, const char* postal, qint64 source = 0, qint64 company = 0, qint64 owner = 0)
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO contacts (first_name, sort_name, country, postal_code, "
                                     "lead_source_id, company_id, owner_id, status, created_at, updated_at) "
                                     "VALUES (?, ?, 'DE', ?, ?, ?, ?, 'lead', 0, 0)"));
        for (const QVariant& value :
             {QVariant(QString::fromUtf8(name)), QVariant(QString::fromUtf8(name)),
              (*postal ? QVariant(QString::fromUtf8(postal)) : QVariant(QMetaType(QMetaType::QString))), sql(source),
              sql(company), sql(owner)})
            query.addBindValue(value);
        if (!query.exec())
            qFatal("%s", qPrintable(query.lastError().text()));
        return query.lastInsertId().toLongLong();
    }

    static QVariant sql(qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); }

    qint64 ownerOf(qint64 contactId) const
    {
        return test::count(db,
                           QStringLiteral("SELECT coalesce(owner_id, 0) FROM contacts WHERE id = %1").arg(contactId));
    }

    /// North web leads to Anna; then the company's owner; South by turns among Ben, Cem and Dora (who left); the
    /// rest to whoever of Anna and Ben has the fewest open deals. A switched-off rule would take everyone.
    QList<AssignmentRule> rules() const
    {
        AssignmentRule off = rule("Switched off", {}, AssignTarget::Salesperson, {cem});
        off.active = false;
        return {off,
                rule("North web leads", {condition("territory = North"), condition("lead_source = Web")},
                     AssignTarget::Salesperson, {anna}),
                rule("Key accounts", {condition("company.industry = Retail")}, AssignTarget::CompanyOwner, {}),
                rule("South", {condition("territory = South")}, AssignTarget::RoundRobin, {ben, cem, dora}),
                rule("Everyone else", {}, AssignTarget::FewestOpenDeals, {anna, ben})};
    }
};

} // namespace

class TestAssignment : public QObject
{
    Q_OBJECT

private slots:
    void rulesAreSavedAndRefusedWithReasons()
    {
        Team t;
        AssignmentRules rules(t.db);
        QVERIFY(rules.save(t.rules()).ok());
        const QList<AssignmentRule> read = rules.list().value();
        QCOMPARE(read.size(), 5);
        QCOMPARE(read.at(1).name, QStringLiteral("North web leads"));
        QCOMPARE(read.at(1).conditions,
                 (QList<FieldCondition>{condition("territory = North"), condition("lead_source = Web")}));
        QCOMPARE(read.at(3).userIds, (QList<qint64>{t.ben, t.cem, t.dora}));
        QCOMPARE(read.at(2).target, AssignTarget::CompanyOwner);
        QVERIFY(!read.at(0).active);
        QVERIFY(rules.anyActive().value());

        const auto refused = [&rules](const AssignmentRule& wrong) { return rules.check(wrong).error(); };
        QCOMPARE(refused(rule(" ", {}, AssignTarget::CompanyOwner, {})), QStringLiteral("Give the rule a name."));
        QCOMPARE(refused(rule("X", {}, AssignTarget::Salesperson, {})),
                 QStringLiteral("X: choose the salesperson who gets the contacts."));
        QCOMPARE(refused(rule("X", {}, AssignTarget::RoundRobin, {})),
                 QStringLiteral("X: choose at least one salesperson to share the contacts."));
        QVERIFY(refused(rule("X", {condition("territory = Atlantis")}, AssignTarget::CompanyOwner, {}))
                    .contains(QStringLiteral("Atlantis")));
        // A refused rule leaves the saved ones as they were.
        QVERIFY(!rules.save({rule("", {}, AssignTarget::CompanyOwner, {})}).ok());
        QCOMPARE(rules.list()->size(), 5);
    }

    // Eight contacts worked by hand against the rules above:
    //  north web lead at Kaufhaus  → Anna (North web leads: first match, though Key accounts holds too)
    //  north lead without a source at Kaufhaus → Cem (Key accounts: Kaufhaus is owned by Cem)
    //  north lead at Nobody GmbH   → Everyone else (a company without an owner is no key account)
    //  south ×3                    → Ben, Cem, Ben (Dora left; the turn goes on)
    //  elsewhere ×2 (and the Nobody one before them) → Ben, Ben, then a tie at two open deals each: Anna
    void eachContactGoesWhereTheFirstMatchingRuleSays()
    {
        Team t;
        QVERIFY(AssignmentRules(t.db).save(t.rules()).ok());
        const qint64 webLead = t.contact("Wiebke", "20095", t.web, t.retailer);
        const qint64 keyAccount = t.contact("Karl", "20095", 0, t.retailer);
        const qint64 nobodys = t.contact("Nils", "20095", 0, t.ownerless);
        const qint64 south1 = t.contact("Sepp", "80331");
        const qint64 south2 = t.contact("Sophie", "80331");
        const qint64 south3 = t.contact("Sven", "85049");
        const qint64 other1 = t.contact("Olaf", "50667");
        const qint64 other2 = t.contact("Ole", "50667");

        AssignmentRules rules(t.db);
        auto plan = rules.plan(SqlCondition{QStringLiteral("1"), {}});
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->considered, qint64(8));
        QCOMPARE(plan->matched, qint64(8));
        QHash<qint64, qint64> planned;
        for (const Assignment& change : plan->changes)
            planned.insert(change.contactId, change.userId);
        const QHash<qint64, qint64> expected{{webLead, t.anna}, {keyAccount, t.cem}, {south1, t.ben}, {south2, t.cem},
                                             {south3, t.ben},   {nobodys, t.ben},    {other1, t.ben}, {other2, t.anna}};
        QCOMPARE(planned, expected);
        // The preview's lines: per rule, by name.
        QCOMPARE(plan->lines.size(), 6);
        QCOMPARE(plan->lines.at(0).rule, QStringLiteral("North web leads"));
        QCOMPARE(plan->lines.at(2).rule, QStringLiteral("South"));
        QCOMPARE(plan->lines.at(2).user, QStringLiteral("Ben"));
        QCOMPARE(plan->lines.at(2).contacts, qint64(2));
        QCOMPARE(plan->lines.at(4).user, QStringLiteral("Anna"));
        QCOMPARE(plan->lines.at(5).contacts, qint64(2));
        // A plan writes nothing.
        QCOMPARE(t.ownerOf(webLead), qint64(0));

        QCOMPARE(rules.apply(plan.value()).value(), qint64(8));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(t.ownerOf(it.key()), it.value());
        // The history names the rule.
        const auto history = ChangeLogRepository(t.db).forRecord(ChangeLogRepository::Entity::Contact, south2);
        QCOMPARE(history->first().newValues.value(QStringLiteral("owner_id")).toLongLong(), t.cem);
        QCOMPARE(history->first().newValues.value(QStringLiteral("assignment_rule")).toString(),
                 QStringLiteral("South"));

        // Applying again moves nobody: everyone already has the owner their rule gives.
        auto again = rules.plan(SqlCondition{QStringLiteral("1"), {}});
        QCOMPARE(again->matched, qint64(8));
        QVERIFY(again->changes.isEmpty());
    }

    // The round robin's turn is in the database: a later run (another program, a restart) goes on from it, and
    // editing the rules keeps it.
    void turnsGoOnAcrossRunsAndEdits()
    {
        Team t;
        QVERIFY(AssignActions::setRules(t.db, t.rules()).ok());
        const qint64 first = t.contact("Sepp", "80331");
        QCOMPARE(AssignActions::apply(t.db, {first})->changes.size(), 1);
        QCOMPARE(t.ownerOf(first), t.ben);
        QList<AssignmentRule> edited = AssignmentRules(t.db).list().value();
        edited[3].name = QStringLiteral("Bavaria");
        QVERIFY(AssignActions::setRules(t.db, edited).ok());
        const qint64 second = t.contact("Sophie", "80331");
        const qint64 third = t.contact("Sven", "80331");
        QVERIFY(AssignActions::apply(t.db, {second, third}).ok());
        QCOMPARE(t.ownerOf(second), t.cem);
        QCOMPARE(t.ownerOf(third), t.ben);
        QCOMPARE(test::count(t.db, QStringLiteral("SELECT last_user_id FROM assignment_turns")), t.ben);
        // A rule removed takes its turn with it.
        QVERIFY(AssignActions::setRules(t.db, {}).ok());
        QCOMPARE(test::count(t.db, QStringLiteral("SELECT count(*) FROM assignment_turns")), qint64(0));
    }

    // Apply is one step, named after what it did, that Ctrl+Z takes back with the turn; only contacts that changed
    // are announced.
    void applyIsOneUndoableStep()
    {
        Team t;
        QVERIFY(AssignmentRules(t.db).save(t.rules()).ok());
        const qint64 south = t.contact("Sepp", "80331", 0, 0, t.anna);
        const qint64 kept = t.contact("Karl", "20095", 0, t.retailer, t.cem);
        test::ActionRecorder recorder(t.db);
        auto applied = AssignActions::apply(t.db, {south, kept});
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        QCOMPARE(applied->changes.size(), 1);
        QCOMPARE(recorder.steps.size(), 1);
        QCOMPARE(recorder.steps.first().label, QStringLiteral("Assign 1 contact(s) by the rules"));
        QCOMPARE(recorder.names(), QStringList{QStringLiteral("contact_changed")});
        QCOMPARE(t.ownerOf(south), t.ben);
        QVERIFY(recorder.journal.apply(recorder.steps.first()).ok());
        QCOMPARE(t.ownerOf(south), t.anna);
        QCOMPARE(test::count(t.db, QStringLiteral("SELECT count(*) FROM assignment_turns")), qint64(0));
    }

    // A contact added without an owner gets one when saved, and a contact given an owner keeps it.
    void aNewContactWithoutAnOwnerGetsOne()
    {
        Team t;
        QVERIFY(AssignmentRules(t.db).save(t.rules()).ok());
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.address.country = QStringLiteral("DE");
        ada.address.postalCode = QStringLiteral("80331");
        const qint64 adaId = ContactActions::save(t.db, ada, {})->contactId;
        QCOMPARE(t.ownerOf(adaId), t.ben);
        const auto history = ChangeLogRepository(t.db).forRecord(ChangeLogRepository::Entity::Contact, adaId);
        QCOMPARE(history->first().newValues.value(QStringLiteral("assignment_rule")).toString(),
                 QStringLiteral("South"));
        Contact bob = ada;
        bob.firstName = QStringLiteral("Bob");
        bob.ownerId = t.anna;
        QCOMPARE(t.ownerOf(ContactActions::save(t.db, bob, {})->contactId), t.anna);
        // An edit is no new contact: it keeps what it has, even none.
        t.exec(QStringLiteral("UPDATE contacts SET owner_id = NULL WHERE id = %1").arg(adaId));
        ada = ContactRepository(t.db).get(adaId).value();
        ada.lastName = QStringLiteral("Lovelace");
        QVERIFY(ContactActions::save(t.db, ada, {}).ok());
        QCOMPARE(t.ownerOf(adaId), qint64(0));
    }

    // An import gives its new contacts without an owner one, in its own transaction.
    void importedContactsGetOwners()
    {
        Team t;
        QVERIFY(AssignmentRules(t.db).save(t.rules()).ok());
        const QByteArray csv = "first_name,country,postal_code\nSepp,DE,80331\nSophie,DE,80331\nOlaf,DE,50667\n";
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.format = CsvReader::detect(csv);
        options.mapping = {
            {0, QStringLiteral("first_name")}, {1, QStringLiteral("country")}, {2, QStringLiteral("postal_code")}};
        auto report =
            ImportActions::importFile(t.db, &buffer, ImportActions::Format::Csv, ImportKind::Contacts, options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->created, qint64(3));
        QCOMPARE(report->assigned, qint64(3));
        QCOMPARE(test::count(t.db, QStringLiteral("SELECT owner_id FROM contacts WHERE first_name = 'Sophie'")), t.cem);
        QCOMPARE(test::count(t.db, QStringLiteral("SELECT owner_id FROM contacts WHERE first_name = 'Olaf'")), t.ben);
    }

    // The import's own matcher (rules on the contact's text fields, territory and lead source, applied as each row is
    // written) says what the SQL says, for every comparison, with and without values, and non-ASCII case.
    void theImportsMatcherAgreesWithTheSql()
    {
        Team t;
        QVERIFY(AssignmentRules(t.db)
                    .save({rule("Any", {condition("country = DE")}, AssignTarget::Salesperson, {t.anna})})
                    .ok());
        QList<qint64> ids{t.contact("Ada", "20095", t.web, t.retailer), t.contact("Ben", "80331", 0, t.ownerless),
                          t.contact("Cem", ""), t.contact("Dora", "50667", t.web)};
        t.exec(QStringLiteral("UPDATE contacts SET country = 'ÖSTERREICH', region = 'Tirol', title = 'Sales Director' "
                              "WHERE first_name = 'Cem'"));
        t.exec(QStringLiteral("UPDATE contacts SET country = NULL, city = 'Köln' WHERE first_name = 'Dora'"));
        t.exec(QStringLiteral("UPDATE contacts SET region = 'Bayern', title = '' WHERE first_name = 'Ben'"));
        // As an import hands it over, not read back: no last name at all (null), written as ''.
        Contact given;
        given.firstName = QStringLiteral("Eve");
        given.address.country = QStringLiteral("DE");
        given.address.postalCode = QStringLiteral("20095");
        given.companyId = t.retailer;
        const qint64 eve = ContactRepository(t.db).create(given).value();
        auto matcher = AssignmentMatcher::forImport(t.db);
        QVERIFY(matcher.ok() && matcher->has_value());
        AssignmentMatcher& inMemory = *matcher.value();
        int compared = 0;
        for (const char* text : {"country = de",
                                 "country != DE",
                                 "country ~ e",
                                 "country empty",
                                 "country notempty",
                                 "country = österreich",
                                 "country ~ ÖST",
                                 "postal_code < 50000",
                                 "postal_code >= 80331",
                                 "postal_code > 2",
                                 "title ~ director",
                                 "title empty",
                                 "first_name = ada",
                                 "first_name != ADA",
                                 "city = köln",
                                 "city = Köln",
                                 "region = bayern",
                                 "territory = North",
                                 "territory = north;South",
                                 "territory != South",
                                 "territory empty",
                                 "territory notempty",
                                 "lead_source = web",
                                 "lead_source != Web",
                                 "lead_source empty",
                                 "lead_source notempty",
                                 "lead_source ~ E",
                                 "company.industry = retail",
                                 "company.industry != Retail",
                                 "company.industry empty",
                                 "company.industry notempty",
                                 "company.industry ~ TAI",
                                 "last_name = ",
                                 "last_name < N",
                                 "last_name empty"}) {
            const FieldCondition each = condition(text);
            QVERIFY2(AssignmentMatcher::handles(each), text);
            const SqlCondition sql = FieldConditions::forContacts(t.db, each).value();
            for (qint64 id : ids + QList<qint64>{eve}) {
                QSqlQuery query(t.db);
                query.prepare(QStringLiteral("SELECT count(*) FROM contacts WHERE id = ? AND (%1)").arg(sql.clause));
                query.addBindValue(id);
                for (const QVariant& value : sql.values)
                    query.addBindValue(value);
                QVERIFY2(query.exec() && query.next(), text);
                const Contact contact = id == eve ? given : ContactRepository(t.db).get(id).value();
                QVERIFY2(inMemory.holds(each, contact).value() == query.value(0).toBool(),
                         qPrintable(QStringLiteral("%1 for %2").arg(QString::fromUtf8(text), contact.firstName)));
                ++compared;
            }
        }
        QCOMPARE(compared, 35 * 5);
        // What it cannot do is left to the SQL afterwards.
        QVERIFY(!AssignmentMatcher::handles(condition("score > 10")));
        QVERIFY(AssignmentRules(t.db).save(t.rules()).ok());
        QVERIFY(AssignmentMatcher::forImport(t.db)->has_value());
        QList<AssignmentRule> scored = t.rules();
        scored[1].conditions << condition("score > 10");
        QVERIFY(AssignmentRules(t.db).save(scored).ok());
        QVERIFY(!AssignmentMatcher::forImport(t.db)->has_value());
    }

    // With such rules, an import gives each new contact its owner as it writes it: the history's "created" entry names
    // the rule, and the turn is stored.
    void anImportAssignsAsItWrites()
    {
        Team t;
        AssignmentRules rules(t.db);
        QVERIFY(rules
                    .save({rule("North web", {condition("territory = North"), condition("lead_source = Web")},
                                AssignTarget::Salesperson, {t.anna}),
                           rule("South", {condition("territory = South")}, AssignTarget::RoundRobin, {t.ben, t.cem})})
                    .ok());
        const QByteArray csv = "first_name,country,postal_code,lead_source\nWiebke,DE,20095,Web\nSepp,DE,80331,\n"
                               "Sophie,DE,85049,Web\nSven,DE,80331,\nOlaf,DE,50667,Web\n";
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.format = CsvReader::detect(csv);
        options.mapping = {{0, QStringLiteral("first_name")},
                           {1, QStringLiteral("country")},
                           {2, QStringLiteral("postal_code")},
                           {3, QStringLiteral("lead_source")}};
        auto report =
            ImportActions::importFile(t.db, &buffer, ImportActions::Format::Csv, ImportKind::Contacts, options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(report->rulesApplied);
        QCOMPARE(report->assigned, qint64(4));
        const auto ownerOf = [&t](const char* name) {
            return test::count(t.db,
                               QStringLiteral("SELECT coalesce(owner_id, 0) FROM contacts WHERE first_name = '%1'")
                                   .arg(QLatin1String(name)));
        };
        QCOMPARE(ownerOf("Wiebke"), t.anna);
        QCOMPARE(ownerOf("Sepp"), t.ben);
        QCOMPARE(ownerOf("Sophie"), t.cem);
        QCOMPARE(ownerOf("Sven"), t.ben);
        QCOMPARE(ownerOf("Olaf"), qint64(0));
        QCOMPARE(test::count(t.db, QStringLiteral("SELECT last_user_id FROM assignment_turns")), t.ben);
        const qint64 sophie = test::count(t.db, QStringLiteral("SELECT id FROM contacts WHERE first_name = 'Sophie'"));
        const auto history = ChangeLogRepository(t.db).forRecord(ChangeLogRepository::Entity::Contact, sophie);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().action, QStringLiteral("created"));
        QCOMPARE(history->first().newValues.value(QStringLiteral("assignment_rule")).toString(),
                 QStringLiteral("South"));
    }

    // A rule whose territory has been removed since holds for nobody: contacts are still saved, the others still
    // assign, and the rules can still be switched off and reordered. A company made with a contact gets its owner.
    void aStaleRuleStopsNothing()
    {
        Team t;
        QVERIFY(AssignmentRules(t.db)
                    .save({rule("South", {condition("territory = South")}, AssignTarget::Salesperson, {t.cem}),
                           rule("Everyone", {}, AssignTarget::Salesperson, {t.ben})})
                    .ok());
        QVERIFY(Territories(t.db).save({}).ok());
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.address.country = QStringLiteral("DE");
        ada.address.postalCode = QStringLiteral("80331");
        auto saved = ContactActions::save(t.db, ada, QStringLiteral("Neu GmbH"));
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(t.ownerOf(saved->contactId), t.ben);
        QCOMPARE(test::count(t.db, QStringLiteral("SELECT owner_id FROM companies WHERE name = 'Neu GmbH'")), t.ben);
        QList<AssignmentRule> rules = AssignmentRules(t.db).list().value();
        rules[0].active = false;
        rules.move(0, 1);
        QVERIFY(AssignActions::setRules(t.db, rules).ok());
        QVERIFY(!AssignmentRules(t.db).check(rules[1]).ok());
        // A big plan (the history written without its trigger) leaves the trigger in place, in or out of an action.
        for (int i = 0; i < 1200; ++i)
            t.contact("Many", "80331");
        auto applied = AssignActions::apply(t.db, SqlCondition{QStringLiteral("owner_id IS NULL"), {}});
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        QCOMPARE(applied->changes.size(), 1200);
        QCOMPARE(test::count(t.db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                                  "'audit_contacts_update'")),
                 qint64(1));
        QCOMPARE(test::count(t.db, QStringLiteral("SELECT count(*) FROM change_log WHERE json_extract(new_values, "
                                                  "'$.assignment_rule') = 'Everyone'")),
                 qint64(1201));
    }

    // No active rule: nothing is assigned, and nothing is read beyond the one question.
    void withoutRulesNothingChanges()
    {
        Team t;
        const qint64 lead = t.contact("Sepp", "80331");
        auto plan = AssignmentRules(t.db).plan(AssignmentRules::among({lead}));
        QCOMPARE(plan->considered, qint64(1));
        QCOMPARE(plan->matched, qint64(0));
        QVERIFY(!AssignmentRules(t.db).anyActive().value());
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        QCOMPARE(t.ownerOf(ContactActions::save(t.db, ada, {})->contactId), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestAssignment)
#include "tst_assignment.moc"
