// SPDX-License-Identifier: GPL-3.0-or-later
// kontor-cli's commands that write, run as processes the way a phone system or a web form's script runs them.
#include "CliRun.h"
#include "TestDatabase.h"

#include "scoring/LeadScoring.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

class TestCliWrite : public QObject
{
    Q_OBJECT

private:
    using Run = kontor::test::CliRun;

    Run run(const QStringList& arguments) const { return kontor::test::runCli(m_db, arguments); }

    qint64 count(const QString& sql) const
    {
        auto database = kontor::Database::open(m_db);
        if (!database)
            qFatal("%s", qPrintable(database.error()));
        return kontor::test::count(database.value()->connection(), sql);
    }

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    }

    void contactsAreAddedAndUpdated()
    {
        const Run added = run({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--first-name"),
                               QStringLiteral("Karen"), QStringLiteral("--last-name"), QStringLiteral("Hall"),
                               QStringLiteral("--email"), QStringLiteral("Karen.Hall@Example.org"),
                               QStringLiteral("--phone"), QStringLiteral("+49 30 1234567"), QStringLiteral("--company"),
                               QStringLiteral("Atlas Logistics"), QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const qint64 id = added.json.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(added.json.value(QStringLiteral("first_name")).toString(), QStringLiteral("Karen"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM companies WHERE name = 'Atlas Logistics'")), 1);

        // Found by the email however it is capitalised; only the options given change.
        const Run updated =
            run({QStringLiteral("contact"), QStringLiteral("update"), QStringLiteral("karen.hall@example.org"),
                 QStringLiteral("--job-title"), QStringLiteral("Buyer")});
        QVERIFY2(updated.exitCode == 0, qPrintable(updated.err));
        QVERIFY(updated.out.contains(QStringLiteral("Karen Hall")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contacts WHERE title = 'Buyer' AND last_name = 'Hall' "
                                      "AND company_id IS NOT NULL")),
                 1);
    }

    void badInputIsRefusedWithAMessageAndNothingWritten()
    {
        const Run badEmail = run({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--first-name"),
                                  QStringLiteral("Mia"), QStringLiteral("--email"), QStringLiteral("a@b..c")});
        QCOMPARE(badEmail.exitCode, 1);
        QVERIFY2(badEmail.err.contains(QStringLiteral("does not look like an email address")),
                 qPrintable(badEmail.err));
        const Run noName = run({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--email"),
                                QStringLiteral("mia@example.org")});
        QCOMPARE(noName.exitCode, 1);
        QVERIFY(noName.err.contains(QStringLiteral("first or a last name")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contacts")), 0);

        const Run nobody = run({QStringLiteral("log"), QStringLiteral("--contact"), QStringLiteral("x@example.org")});
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY(nobody.err.contains(QStringLiteral("No contact has the email address x@example.org")));
        const Run badKind = run({QStringLiteral("log"), QStringLiteral("--contact"), QStringLiteral("1"),
                                 QStringLiteral("--kind"), QStringLiteral("fax")});
        QCOMPARE(badKind.exitCode, 2);
        const Run badTime = run({QStringLiteral("reminder"), QStringLiteral("add"), QStringLiteral("--title"),
                                 QStringLiteral("Call"), QStringLiteral("--due"), QStringLiteral("tomorrow")});
        QCOMPARE(badTime.exitCode, 2);
        QVERIFY(badTime.err.contains(QStringLiteral("--due")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reminders")), 0);

        // A national number cannot be matched without a country: the message says what to do.
        const Run national = run({QStringLiteral("log"), QStringLiteral("--contact"), QStringLiteral("0301234567")});
        QCOMPARE(national.exitCode, 1);
        QVERIFY2(national.err.contains(QStringLiteral("country code")), qPrintable(national.err));
    }

    void aPhoneSystemLogsACallWithItsFollowUp()
    {
        QCOMPARE(run({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--first-name"),
                      QStringLiteral("Jonas"), QStringLiteral("--phone"), QStringLiteral("+49 30 1234567")})
                     .exitCode,
                 0);
        // Found by the number the phone system sees, written differently.
        const Run logged = run(
            {QStringLiteral("log"), QStringLiteral("--contact"), QStringLiteral("+49301234567"),
             QStringLiteral("--kind"), QStringLiteral("call"), QStringLiteral("--outcome"), QStringLiteral("no_answer"),
             QStringLiteral("--at"), QStringLiteral("2026-11-30T09:15Z"), QStringLiteral("--minutes"),
             QStringLiteral("2"), QStringLiteral("--next-reminder"), QStringLiteral("2026-12-01T10:00Z"),
             QStringLiteral("--next-title"), QStringLiteral("Try Jonas again"), QStringLiteral("--json")});
        QVERIFY2(logged.exitCode == 0, qPrintable(logged.err));
        QVERIFY(logged.json.value(QStringLiteral("id")).toInteger() > 0);
        QVERIFY(logged.json.value(QStringLiteral("reminder_id")).toInteger() > 0);
        QCOMPARE(logged.json.value(QStringLiteral("occurred_at")).toString(),
                 QStringLiteral("2026-11-30T09:15:00.000Z"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM interactions WHERE outcome = 'no_answer' "
                                      "AND duration_seconds = 120")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reminders WHERE title = 'Try Jonas again'")), 1);

        const Run done = run({QStringLiteral("reminder"), QStringLiteral("done"),
                              QString::number(logged.json.value(QStringLiteral("reminder_id")).toInteger())});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reminders WHERE done_at IS NOT NULL")), 1);
        QCOMPARE(run({QStringLiteral("reminder"), QStringLiteral("done"), QStringLiteral("999")}).exitCode, 1);
    }

    // With scoring rules, a contact added or a call logged from a script is scored at once; "score" works everyone
    // out again or explains one; "contacts --where" filters by it.
    void scriptsKeepLeadScores()
    {
        {
            auto database = kontor::Database::open(m_db);
            QVERIFY(database);
            kontor::ScoreRule director;
            director.name = QStringLiteral("Decision maker");
            director.condition = kontor::FieldConditions::parse(QStringLiteral("title ~ director")).value();
            director.points = 30;
            kontor::ScoreRule answered;
            answered.group = kontor::ScoreGroup::Engagement;
            answered.name = QStringLiteral("Answered call");
            answered.interactionKind = QStringLiteral("call");
            answered.outcome = QStringLiteral("successful");
            answered.days = 14;
            answered.points = 20;
            QVERIFY(kontor::LeadScoring(database.value()->connection()).saveRules({director, answered}).ok());
        }
        const Run added = run({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--first-name"),
                               QStringLiteral("Jonas"), QStringLiteral("--job-title"), QStringLiteral("Sales Director"),
                               QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString id = QString::number(added.json.value(QStringLiteral("id")).toInteger());
        QCOMPARE(count(QStringLiteral("SELECT score FROM contact_scores WHERE contact_id = %1").arg(id)), 30);
        const Run logged = run({QStringLiteral("log"), QStringLiteral("--contact"), id, QStringLiteral("--kind"),
                                QStringLiteral("call"), QStringLiteral("--outcome"), QStringLiteral("successful")});
        QVERIFY2(logged.exitCode == 0, qPrintable(logged.err));
        QCOMPARE(count(QStringLiteral("SELECT score FROM contact_scores WHERE contact_id = %1").arg(id)), 50);

        const Run explained = run({QStringLiteral("score"), id, QStringLiteral("--json")});
        QCOMPARE(explained.exitCode, 0);
        QCOMPARE(explained.json.value(QStringLiteral("score")).toInt(), 50);
        QCOMPARE(explained.json.value(QStringLiteral("reasons")).toArray().size(), 2);
        QVERIFY(run({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--first-name"),
                     QStringLiteral("Mia")})
                    .exitCode == 0);
        const Run all = run({QStringLiteral("score"), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.json.value(QStringLiteral("changed")).toInt(), 0);
        const Run high = run({QStringLiteral("contacts"), QStringLiteral("--where"), QStringLiteral("score >= 40"),
                              QStringLiteral("--json")});
        QVERIFY2(high.exitCode == 0, qPrintable(high.err));
        QVERIFY2(high.out.contains(QStringLiteral("Jonas")) && !high.out.contains(QStringLiteral("Mia")),
                 qPrintable(high.out));
        QCOMPARE(run({QStringLiteral("score"), QStringLiteral("x")}).exitCode, 2);
        // The starter set goes only into an empty list.
        QCOMPARE(run({QStringLiteral("score"), QStringLiteral("rules"), QStringLiteral("--starter")}).exitCode, 1);
        const Run listed = run({QStringLiteral("score"), QStringLiteral("rules"), QStringLiteral("--json")});
        QCOMPARE(listed.json.value(QStringLiteral("rules")).toArray().size(), 2);
        QCOMPARE(
            listed.json.value(QStringLiteral("rules")).toArray().at(0).toObject().value(QStringLiteral("condition")),
            QStringLiteral("title ~ director"));
    }

    void theStarterRulesGoIntoAnEmptyList()
    {
        const Run starter = run(
            {QStringLiteral("score"), QStringLiteral("rules"), QStringLiteral("--starter"), QStringLiteral("--json")});
        QVERIFY2(starter.exitCode == 0, qPrintable(starter.err));
        QVERIFY(starter.json.value(QStringLiteral("rules")).toArray().size() >= 6);
        const Run text = run({QStringLiteral("score"), QStringLiteral("rules")});
        QVERIFY2(text.out.contains(QStringLiteral("title ~ director")), qPrintable(text.out));
    }

    void dealsAreAddedMovedWonAndLost()
    {
        const Run contact = run({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--first-name"),
                                 QStringLiteral("Ana"), QStringLiteral("--email"), QStringLiteral("ana@example.org"),
                                 QStringLiteral("--json")});
        QCOMPARE(contact.exitCode, 0);
        const Run added = run({QStringLiteral("deal"), QStringLiteral("add"), QStringLiteral("--title"),
                               QStringLiteral("Scanners"), QStringLiteral("--contact"),
                               QStringLiteral("ana@example.org"), QStringLiteral("--amount"), QStringLiteral("1250.50"),
                               QStringLiteral("--stage"), QStringLiteral("qualification"), QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(added.json.value(QStringLiteral("amount_minor")).toInteger(), 125050);
        QCOMPARE(added.json.value(QStringLiteral("stage")).toString(), QStringLiteral("Qualification"));
        const QString id = QString::number(added.json.value(QStringLiteral("id")).toInteger());

        const Run moved = run({QStringLiteral("deal"), QStringLiteral("move"), id, QStringLiteral("--stage"),
                               QStringLiteral("Proposal")});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QVERIFY(moved.out.contains(QStringLiteral("moved to Proposal")));
        const Run unknownStage = run(
            {QStringLiteral("deal"), QStringLiteral("move"), id, QStringLiteral("--stage"), QStringLiteral("Nowhere")});
        QCOMPARE(unknownStage.exitCode, 1);
        QVERIFY(unknownStage.err.contains(QStringLiteral("Proposal")));
        QCOMPARE(run({QStringLiteral("deal"), QStringLiteral("lose"), id}).exitCode, 2);
        const Run lost = run({QStringLiteral("deal"), QStringLiteral("lose"), id, QStringLiteral("--reason"),
                              QStringLiteral("Budget frozen"), QStringLiteral("--json")});
        QVERIFY2(lost.exitCode == 0, qPrintable(lost.err));
        QCOMPARE(lost.json.value(QStringLiteral("lost_reason")).toString(), QStringLiteral("Budget frozen"));
        const Run won = run({QStringLiteral("deal"), QStringLiteral("win"), id, QStringLiteral("--json")});
        QVERIFY2(won.exitCode == 0, qPrintable(won.err));
        QCOMPARE(won.json.value(QStringLiteral("stage")).toString(), QStringLiteral("Won"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deal_stage_history WHERE deal_id = %1").arg(id)), 4);
    }

    // Two contacts merged from the command line, as the duplicate finder merges them: the history moves to the one
    // kept, its empty fields are filled, and the other is gone. Killed (kill -9, a power cut) half way, a merge
    // leaves a sound database with all of it or none of it, run after run.
    void mergesAreWholeEvenWhenKilled()
    {
        const auto contactId = [this](const QString& email) {
            return count(QStringLiteral("SELECT contact_id FROM contact_emails WHERE email = '%1'").arg(email));
        };
        for (const auto& [first, email, phone] :
             {std::tuple{"Karen", "karen@example.org", ""}, std::tuple{"K.", "k.hall@example.org", "+49 30 1234567"}})
            QCOMPARE(run({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--first-name"),
                          QString::fromUtf8(first), QStringLiteral("--last-name"), QStringLiteral("Hall"),
                          QStringLiteral("--email"), QString::fromUtf8(email), QStringLiteral("--phone"),
                          QString::fromUtf8(phone)})
                         .exitCode,
                     0);
        const qint64 kept = contactId(QStringLiteral("karen@example.org"));
        const qint64 other = contactId(QStringLiteral("k.hall@example.org"));
        QVERIFY(kept > 0 && other > 0);
        // Years of calls with the other: enough that the merge takes long enough to be killed in.
        constexpr int calls = 60000;
        {
            auto database = kontor::Database::open(m_db);
            QVERIFY(database.ok());
            QSqlQuery insert(database.value()->connection());
            QVERIFY2(insert.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                                                "i < %1) INSERT INTO interactions (contact_id, kind, occurred_at, "
                                                "notes, created_at) SELECT %2, 'call', 1700000000000 + i * 60000, "
                                                "'call ' || i, 1700000000000 FROM n")
                                     .arg(calls)
                                     .arg(other)),
                     qPrintable(insert.lastError().text()));
        }
        const QString base = m_dir.filePath(QStringLiteral("merge-base.sqlite"));
        QVERIFY(QFile::copy(m_db, base));
        const auto state = [](const QString& path) {
            auto database = kontor::Database::open(path);
            if (!database)
                return std::tuple{false, qint64(-1), qint64(-1), qint64(-1)};
            const auto report = database.value()->check();
            const QSqlDatabase db = database.value()->connection();
            return std::tuple{report.ok() && report->integrityOk,
                              kontor::test::count(db, QStringLiteral("SELECT count(*) FROM contacts")),
                              kontor::test::count(db, QStringLiteral("SELECT count(*) FROM interactions")),
                              kontor::test::count(db, QStringLiteral("SELECT count(*) FROM interactions WHERE "
                                                                     "contact_id = (SELECT min(id) FROM contacts)"))};
        };

        int killedInTheMiddle = 0;
        for (const int milliseconds : {60, 250, 600}) {
            const QString path = m_dir.filePath(QStringLiteral("merge-killed-%1.sqlite").arg(milliseconds));
            QVERIFY(QFile::copy(base, path));
            QProcess process;
            process.start(QStringLiteral(KONTOR_CLI),
                          {QStringLiteral("--db"), path, QStringLiteral("contact"), QStringLiteral("merge"),
                           QString::number(kept), QString::number(other)});
            QVERIFY(process.waitForStarted());
            QTest::qWait(milliseconds);
            if (process.state() != QProcess::NotRunning) {
                process.kill();
                QVERIFY(process.waitForFinished(60000));
            }
            // Killed once the command had opened the file (SQLite made its -wal) and so was merging: the merge takes
            // most of the command's time. (Its changes stay in memory until the commit: the -wal stays empty.)
            const bool wasWriting = QFileInfo::exists(path + QStringLiteral("-wal"));
            const auto [sound, contacts, interactions, keptsCalls] = state(path);
            QVERIFY2(sound, qPrintable(path));
            QCOMPARE(interactions, qint64(calls));
            QVERIFY2(contacts == 2 || contacts == 1, qPrintable(QString::number(contacts)));
            // All moved with the other gone, or none moved with the other still there.
            QCOMPARE(keptsCalls, contacts == 1 ? qint64(calls) : qint64(0));
            killedInTheMiddle += contacts == 2 && wasWriting ? 1 : 0;
        }
        // At least one run was killed while it merged, or the test proves nothing.
        QVERIFY(killedInTheMiddle > 0);

        // Whole: the kept contact has the other's phone and history; the other is gone.
        const Run merged = run({QStringLiteral("contact"), QStringLiteral("merge"), QStringLiteral("karen@example.org"),
                                QString::number(other), QStringLiteral("--json")});
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
        QCOMPARE(merged.json.value(QStringLiteral("id")).toInteger(), kept);
        QCOMPARE(merged.json.value(QStringLiteral("phones")).toArray().size(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contacts")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM interactions WHERE contact_id = %1").arg(kept)),
                 qint64(calls));
        // Merging a contact into itself is refused, and nothing changes.
        const Run itself =
            run({QStringLiteral("contact"), QStringLiteral("merge"), QString::number(kept), QString::number(kept)});
        QVERIFY(itself.exitCode != 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contacts")), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliWrite)
#include "tst_cliwrite.moc"
