// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UtcTime.h"

#include "Clock.h"
#include "repositories/ContactRepository.h"
#include "repositories/ReminderRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace kontor;

class TestReminderRepository : public QObject
{
    Q_OBJECT

private:
    const QDateTime now = utcAt(QDate(2026, 11, 24), QTime(10, 0));

    static qint64 add(ReminderRepository& repo, const QString& title, const QDateTime& due,
                      Recurrence recurrence = Recurrence::None)
    {
        Reminder reminder;
        reminder.title = title;
        reminder.dueAt = due;
        reminder.recurrence = recurrence;
        return repo.create(reminder).value();
    }

private slots:
    void dueListHonoursSnoozeAndDone()
    {
        test::TestDatabase fixture;
        FixedClock clock(now);
        Clock::setInstance(&clock);
        ReminderRepository repo(fixture.db());
        const qint64 overdue = add(repo, QStringLiteral("overdue"), now.addDays(-2));
        const qint64 today = add(repo, QStringLiteral("today"), now.addSecs(3600));
        add(repo, QStringLiteral("next week"), now.addDays(7));
        const qint64 snoozed = add(repo, QStringLiteral("snoozed"), now.addDays(-1));
        QVERIFY(repo.snooze(snoozed, now.addDays(3)).ok());
        const qint64 done = add(repo, QStringLiteral("done"), now.addDays(-3));
        auto doneResult = repo.markDone(done);
        QVERIFY(doneResult.ok());
        QVERIFY(!doneResult.value().isValid());
        QVERIFY(!repo.markDone(done).ok());
        QVERIFY(!repo.snooze(done, now.addDays(1)).ok());

        auto due = repo.openDueBefore(now.addDays(1));
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).id, overdue);
        QCOMPARE(due->at(1).id, today);
        QCOMPARE(repo.openDueBefore(now.addDays(4))->size(), 3);
        QVERIFY(repo.get(done)->isDone());
        Clock::setInstance(nullptr);
    }

    void recurringReminderMovesToNextOccurrence()
    {
        test::TestDatabase fixture;
        ReminderRepository repo(fixture.db());
        const QDateTime due = utcAt(QDate(2026, 1, 31), QTime(9, 0));
        const qint64 monthly = add(repo, QStringLiteral("invoice"), due, Recurrence::Monthly);
        auto next = repo.markDone(monthly, utcAt(QDate(2026, 1, 31), QTime(10, 0)));
        QVERIFY(next.ok());
        QCOMPARE(next.value(), utcAt(QDate(2026, 2, 28), QTime(9, 0)));
        QVERIFY(!repo.get(monthly)->isDone());
        // Ignored for weeks, a weekly reminder comes back once, in the future.
        const qint64 weekly = add(repo, QStringLiteral("standup"), due, Recurrence::Weekly);
        auto skipped = repo.markDone(weekly, due.addDays(20));
        QCOMPARE(skipped.value(), due.addDays(21));
    }

    void listsForThePageAndTheCalendar()
    {
        test::TestDatabase fixture;
        FixedClock clock(now);
        Clock::setInstance(&clock);
        ReminderRepository repo(fixture.db());
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        const qint64 adaId = ContactRepository(fixture.db()).create(ada).value();
        const qint64 overdue = add(repo, QStringLiteral("overdue"), now.addDays(-2));
        const qint64 snoozed = add(repo, QStringLiteral("snoozed to tomorrow"), now.addDays(-5));
        QVERIFY(repo.snooze(snoozed, now.addDays(1)).ok());
        const qint64 later = add(repo, QStringLiteral("in three days"), now.addDays(3));
        Reminder withContact = repo.get(later).value();
        withContact.contactId = adaId;
        QVERIFY(repo.update(withContact).ok());
        const qint64 done = add(repo, QStringLiteral("done"), now.addDays(-1));
        QVERIFY(repo.markDone(done, now.addSecs(-60)).ok());

        auto all = repo.open({}, {}, 10);
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).reminder.id, overdue);
        QCOMPARE(all->at(1).reminder.id, snoozed); // by when it asks again, not by its first due time
        QCOMPARE(all->at(2).contactName, QStringLiteral("Ada"));
        QCOMPARE(repo.open(now, now.addDays(2), 10)->size(), 1);
        QCOMPARE(repo.open({}, {}, 1)->size(), 1);
        QCOMPARE(repo.countOpenBefore(now).value(), 1);
        QCOMPARE(repo.countOpenBefore(now.addDays(7)).value(), 3);
        auto doneList = repo.done(now.addDays(-30), 10);
        QCOMPARE(doneList->size(), 1);
        QCOMPARE(doneList->at(0).reminder.id, done);
        QVERIFY(repo.done(now, 10)->isEmpty());

        // Days in the calendar's time zone: 23:30 UTC is already the next day in Berlin.
        add(repo, QStringLiteral("late"), utcAt(QDate(2026, 11, 30), QTime(23, 30)));
        const QTimeZone berlin("Europe/Berlin");
        auto days = repo.openPerDay(QDate(2026, 11, 1), QDate(2026, 12, 31), berlin);
        QVERIFY(days.ok());
        QCOMPARE(days->value(QDate(2026, 11, 22)), 1);
        QCOMPARE(days->value(QDate(2026, 11, 25)), 1);
        QCOMPARE(days->value(QDate(2026, 11, 27)), 1);
        QCOMPARE(days->value(QDate(2026, 12, 1)), 1);
        QCOMPARE(days->value(QDate(2026, 11, 30)), 0);
        QCOMPARE(repo.openPerDay(QDate(2026, 11, 1), QDate(2026, 11, 30), QTimeZone::utc())->value(QDate(2026, 11, 30)),
                 1);

        // Reading a range goes through the index, not the table.
        QSqlQuery plan(fixture.db());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM reminders r WHERE r.done_at IS NULL AND "
                                         "r.archived_at IS NULL AND coalesce(r.snoozed_until, r.due_at) < 5")));
        QVERIFY(plan.next());
        QVERIFY2(plan.value(3).toString().contains(QStringLiteral("reminders_open_by_attention")),
                 qPrintable(plan.value(3).toString()));
        Clock::setInstance(nullptr);
    }

    void editingTheDueTimeEndsASnooze()
    {
        test::TestDatabase fixture;
        ReminderRepository repo(fixture.db());
        const qint64 id = add(repo, QStringLiteral("call"), now);
        QVERIFY(repo.snooze(id, now.addDays(1)).ok());
        Reminder reminder = repo.get(id).value();
        reminder.title = QStringLiteral("call Ada");
        reminder.recurrence = Recurrence::Weekly;
        QVERIFY(repo.update(reminder).ok());
        QCOMPARE(repo.get(id)->snoozedUntil, now.addDays(1)); // same due time: still snoozed
        QCOMPARE(repo.get(id)->recurrence, Recurrence::Weekly);
        reminder.dueAt = now.addDays(2);
        QVERIFY(repo.update(reminder).ok());
        QVERIFY(!repo.get(id)->snoozedUntil.isValid());
        QCOMPARE(repo.get(id)->effectiveDueAt(), now.addDays(2));
        reminder.title.clear();
        QVERIFY(!repo.update(reminder).ok());
        reminder.title = QStringLiteral("x");
        reminder.id = 999;
        QVERIFY(!repo.update(reminder).ok());
    }

    void validates()
    {
        test::TestDatabase fixture;
        ReminderRepository repo(fixture.db());
        QVERIFY(!repo.create(Reminder{}).ok());
        Reminder untimed;
        untimed.title = QStringLiteral("x");
        QVERIFY(!repo.create(untimed).ok());
    }
};

QTEST_GUILESS_MAIN(TestReminderRepository)
#include "tst_reminderrepository.moc"
