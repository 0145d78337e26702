// SPDX-License-Identifier: GPL-3.0-or-later
// kontor-cli and the assignment rules: a contact added by a script gets an owner, `assign` gives the contacts without
// one theirs (or previews it with --dry-run), and `assign rules` lists the rules.
#include "CliRun.h"
#include "TestDatabase.h"

#include "assignment/AssignmentRules.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

class TestCliAssign : public QObject
{
    Q_OBJECT

private:
    using Run = kontor::test::CliRun;

    Run run(const QStringList& arguments) const { return kontor::test::runCli(m_db, arguments); }

    /// Runs `sql` on the file and returns the number it selects (or the id it inserts).
    qint64 sql(const QString& statement) const
    {
        auto database = Database::open(m_db);
        if (!database)
            qFatal("%s", qPrintable(database.error()));
        QSqlQuery query(database.value()->connection());
        if (!query.exec(statement))
            qFatal("%s", qPrintable(statement));
        return query.next() ? query.value(0).toLongLong() : query.lastInsertId().toLongLong();
    }

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_anna = 0;
    qint64 m_ben = 0;
    qint64 m_cem = 0;

private slots:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
        m_anna = sql(QStringLiteral("INSERT INTO users (name) VALUES ('Anna')"));
        m_ben = sql(QStringLiteral("INSERT INTO users (name) VALUES ('Ben')"));
        m_cem = sql(QStringLiteral("INSERT INTO users (name) VALUES ('Cem')"));
        // Directors to Anna; everyone else to Ben and Cem in turn.
        auto database = Database::open(m_db);
        QVERIFY(database.ok());
        AssignmentRule directors;
        directors.name = QStringLiteral("Directors");
        directors.conditions = {FieldConditions::parse(QStringLiteral("title ~ director")).value()};
        directors.userIds = {m_anna};
        AssignmentRule rest;
        rest.name = QStringLiteral("Everyone else");
        rest.target = AssignTarget::RoundRobin;
        rest.userIds = {m_ben, m_cem};
        QVERIFY(AssignmentRules(database.value()->connection()).save({directors, rest}).ok());
    }

    void aContactAddedWithoutAnOwnerGetsOne()
    {
        const Run dana = run({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--first-name"),
                              QStringLiteral("Dana"), QStringLiteral("--job-title"), QStringLiteral("Sales Director"),
                              QStringLiteral("--json")});
        QVERIFY2(dana.exitCode == 0, qPrintable(dana.err));
        QCOMPARE(sql(QStringLiteral("SELECT owner_id FROM contacts WHERE first_name = 'Dana'")), m_anna);
        const Run eve = run({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--first-name"),
                             QStringLiteral("Eve"), QStringLiteral("--owner"), QStringLiteral("Cem")});
        QVERIFY2(eve.exitCode == 0, qPrintable(eve.err));
        QCOMPARE(sql(QStringLiteral("SELECT owner_id FROM contacts WHERE first_name = 'Eve'")), m_cem);
    }

    void assignGivesTheOwnerlessTheirs()
    {
        for (const char* name : {"Fritz", "Gina", "Hans"})
            sql(QStringLiteral("INSERT INTO contacts (first_name, sort_name, status, created_at, updated_at) VALUES "
                               "('%1', '%1', 'lead', 0, 0)")
                    .arg(QLatin1String(name)));
        sql(QStringLiteral("INSERT INTO contacts (first_name, sort_name, status, owner_id, title, created_at, "
                           "updated_at) VALUES ('Ida', 'ida', 'lead', %1, 'Director', 0, 0)")
                .arg(m_ben));

        // A dry run says what would happen and writes nothing.
        const Run preview = run({QStringLiteral("assign"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
        QCOMPARE(preview.json.value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(preview.json.value(QStringLiteral("considered")).toInteger(), 3);
        QCOMPARE(preview.json.value(QStringLiteral("changed")).toInteger(), 3);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM contacts WHERE owner_id IS NULL")), 3);

        const Run applied = run({QStringLiteral("assign"), QStringLiteral("--json")});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
        const QJsonArray byRule = applied.json.value(QStringLiteral("by_rule")).toArray();
        QCOMPARE(byRule.size(), 2);
        QCOMPARE(byRule.at(0).toObject().value(QStringLiteral("salesperson")).toString(), QStringLiteral("Ben"));
        QCOMPARE(byRule.at(0).toObject().value(QStringLiteral("contacts")).toInteger(), 2);
        const QJsonObject first = applied.json.value(QStringLiteral("contacts")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("Everyone else"));
        QCOMPARE(first.value(QStringLiteral("owner")).toString(), QStringLiteral("Ben"));
        QVERIFY(first.value(QStringLiteral("previous_owner")).isNull());
        QCOMPARE(sql(QStringLiteral("SELECT owner_id FROM contacts WHERE first_name = 'Gina'")), m_cem);
        QCOMPARE(sql(QStringLiteral("SELECT owner_id FROM contacts WHERE first_name = 'Hans'")), m_ben);
        // Ida has an owner: only --where brings her in, and the Directors rule gives her to Anna.
        QCOMPARE(sql(QStringLiteral("SELECT owner_id FROM contacts WHERE first_name = 'Ida'")), m_ben);
        const Run ida = run({QStringLiteral("assign"), QStringLiteral("--where"), QStringLiteral("title ~ director")});
        QVERIFY2(ida.exitCode == 0, qPrintable(ida.err));
        // In English with its plural forms, or as written where no translation is loaded.
        QVERIFY2(ida.out.contains(QRegularExpression(QStringLiteral("\\b1 contact(\\(s\\))? changed owner\\."))),
                 qPrintable(ida.out));
        QCOMPARE(sql(QStringLiteral("SELECT owner_id FROM contacts WHERE first_name = 'Ida'")), m_anna);

        QCOMPARE(run({QStringLiteral("assign"), QStringLiteral("--where"), QStringLiteral("nope ~ x")}).exitCode == 0,
                 false);
    }

    void rulesAreListed()
    {
        const Run listed = run({QStringLiteral("assign"), QStringLiteral("rules"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray rules = listed.json.value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules.at(0).toObject().value(QStringLiteral("conditions")).toArray().first().toString(),
                 QStringLiteral("title ~ director"));
        QCOMPARE(rules.at(1).toObject().value(QStringLiteral("target")).toString(), QStringLiteral("round_robin"));
        QCOMPARE(rules.at(1).toObject().value(QStringLiteral("salespeople")).toArray().size(), 2);
        const Run text = run({QStringLiteral("assign"), QStringLiteral("rules")});
        QVERIFY(text.out.contains(QStringLiteral("Everyone else\t(everyone)\tround_robin\tBen, Cem")));
    }

    // The reports take a territory as --only.
    void reportsNarrowToATerritory()
    {
        sql(QStringLiteral("INSERT INTO territories (name, position) VALUES ('North', 0)"));
        const Run none = run({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--only"),
                              QStringLiteral("territory=Atlantis")});
        QVERIFY(none.exitCode != 0);
        QVERIFY2(none.err.contains(QStringLiteral("There is no territory “Atlantis”.")), qPrintable(none.err));
        const Run north = run({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--only"),
                               QStringLiteral("territory=north"), QStringLiteral("--json")});
        QVERIFY2(north.exitCode == 0, qPrintable(north.err));
    }
};

QTEST_GUILESS_MAIN(TestCliAssign)
#include "tst_cliassign.moc"
