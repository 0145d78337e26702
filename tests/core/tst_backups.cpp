// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UtcTime.h"

#include "Clock.h"
#include "storage/Backups.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
