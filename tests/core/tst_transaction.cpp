// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/Transaction.h"

#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace kontor;

class TestTransaction : public QObject
{
    Q_OBJECT

private:
    static int tagCount(const QSqlDatabase& db)
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT count(*) FROM tags"));
        query.next();
        return query.value(0).toInt();
    }
    static void addTag(const QSqlDatabase& db, const QString& name)
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
        query.addBindValue(name);
        QVERIFY(query.exec());
    }

private slots:
    void commitKeepsChanges()
    {
        test::TestDatabase fixture;
        {
            Transaction transaction(fixture.db());
            QVERIFY(transaction.isActive());
            addTag(fixture.db(), QStringLiteral("a"));
            QVERIFY(transaction.commit().ok());
        }
        QCOMPARE(tagCount(fixture.db()), 1);
    }

    // A file kept open read only (a damaged one) refuses every action at its start, in words a user understands,
    // not at its first write with SQLite's "attempt to write a readonly database".
    void aReadOnlyFileRefusesInWords()
    {
        test::TestDatabase fixture;
        QSqlQuery(fixture.db()).exec(QStringLiteral("PRAGMA query_only = ON"));
        Transaction transaction(fixture.db());
        QVERIFY(!transaction.isActive());
        const Status begun = transaction.begun();
        QVERIFY(!begun.ok());
        QVERIFY2(begun.error().contains(QStringLiteral("read only")), qPrintable(begun.error()));
        QVERIFY(!begun.error().contains(QStringLiteral("readonly")));
        QSqlQuery(fixture.db()).exec(QStringLiteral("PRAGMA query_only = OFF"));
        Transaction writable(fixture.db());
        QVERIFY(writable.isActive());
    }

    void leavingScopeRollsBack()
    {
        test::TestDatabase fixture;
        {
            Transaction transaction(fixture.db());
            addTag(fixture.db(), QStringLiteral("a"));
        }
        QCOMPARE(tagCount(fixture.db()), 0);
    }

    void innerRollbackKeepsOuterWork()
    {
        test::TestDatabase fixture;
        {
            Transaction outer(fixture.db());
            addTag(fixture.db(), QStringLiteral("outer"));
            {
                Transaction inner(fixture.db());
                addTag(fixture.db(), QStringLiteral("inner"));
            }
            QCOMPARE(tagCount(fixture.db()), 1);
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(tagCount(fixture.db()), 1);
    }

    void outerRollbackUndoesCommittedInner()
    {
        test::TestDatabase fixture;
        {
            Transaction outer(fixture.db());
            {
                Transaction inner(fixture.db());
                addTag(fixture.db(), QStringLiteral("inner"));
                QVERIFY(inner.commit().ok());
            }
        }
        QCOMPARE(tagCount(fixture.db()), 0);
        // And the connection is usable for new transactions afterwards.
        Transaction again(fixture.db());
        addTag(fixture.db(), QStringLiteral("again"));
        QVERIFY(again.commit().ok());
        QCOMPARE(tagCount(fixture.db()), 1);
    }

    // A unit that reads and then writes, while kontor-cli writes to the same file: begun as a plain reader it
    // would fail at its write (its snapshot is older than the other program's commit, SQLITE_BUSY_SNAPSHOT).
    // BEGIN IMMEDIATE waits for the other writer instead, then reads what it wrote.
    void readThenWriteWaitsForAnotherWriter()
    {
        test::TestDatabase fixture;
        QSqlQuery other(fixture.db());
        QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
        addTag(fixture.db(), QStringLiteral("from the other program"));

        QSemaphore readDone;
        std::atomic<int> seen{-1};
        std::atomic<bool> committed{false};
        QString failure;
        const QString path = fixture.path();
        std::unique_ptr<QThread> worker(QThread::create([&] {
            auto second = Database::open(path);
            if (!second) {
                failure = second.error();
                readDone.release();
                return;
            }
            QSqlDatabase db = second.value()->connection();
            {
                Transaction transaction(db);
                if (!transaction.isActive()) {
                    failure = transaction.error();
                    readDone.release();
                    return;
                }
                seen = tagCount(db);
                readDone.release();
                QSqlQuery insert(db);
                if (!insert.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('mine')")))
                    failure = insert.lastError().text();
                else if (Status done = transaction.commit(); !done)
                    failure = done.error();
                else
                    committed = true;
            }
        }));
        worker->start();
        // A deferred begin would read at once (and then fail); an immediate one waits for this commit.
        QVERIFY(!readDone.tryAcquire(1, 1000));
        QVERIFY(other.exec(QStringLiteral("COMMIT")));
        QVERIFY(worker->wait(20000));
        QVERIFY2(committed, qPrintable(failure));
        QCOMPARE(seen.load(), 1);
        QCOMPARE(tagCount(fixture.db()), 2);
    }

    void outermostLevelHoldsTheWriteLock()
    {
        test::TestDatabase fixture;
        auto second = Database::open(fixture.path());
        QVERIFY(second);
        QSqlQuery setTimeout(second.value()->connection());
        QVERIFY(setTimeout.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
        Transaction transaction(fixture.db());
        QVERIFY(transaction.begun().ok());
        // Nothing written yet, but the other connection cannot start writing: the lock was taken at begin.
        QSqlQuery other(second.value()->connection());
        QVERIFY(!other.exec(QStringLiteral("BEGIN IMMEDIATE")));
        // A second writer gives up with a sentence a user understands, and writes nothing.
        Transaction waiting(second.value()->connection());
        QVERIFY(!waiting.begun());
        QVERIFY2(waiting.begun().error().contains(QStringLiteral("Another program is writing")),
                 qPrintable(waiting.begun().error()));
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
