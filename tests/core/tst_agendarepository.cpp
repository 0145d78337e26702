// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UtcTime.h"

#include "repositories/AgendaRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/ReminderRepository.h"
#include "repositories/StageRepository.h"

#include <QTest>

using namespace kontor;

class TestAgendaRepository : public QObject
{
    Q_OBJECT

private:
    const QDate today{2026, 11, 24};
    static QDateTime at(const QDate& day, int hour) { return utcAt(day, QTime(hour, 0)); }

private slots:
    void listsWhatTheDayAsksFor()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Lovelace");
        ada.birthday = QDate(1815, 11, 24);
        const qint64 adaId = ContactRepository(db).create(ada).value();
        Contact bob;
        bob.firstName = QStringLiteral("Bob");
        bob.birthday = QDate(1990, 11, 30);
        const qint64 bobId = ContactRepository(db).create(bob).value();
        Contact late;
        late.firstName = QStringLiteral("Carl");
        late.birthday = QDate(1980, 12, 1);
        QVERIFY(ContactRepository(db).create(late).ok());

        ReminderRepository reminders(db);
        auto remind = [&](const QString& title, const QDateTime& due, qint64 contact = 0) {
            Reminder reminder;
            reminder.title = title;
            reminder.dueAt = due;
            reminder.contactId = contact;
            return reminders.create(reminder).value();
        };
        remind(QStringLiteral("overdue"), at(today.addDays(-1), 9), adaId);
        const qint64 snoozed = remind(QStringLiteral("snoozed to today"), at(today.addDays(-2), 9));
        QVERIFY(reminders.snooze(snoozed, at(today, 15)).ok());
        remind(QStringLiteral("today"), at(today, 10), bobId);
        remind(QStringLiteral("tomorrow"), at(today.addDays(1), 10));
        const qint64 done = remind(QStringLiteral("done"), at(today, 8));
        QVERIFY(reminders.markDone(done, at(today, 8)).ok());

        InteractionRepository interactions(db);
        auto log = [&](const QString& kind, const QDateTime& when) {
            Interaction interaction;
            interaction.contactId = adaId;
            interaction.kind = kind;
            interaction.occurredAt = when;
            interaction.subject = kind + QStringLiteral(" at ") + when.toString(Qt::ISODate);
            QVERIFY(interactions.log(interaction).ok());
        };
        log(InteractionKinds::meeting, at(today, 14));
        log(InteractionKinds::meeting, at(today.addDays(1), 10));
        log(InteractionKinds::meeting, at(today.addDays(3), 10));
        log(InteractionKinds::call, at(today, 11));

        auto agenda = AgendaRepository(db).forDay(today, QTimeZone::utc());
        QVERIFY2(agenda.ok(), qPrintable(agenda.error()));
        QCOMPARE(agenda->overdue.size(), 1);
        QCOMPARE(agenda->overdue.first().reminder.title, QStringLiteral("overdue"));
        QCOMPARE(agenda->overdue.first().contactName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(agenda->dueToday.size(), 2);
        QCOMPARE(agenda->dueToday.at(0).reminder.title, QStringLiteral("today"));
        QCOMPARE(agenda->dueToday.at(0).contactName, QStringLiteral("Bob"));
        QCOMPARE(agenda->dueToday.at(1).reminder.title, QStringLiteral("snoozed to today"));
        QCOMPARE(agenda->openItemCount(), 3);
        QCOMPARE(agenda->meetings.size(), 2);
        QCOMPARE(agenda->meetings.at(0).meeting.occurredAt, at(today, 14));
        QCOMPARE(agenda->meetings.at(1).meeting.occurredAt, at(today.addDays(1), 10));
        QCOMPARE(agenda->birthdays.size(), 2);
        QCOMPARE(agenda->birthdays.at(0).name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(agenda->birthdays.at(0).date, today);
        QCOMPARE(agenda->birthdays.at(0).turning, 211);
        QCOMPARE(agenda->birthdays.at(1).date, QDate(2026, 11, 30));
    }

    void losingTouchWhenTheIntervalRunsOut()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        ContactRepository contacts(db);
        auto add = [&](const QString& name, int every, int lastContactDaysAgo) {
            Contact contact;
            contact.firstName = name;
            contact.stayInTouchDays = every;
            const qint64 id = contacts.create(contact).value();
            if (lastContactDaysAgo >= 0) {
                Interaction call;
                call.contactId = id;
                call.kind = InteractionKinds::call;
                call.occurredAt = at(today.addDays(-lastContactDaysAgo), 10);
                if (!InteractionRepository(db).log(call))
                    qFatal("log failed");
            }
            return id;
        };
        const qint64 overdue = add(QStringLiteral("Overdue"), 30, 40);
        const qint64 dueToday = add(QStringLiteral("Due today"), 30, 30);
        add(QStringLiteral("Fine"), 30, 10);
        const qint64 never = add(QStringLiteral("Never contacted"), 60, -1);
        add(QStringLiteral("No interval"), 0, 400);

        auto agenda = AgendaRepository(db).forDay(today, QTimeZone::utc());
        QVERIFY2(agenda.ok(), qPrintable(agenda.error()));
        QList<qint64> ids;
        for (const AgendaLosingTouch& item : agenda->losingTouch)
            ids << item.contactId;
        // Never contacted comes first, then the longest overdue.
        QCOMPARE(ids, (QList<qint64>{never, overdue, dueToday}));
        QCOMPARE(agenda->losingTouch.at(1).everyDays, 30);
        QCOMPARE(agenda->losingTouch.at(1).lastContact, at(today.addDays(-40), 10));
    }

