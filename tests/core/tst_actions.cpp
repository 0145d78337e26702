// SPDX-License-Identifier: GPL-3.0-or-later
// The use cases shared by the window and kontor-cli: what they write, the events they publish (after commit, in
// order, none when rolled back) and the one undo step each records.
#include "ActionRecorder.h"
#include "TestDatabase.h"

#include "actions/ActionScope.h"
#include "actions/ArchiveActions.h"
#include "actions/ContactActions.h"
#include "actions/DealActions.h"
#include "actions/InteractionActions.h"
#include "actions/MergeActions.h"
#include "actions/ReminderActions.h"
#include "actions/Session.h"
#include "repositories/ContactLookup.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/LeadSourceRepository.h"
#include "repositories/ReminderRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/StageRepository.h"
#include "repositories/UserRepository.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace kontor;

namespace {

using Recorder = test::ActionRecorder;

qint64 addContact(const QSqlDatabase& db, const QString& first, const QString& last)
{
    Contact contact;
    contact.firstName = first;
    contact.lastName = last;
    auto saved = ContactActions::save(db, contact, {});
    return saved ? saved->contactId : 0;
}

Stage stageOfKind(const QSqlDatabase& db, StageKind kind, int skip = 0)
{
    for (const Stage& stage : StageRepository(db).list().value()) {
        if (stage.kind == kind && skip-- == 0)
            return stage;
    }
    return {};
}

} // namespace

class TestActions : public QObject
{
    Q_OBJECT

private slots:
    void loggingWithNextStepsPublishesWhatHappenedInOrder()
    {
        test::TestDatabase fixture;
        const qint64 karen = addContact(fixture.db(), QStringLiteral("Karen"), QStringLiteral("Hall"));
        Reminder due;
        due.title = QStringLiteral("Call back Karen");
        due.dueAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        due.contactId = karen;
        auto reminder = ReminderActions::save(fixture.db(), due);
        QVERIFY(reminder);

        Recorder recorder(fixture.db());
        LogInteractionInput input;
        input.interaction.contactId = karen;
        input.interaction.kind = InteractionKinds::call;
        input.interaction.occurredAt = QDateTime::currentDateTimeUtc();
        input.interaction.notes = QStringLiteral("  Wants a quote  ");
        input.nextStep = LogInteractionInput::NextStep::Reminder;
        input.nextTitle = QStringLiteral("Send the quote");
        input.nextAt = QDateTime::currentDateTimeUtc().addDays(2);
        input.closeReminderId = reminder->reminderId;
        auto logged = InteractionActions::log(fixture.db(), input);
        QVERIFY2(logged, qPrintable(logged.error()));

        QCOMPARE(recorder.names(), (QStringList{QStringLiteral("interaction_logged"),
                                                QStringLiteral("reminder_created"), QStringLiteral("reminder_done")}));
        const auto& event = std::get<events::InteractionLogged>(recorder.events.at(0));
        QCOMPARE(event.interactionId, logged->interactionId);
        QCOMPARE(event.contactId, karen);
        QCOMPARE(std::get<events::ReminderDone>(recorder.events.at(2)).reminderId, reminder->reminderId);
        QVERIFY(ReminderRepository(fixture.db()).get(reminder->reminderId)->isDone());
        // One step, named by the action, that takes back the call, the follow-up and the closed reminder.
        QCOMPARE(recorder.steps.size(), 1);
        QCOMPARE(recorder.steps.at(0).label, QStringLiteral("Log interaction with Karen Hall"));
        QVERIFY(recorder.journal.apply(recorder.steps.at(0)));
        QVERIFY(!ReminderRepository(fixture.db()).get(reminder->reminderId)->isDone());
        QCOMPARE(test::count(fixture.db(), QStringLiteral("SELECT count(*) FROM interactions")), 0);
        QCOMPARE(test::count(fixture.db(), QStringLiteral("SELECT count(*) FROM reminders")), 1);
    }

