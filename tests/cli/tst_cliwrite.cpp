// SPDX-License-Identifier: GPL-3.0-or-later
// kontor-cli's commands that write, run as processes the way a phone system or a web form's script runs them.
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliWrite : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QString out;
        QString err;
    };

    Run run(QStringList arguments) const
    {
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        QProcess process;
        process.start(QStringLiteral(KONTOR_CLI), arguments);
        if (!process.waitForFinished(60000))
            qFatal("kontor-cli did not finish");
        const QByteArray out = process.readAllStandardOutput();
        return {process.exitCode(), QJsonDocument::fromJson(out).object(), QString::fromUtf8(out),
                QString::fromUtf8(process.readAllStandardError())};
    }

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
};

QTEST_GUILESS_MAIN(TestCliWrite)
#include "tst_cliwrite.moc"
