// SPDX-License-Identifier: GPL-3.0-or-later
// The window's commits leave checkpoints to a thread: the log is copied back in the background, nothing is lost,
// and stopping empties the log.
#include "TestDatabase.h"

#include "storage/WalCheckpointer.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace kontor;

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private:
    static void writeRows(const QSqlDatabase& db, int transactions)
    {
        const QString filler(2000, u'x');
        for (int t = 0; t < transactions; ++t) {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
            for (int i = 0; i < 50; ++i) {
                query.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
                query.addBindValue(QStringLiteral("%1-%2-%3").arg(t).arg(i).arg(filler));
                QVERIFY(query.exec());
            }
            QVERIFY(query.exec(QStringLiteral("COMMIT")));
        }
    }

private slots:
    void checkpointsRunInTheBackgroundAndStopEmptiesTheLog()
    {
        test::TestDatabase fixture;
        WalCheckpointer checkpointer(fixture.db());
        QVERIFY(checkpointer.start().ok());
        // About 4,000 pages of writes: SQLite's own checkpoint would have run in these commits three times.
        writeRows(fixture.db(), 160);
        QTRY_VERIFY(checkpointer.backgroundCheckpoints() > 0);
        QCOMPARE(checkpointer.inlineCheckpoints(), 0);
        const QString wal = fixture.path() + QStringLiteral("-wal");
        checkpointer.stop();
        QVERIFY(!checkpointer.isRunning());
        QCOMPARE(QFileInfo(wal).size(), 0);
        QCOMPARE(test::count(fixture.db(), QStringLiteral("SELECT count(*) FROM tags")), 160 * 50);
        // SQLite's own checkpoints are back after stop.
        QSqlQuery query(fixture.db());
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && query.next());
        QCOMPARE(query.value(0).toInt(), WalCheckpointer::wakePages);
    }

    void anInMemoryDatabaseKeepsSqlitesOwnCheckpoints()
    {
        auto memory = Database::open(QStringLiteral(":memory:"));
        QVERIFY(memory);
        WalCheckpointer checkpointer(memory.value()->connection());
        QVERIFY(!checkpointer.start().ok());
        QVERIFY(!checkpointer.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