    void aFailedActionWritesAndPublishesNothing()
    {
        test::TestDatabase fixture;
        const qint64 karen = addContact(fixture.db(), QStringLiteral("Karen"), QStringLiteral("Hall"));
        Recorder recorder(fixture.db());
        LogInteractionInput input;
        input.interaction.contactId = karen;
        input.interaction.occurredAt = QDateTime::currentDateTimeUtc();
        input.nextStep = LogInteractionInput::NextStep::Meeting;
        input.nextTitle = QStringLiteral("Demo");
        input.nextAt = QDateTime::currentDateTimeUtc().addDays(1);
        // The meeting and the call are written before the reminder to close turns out not to exist.
        input.closeReminderId = 999;
        auto logged = InteractionActions::log(fixture.db(), input);
        QVERIFY(!logged);
        QVERIFY(!logged.error().isEmpty());
        QVERIFY(recorder.events.isEmpty());
        QVERIFY(recorder.steps.isEmpty());
        QCOMPARE(test::count(fixture.db(), QStringLiteral("SELECT count(*) FROM interactions")), 0);
    }

    void logInputIsCheckedInOnePlace()
    {
        test::TestDatabase fixture;
        LogInteractionInput input;
        input.interaction.occurredAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(InteractionActions::check(fixture.db(), input)->field, QStringLiteral("contact"));
        input.interaction.contactId = addContact(fixture.db(), QStringLiteral("Ana"), QString());
        input.nextStep = LogInteractionInput::NextStep::Reminder;
        input.nextAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(InteractionActions::check(fixture.db(), input)->field, QStringLiteral("next_title"));
        QVERIFY(!InteractionActions::log(fixture.db(), input));
        input.nextTitle = QStringLiteral("Call again");
        QVERIFY(!InteractionActions::check(fixture.db(), input));
    }

    void savingAContactNamesTheFieldsThatChanged()
    {
        test::TestDatabase fixture;
        Recorder recorder(fixture.db());
        Contact contact;
        contact.firstName = QStringLiteral("Jonas");
        contact.emails = {{QStringLiteral("jonas@example.org"), {}}};
        auto created = ContactActions::save(fixture.db(), contact, QStringLiteral("Atlas Logistics"));
        QVERIFY2(created, qPrintable(created.error()));
        QVERIFY(created->created);
        QVERIFY(created->createdCompanyId > 0);
        QCOMPARE(recorder.names(), (QStringList{QStringLiteral("company_created"), QStringLiteral("contact_created")}));
        QCOMPARE(recorder.steps.last().label, QStringLiteral("New contact Jonas"));

        recorder.events.clear();
        Contact edited = ContactRepository(fixture.db()).get(created->contactId).value();
        edited.title = QStringLiteral("Buyer");
        edited.status = ContactStatus::Customer;
        auto saved = ContactActions::save(fixture.db(), edited, QStringLiteral("Atlas Logistics"));
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(recorder.names(),
                 (QStringList{QStringLiteral("contact_changed"), QStringLiteral("contact_status_changed")}));
        QCOMPARE(std::get<events::ContactChanged>(recorder.events.at(0)).fields,
                 (QStringList{QStringLiteral("title"), QStringLiteral("status")}));
        const auto& status = std::get<events::ContactStatusChanged>(recorder.events.at(1));
        QCOMPARE(status.from, ContactStatus::Lead);
        QCOMPARE(status.to, ContactStatus::Customer);
        QCOMPARE(recorder.steps.last().label, QStringLiteral("Edit Jonas"));
        // The same company name finds the company made before.
        QCOMPARE(ContactRepository(fixture.db()).get(created->contactId)->companyId, created->createdCompanyId);
    }

    void oneEmailCheckForDialogAndCore()
    {
        Contact contact;
        contact.firstName = QStringLiteral("Mia");
        contact.emails = {{QStringLiteral("mia@example.org"), {}}, {QStringLiteral("a@b..c"), {}}};
        auto problem = ContactActions::check(contact);
        QVERIFY(problem);
        QCOMPARE(problem->field, QStringLiteral("email2"));
        test::TestDatabase fixture;
        QVERIFY(!ContactActions::save(fixture.db(), contact, {}));
        QCOMPARE(test::count(fixture.db(), QStringLiteral("SELECT count(*) FROM contacts")), 0);
        contact.firstName.clear();
        QCOMPARE(ContactActions::check(contact)->field, QStringLiteral("first_name"));
    }

