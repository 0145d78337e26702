// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UtcTime.h"

#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kontor;

namespace {

void addContact(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO contacts (first_name, created_at, updated_at) VALUES (?, 0, 0)"));
    query.addBindValue(name);
    if (!query.exec())
        qFatal("insert failed");
}

QStringList contactNames(const QString& path)
{
    auto db = Database::open(path, Database::Missing::Refuse);
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    QSqlQuery query(db.value()->connection());
    query.exec(QStringLiteral("SELECT first_name FROM contacts ORDER BY id"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock{utcAt(QDate(2026, 11, 24), QTime(9, 0))};

private slots:
    void init() { Clock::setInstance(&m_clock); }
    void cleanup() { Clock::setInstance(nullptr); }

    void copiesWhileTheDatabaseIsOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        auto open = Database::open(path);
        QVERIFY(open.ok());
        addContact(open.value()->connection(), QStringLiteral("Ada"));

        const Backups backups(path);
        QCOMPARE(backups.folder(), dir.filePath(QStringLiteral("crm-backups")));
        const Result<BackupInfo> made = backups.make(QStringLiteral("manual"));
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QCOMPARE(QFileInfo(made->path).fileName(), QStringLiteral("crm-20261124-090000-000-manual.sqlite"));
        QVERIFY(made->size > 0);
        // The copy holds what was committed, and opens as a database of its own.
        QCOMPARE(contactNames(made->path), QStringList{QStringLiteral("Ada")});
        const QList<BackupInfo> listed = backups.list();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().reason, QStringLiteral("manual"));
        QCOMPARE(listed.first().madeAt, m_clock.nowUtc());
    }

    void keepsOnlyTheNewest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        QVERIFY(Database::open(path).ok());
        const Backups backups(path, 3);
        for (int i = 0; i < 5; ++i) {
            m_clock.set(utcAt(QDate(2026, 11, 20 + i), QTime(9, 0)));
            QVERIFY(backups.make(QStringLiteral("daily")).ok());
        }
        const QList<BackupInfo> listed = backups.list();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.first().madeAt.date(), QDate(2026, 11, 24)); // newest first
        QCOMPARE(listed.last().madeAt.date(), QDate(2026, 11, 22));
        // Files in the folder that are not its backups are left alone.
        QFile other(QDir(backups.folder()).filePath(QStringLiteral("notes.sqlite")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QVERIFY(backups.make(QStringLiteral("manual")).ok());
        QVERIFY(other.exists());
        QCOMPARE(backups.list().size(), 3);
        // Keeping 0 means keeping them all (the daily backup is off, nothing is deleted).
        m_clock.set(m_clock.nowUtc().addSecs(60));
        QVERIFY(Backups(path, 0).make(QStringLiteral("manual")).ok());
        QCOMPARE(backups.list().size(), 4);
    }

    void aDailyBackupIsDueAfterADay()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        QVERIFY(Database::open(path).ok());
        const Backups backups(path);
        QVERIFY(backups.dailyDue(m_clock.nowUtc()));
        QVERIFY(backups.make(QStringLiteral("manual")).ok());
        QVERIFY(backups.dailyDue(m_clock.nowUtc())); // a manual copy is not the daily one
        QVERIFY(backups.make(QStringLiteral("daily")).ok());
        QVERIFY(!backups.dailyDue(m_clock.nowUtc().addSecs(3600)));
        QVERIFY(backups.dailyDue(m_clock.nowUtc().addSecs(25 * 3600)));
    }

