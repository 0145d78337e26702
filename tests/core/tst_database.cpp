// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "Clock.h"

#include "demo/DemoGenerator.h"
#include "repositories/ContactRepository.h"
#include "search/Search.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kontor;

class TestDatabaseStorage : public QObject
{
    Q_OBJECT

private:
    static QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

    static QString makeForeignSqlite(const QTemporaryDir& dir, int applicationId, int userVersion)
    {
        const QString path = dir.filePath(QStringLiteral("foreign-%1-%2.sqlite").arg(applicationId).arg(userVersion));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery query(db);
            query.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"));
            query.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('keep me')"));
            query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
            query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("maker"));
        return path;
    }

private slots:
    void newFileIsCreatedAndMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        QCOMPARE(Database::needsUpgrade(path).value(), false); // nothing to upgrade: it is created
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QSqlQuery query(db.value()->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
        QCOMPARE(query.value(0).toInt(), Database::applicationId);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM stages")) && query.next());
        QCOMPARE(query.value(0).toInt(), 8);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM users WHERE is_default = 1")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void reopeningKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            Contact contact;
            contact.firstName = QStringLiteral("Ada");
            auto created = ContactRepository(db.value()->connection()).create(contact);
            QVERIFY2(created.ok(), qPrintable(created.error()));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(ContactRepository(db.value()->connection()).count({}).value(), qint64(1));
    }

    void emptyFileBecomesADatabase()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("empty.sqlite"), {});
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    }

    void refusesFilesUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
        QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("not an SQLite database");
        QTest::newRow("other program") << QStringLiteral("foreign") << QStringLiteral("another program");
        QTest::newRow("newer Kontor") << QStringLiteral("newer") << QStringLiteral("newer version of Kontor");
    }

    void refusesFilesUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expectedWords);
        QTemporaryDir dir;
        QString path;
        if (kind == QStringLiteral("text"))
            path = writeFile(dir, QStringLiteral("notes.txt"),
                             QByteArray("Dear diary,\nthis is not a database.\n").repeated(200));
        else if (kind == QStringLiteral("csv"))
            path = writeFile(dir, QStringLiteral("contacts.sqlite"), "name,email\nAda,ada@example.com\n");
        else if (kind == QStringLiteral("foreign"))
            path = makeForeignSqlite(dir, 0, 0);
        else
            path = makeForeignSqlite(dir, Database::applicationId, Database::latestSchemaVersion() + 1);
        const QByteArray before = test::fileDigest(path);
        const qint64 sizeBefore = QFileInfo(path).size();

        QVERIFY(!Database::needsUpgrade(path).ok());
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(expectedWords), qPrintable(db.error()));
        QVERIFY2(db.error().contains(QStringLiteral("unchanged")), qPrintable(db.error()));
        QCOMPARE(test::fileDigest(path), before);
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    }

    // A -wal file of another database beside a good one (a sync tool copied it, or a user copied two files and not
    // the third) is named as the cause; nothing is written, and once it is moved away the database opens.
    void aStrayLogFileIsNamedAndMovingItAwayOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        // Demos of one day, so that the files (and what SQLite makes of the stray log) are the same on every run.
        FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()));
        Clock::setInstance(&clock);
        const auto restoreClock = qScopeGuard([] { Clock::setInstance(nullptr); });
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(DemoGenerator(db.value()->connection()).generate({50, 1}).ok());
        }
        {
            auto otherDb = Database::open(other);
            QVERIFY(otherDb.ok());
            QVERIFY(DemoGenerator(otherDb.value()->connection()).generate({50, 2}).ok());
        }
        {
            // Another program changes the other database and keeps it open, its changes still in the log.
            QSqlDatabase otherDb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("another"));
            otherDb.setDatabaseName(other);
            QVERIFY(otherDb.open());
            QSqlQuery query(otherDb);
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(query.exec(QStringLiteral("UPDATE contacts SET notes = 'changed' WHERE id < 40")));
            QVERIFY(QFile::copy(other + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
            query.finish();
            otherDb.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("another"));
        const QByteArray before = test::fileDigest(path);
        const QByteArray logBefore = test::fileDigest(path + QStringLiteral("-wal"));

        auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("“crm.sqlite-wal”")) &&
                     refused.error().contains(QStringLiteral("Move")) &&
                     !refused.error().contains(QStringLiteral("not an SQLite")),
                 qPrintable(refused.error()));
        QCOMPARE(test::fileDigest(path), before);
        QCOMPARE(test::fileDigest(path + QStringLiteral("-wal")), logBefore);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));

        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("moved")));
        QVERIFY(QFile::rename(path + QStringLiteral("-wal"), dir.filePath(QStringLiteral("moved/crm.sqlite-wal"))));
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }

    // Rials were counted in hundredths up to schema 11 and are whole since: an amount keeps its value across the
    // upgrade, the totals and summaries follow (check() compares them), and no deal's history shows a change.
    void rialsKeepTheirValueOnUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rials.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(KONTOR_TEST_DATA "/kontor-schema-11.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        qint64 historyBefore = 0;
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("eleven"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery query(old);
            // 36,600,000 rials, stored as schema 11 did: 3,660,000,000 hundredths.
            QVERIFY(query.exec(QStringLiteral("UPDATE deals SET currency = 'IRR', amount_minor = 3660000000 "
                                              "WHERE id = (SELECT min(id) FROM deals)")));
            QVERIFY(query.exec(QStringLiteral("UPDATE campaigns SET currency = 'IRR', spend_minor = 50000000 "
                                              "WHERE id = (SELECT min(id) FROM campaigns)")));
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM change_log")) && query.next());
            historyBefore = query.value(0).toLongLong();
            query.finish();
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("eleven"));

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QSqlQuery query(db.value()->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT (SELECT amount_minor FROM deals WHERE currency = 'IRR'), "
                                          "(SELECT spend_minor FROM campaigns WHERE currency = 'IRR'), "
                                          "(SELECT count(*) FROM change_log)")) &&
                query.next());
        QCOMPARE(query.value(0).toLongLong(), qint64(36600000));
        QCOMPARE(query.value(1).toLongLong(), qint64(500000));
        QCOMPARE(query.value(2).toLongLong(), historyBefore);
        const auto report = db.value()->check();
        QVERIFY2(report->integrityOk, qPrintable(report->problems.join(u'\n')));
    }

    void upgradesEveryOlderVersion_data()
    {
        QTest::addColumn<int>("version");
        // One fixture per released schema, written by that version's demo generator (30 contacts).
        for (int version = 1; version < Database::latestSchemaVersion(); ++version)
            QTest::newRow(qPrintable(QStringLiteral("schema %1").arg(version))) << version;
    }

    void upgradesEveryOlderVersion()
    {
        QFETCH(int, version);
        const QString fixture = QStringLiteral(KONTOR_TEST_DATA "/kontor-schema-%1.sqlite").arg(version);
        QVERIFY2(QFileInfo::exists(fixture), qPrintable(fixture));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        // Told before opening, so that a window can say it is busy while a large file is upgraded.
        QCOMPARE(Database::needsUpgrade(path).value(), true);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(Database::needsUpgrade(path).value(), false);
        auto report = db.value()->check();
        QVERIFY2(report->integrityOk, qPrintable(report->problems.join(u'\n')));
        QCOMPARE(report->rowCounts.value(QStringLiteral("contacts")), qint64(30));
        QVERIFY(report->rowCounts.value(QStringLiteral("interactions")) > 100);
        // The old rows still read, search and take the new fields.
        ContactRepository contacts(db.value()->connection());
        auto first = contacts.get(1);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        Contact changed = first.value();
        changed.stayInTouchDays = 30;
        QVERIFY(contacts.update(changed).ok());
        QCOMPARE(contacts.get(1)->stayInTouchDays, 30);
        QVERIFY(!Search(db.value()->connection()).findContacts(first->lastName.left(3), 5)->isEmpty());
    }

    void failedUpgradeKeepsTheOldVersionAndData()
    {
        // A Kontor file at schema 0 whose upgrade cannot run: a table of that name already exists.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE settings (x TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO settings VALUES ('mine')")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("schema 1")), qPrintable(db.error()));
        {
            QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            check.setDatabaseName(path);
            QVERIFY(check.open());
            QSqlQuery query(check);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            QVERIFY(query.exec(QStringLiteral("SELECT x FROM settings")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("mine"));
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'users'")) &&
                    query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            check.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void backupIsAConsistentCopy()
    {
        test::TestDatabase source;
        Contact contact;
        contact.firstName = QStringLiteral("Grace");
        contact.lastName = QStringLiteral("Hopper");
        QVERIFY(ContactRepository(source.db()).create(contact).ok());
        const QString target = source.dirPath(QStringLiteral("backups/copy.sqlite"));
        QVERIFY(source.database().backupTo(target).ok());
        // A second backup replaces the first.
        QVERIFY(source.database().backupTo(target).ok());
        QVERIFY(!source.database().backupTo(source.path()).ok());
        auto copy = Database::open(target);
        QVERIFY2(copy.ok(), qPrintable(copy.error()));
        QCOMPARE(ContactRepository(copy.value()->connection()).count({}).value(), qint64(1));
        const QStringList partial =
            QDir(source.dirPath(QStringLiteral("backups"))).entryList({QStringLiteral("*partial*")}, QDir::Files);
        QVERIFY2(partial.isEmpty(), qPrintable(partial.join(u' ')));

        // Made while a change is half done on the window's connection: the copy holds what was committed, and
        // the change goes on undisturbed.
        Transaction halfDone(source.db());
        contact.firstName = QStringLiteral("Ada");
        QVERIFY(ContactRepository(source.db()).create(contact).ok());
        const QString during = source.dirPath(QStringLiteral("backups/during.sqlite"));
        QVERIFY(source.database().backupTo(during).ok());
        QVERIFY(halfDone.commit().ok());
        QCOMPARE(ContactRepository(source.db()).count({}).value(), qint64(2));
        auto duringCopy = Database::open(during);
        QVERIFY2(duringCopy.ok(), qPrintable(duringCopy.error()));
        QCOMPARE(ContactRepository(duringCopy.value()->connection()).count({}).value(), qint64(1));
        QVERIFY(duringCopy.value()->check()->integrityOk);
    }

    void checkReportsHealthyDatabase()
    {
        test::TestDatabase fixture;
        auto report = fixture.database().check();
        QVERIFY(report.ok());
        QVERIFY2(report->integrityOk, qPrintable(report->problems.join(u'\n')));
        QCOMPARE(report->schemaVersion, Database::latestSchemaVersion());
        QCOMPARE(report->rowCounts.value(QStringLiteral("stages")), qint64(8));
        QCOMPARE(report->journalMode, QStringLiteral("wal"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseStorage)
#include "tst_database.moc"
