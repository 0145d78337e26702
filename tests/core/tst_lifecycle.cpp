// SPDX-License-Identifier: GPL-3.0-or-later
// A contact's lifecycle: the stages of schema 14, their history (when each was entered, why a contact went back, which
// rule moved it), the rules that move contacts by themselves, and the upgrade of the five statuses before.
#include "ActionRecorder.h"
#include "TestDatabase.h"

#include "Clock.h"
#include "actions/ContactActions.h"
#include "actions/CustomFieldActions.h"
#include "actions/DealActions.h"
#include "actions/InteractionActions.h"
#include "actions/LifecycleRules.h"
#include "reports/LifecycleReport.h"
#include "repositories/ContactRepository.h"
#include "repositories/StageRepository.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

namespace {

qint64 addContact(const QSqlDatabase& db, const QString& name, ContactStatus stage = ContactStatus::Lead)
{
    Contact contact;
    contact.firstName = name;
    contact.status = stage;
    auto saved = ContactActions::save(db, contact, QString());
    if (!saved)
        qFatal("%s", qPrintable(saved.error()));
    return saved->contactId;
}

ContactStatus stageOf(const QSqlDatabase& db, qint64 id)
{
    return ContactRepository(db).get(id)->status;
}

/// The contact's stage history, oldest first: "from>to" with the reason or rule after a colon.
QStringList history(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT coalesce(from_stage, '') || '>' || to_stage || coalesce(':' || reason, '') || "
                                 "coalesce(':' || rule, '') FROM contact_stage_history WHERE contact_id = ? "
                                 "ORDER BY changed_at, id"));
    query.addBindValue(id);
    QStringList moves;
    if (query.exec()) {
        while (query.next())
            moves << query.value(0).toString();
    }
    return moves;
}

qint64 openStage(const QSqlDatabase& db)
{
    for (const Stage& stage : StageRepository(db).list().value()) {
        if (stage.kind == StageKind::Open)
            return stage.id;
    }
    return 0;
}