    void dealsMoveWinAndLoseWithTheirEvents()
    {
        test::TestDatabase fixture;
        const qint64 karen = addContact(fixture.db(), QStringLiteral("Karen"), QStringLiteral("Hall"));
        Recorder recorder(fixture.db());
        Deal deal;
        deal.title = QStringLiteral("Fleet tracking");
        deal.contactId = karen;
        deal.stageId = stageOfKind(fixture.db(), StageKind::Open).id;
        deal.amount = Money{1250050, QStringLiteral("EUR")};
        auto created = DealActions::save(fixture.db(), deal);
        QVERIFY2(created, qPrintable(created.error()));
        const qint64 id = created->dealId;
        auto moved = DealActions::move(fixture.db(), id, stageOfKind(fixture.db(), StageKind::Open, 1).id);
        QVERIFY2(moved, qPrintable(moved.error()));
        QVERIFY(!DealActions::lose(fixture.db(), id, QStringLiteral("  ")));
        auto won = DealActions::win(fixture.db(), id);
        QVERIFY2(won, qPrintable(won.error()));
        // The lifecycle rules move Karen on: an opportunity with the deal, a customer when it is won.
        QCOMPARE(recorder.names(),
                 (QStringList{QStringLiteral("deal_created"), QStringLiteral("contact_status_changed"),
                              QStringLiteral("deal_stage_changed"), QStringLiteral("deal_stage_changed"),
                              QStringLiteral("deal_won"), QStringLiteral("contact_status_changed")}));
        const auto& change = std::get<events::DealStageChanged>(recorder.events.at(2));
        QCOMPARE(change.fromStageId, deal.stageId);
        QCOMPARE(std::get<events::DealWon>(recorder.events.at(4)).amount.minor, 1250050);
        const auto& opportunity = std::get<events::ContactStatusChanged>(recorder.events.at(1));
        QCOMPARE(opportunity.to, ContactStatus::Opportunity);
        QCOMPARE(opportunity.rule, QStringLiteral("deal_created"));
        QCOMPARE(std::get<events::ContactStatusChanged>(recorder.events.at(5)).to, ContactStatus::Customer);
        QCOMPARE(ContactRepository(fixture.db()).get(karen)->status, ContactStatus::Customer);
        QCOMPARE(recorder.steps.size(), 3);
        QCOMPARE(recorder.steps.last().label, QStringLiteral("Win “Fleet tracking”"));
        QCOMPARE(DealRepository(fixture.db()).history(id)->size(), 3);

        recorder.events.clear();
        auto lost = DealActions::lose(fixture.db(), id, QStringLiteral("Budget frozen"));
        QVERIFY2(lost, qPrintable(lost.error()));
        QCOMPARE(recorder.names(), (QStringList{QStringLiteral("deal_stage_changed"), QStringLiteral("deal_lost")}));
        QCOMPARE(std::get<events::DealLost>(recorder.events.at(1)).reason, QStringLiteral("Budget frozen"));
        QCOMPARE(DealRepository(fixture.db()).get(id)->lostReason, QStringLiteral("Budget frozen"));
    }

