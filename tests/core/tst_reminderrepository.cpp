// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "Clock.h"
#include "repositories/ReminderRepository.h"

#include <QTest>

using namespace kontor;

class TestReminderRepository : public QObject
{
    Q_OBJECT

private:
    const QDateTime now{QDate(2026, 11, 24), QTime(10, 0), Qt::UTC};

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
        const QDateTime due(QDate(2026, 1, 31), QTime(9, 0), Qt::UTC);
        const qint64 monthly = add(repo, QStringLiteral("invoice"), due, Recurrence::Monthly);
        auto next = repo.markDone(monthly, QDateTime(QDate(2026, 1, 31), QTime(10, 0), Qt::UTC));
        QVERIFY(next.ok());
        QCOMPARE(next.value(), QDateTime(QDate(2026, 2, 28), QTime(9, 0), Qt::UTC));
        QVERIFY(!repo.get(monthly)->isDone());
        // Ignored for weeks, a weekly reminder comes back once, in the future.
        const qint64 weekly = add(repo, QStringLiteral("standup"), due, Recurrence::Weekly);
        auto skipped = repo.markDone(weekly, due.addDays(20));
        QCOMPARE(skipped.value(), due.addDays(21));
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