qint64 addDeal(const QSqlDatabase& db, qint64 contact)
{
    Deal deal;
    deal.title = QStringLiteral("Order");
    deal.contactId = contact;
    deal.stageId = openStage(db);
    auto saved = DealActions::save(db, deal);
    if (!saved)
        qFatal("%s", qPrintable(saved.error()));
    return saved->dealId;
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void stagesHaveKeysNamesAndAnOrder()
    {
        for (ContactStatus stage : allContactStatuses()) {
            QCOMPARE(contactStatusFromKey(contactStatusKey(stage)), stage);
            QVERIFY(!contactStatusName(stage).isEmpty());
            QVERIFY(!contactStatusDefinition(stage).isEmpty());
        }
        // The statuses before schema 14, as files and scripts may still say them.
        QCOMPARE(contactStatusFromKey(QStringLiteral("qualified")), ContactStatus::Sql);
        QCOMPARE(contactStatusFromKey(QStringLiteral("lost")), ContactStatus::Disqualified);
        QVERIFY(stageMoveNeedsReason(ContactStatus::Sql, ContactStatus::Mql));
        QVERIFY(stageMoveNeedsReason(ContactStatus::Customer, ContactStatus::Disqualified));
        QVERIFY(!stageMoveNeedsReason(ContactStatus::Lead, ContactStatus::Customer));
        QVERIFY(!stageMoveNeedsReason(ContactStatus::Customer, ContactStatus::Inactive));
        QVERIFY(!stageMoveNeedsReason(ContactStatus::Disqualified, ContactStatus::Lead));
    }

    void movingBackNeedsAReasonAndIsRecorded()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 id = addContact(db, QStringLiteral("Ada"), ContactStatus::Sql);
        Contact contact = ContactRepository(db).get(id).value();
        contact.status = ContactStatus::Lead;
        auto refused = ContactActions::save(db, contact, QString());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("Say why")), qPrintable(refused.error()));
        QCOMPARE(stageOf(db, id), ContactStatus::Sql);

        QVERIFY(ContactActions::save(db, contact, QString(), StageMove{QStringLiteral("No budget this year"), {}, 0}));
        QCOMPARE(stageOf(db, id), ContactStatus::Lead);
        contact.status = ContactStatus::Disqualified;
        QVERIFY(!ContactActions::save(db, contact, QString()).ok());
        QVERIFY(ContactActions::save(db, contact, QString(), StageMove{QStringLiteral("Competitor"), {}, 0}));
        // Forward needs no reason.
        contact.status = ContactStatus::Customer;
        QVERIFY(ContactActions::save(db, contact, QString()));
        QCOMPARE(history(db, id), (QStringList{QStringLiteral(">sql"), QStringLiteral("sql>lead:No budget this year"),
                                               QStringLiteral("lead>disqualified:Competitor"),
                                               QStringLiteral("disqualified>customer")}));
    }

    void changeSelectedNeedsAReasonToMoveBack()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 a = addContact(db, QStringLiteral("A"), ContactStatus::Customer);
        const qint64 b = addContact(db, QStringLiteral("B"));
        ContactRepository::BulkChange change;
        change.status = ContactStatus::Mql;
        QVERIFY(!ContactActions::changeMany(db, {a, b}, change).ok());
        QCOMPARE(stageOf(db, b), ContactStatus::Lead);
        change.move.reason = QStringLiteral("Re-qualify after the merger");
        QCOMPARE(ContactActions::changeMany(db, {a, b}, change).value(), 2);
        QCOMPARE(history(db, a).last(), QStringLiteral("customer>mql:Re-qualify after the merger"));
        QCOMPARE(history(db, b).last(), QStringLiteral("lead>mql:Re-qualify after the merger"));
    }

    void rulesMoveContactsForwardAndSaySo()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        CustomField budget;
        budget.key = QStringLiteral("budget");
        budget.label = QStringLiteral("Budget");
        budget.type = FieldType::Money;
        const qint64 budgetId = CustomFieldActions::add(db, budget).value();
        LifecycleRuleSettings rules;
        rules.mqlFields = {QStringLiteral("email"), QStringLiteral("budget")};
        QVERIFY(LifecycleRules::save(db, rules).ok());
        QCOMPARE(LifecycleRules::settings(db), rules);

        // Fields filled: marketing qualified.
        const qint64 ada = addContact(db, QStringLiteral("Ada"));
        Contact contact = ContactRepository(db).get(ada).value();
        contact.emails = {LabeledValue{QStringLiteral("ada@example.org"), {}}};
        QVERIFY(ContactActions::save(db, contact, QString()).ok());
        QCOMPARE(stageOf(db, ada), ContactStatus::Lead);
        contact.custom.insert(budgetId, Money{500000, QStringLiteral("EUR")});
        test::ActionRecorder recorder(db);
        QVERIFY(ContactActions::save(db, contact, QString()).ok());
        QCOMPARE(stageOf(db, ada), ContactStatus::Mql);
        QCOMPARE(recorder.steps.size(), 1);
        QVERIFY(recorder.names().contains(QStringLiteral("contact_status_changed")));

        // A meeting booked: sales qualified.
        LogInteractionInput call;
        call.interaction.contactId = ada;
        call.interaction.kind = InteractionKinds::call;
        call.interaction.occurredAt = Clock::now();
        call.nextStep = LogInteractionInput::NextStep::Meeting;
        call.nextAt = Clock::now().addDays(3);
        call.nextTitle = QStringLiteral("Demo");
        auto booked = InteractionActions::log(db, call);
        QVERIFY2(booked.ok(), qPrintable(booked.error()));
        QCOMPARE(stageOf(db, ada), ContactStatus::Sql);

        // A deal: an opportunity; won: a customer. A second deal does not take a customer back.
        const qint64 deal = addDeal(db, ada);
        QCOMPARE(stageOf(db, ada), ContactStatus::Opportunity);
        QVERIFY(DealActions::win(db, deal).ok());
        QCOMPARE(stageOf(db, ada), ContactStatus::Customer);
        addDeal(db, ada);
        QCOMPARE(stageOf(db, ada), ContactStatus::Customer);
        QCOMPARE(history(db, ada),
                 (QStringList{QStringLiteral(">lead"), QStringLiteral("lead>mql:mql_fields_filled"),
                              QStringLiteral("mql>sql:meeting_booked"), QStringLiteral("sql>opportunity:deal_created"),
                              QStringLiteral("opportunity>customer:deal_won")}));

        // A disqualified contact comes back with a deal, not with a meeting.
        const qint64 bob = addContact(db, QStringLiteral("Bob"), ContactStatus::Disqualified);
        call.interaction.contactId = bob;
        call.nextAt = Clock::now().addDays(4);
        auto logged = InteractionActions::log(db, call);
        QVERIFY2(logged.ok(), qPrintable(logged.error()));
        QCOMPARE(stageOf(db, bob), ContactStatus::Disqualified);
        addDeal(db, bob);
        QCOMPARE(stageOf(db, bob), ContactStatus::Opportunity);

        // Rules switched off move nobody.
        rules = {};
        rules.opportunityOnDeal = false;
        QVERIFY(LifecycleRules::save(db, rules).ok());
        const qint64 cleo = addContact(db, QStringLiteral("Cleo"));
        addDeal(db, cleo);
        QCOMPARE(stageOf(db, cleo), ContactStatus::Lead);
    }

    void undoTakesTheMoveOutOfTheHistory()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 id = addContact(db, QStringLiteral("Ada"));
        test::ActionRecorder recorder(db);
        addDeal(db, id);
        QCOMPARE(history(db, id).size(), 2);
        QVERIFY(recorder.journal.apply(recorder.steps.last()).ok());
        QCOMPARE(stageOf(db, id), ContactStatus::Lead);
        QCOMPARE(history(db, id), QStringList{QStringLiteral(">lead")});
    }

    // The funnel of a quarter, counted by hand: who entered each stage in it, who went further (by now, however
    // long after), and the median days it took.
    void theFunnelMatchesAHandCount()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO users (name) VALUES ('Bea')")));
        const qint64 owner = 1;
        const qint64 bea = query.lastInsertId().toLongLong();
        auto at = [](const char* day) {
            return QDateTime(QDate::fromString(QString::fromLatin1(day), Qt::ISODate), QTime(12, 0), QTimeZone::utc())
                .toMSecsSinceEpoch();
        };
        // Website is lead source 1 and Referral 2 in a new database.
        auto contact = [&](const char* name, qint64 source, qint64 ownerId, bool archived,
                           const QList<std::pair<const char*, const char*>>& moves) {
            QSqlQuery insert(db);
            insert.prepare(
                QStringLiteral("INSERT INTO contacts (first_name, sort_name, status, lead_source_id, owner_id, "
                               "created_at, updated_at, archived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            insert.addBindValue(QString::fromLatin1(name));
            insert.addBindValue(QString::fromLatin1(name));
            insert.addBindValue(QString::fromLatin1(moves.last().first));
            insert.addBindValue(source ? QVariant(source) : QVariant());
            insert.addBindValue(ownerId ? QVariant(ownerId) : QVariant());
            insert.addBindValue(at(moves.first().second));
            insert.addBindValue(at(moves.first().second));
            insert.addBindValue(archived ? QVariant(at("2026-12-01")) : QVariant());
            if (!insert.exec())
                qFatal("%s", qPrintable(insert.lastError().text()));
            const qint64 id = insert.lastInsertId().toLongLong();
            QSqlQuery clear(db);
            clear.exec(QStringLiteral("DELETE FROM contact_stage_history WHERE contact_id = %1").arg(id));
            for (const auto& [stage, day] : moves) {
                QSqlQuery move(db);
                move.prepare(QStringLiteral("INSERT INTO contact_stage_history (contact_id, to_stage, changed_at) "
                                            "VALUES (?, ?, ?)"));
                move.addBindValue(id);
                move.addBindValue(QString::fromLatin1(stage));
                move.addBindValue(at(day));
                if (!move.exec())
                    qFatal("%s", qPrintable(move.lastError().text()));
            }
            return id;
        };
        const qint64 c1 = contact("c1", 1, owner, false,
                                  {{"lead", "2026-10-01"},
                                   {"mql", "2026-10-11"},
                                   {"sql", "2026-10-21"},
                                   {"opportunity", "2026-11-10"},
                                   {"customer", "2026-12-10"}});
        const qint64 c2 = contact("c2", 1, bea, false,
                                  {{"lead", "2026-10-05"}, {"mql", "2026-10-25"}, {"disqualified", "2026-11-01"}});
        const qint64 c3 =
            contact("c3", 2, owner, false, {{"lead", "2026-09-01"}, {"mql", "2026-10-02"}, {"sql", "2027-01-05"}});
        const qint64 c4 = contact("c4", 0, 0, false, {{"lead", "2026-11-01"}});
        contact("c5", 1, owner, true, {{"lead", "2026-10-03"}});
        const qint64 c6 = contact("c6", 1, owner, false, {{"lead", "2026-10-01"}, {"customer", "2026-10-31"}});

        ReportFilter filter;
        filter.period = ReportPeriod::days(QDate(2026, 10, 1), QDate(2026, 12, 31), QTimeZone::utc());
        auto report = LifecycleFunnel(db).compute(filter);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        auto check = [](const LifecycleStageFigures& figures, qint64 entered, qint64 advanced,
                        std::optional<double> median) {
            QCOMPARE(figures.entered, entered);
            QCOMPARE(figures.advanced, advanced);
            QCOMPARE(figures.medianDaysToAdvance.has_value(), median.has_value());
            if (median)
                QCOMPARE(*figures.medianDaysToAdvance, *median);
        };
        check(report->figures(ContactStatus::Lead), 4, 3, 20.0);
        QCOMPARE(*report->figures(ContactStatus::Lead).conversion(), 0.75);
        check(report->figures(ContactStatus::Mql), 3, 2, 52.5);
        check(report->figures(ContactStatus::Sql), 1, 1, 20.0);
        check(report->figures(ContactStatus::Opportunity), 1, 1, 30.0);
        check(report->figures(ContactStatus::Customer), 2, 0, std::nullopt);
        QVERIFY(!report->figures(ContactStatus::Customer).conversion());
        check(report->figures(ContactStatus::Disqualified), 1, 0, std::nullopt);
        check(report->figures(ContactStatus::Inactive), 0, 0, std::nullopt);

        // By source: Website's three leads first, then the lead without a source, then Referral's none.
        QCOMPARE(report->bySource.size(), 3);
        QCOMPARE(report->bySource.at(0).id, qint64(1));
        QCOMPARE(report->bySource.at(0).stages.first().entered, qint64(3));
        QCOMPARE(report->bySource.at(1).id, qint64(0));
        QCOMPARE(report->bySource.at(2).stages.at(1).entered, qint64(1));
        QCOMPARE(report->byOwner.first().id, owner);
        QCOMPARE(report->byOwner.first().stages.first().entered, qint64(2));

        QCOMPARE(LifecycleFunnel(db).contacts(filter, ContactStatus::Mql, LifecycleFunnel::Group::All, 0, true).value(),
                 (QList<qint64>{c3, c1}));
        QCOMPARE(LifecycleFunnel(db).contacts(filter, ContactStatus::Lead, LifecycleFunnel::Group::Source, 0).value(),
                 QList<qint64>{c4});
        QCOMPARE(LifecycleFunnel(db).contacts(filter, ContactStatus::Disqualified).value(), QList<qint64>{c2});

        // One salesperson's contacts.
        filter.ownerId = owner;
        report = LifecycleFunnel(db).compute(filter);
        check(report->figures(ContactStatus::Lead), 2, 2, 20.0);
        QCOMPARE(LifecycleFunnel(db).contacts(filter, ContactStatus::Customer).value(), (QList<qint64>{c6, c1}));
    }

    // Schema 16 keeps on each move when its contact next went further, for the funnel to read only its period's
    // moves. It stays true whatever changes the history: a move dated between two others, a move taken out, undo,
    // a contact deleted.
    void eachMoveKnowsWhenItsContactWentFurther()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const auto day = [](int d) {
            return QDateTime(QDate(2026, 10, d), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        };
        const auto stale = [&db] {
            return test::count(db, QStringLiteral("SELECT count(*) FROM contact_stage_history h JOIN "
                                                  "contact_stage_advances a ON a.id = h.id "
                                                  "WHERE h.advanced_at IS NOT a.advanced_at"));
        };
        const auto advancedAt = [&db](qint64 contact, const char* stage) {
            return test::count(db, QStringLiteral("SELECT coalesce(advanced_at, 0) FROM contact_stage_history "
                                                  "WHERE contact_id = %1 AND to_stage = '%2'")
                                       .arg(contact)
                                       .arg(QLatin1String(stage)));
        };
        const qint64 ada = addContact(db, QStringLiteral("Ada"));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE contact_stage_history SET changed_at = %1").arg(day(1))));
        const auto move = [&](const char* stage, qint64 at) {
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral(
                "INSERT INTO contact_stage_history (contact_id, to_stage, changed_at) VALUES (?, ?, ?)"));
            insert.addBindValue(ada);
            insert.addBindValue(QString::fromLatin1(stage));
            insert.addBindValue(at);
            if (!insert.exec())
                qFatal("%s", qPrintable(insert.lastError().text()));
            return insert.lastInsertId().toLongLong();
        };
        move("disqualified", day(5));
        QCOMPARE(advancedAt(ada, "lead"), qint64(0));
        move("sql", day(20));
        QCOMPARE(advancedAt(ada, "lead"), day(20));
        // Dated between: the lead went on to MQL first, and MQL on to SQL.
        const qint64 mql = move("mql", day(10));
        QCOMPARE(advancedAt(ada, "lead"), day(10));
        QCOMPARE(advancedAt(ada, "mql"), day(20));
        QCOMPARE(advancedAt(ada, "sql"), qint64(0));
        // A move back is no advance.
        move("lead", day(25));
        QCOMPARE(advancedAt(ada, "sql"), qint64(0));
        QCOMPARE(stale(), qint64(0));
        // Taken out, or moved in time.
        QVERIFY(query.exec(QStringLiteral("DELETE FROM contact_stage_history WHERE id = %1").arg(mql)));
        QCOMPARE(advancedAt(ada, "lead"), day(20));
        QVERIFY(query.exec(QStringLiteral("UPDATE contact_stage_history SET changed_at = %1 WHERE contact_id = %2 "
                                          "AND to_stage = 'sql'")
                               .arg(day(3))
                               .arg(ada)));
        QCOMPARE(advancedAt(ada, "lead"), day(3));
        QCOMPARE(stale(), qint64(0));

        // Made by the window's actions, and undone.
        const qint64 bob = addContact(db, QStringLiteral("Bob"));
        test::ActionRecorder recorder(db);
        addDeal(db, bob);
        QVERIFY(advancedAt(bob, "lead") > 0);
        QVERIFY(recorder.journal.apply(recorder.steps.last()).ok());
        QCOMPARE(advancedAt(bob, "lead"), qint64(0));
        QCOMPARE(stale(), qint64(0));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM contacts WHERE id = %1").arg(ada)));
        QCOMPARE(test::count(
                     db, QStringLiteral("SELECT count(*) FROM contact_stage_history WHERE contact_id = %1").arg(ada)),
                 qint64(0));
        QCOMPARE(stale(), qint64(0));
    }

    // The funnel of a file of schema 15 is the same after the upgrade to 16: the figures below are what schema 15's
    // funnel, which read every contact's whole history, gave for that file.
    void anOlderFileKeepsItsFunnel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fifteen.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(KONTOR_TEST_DATA "/kontor-schema-15.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const QSqlDatabase db = opened.value()->connection();
        struct Expected
        {
            qint64 entered;
            qint64 advanced;
            int medianTenths;
        };
        const auto check = [&db](QDate from, QDate to, const QList<Expected>& journey) {
            ReportFilter filter;
            filter.period = ReportPeriod::days(from, to, QTimeZone::utc());
            const auto report = LifecycleFunnel(db).compute(filter);
            QVERIFY2(report.ok(), qPrintable(report.error()));
            for (qsizetype i = 0; i < journey.size(); ++i) {
                const LifecycleStageFigures& figures = report->stages.at(i);
                QCOMPARE(figures.entered, journey.at(i).entered);
                QCOMPARE(figures.advanced, journey.at(i).advanced);
                QCOMPARE(figures.medianDaysToAdvance ? qRound(*figures.medianDaysToAdvance * 10) : 0,
                         journey.at(i).medianTenths);
            }
        };
        check(QDate(2024, 1, 1), QDate(2026, 12, 31),
              {{30, 20, 766}, {15, 14, 766}, {14, 12, 729}, {12, 9, 564}, {14, 0, 0}, {0, 0, 0}, {5, 0, 0}});
        check(QDate(2025, 4, 1), QDate(2025, 6, 30), {{8, 5, 1349}, {1, 1, 1156}, {0, 0, 0}, {0, 0, 0}, {1, 0, 0}});
        check(QDate(2026, 1, 1), QDate(2026, 3, 31), {{5, 5, 499}, {3, 3, 564}, {6, 4, 784}, {1, 1, 813}, {1, 0, 0}});
    }

    void theFiveStatusesBecomeStagesWithTheirHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("thirteen.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(KONTOR_TEST_DATA "/kontor-schema-13.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        qint64 qualified = 0;
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("thirteen"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery query(old);
            QVERIFY(query.exec(QStringLiteral("SELECT min(id) FROM contacts WHERE status = 'qualified'")) &&
                    query.next());
            qualified = query.value(0).toLongLong();
            // As schema 13's history kept it: a lead, made qualified, lost, and qualified again.
            for (const auto& [from, to, at] :
                 {std::tuple{"lead", "qualified", 1000}, std::tuple{"qualified", "lost", 2000},
                  std::tuple{"lost", "qualified", 3000}}) {
                QVERIFY(query.exec(QStringLiteral("INSERT INTO change_log (entity, entity_id, action, old_values, "
                                                  "new_values, changed_at) VALUES ('contact', %1, 'updated', "
                                                  "json_object('status', '%2'), json_object('status', '%3'), "
                                                  "(SELECT created_at FROM contacts WHERE id = %1) + %4)")
                                       .arg(qualified)
                                       .arg(QLatin1String(from), QLatin1String(to))
                                       .arg(at)));
            }
            query.finish();
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("thirteen"));

        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const QSqlDatabase db = opened.value()->connection();
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM contacts WHERE status = 'sql'")), qint64(8));
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM contacts WHERE status = 'disqualified'")),
                 qint64(3));
        QCOMPARE(history(db, qualified),
                 (QStringList{QStringLiteral(">lead"), QStringLiteral("lead>sql"), QStringLiteral("sql>disqualified"),
                              QStringLiteral("disqualified>sql")}));
        // Every other contact entered the stage it has when it was created.
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM contact_stage_history")), qint64(30 + 3));
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE old_values LIKE "
                                                "'%qualified%' AND old_values NOT LIKE '%disqualified%'")),
                 qint64(0));
        // The stage still takes every value, and sorts in the order of the journey.
        Contact contact = ContactRepository(db).get(qualified).value();
        contact.status = ContactStatus::Opportunity;
        QVERIFY(ContactActions::save(db, contact, QString()).ok());
        QCOMPARE(stageOf(db, qualified), ContactStatus::Opportunity);
        const auto report = opened.value()->check();
        QVERIFY2(report->integrityOk, qPrintable(report->problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