    // kontor-cli moves the deal while the window's move waits for the database: the window's move starts from
    // where the deal is when it gets its turn, and its history and event say so.
    void aMoveStartsFromWhereTheDealIsWhenItsTurnComes()
    {
        test::TestDatabase fixture;
        const qint64 karen = addContact(fixture.db(), QStringLiteral("Karen"), QStringLiteral("Hall"));
        const qint64 first = stageOfKind(fixture.db(), StageKind::Open).id;
        const qint64 second = stageOfKind(fixture.db(), StageKind::Open, 1).id;
        const qint64 third = stageOfKind(fixture.db(), StageKind::Open, 2).id;
        Deal deal;
        deal.title = QStringLiteral("Fleet tracking");
        deal.contactId = karen;
        deal.stageId = first;
        const qint64 id = DealActions::save(fixture.db(), deal)->dealId;

        QSqlQuery other(fixture.db());
        QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
        // The other program, as plain SQL in its own open transaction.
        QVERIFY(other.exec(QStringLiteral("UPDATE deals SET stage_id = %1 WHERE id = %2").arg(second).arg(id)));

        std::atomic<bool> done{false};
        QString failure;
        const QString path = fixture.path();
        std::unique_ptr<QThread> window(QThread::create([&] {
            auto opened = Database::open(path);
            if (!opened) {
                failure = opened.error();
                return;
            }
            if (auto moved = DealActions::move(opened.value()->connection(), id, third); !moved)
                failure = moved.error();
            done = true;
        }));
        window->start();
        QTest::qWait(300);
        QVERIFY(!done);
        QVERIFY(other.exec(QStringLiteral("COMMIT")));
        QVERIFY(window->wait(20000));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const auto history = DealRepository(fixture.db()).history(id).value();
        bool fromSecond = false;
        for (const StageChange& change : history)
            fromSecond = fromSecond || (change.fromStageId == second && change.toStageId == third);
        QVERIFY(fromSecond);
        QCOMPARE(DealRepository(fixture.db()).get(id)->stageId, third);
    }

    void dealInputIsCheckedInOnePlace()
    {
        test::TestDatabase fixture;
        Deal deal;
        deal.contactId = 999;
        deal.stageId = stageOfKind(fixture.db(), StageKind::Lost).id;
        deal.title = QStringLiteral("Scanners");
        QCOMPARE(DealActions::check(fixture.db(), deal)->field, QStringLiteral("contact"));
        // A lead on the board may have no contact yet.
        deal.contactId = 0;
        QCOMPARE(DealActions::check(fixture.db(), deal)->field, QStringLiteral("lost_reason"));
        deal.contactId = addContact(fixture.db(), QStringLiteral("Karen"), QString());
        deal.title.clear();
        QCOMPARE(DealActions::check(fixture.db(), deal)->field, QStringLiteral("title"));
        deal.title = QStringLiteral("Scanners");
        QCOMPARE(DealActions::check(fixture.db(), deal)->field, QStringLiteral("lost_reason"));
        deal.lostReason = QStringLiteral("Too expensive");
        deal.amount = Money{-5, QStringLiteral("EUR")};
        QCOMPARE(DealActions::check(fixture.db(), deal)->field, QStringLiteral("amount"));
        deal.amount = Money{5, QStringLiteral("EURO")};
        QCOMPARE(DealActions::check(fixture.db(), deal)->field, QStringLiteral("currency"));
        deal.amount = Money{5, QStringLiteral("EUR")};
        QVERIFY(!DealActions::check(fixture.db(), deal));
    }

    void aNewDealTakesTheContactsOwnerAndLeadSource()
    {
        test::TestDatabase fixture;
        const qint64 seller = UserRepository(fixture.db()).create(User{0, QStringLiteral("Nadia"), {}, false}).value();
        const qint64 source = LeadSourceRepository(fixture.db()).ensureSource(QStringLiteral("Trade fair")).value();
        Contact contact;
        contact.firstName = QStringLiteral("Ana");
        contact.ownerId = seller;
        contact.leadSourceId = source;
        const qint64 ana = ContactActions::save(fixture.db(), contact, QStringLiteral("Delta Foods"))->contactId;
        Deal deal;
        deal.title = QStringLiteral("POS terminals");
        deal.contactId = ana;
        deal.stageId = stageOfKind(fixture.db(), StageKind::Open).id;
        auto saved = DealActions::save(fixture.db(), deal);
        QVERIFY2(saved, qPrintable(saved.error()));
        const Deal stored = DealRepository(fixture.db()).get(saved->dealId).value();
        QCOMPARE(stored.ownerId, seller);
        QCOMPARE(stored.leadSourceId, source);
        QCOMPARE(stored.companyId, ContactRepository(fixture.db()).get(ana)->companyId);
        // Without a contact: the acting user owns it.
        deal.contactId = 0;
        auto lead = DealActions::save(fixture.db(), deal);
        QVERIFY2(lead, qPrintable(lead.error()));
        QCOMPARE(DealRepository(fixture.db()).get(lead->dealId)->ownerId,
                 UserRepository(fixture.db()).defaultUser()->id);
    }

