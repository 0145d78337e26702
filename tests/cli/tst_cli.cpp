// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIdentity.h"
#include "LocaleDigits.h"
#include "TestDatabase.h"
#include "Translations.h"

#include "reports/FunnelReport.h"
#include "reports/RfmReport.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>
#include <unistd.h>

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    static Run run(const QStringList& arguments, const QProcessEnvironment& environment = {})
    {
        QProcess process;
        if (!environment.isEmpty())
            process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KONTOR_CLI), arguments);
        if (!process.waitForFinished(120000))
            qFatal("kontor-cli did not finish");
        return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        // kontor-cli reads the window's settings (the calendar): these runs have their own, not the user's.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        kontor::applyAppIdentity();
    }

    void initCreatesDatabase()
    {
        const Run result = run({QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), kontor::Database::latestSchemaVersion());
        QVERIFY(QFileInfo::exists(m_db));
    }

    void demoIsDeterministicAndSearchable()
    {
        const Run demo =
            run({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--contacts"),
                 QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(demo.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(demo.out).object().value(QStringLiteral("contacts")).toInt(), 400);

        const Run search = run({QStringLiteral("--db"), m_db, QStringLiteral("search"), QStringLiteral("mü"),
                                QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits.size() <= 5);
        QCOMPARE(hits.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("contact"));
        QVERIFY(hits.first().toObject().value(QStringLiteral("title")).toString().contains(QStringLiteral("Mü")));

        const Run text = run({QStringLiteral("--db"), m_db, QStringLiteral("search"), QStringLiteral("qqqqzz")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.isEmpty());
        QVERIFY(text.err.contains(QStringLiteral("Nothing found")));
    }

    void pinnedDayGivesTheSameData()
    {
        QList<QByteArray> outputs;
        for (const QString& name : {QStringLiteral("a.sqlite"), QStringLiteral("b.sqlite")}) {
            const QString path = m_dir.filePath(name);
            QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--contacts"),
                          QStringLiteral("150"), QStringLiteral("--as-of"), QStringLiteral("2026-01-15")})
                         .exitCode,
                     0);
            outputs << run({QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("call"),
                            QStringLiteral("--limit"), QStringLiteral("200"), QStringLiteral("--json")})
                           .out;
        }
        QVERIFY(!QJsonDocument::fromJson(outputs[0]).array().isEmpty());
        QCOMPARE(outputs[0], outputs[1]);
        const QJsonArray hits = QJsonDocument::fromJson(outputs[0]).array();
        for (const QJsonValue& hit : hits) {
            if (hit.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("interaction"))
                QVERIFY(hit.toObject().value(QStringLiteral("when")).toString() <= QStringLiteral("2026-01-15T12"));
        }
        QCOMPARE(run({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("c.sqlite")), QStringLiteral("demo"),
                      QStringLiteral("--as-of"), QStringLiteral("yesterday")})
                     .exitCode,
                 2);
    }

    void checkAndBackup()
    {
        const Run check = run({QStringLiteral("--db"), m_db, QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(check.out).object();
        QVERIFY(report.value(QStringLiteral("ok")).toBool());
        QCOMPARE(report.value(QStringLiteral("rows")).toObject().value(QStringLiteral("contacts")).toInt(), 400);

        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        const Run backup = run({QStringLiteral("--db"), m_db, QStringLiteral("backup"), copy});
        QCOMPARE(backup.exitCode, 0);
        const Run checkCopy = run({QStringLiteral("--db"), copy, QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(checkCopy.out)
                     .object()
                     .value(QStringLiteral("rows"))
                     .toObject()
                     .value(QStringLiteral("contacts"))
                     .toInt(),
                 400);
    }

    void exportsContacts()
    {
        const QString cards = m_dir.filePath(QStringLiteral("contacts.vcf"));
        const Run vcard = run({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("contacts"),
                               QStringLiteral("-o"), cards, QStringLiteral("--format"), QStringLiteral("vcf"),
                               QStringLiteral("--json")});
        QCOMPARE(vcard.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(vcard.out).object().value(QStringLiteral("exported")).toInt(), 400);
        QFile file(cards);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("BEGIN:VCARD"), 400);

        const QString table = m_dir.filePath(QStringLiteral("contacts.csv"));
        const Run csv = run({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("contacts"),
                             QStringLiteral("--output"), table, QStringLiteral("--exact")});
        QCOMPARE(csv.exitCode, 0);
        QFile written(table);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        // Without -o the same bytes go to standard output, for pipes.
        const Run piped = run({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("contacts"),
                               QStringLiteral("--exact")});
        QCOMPARE(piped.exitCode, 0);
        QCOMPARE(piped.out, bytes);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "first_name,last_name,company,"));
        QCOMPARE(bytes.count("\r\n"), 401);
        const Run bad = run({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("contacts"),
                             QStringLiteral("--format"), QStringLiteral("xls")});
        QCOMPARE(bad.exitCode, 2);
        // The other records, and the calendar.
        for (const auto& [kind, start] : {std::pair{"companies", QByteArray("\xEF\xBB\xBF"
                                                                            "name,parent,")},
                                          std::pair{"interactions", QByteArray("\xEF\xBB\xBF"
                                                                               "occurred_at,")},
                                          std::pair{"deals", QByteArray("\xEF\xBB\xBF"
                                                                        "title,")},
                                          std::pair{"calendar", QByteArray("BEGIN:VCALENDAR\r\n")}}) {
            const Run exported =
                run({QStringLiteral("--db"), m_db, QStringLiteral("export"), QString::fromLatin1(kind)});
            QCOMPARE(exported.exitCode, 0);
            QVERIFY2(exported.out.startsWith(start), kind);
        }
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("deals"),
                      QStringLiteral("--format"), QStringLiteral("ics")})
                     .exitCode,
                 2);
    }

    // kontor-cli salvage reads a database (damaged or not) and saves what it can into a new file, never over one.
    void salvageSavesIntoANewFileOnly()
    {
        QCOMPARE(run({QStringLiteral("salvage"), m_db}).exitCode, 2);
        const QString saved = m_dir.filePath(QStringLiteral("salvaged.sqlite"));
        const Run result = run({QStringLiteral("salvage"), m_db, saved});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Saved into") && result.out.contains("contacts: 400 rows") &&
                     result.out.contains("calls, meetings and notes: ") && !result.out.contains("interactions:"),
                 result.out.constData());
        QVERIFY(QFileInfo::exists(saved));
        const Run again = run({QStringLiteral("salvage"), m_db, saved});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("exists already")), qPrintable(again.err));
    }

    // A database in a folder the user cannot write (someone else's, a read-only share) is refused with the reason,
    // not as "not an SQLite database", and nothing is written beside it. Root may write anywhere, so as root the
    // command runs as the user nobody (setpriv, in util-linux).
    void aFolderThatCannotBeWrittenIsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ReadOther | QFile::ExeOther));
        const QString folder = dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkdir(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("crm.sqlite"));
        QVERIFY(QFile::copy(m_db, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        QStringList command{QStringLiteral(KONTOR_CLI), QStringLiteral("--db"), path, QStringLiteral("check")};
        if (geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv to drop to another user");
            command = QStringList{setpriv, QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                  QStringLiteral("--clear-groups")} +
                      command;
        }
        QProcess process;
        process.start(command.first(), command.mid(1));
        QVERIFY(process.waitForFinished(60000));
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(error.contains(QStringLiteral("does not allow changes")) &&
                     !error.contains(QStringLiteral("SQLite database file")),
                 qPrintable(error));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("crm.sqlite")});
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // An import that cannot write (another program holds the database's write lock past the wait) says so, and
    // makes no backup first: nothing is written anywhere.
    void anImportThatCannotWriteMakesNoBackup()
    {
        const QString db = m_dir.filePath(QStringLiteral("locked.sqlite"));
        QVERIFY(kontor::Database::open(db).ok());
        auto holder = kontor::Database::open(db);
        QVERIFY(holder.ok());
        QSqlQuery lock(holder.value()->connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        // It waits (here two seconds), says so once, gives up and says why.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KONTOR_BUSY_SECONDS"), QStringLiteral("2"));
        const Run refused = run({QStringLiteral("--db"), db, QStringLiteral("import"),
                                 QStringLiteral(KONTOR_TEST_DATA "/import/google-messy.csv")},
                                environment);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Nothing was imported")) &&
                     refused.err.contains(QStringLiteral("did not finish while Kontor waited")) &&
                     refused.err.count(QStringLiteral("waiting for it")) == 1,
                 qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("locked-backups"))));
    }

    // Two writers: a command that finds another program writing waits for it, says so once, and goes on when the
    // other is done; nothing is lost on either side.
    void aWriterWaitsForAnotherAndGoesOn()
    {
        const QString db = m_dir.filePath(QStringLiteral("two-writers.sqlite"));
        QVERIFY(kontor::Database::open(db).ok());
        auto holder = kontor::Database::open(db);
        QVERIFY(holder.ok());
        QSqlQuery other(holder.value()->connection());
        QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(other.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('written by the other program')")));

        QProcess process;
        process.start(QStringLiteral(KONTOR_CLI),
                      {QStringLiteral("--db"), db, QStringLiteral("contact"), QStringLiteral("add"),
                       QStringLiteral("--first-name"), QStringLiteral("Patience")});
        QVERIFY(process.waitForStarted());
        // The other program writes for three seconds, then is done.
        QTest::qWait(3000);
        QCOMPARE(process.state(), QProcess::Running);
        QVERIFY(other.exec(QStringLiteral("COMMIT")));
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(err.count(QStringLiteral("Another program is writing to this database")), 1);
        QVERIFY(other.exec(QStringLiteral("SELECT (SELECT count(*) FROM contacts WHERE first_name = 'Patience'), "
                                          "(SELECT count(*) FROM tags WHERE name = 'written by the other program')")));
        QVERIFY(other.next());
        QCOMPARE(other.value(0).toInt(), 1);
        QCOMPARE(other.value(1).toInt(), 1);
    }

    // kill -9 (or a power cut) in the middle of an import or of taking one back leaves a sound database with all of
    // the change or none of it, run after run.
    void killedHalfWayLeavesAllOrNothing()
    {
        const QString base = m_dir.filePath(QStringLiteral("killed-base.sqlite"));
        QCOMPARE(run({QStringLiteral("--db"), base, QStringLiteral("demo"), QStringLiteral("--contacts"),
                      QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("4")})
                     .exitCode,
                 0);
        const QString csv = m_dir.filePath(QStringLiteral("killed.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("First name,Last name,Email,Company,Notes\n");
            for (int i = 0; i < 20000; ++i)
                file.write(QStringLiteral("Person%1,Family%2,p%1@example%3.com,Company %4,note %1\n")
                               .arg(i)
                               .arg(i % 977)
                               .arg(i % 50)
                               .arg(i % 300)
                               .toUtf8());
        }
        const auto counts = [](const QString& path) {
            auto db = kontor::Database::open(path);
            if (!db)
                return std::tuple{false, -1, -1};
            const auto report = db.value()->check();
            QSqlQuery query(db.value()->connection());
            query.exec(QStringLiteral("SELECT (SELECT count(*) FROM contacts), (SELECT count(*) FROM imports)"));
            query.next();
            return std::tuple{report.ok() && report->integrityOk, query.value(0).toInt(), query.value(1).toInt()};
        };
        const auto [baseSound, before, noImports] = counts(base);
        QVERIFY(baseSound);
        QCOMPARE(noImports, 0);
        const auto killedAfter = [](const QStringList& arguments, int milliseconds) {
            QProcess process;
            process.start(QStringLiteral(KONTOR_CLI), arguments);
            if (!process.waitForStarted())
                return false;
            QTest::qWait(milliseconds);
            if (process.state() == QProcess::NotRunning)
                return true; // done before the kill: all of it, which counts() checks
            process.kill();
            return process.waitForFinished(30000);
        };
        int killedInTheMiddle = 0;
        for (const int milliseconds : {150, 400, 700}) {
            const QString path = m_dir.filePath(QStringLiteral("killed-%1.sqlite").arg(milliseconds));
            QVERIFY(QFile::copy(base, path));
            QVERIFY(killedAfter({QStringLiteral("--db"), path, QStringLiteral("import"), csv}, milliseconds));
            const auto [sound, contacts, imports] = counts(path);
            QVERIFY2(sound, qPrintable(path));
            QVERIFY2((contacts == before && imports == 0) || (contacts == before + 20000 && imports == 1),
                     qPrintable(QStringLiteral("%1 contacts, %2 imports").arg(contacts).arg(imports)));
            killedInTheMiddle += contacts == before ? 1 : 0;
        }
        // At least one run was killed before its import was whole, or the test proves nothing.
        QVERIFY(killedInTheMiddle > 0);

        // Taking an import back, killed half way: the import is there whole or gone whole.
        const QString imported = m_dir.filePath(QStringLiteral("killed-imported.sqlite"));
        QVERIFY(QFile::copy(base, imported));
        QCOMPARE(run({QStringLiteral("--db"), imported, QStringLiteral("import"), csv}).exitCode, 0);
        for (const int milliseconds : {100, 300}) {
            const QString path = m_dir.filePath(QStringLiteral("killed-undo-%1.sqlite").arg(milliseconds));
            QVERIFY(QFile::copy(imported, path));
            QVERIFY(killedAfter({QStringLiteral("--db"), path, QStringLiteral("undo-import"), QStringLiteral("1")},
                                milliseconds));
            const auto [sound, contacts, imports] = counts(path);
            QVERIFY2(sound, qPrintable(path));
            QVERIFY2(contacts == before || contacts == before + 20000, qPrintable(QString::number(contacts)));
        }
    }

    void importsChecksAndTakesBack()
    {
        const QString db = m_dir.filePath(QStringLiteral("import.sqlite"));
        const QString csv = QStringLiteral(KONTOR_TEST_DATA "/import/google-messy.csv");
        const Run dry = run({QStringLiteral("--db"), db, QStringLiteral("import"), csv, QStringLiteral("--dry-run"),
                             QStringLiteral("--json")});
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject planned = QJsonDocument::fromJson(dry.out).object();
        QCOMPARE(planned.value(QStringLiteral("created")).toInt(), 4);
        QCOMPARE(planned.value(QStringLiteral("rejected")).toInt(), 1);
        QCOMPARE(planned.value(QStringLiteral("outcomes")).toArray().size(), 6);
        const auto contacts = [&] {
            auto opened = kontor::Database::open(db);
            QSqlQuery query(opened.value()->connection());
            query.exec(QStringLiteral("SELECT count(*) FROM contacts"));
            query.next();
            return query.value(0).toInt();
        };
        QCOMPARE(contacts(), 0);

        // Mapped by hand: the phone column left out, the notes into the title.
        const Run done = run({QStringLiteral("--db"), db, QStringLiteral("import"), csv, QStringLiteral("--map"),
                              QStringLiteral("Phone 1 - Value="), QStringLiteral("--map"), QStringLiteral("14=title")});
        QCOMPARE(done.exitCode, 0);
        QVERIFY2(done.out.contains("4 created"), done.out.constData());
        QCOMPARE(contacts(), 4);
        {
            auto opened = kontor::Database::open(db);
            QSqlQuery query(opened.value()->connection());
            query.exec(QStringLiteral("SELECT count(*) FROM contact_phones"));
            query.next();
            QCOMPARE(query.value(0).toInt(), 0);
            query.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE title LIKE 'Met at%'"));
            query.next();
            QCOMPARE(query.value(0).toInt(), 1);
        }
        // A backup was made before it.
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("import-backups"))).entryList(QDir::Files).size(), 1);

        const Run again = run({QStringLiteral("--db"), db, QStringLiteral("import"), csv,
                               QStringLiteral("--duplicates"), QStringLiteral("merge"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("created")).toInt(), 0);
        const Run list = run({QStringLiteral("--db"), db, QStringLiteral("imports"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 2);
        const Run undo = run({QStringLiteral("--db"), db, QStringLiteral("undo-import"), QStringLiteral("1")});
        QCOMPARE(undo.exitCode, 0);
        QCOMPARE(contacts(), 0);
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("undo-import"), QStringLiteral("1")}).exitCode, 1);

        const Run wrong = run({QStringLiteral("--db"), db, QStringLiteral("import"), csv, QStringLiteral("--map"),
                               QStringLiteral("Nope=first_name")});
        QCOMPARE(wrong.exitCode, 2);
        const Run missing =
            run({QStringLiteral("--db"), db, QStringLiteral("import"), m_dir.filePath(QStringLiteral("none.csv"))});
        QCOMPARE(missing.exitCode, 1);
    }

    void reportsGiveTheCoreFigures()
    {
        const QStringList year = {QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                                  QStringLiteral("2026-12-31")};
        const Run funnel = run(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("report"),
                                           QStringLiteral("funnel"), QStringLiteral("--json")} +
                               year);
        QCOMPARE(funnel.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(funnel.out).object();
        const QJsonArray stages = json.value(QStringLiteral("stages")).toArray();
        QCOMPARE(stages.size(), 8);
        // The same numbers as the core computes for the same days in this machine's time zone.
        auto db = kontor::Database::open(m_db);
        QVERIFY(db.ok());
        const kontor::ReportFilter filter{
            kontor::ReportPeriod::days(QDate(2025, 1, 1), QDate(2026, 12, 31), QTimeZone::systemTimeZone())};
        const auto expected = kontor::Funnel(db.value()->connection()).compute(filter).value();
        QVERIFY(expected.stages.first().reached > 0);
        for (int i = 0; i < stages.size(); ++i)
            QCOMPARE(stages.at(i).toObject().value(QStringLiteral("reached")).toInteger(),
                     expected.stages.at(i).reached);
        QCOMPARE(json.value(QStringLiteral("won")).toInteger(), expected.won);

        for (const QString& kind : {QStringLiteral("sources"), QStringLiteral("weekly"), QStringLiteral("activity"),
                                    QStringLiteral("forecast")}) {
            const Run text = run(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("report"), kind} + year);
            QCOMPARE(text.exitCode, 0);
            QVERIFY2(text.out.count('\n') > 2, text.out.constData());
            const Run asJson = run(
                QStringList{QStringLiteral("--db"), m_db, QStringLiteral("report"), kind, QStringLiteral("--json")} +
                year);
            QCOMPARE(QJsonDocument::fromJson(asJson.out).object().value(QStringLiteral("report")).toString(), kind);
        }
        const Run owner = run({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("funnel"),
                               QStringLiteral("--owner"), QStringLiteral("Nobody Atall")});
        QCOMPARE(owner.exitCode, 1);
        QVERIFY(owner.err.contains(QStringLiteral("Nobody Atall")));
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("pies")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("funnel"),
                      QStringLiteral("--from"), QStringLiteral("yesterday")})
                     .exitCode,
                 2);
    }

    void refusesForeignFileUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
        file.close();
        const QByteArray before = kontor::test::fileDigest(path);
        const Run result = run({QStringLiteral("--db"), path, QStringLiteral("check")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("not a Kontor database")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(kontor::test::fileDigest(path), before);
    }

    void missingDatabaseIsNotCreated()
    {
        const QString path = m_dir.filePath(QStringLiteral("typo.sqlite"));
        const Run result = run({QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("ann")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("There is no database")), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(path));
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("--db"), m_db}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--contacts"),
                      QStringLiteral("-5")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("search")}).exitCode, 2);
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("backup"));
    }

    // Messages a person reads write their numbers in the language's digits; ids, which are typed back, do not.
    void persianCountsInPersianDigits()
    {
        using kontor::test::hasPersianDigitsOnly;
        const QString db = m_dir.filePath(QStringLiteral("persian.sqlite"));
        const QString csv = QStringLiteral(KONTOR_TEST_DATA "/import/google-messy.csv");
        const Run dry = run({QStringLiteral("--lang"), QStringLiteral("fa"), QStringLiteral("--db"), db,
                             QStringLiteral("import"), csv, QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        const QStringList imported = QString::fromUtf8(dry.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(imported.size() > 1);
        QVERIFY2(hasPersianDigitsOnly(imported.first()), qPrintable(imported.first()));
        // The rows that need a look, each after its line in the file (the rest is the file's own text).
        for (const QString& row : imported.mid(1)) {
            if (row.contains(u'\t'))
                QVERIFY2(hasPersianDigitsOnly(row.section(u'\t', 0, 0)), qPrintable(row));
        }

        const Run check =
            run({QStringLiteral("--lang"), QStringLiteral("fa"), QStringLiteral("--db"), db, QStringLiteral("check")});
        QCOMPARE(check.exitCode, 0);
        const QStringList report = QString::fromUtf8(check.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(report.size() > 3);
        QVERIFY2(hasPersianDigitsOnly(report.at(1)), qPrintable(report.at(1)));
        // The tables' row counts: "  contacts: 0".
        qsizetype counts = 0;
        for (const QString& line : report) {
            if (line.startsWith(QStringLiteral("  "))) {
                QVERIFY2(hasPersianDigitsOnly(line.section(QStringLiteral(": "), -1)), qPrintable(line));
                ++counts;
            }
        }
        QVERIFY(counts > 3);
    }

    // kontor-cli --lang fa report weekly: Persian words and digits, the week named in the Solar Hijri calendar, the
    // stages of a database made in Persian in Persian.
    void rfmListsEveryCustomerWithTheirScores()
    {
        const Run result = run({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("rfm"),
                                QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json.value(QStringLiteral("end")).toString(), QStringLiteral("2026-11-30"));
        QCOMPARE(json.value(QStringLiteral("window_first")).toString(), QStringLiteral("2024-12-01"));
        auto db = kontor::Database::open(m_db);
        QVERIFY(db.ok());
        const auto expected = kontor::RfmAnalysis(db.value()->connection())
                                  .compute(QDate(2026, 11, 30), QTimeZone::systemTimeZone(), 0, {},
                                           kontor::RfmAnalysis::Details::Contacts)
                                  .value();
        const QJsonArray customers = json.value(QStringLiteral("customers")).toArray();
        QVERIFY(customers.size() > 5);
        QCOMPARE(customers.size(), expected.customers.size());
        for (int i = 0; i < customers.size(); ++i) {
            const QJsonObject customer = customers.at(i).toObject();
            const kontor::RfmCustomer& core = expected.customers.at(i);
            QCOMPARE(customer.value(QStringLiteral("name")).toString(), core.name);
            QVERIFY(!core.name.isEmpty());
            QCOMPARE(customer.value(QStringLiteral("email")).toString(), core.email);
            QCOMPARE(customer.value(QStringLiteral("recency_days")).toInteger(), core.recencyDays);
            QCOMPARE(customer.value(QStringLiteral("frequency")).toInteger(), core.frequency);
            const QJsonObject monetary = customer.value(QStringLiteral("monetary")).toObject();
            QCOMPARE(monetary.value(QStringLiteral("minor")).toInteger(), core.monetaryMinor);
            QCOMPARE(monetary.value(QStringLiteral("currency")).toString(), expected.currency);
            QCOMPARE(customer.value(QStringLiteral("r")).toInt(), core.r);
            QCOMPARE(customer.value(QStringLiteral("f")).toInt(), core.f);
            QCOMPARE(customer.value(QStringLiteral("m")).toInt(), core.m);
            QCOMPARE(customer.value(QStringLiteral("segment")).toString(), kontor::rfmSegmentKey(core.segment));
        }
        qint64 inSegments = 0;
        for (const QJsonValue& segment : json.value(QStringLiteral("segments")).toArray())
            inSegments += segment.toObject().value(QStringLiteral("customers")).toInteger();
        QCOMPARE(inSegments, customers.size());

        const Run text = run({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("rfm"),
                              QStringLiteral("--to"), QStringLiteral("2026-11-30")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Champions") && text.out.contains("R 5"), text.out.constData());
    }

    void persianWeeklyReport()
    {
        using kontor::test::hasPersianDigitsOnly;
        const QString db = m_dir.filePath(QStringLiteral("persian-report.sqlite"));
        const QStringList persian{QStringLiteral("--lang"), QStringLiteral("fa"), QStringLiteral("--db"), db};
        QCOMPARE(run(persian + QStringList{QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("200"),
                                           QStringLiteral("--as-of"), QStringLiteral("2026-12-02")})
                     .exitCode,
                 0);
        const Run weekly = run(persian + QStringList{QStringLiteral("report"), QStringLiteral("weekly"),
                                                     QStringLiteral("--to"), QStringLiteral("2026-12-02")});
        QCOMPARE(weekly.exitCode, 0);
        const QStringList lines = QString::fromUtf8(weekly.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 5);
        // The week of Saturday 7 Azar 1405 (28 November 2026).
        QVERIFY2(lines.first().contains(QStringLiteral("آذر ۱۴۰۵")), qPrintable(lines.first()));
        QVERIFY2(lines.at(1).contains(QStringLiteral("تماس")), qPrintable(lines.at(1)));
        QStringList figures;
        for (const QString& line : lines.mid(1))
            figures << line.section(u'\t', 1);
        QVERIFY2(hasPersianDigitsOnly(figures.join(u' ')), qPrintable(figures.join(u' ')));
        const Run funnel = run(persian + QStringList{QStringLiteral("report"), QStringLiteral("funnel")});
        QVERIFY2(QString::fromUtf8(funnel.out).contains(QStringLiteral("سرنخ جدید")), funnel.out.constData());
    }

    // The calendar chosen in the window's Settings is the command line's too: Persian with Gregorian dates.
    void theCalendarChosenInSettingsIsUsed()
    {
        const QString db = m_dir.filePath(QStringLiteral("gregorian-report.sqlite"));
        const QStringList persian{QStringLiteral("--lang"), QStringLiteral("fa"), QStringLiteral("--db"), db};
        QCOMPARE(run(persian + QStringList{QStringLiteral("init")}).exitCode, 0);
        const QStringList weekly{QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--to"),
                                 QStringLiteral("2026-12-02")};
        const auto firstLine = [&] { return QString::fromUtf8(run(persian + weekly).out).section(u'\n', 0, 0); };
        QVERIFY2(firstLine().contains(QStringLiteral("آذر")), qPrintable(firstLine()));
        kontor::saveCalendarChoice(QStringLiteral("gregorian"));
        const QString gregorian = firstLine();
        kontor::saveCalendarChoice(QString());
        // 28 November 2026, in Persian words and digits.
        QVERIFY2(gregorian.contains(QStringLiteral("نوامبر")) && gregorian.contains(QStringLiteral("۲۰۲۶")),
                 qPrintable(gregorian));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