    void staleDealsByTheEndOfTheDay()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const QList<Stage> stages = StageRepository(db).list().value();
        Stage proposal = stages[4];
        proposal.staleAfterDays = 10;
        QVERIFY(StageRepository(db).update(proposal).ok());
        DealRepository deals(db);
        auto add = [&](const QString& title, const Stage& stage, const QDateTime& entered) {
            Deal deal;
            deal.title = title;
            deal.stageId = stage.id;
            deal.createdAt = entered;
            return deals.create(deal).value();
        };
        // New lead allows 14 days, Proposal 10. Entered at 15:00 ten days ago: stale by tonight, not by this morning.
        const qint64 lead = add(QStringLiteral("Lead"), stages[0], at(today.addDays(-20), 9));
        const qint64 proposalDeal = add(QStringLiteral("Proposal"), proposal, at(today.addDays(-10), 15));
        add(QStringLiteral("Fresh"), stages[0], at(today.addDays(-13), 9));
        add(QStringLiteral("Won long ago"), stages[6], at(today.addDays(-300), 9));

        auto agenda = AgendaRepository(db).forDay(today, QTimeZone::utc());
        QVERIFY2(agenda.ok(), qPrintable(agenda.error()));
        QList<qint64> ids;
        for (const PipelineCard& card : agenda->staleDeals)
            ids << card.dealId;
        QCOMPARE(ids, (QList<qint64>{lead, proposalDeal})); // 6 days past the limit, then 0
        QCOMPARE(agenda->staleDeals.at(0).daysInStage, 20);

        QVERIFY(deals.moveToStage(lead, stages[1].id, 0, at(today, 8)).ok());
        QCOMPARE(AgendaRepository(db).forDay(today, QTimeZone::utc())->staleDeals.size(), 1);
    }

    void birthdaysWrapAroundTheYear()
    {
        test::TestDatabase fixture;
        ContactRepository repo(fixture.db());
        for (const auto& [name, day] : QList<QPair<QString, QDate>>{{QStringLiteral("Dec"), QDate(1970, 12, 30)},
                                                                    {QStringLiteral("Jan"), QDate(1985, 1, 2)},
                                                                    {QStringLiteral("Mar"), QDate(1990, 3, 1)}}) {
            Contact contact;
            contact.firstName = name;
            contact.birthday = day;
            QVERIFY(repo.create(contact).ok());
        }
        auto agenda = AgendaRepository(fixture.db()).forDay(QDate(2026, 12, 28), QTimeZone::utc());
        QVERIFY(agenda.ok());
        QCOMPARE(agenda->birthdays.size(), 2);
        QCOMPARE(agenda->birthdays.at(0).name, QStringLiteral("Dec"));
        QCOMPARE(agenda->birthdays.at(0).date, QDate(2026, 12, 30));
        QCOMPARE(agenda->birthdays.at(1).name, QStringLiteral("Jan"));
        QCOMPARE(agenda->birthdays.at(1).date, QDate(2027, 1, 2));
        QCOMPARE(agenda->birthdays.at(1).turning, 42);
    }

    void dayBoundariesFollowTheTimeZone()
    {
        test::TestDatabase fixture;
        Reminder reminder;
        reminder.title = QStringLiteral("late evening in Berlin");
        // 23:30 in Berlin on the 24th is 22:30 UTC: the 24th in Berlin, still the 24th in UTC.
        reminder.dueAt = utcAt(today, QTime(22, 30));
        QVERIFY(ReminderRepository(fixture.db()).create(reminder).ok());
        const QTimeZone berlin("Europe/Berlin");
        const QTimeZone tokyo("Asia/Tokyo");
        if (!berlin.isValid() || !tokyo.isValid())
            QSKIP("This system has no time zone data.");
        QCOMPARE(AgendaRepository(fixture.db()).forDay(today, berlin)->dueToday.size(), 1);
        // In Tokyo it is already 07:30 on the 25th: tomorrow's business, not today's.
        QCOMPARE(AgendaRepository(fixture.db()).forDay(today, tokyo)->dueToday.size(), 0);
        QCOMPARE(AgendaRepository(fixture.db()).forDay(today.addDays(1), tokyo)->dueToday.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAgendaRepository)
#include "tst_agendarepository.moc"