    void anImportedDoubtfulEmailDoesNotBlockAnEdit()
    {
        Contact stored;
        stored.id = 7;
        stored.firstName = QStringLiteral("Lea");
        stored.emails = {{QStringLiteral("lea@example.org"), {}}, {QStringLiteral("lea at home"), {}}};
        Contact edited = stored;
        edited.title = QStringLiteral("CEO");
        QVERIFY(!ContactActions::check(edited, &stored));
        edited.emails[1].value = QStringLiteral("lea@home");
        QCOMPARE(ContactActions::check(edited, &stored)->field, QStringLiteral("email2"));
    }

    void aContactIsFoundByNumberEmailOrPhoneButNeverGuessed()
    {
        test::TestDatabase fixture;
        QVERIFY(SettingsRepository(fixture.db()).setPhoneRegion(QStringLiteral("DE")));
        Contact karen;
        karen.firstName = QStringLiteral("Karen");
        karen.emails = {{QStringLiteral("Karen@Example.org"), {}}, {QStringLiteral("office@example.org"), {}}};
        karen.phones = {{QStringLiteral("030 1234567"), {}}};
        const qint64 id = ContactActions::save(fixture.db(), karen, {})->contactId;
        Contact jonas;
        jonas.firstName = QStringLiteral("Jonas");
        jonas.emails = {{QStringLiteral("office@example.org"), {}}};
        QVERIFY(ContactActions::save(fixture.db(), jonas, {}));
        ContactLookup lookup(fixture.db());
        QCOMPARE(lookup.find(QString::number(id)).value(), id);
        QCOMPARE(lookup.find(QStringLiteral("karen@example.ORG")).value(), id);
        // A caller ID: digits with a leading 0 are a phone number, as is the international form.
        QCOMPARE(lookup.find(QStringLiteral("0301234567")).value(), id);
        QCOMPARE(lookup.find(QStringLiteral("+49 30 1234567")).value(), id);
        auto shared = lookup.find(QStringLiteral("office@example.org"));
        QVERIFY(!shared);
        QVERIFY(shared.error().contains(QStringLiteral("Several contacts")));
        QVERIFY(!lookup.find(QStringLiteral("999")));
    }

    void archivingAndRestoringAreActionsWithTheirEvents()
    {
        test::TestDatabase fixture;
        const qint64 karen = addContact(fixture.db(), QStringLiteral("Karen"), QStringLiteral("Hall"));
        Recorder recorder(fixture.db());
        auto archived =
            ArchiveActions::archive(fixture.db(), ArchiveActions::Entity::Contact, karen, QStringLiteral("Karen Hall"));
        QVERIFY2(archived, qPrintable(archived.error()));
        QCOMPARE(archived.value(), QStringLiteral("Karen Hall archived."));
        QVERIFY(ContactRepository(fixture.db()).get(karen)->isArchived());
        QCOMPARE(recorder.names(), QStringList{QStringLiteral("record_archived")});
        QCOMPARE(std::get<events::RecordArchived>(recorder.events.at(0)).entity, QStringLiteral("contact"));
        QCOMPARE(recorder.steps.last().label, QStringLiteral("Archive Karen Hall"));
        auto restored =
            ArchiveActions::restore(fixture.db(), ArchiveActions::Entity::Contact, karen, QStringLiteral("Karen Hall"));
        QVERIFY2(restored, qPrintable(restored.error()));
        QVERIFY(!ContactRepository(fixture.db()).get(karen)->isArchived());
        QCOMPARE(recorder.names().last(), QStringLiteral("record_restored"));
        // Restoring what is not archived fails and publishes nothing.
        QVERIFY(!ArchiveActions::restore(fixture.db(), ArchiveActions::Entity::Contact, karen, {}));
        QCOMPARE(recorder.events.size(), 2);
    }