    void restorePutsTheCopyBackAndKeepsWhatWasThere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        const Backups backups(path);
        QString copy;
        {
            auto open = Database::open(path);
            QVERIFY(open.ok());
            addContact(open.value()->connection(), QStringLiteral("Ada"));
            copy = backups.make(QStringLiteral("daily"))->path;
            addContact(open.value()->connection(), QStringLiteral("Bob"));
        }
        m_clock.set(m_clock.nowUtc().addSecs(60));
        const Status restored = backups.restore(copy);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE(contactNames(path), QStringList{QStringLiteral("Ada")});
        // The database as it was before is a backup of its own, and the restored copy is still there.
        const QList<BackupInfo> listed = backups.list();
        QCOMPARE(listed.first().reason, QStringLiteral("before-restore"));
        QCOMPARE(contactNames(listed.first().path), (QStringList{QStringLiteral("Ada"), QStringLiteral("Bob")}));
        QVERIFY(QFile::exists(copy));
    }

    void aFileThatIsNotABackupIsRefusedAndNothingChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        {
            auto open = Database::open(path);
            QVERIFY(open.ok());
            addContact(open.value()->connection(), QStringLiteral("Ada"));
        }
        const QByteArray before = test::fileDigest(path);
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database at all, but long enough to look like something. ");
        file.close();
        const Backups backups(path);
        const Status restored = backups.restore(text);
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().contains(QStringLiteral("not a Kontor database")), qPrintable(restored.error()));
        QCOMPARE(test::fileDigest(path), before);
        QVERIFY(backups.list().isEmpty());
        QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));
    }

    // Other people's personal data is the user's alone: under the usual umask (others may read what a program makes)
    // the database Kontor creates, its WAL and shared memory, the folders it makes, the backup folder and every
    // backup are 0600 and 0700; a restored database too.
    void everythingKontorMakesIsPrivate()
    {
        const mode_t before = ::umask(022);
        const auto restoreUmask = qScopeGuard([before] { ::umask(before); });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/folder/crm.sqlite"));
        const QFile::Permissions file = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
        const QFile::Permissions folder = file | QFile::ExeOwner | QFile::ExeUser;
        const Backups backups(path);
        QString copy;
        {
            auto open = Database::open(path);
            QVERIFY(open.ok());
            addContact(open.value()->connection(), QStringLiteral("Ada"));
            for (const QString& each : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
                QCOMPARE(QFileInfo(each).permissions(), file);
            QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("new/folder"))).permissions(), folder);
            QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("new"))).permissions(), folder);
            copy = backups.make(QStringLiteral("manual"))->path;
        }
        QCOMPARE(QFileInfo(backups.folder()).permissions(), folder);
        QCOMPARE(QFileInfo(copy).permissions(), file);
        // A database the user had open to others, restored from a backup, is private again.
        QVERIFY(QFile::setPermissions(path, file | QFile::ReadGroup | QFile::ReadOther));
        m_clock.set(m_clock.nowUtc().addSecs(60));
        QVERIFY(backups.restore(copy).ok());
        QCOMPARE(QFileInfo(path).permissions(), file);
        for (const BackupInfo& backup : backups.list())
            QCOMPARE(QFileInfo(backup.path).permissions(), file);
        // A backup folder an older Kontor left open to others is closed at the next backup.
        QVERIFY(QFile::setPermissions(backups.folder(), folder | QFile::ReadOther | QFile::ExeOther));
        QVERIFY(backups.make(QStringLiteral("manual")).ok());
        QCOMPARE(QFileInfo(backups.folder()).permissions(), folder);
    }

    // A backup killed half way (power lost) leaves a copy as large as the database under a temporary name, and
    // perhaps SQLite's journal of it: the next backup removes them once they are clearly abandoned, never what
    // another program's backup is writing right now, nor files that are not Kontor's.
    void piecesOfAKilledBackupAreRemovedNextTime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        QVERIFY(Database::open(path).ok());
        const Backups backups(path);
        QVERIFY(backups.make(QStringLiteral("daily")).ok());
        const QDir folder(backups.folder());
        const auto piece = [&folder](const QString& name, const QDateTime& modified) {
            QFile file(folder.filePath(name));
            // Flushed first: a write the destructor flushed later would make the file new again.
            if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray(4096, 'x')) != 4096 || !file.flush())
                return false;
            return file.setFileTime(modified, QFileDevice::FileModificationTime);
        };
        const QDateTime longAgo = m_clock.nowUtc().addSecs(-3600);
        const QStringList abandoned = {QStringLiteral("crm-20261124-080000-000-daily.sqlite.partial-0a1b2c3d"),
                                       QStringLiteral("crm-20261124-080000-000-daily.sqlite.partial-0a1b2c3d-journal")};
        const QStringList kept = {QStringLiteral("crm-20261124-085959-000-daily.sqlite.partial-99aa88bb"),
                                  QStringLiteral("other-20261124-080000-000-daily.sqlite.partial-0a1b2c3d"),
                                  QStringLiteral("notes.partial-0a1b2c3d")};
        for (const QString& name : abandoned)
            QVERIFY(piece(name, longAgo));
        QVERIFY(piece(kept[0], m_clock.nowUtc().addSecs(-30)));
        QVERIFY(piece(kept[1], longAgo));
        QVERIFY(piece(kept[2], longAgo));

        m_clock.set(m_clock.nowUtc().addSecs(60));
        QVERIFY(backups.make(QStringLiteral("manual")).ok());
        for (const QString& name : abandoned)
            QVERIFY2(!folder.exists(name), qPrintable(name));
        for (const QString& name : kept)
            QVERIFY2(folder.exists(name), qPrintable(name));
        QCOMPARE(backups.list().size(), 2);
    }

    // A backup that cannot be written, as on a full disk (here: a limit on the size of the files this process may
    // write, which holds for root too), says so and leaves nothing behind: no copy, no journal of it.
    void aFailedBackupLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        {
            auto open = Database::open(path);
            QVERIFY(open.ok());
            for (int i = 0; i < 3000; ++i)
                addContact(open.value()->connection(), QStringLiteral("Contact with a long name %1").arg(i));
        }
        const Backups backups(path);
        QVERIFY(makePrivateFolder(backups.folder()));
        rlimit before{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &before), 0);
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit small = before;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const Result<BackupInfo> failed = backups.make(QStringLiteral("manual"));
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &before), 0);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QStringLiteral("could not be written")), qPrintable(failed.error()));
        QCOMPARE(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(contactNames(path).size(), 3000);
    }

    // 4 KB of damage in the middle of a database (a bad sector, a copy cut short and patched): check says it is
    // damaged and what can be done, and a backup refuses to copy it rather than rotating the good backups away.
    void aDamagedDatabaseIsSaidSoAndNeverBackedUpOverGoodOnes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(DemoGenerator(db.value()->connection()).generate({400, 3}).ok());
        }
        const Backups backups(path, 2);
        QVERIFY(backups.make(QStringLiteral("daily")).ok());
        m_clock.set(m_clock.nowUtc().addDays(1));
        QVERIFY(backups.make(QStringLiteral("daily")).ok());
        const QList<BackupInfo> good = backups.list();
        QCOMPARE(good.size(), 2);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
            QVERIFY(file.write(QByteArray(4096, '\x5a')) == 4096);
        }

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const auto report = db.value()->check();
        QVERIFY(report.ok());
        QVERIFY(report->damaged && !report->integrityOk);
        const QString said = report->problems.join(u' ');
        QVERIFY2(said.contains(QStringLiteral("damaged")) && said.contains(QStringLiteral("Restore from Backup")) &&
                     said.contains(QStringLiteral("kontor-cli salvage")),
                 qPrintable(said));

        m_clock.set(m_clock.nowUtc().addDays(1));
        const auto refused = backups.make(QStringLiteral("daily"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("No backup was made")), qPrintable(refused.error()));
        // The good backups are all there, and nothing else.
        const QList<BackupInfo> after = backups.list();
        QCOMPARE(after.size(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(after.at(i).path, good.at(i).path);
        QCOMPARE(QDir(backups.folder()).entryList(QDir::Files).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
