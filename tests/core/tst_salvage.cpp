// SPDX-License-Identifier: GPL-3.0-or-later
#include "DamagedFiles.h"
#include "TestDatabase.h"

#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "search/Search.h"
#include "storage/Damage.h"
#include "storage/Database.h"
#include "storage/Salvage.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>

using namespace kontor;

// A damaged database's readable rows come out into a new file that works: damage in a table's page costs that page's
// rows, damage in the file's first page is said to leave nothing to save, and the damaged file is only read.
class TestSalvage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_good;
    qint64 m_interactions = 0;

    QString copyOfGood(const QString& name) const
    {
        const QString path = m_dir.filePath(name);
        QFile::copy(m_good, path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

private slots:
    void initTestCase()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()));
        Clock::setInstance(&clock);
        const auto restore = qScopeGuard([] { Clock::setInstance(nullptr); });
        m_good = m_dir.filePath(QStringLiteral("good.sqlite"));
        auto db = Database::open(m_good);
        QVERIFY(db.ok());
        QVERIFY(DemoGenerator(db.value()->connection()).generate({400, 4}).ok());
        QSqlQuery count(db.value()->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM interactions")) && count.next());
        m_interactions = count.value(0).toLongLong();
    }

    void aDamagedPageCostsItsRowsOnly()
    {
        const QString damaged = copyOfGood(QStringLiteral("damaged.sqlite"));
        QVERIFY(test::damagePageOf(damaged, QStringLiteral("interactions")));
        const QByteArray before = test::fileDigest(damaged);
        const QString saved = m_dir.filePath(QStringLiteral("saved.sqlite"));

        int lastProgress = -1;
        const auto report = salvage(damaged, saved, [&lastProgress](int percent) {
            lastProgress = percent;
            return true;
        });
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(lastProgress, 100);
        const auto tableOf = [&report](const QString& name) {
            for (const SalvagedTable& table : report->tables)
                if (table.table == name)
                    return table;
            return SalvagedTable{};
        };
        QCOMPARE(tableOf(QStringLiteral("contacts")).rowsSaved, qint64(400));
        QCOMPARE(tableOf(QStringLiteral("contacts")).gapsSkipped, 0);
        const SalvagedTable interactions = tableOf(QStringLiteral("interactions"));
        QVERIFY(interactions.gapsSkipped >= 1);
        // One page of rows is lost, the rest saved.
        QVERIFY2(interactions.rowsSaved < m_interactions && interactions.rowsSaved > m_interactions - 200,
                 qPrintable(QString::number(interactions.rowsSaved)));

        // The damaged file was only read, and nothing was made beside it.
        QCOMPARE(test::fileDigest(damaged), before);
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QVERIFY(!QFile::exists(damaged + suffix));

        // The new file is a sound database whose search finds what was saved.
        auto opened = Database::open(saved);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const auto check = opened.value()->check();
        QVERIFY2(check->integrityOk, qPrintable(check->problems.join(u'\n')));
        QCOMPARE(check->rowCounts.value(QStringLiteral("interactions")), interactions.rowsSaved);
        QSqlQuery name(opened.value()->connection());
        QVERIFY(name.exec(QStringLiteral("SELECT last_name FROM contacts ORDER BY id LIMIT 1")) && name.next());
        QVERIFY(!Search(opened.value()->connection()).findContacts(name.value(0).toString(), 5)->isEmpty());
        QCOMPARE(QFile::permissions(saved) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        // Copied as they were: no trigger wrote a history of "created" rows on the day of the salvage.
        QSqlQuery history(opened.value()->connection());
        QVERIFY(history.exec(QStringLiteral("SELECT count(*) FROM change_log")) && history.next());
        QCOMPARE(history.value(0).toInt(), 0);
    }

    // A table whose first page of rows is damaged loses those rows only: the rest is found further on.
    void aDamagedFirstLeafCostsItsRowsOnly()
    {
        const QString damaged = copyOfGood(QStringLiteral("first-leaf.sqlite"));
        QVERIFY(test::damagePageOf(damaged, QStringLiteral("interactions"), 0));
        const QString saved = m_dir.filePath(QStringLiteral("first-leaf-saved.sqlite"));
        const auto report = salvage(damaged, saved);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        for (const SalvagedTable& table : report->tables) {
            if (table.table == QStringLiteral("interactions"))
                QVERIFY2(table.rowsSaved > m_interactions - 200 && table.gapsSkipped >= 1,
                         qPrintable(QString::number(table.rowsSaved)));
        }
    }

    void aDamagedFirstPageLeavesNothingToSave()
    {
        const QString damaged = copyOfGood(QStringLiteral("header.sqlite"));
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(100));
            QVERIFY(file.write(QByteArray(3996, '\x5a')) == 3996);
        }
        const QString saved = m_dir.filePath(QStringLiteral("nothing.sqlite"));
        const auto report = salvage(damaged, saved);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(QStringLiteral("Nothing can be read")), qPrintable(report.error()));
        QVERIFY(!QFile::exists(saved));
    }

    void aDamagedIndexIsBuiltAgain_data()
    {
        QTest::addColumn<QString>("damaged");
        QTest::newRow("an index") << QStringLiteral("interactions_by_contact");
        QTest::newRow("the search index") << QStringLiteral("contact_search_data");
    }

    // An index's pages hold no row of their own: every row is saved, and the new file's indexes are built again.
    void aDamagedIndexIsBuiltAgain()
    {
        QFETCH(QString, damaged);
        const QString path = copyOfGood(damaged + QStringLiteral(".sqlite"));
        QVERIFY(test::damagePageOf(path, damaged));
        QVERIFY(!Damage::findingsInFile(path).isEmpty());
        const QString saved = m_dir.filePath(damaged + QStringLiteral("-saved.sqlite"));
        const auto report = salvage(path, saved);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        for (const SalvagedTable& table : report->tables)
            QVERIFY2(table.gapsSkipped == 0, qPrintable(table.table));
        auto opened = Database::open(saved);
        QVERIFY(opened.ok());
        QVERIFY(opened.value()->check()->integrityOk);
        QCOMPARE(opened.value()->check()->rowCounts.value(QStringLiteral("interactions")), m_interactions);
    }

    // Kontor writes its list of tables last (after the demo, an import, an upgrade), at the end of the file: a file cut
    // short loses it, and with it the way to its rows. That is said plainly, and a backup is the way back.
    void aTruncatedFileIsSaidToBePastSaving()
    {
        const QString damaged = copyOfGood(QStringLiteral("truncated.sqlite"));
        QVERIFY(QFile::resize(damaged, QFileInfo(damaged).size() * 3 / 4 / 4096 * 4096));
        QVERIFY(!Damage::findingsInFile(damaged).isEmpty());
        const QString saved = m_dir.filePath(QStringLiteral("front.sqlite"));
        const auto report = salvage(damaged, saved);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(QStringLiteral("Restore a backup")), qPrintable(report.error()));
        QVERIFY(!QFile::exists(saved));
    }

    void neverOverwritesAndCanBeStopped()
    {
        const QString damaged = copyOfGood(QStringLiteral("again.sqlite"));
        const QString existing = m_dir.filePath(QStringLiteral("existing.sqlite"));
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine");
        file.close();
        // Nor beside a -wal that an earlier database of that name left.
        const QString leftOver = m_dir.filePath(QStringLiteral("left-over.sqlite"));
        QFile wal(leftOver + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.write("changes");
        wal.close();
        QVERIFY(!salvage(damaged, leftOver).ok());
        QCOMPARE(QFileInfo(leftOver + QStringLiteral("-wal")).size(), qint64(7));
        const auto refused = salvage(damaged, existing);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("exists already")), qPrintable(refused.error()));
        QCOMPARE(QFileInfo(existing).size(), qint64(4));

        const QString stopped = m_dir.filePath(QStringLiteral("stopped.sqlite"));
        QVERIFY(!salvage(damaged, stopped, [](int) { return false; }).ok());
        QVERIFY(!QFile::exists(stopped));
        QVERIFY(!QFile::exists(stopped + QStringLiteral("-wal")));
    }

    // A -wal without its -shm (the program that wrote it was killed, or the two files were copied on their own) holds
    // the latest changes: they are saved too, and the file and its -wal are left exactly as they were.
    void theLatestChangesInAWalWithoutItsShmAreSaved()
    {
        const QString written = copyOfGood(QStringLiteral("wal-written.sqlite"));
        const QString orphan = m_dir.filePath(QStringLiteral("wal-orphan.sqlite"));
        {
            auto db = Database::open(written);
            QVERIFY(db.ok());
            QSqlQuery query(db.value()->connection());
            // The changes stay in the -wal: no checkpoint while the file is copied.
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('only in the wal')")));
            QVERIFY(QFile::copy(written, orphan));
            QVERIFY(QFile::copy(written + QStringLiteral("-wal"), orphan + QStringLiteral("-wal")));
        }
        QVERIFY(!QFile::exists(orphan + QStringLiteral("-shm")));
        const QByteArray walBefore = [&] {
            QFile wal(orphan + QStringLiteral("-wal"));
            return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
        }();
        QVERIFY(!walBefore.isEmpty());
        const QByteArray fileBefore = test::fileDigest(orphan);

        const QString saved = m_dir.filePath(QStringLiteral("wal-saved.sqlite"));
        const auto report = salvage(orphan, saved);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY2(report->walLeftOut.isEmpty(), qPrintable(report->walLeftOut));
        auto db = Database::open(saved, Database::Missing::Refuse);
        QVERIFY(db.ok());
        QCOMPARE(test::count(db.value()->connection(), QStringLiteral("SELECT count(*) FROM tags WHERE name = 'only "
                                                                      "in the wal'")),
                 qint64(1));
        // Nothing written beside the file, nothing changed in it or its -wal.
        QVERIFY(!QFile::exists(orphan + QStringLiteral("-shm")));
        QCOMPARE(test::fileDigest(orphan), fileBefore);
        QFile wal(orphan + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::ReadOnly));
        QCOMPARE(wal.readAll(), walBefore);
    }

    // A check told to stop (the window closes, another file is opened) ends at SQLite's next look at the flag and
    // reports nothing, rather than running on for seconds over a large file.
    void aStoppedCheckEndsAndReportsNothing()
    {
        const QString damaged = copyOfGood(QStringLiteral("check-stopped.sqlite"));
        QVERIFY(test::damagePageOf(damaged, QStringLiteral("interactions")));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stopped-check"));
            db.setDatabaseName(damaged);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(db.open());
            const std::atomic<bool> stop{true};
            QVERIFY(Damage::findings(db, true, &stop).isEmpty());
            const std::atomic<bool> goOn{false};
            QVERIFY(!Damage::findings(db, true, &goOn).isEmpty());
            QVERIFY(!Damage::findings(db, true).isEmpty());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("stopped-check"));
    }

    // A damaged file whose name has characters that mean something in a URI (a space, %, #, ?) is read, not another
    // file; a Windows share keeps its server in the path, where SQLite accepts it.
    void oddFileNamesAreReadAsThemselves()
    {
        const QString odd = copyOfGood(QStringLiteral("crm 100% #1?.sqlite"));
        QVERIFY(QFileInfo::exists(odd));
        QVERIFY(Damage::findingsInFile(odd).isEmpty());
        QVERIFY(test::damagePageOf(odd, QStringLiteral("interactions")));
        QVERIFY(!Damage::findingsInFile(odd).isEmpty());
        const QString saved = m_dir.filePath(QStringLiteral("odd-saved.sqlite"));
        const auto report = salvage(odd, saved);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(!QFile::exists(odd + QStringLiteral("-shm")));
        QCOMPARE(sql::immutableUri(QStringLiteral("//server/share/crm file.sqlite")),
                 QStringLiteral("file:////server/share/crm%20file.sqlite?immutable=1"));
        QVERIFY(sql::immutableUri(odd).endsWith(QStringLiteral("/crm%20100%25%20%231%3F.sqlite?immutable=1")));
    }
};

QTEST_GUILESS_MAIN(TestSalvage)
#include "tst_salvage.moc"