    void changeSelectedIsOneStepWithAnEventPerContact()
    {
        test::TestDatabase fixture;
        const qint64 a = addContact(fixture.db(), QStringLiteral("Ana"), QString());
        const qint64 b = addContact(fixture.db(), QStringLiteral("Ben"), QString());
        Recorder recorder(fixture.db());
        ContactRepository::BulkChange change;
        change.status = ContactStatus::Customer;
        auto changed = ContactActions::changeMany(fixture.db(), {a, b}, change);
        QVERIFY2(changed, qPrintable(changed.error()));
        QCOMPARE(changed.value(), 2);
        QCOMPARE(recorder.steps.size(), 1);
        QCOMPARE(recorder.steps.last().label, QStringLiteral("Set the stage of 2 contact(s)"));
        QCOMPARE(recorder.names(),
                 (QStringList{QStringLiteral("contact_changed"), QStringLiteral("contact_status_changed"),
                              QStringLiteral("contact_changed"), QStringLiteral("contact_status_changed")}));
        QCOMPARE(std::get<events::ContactStatusChanged>(recorder.events.at(3)).to, ContactStatus::Customer);
        recorder.events.clear();
        change = {};
        change.archive = true;
        QVERIFY(ContactActions::changeMany(fixture.db(), {b}, change));
        QCOMPARE(recorder.names(), QStringList{QStringLiteral("record_archived")});
        QVERIFY(ContactRepository(fixture.db()).get(b)->isArchived());
    }

    void mergingIsOneStepWithItsEvent()
    {
        test::TestDatabase fixture;
        const qint64 kept = addContact(fixture.db(), QStringLiteral("Karen"), QStringLiteral("Hall"));
        const qint64 other = addContact(fixture.db(), QStringLiteral("Karen"), QStringLiteral("Hall"));
        Recorder recorder(fixture.db());
        const Contact result = ContactRepository(fixture.db()).get(kept).value();
        QVERIFY(MergeActions::contacts(fixture.db(), kept, other, result).ok());
        QCOMPARE(recorder.names(), QStringList{QStringLiteral("records_merged")});
        QCOMPARE(std::get<events::RecordsMerged>(recorder.events.at(0)).mergedId, other);
        QCOMPARE(recorder.steps.size(), 1);
        QCOMPARE(recorder.steps.at(0).label, QStringLiteral("Merge contacts"));
        QVERIFY(!ContactRepository(fixture.db()).get(other));
        // Undo brings the other back.
        QVERIFY(recorder.journal.apply(recorder.steps.at(0)));
        QVERIFY(ContactRepository(fixture.db()).get(other));
    }

    void anActionInsideAnotherJoinsIt()
    {
        test::TestDatabase fixture;
        Recorder recorder(fixture.db());
        {
            ActionScope outer(fixture.db(), QStringLiteral("Outer"));
            QVERIFY(outer.begun().ok());
            QVERIFY(addContact(fixture.db(), QStringLiteral("Inner"), QString()) > 0);
            // Nothing is heard before the outer action commits, and no step of its own is taken.
            QVERIFY(recorder.events.isEmpty());
            QVERIFY(recorder.steps.isEmpty());
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(recorder.names(), QStringList{QStringLiteral("contact_created")});
        QCOMPARE(recorder.steps.size(), 1);
        QCOMPARE(recorder.steps.at(0).label, QStringLiteral("Outer"));

        recorder.events.clear();
        {
            ActionScope outer(fixture.db(), QStringLiteral("Rolled back"));
            QVERIFY(addContact(fixture.db(), QStringLiteral("Gone"), QString()) > 0);
        }
        QVERIFY(recorder.events.isEmpty());
        QCOMPARE(test::count(fixture.db(), QStringLiteral("SELECT count(*) FROM contacts")), 1);
    }

    void withoutASessionActionsStillRun()
    {
        test::TestDatabase fixture;
        QVERIFY(!Session::of(fixture.db()));
        QVERIFY(addContact(fixture.db(), QStringLiteral("Solo"), QString()) > 0);
        {
            Session session(fixture.db());
            QCOMPARE(Session::of(fixture.db()), &session);
        }
        QVERIFY(!Session::of(fixture.db()));
    }
};

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
