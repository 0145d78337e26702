// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UtcTime.h"

#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "search/Search.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace kontor;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock{utcAt(QDate(2026, 11, 24), QTime(9, 0))};

    static QByteArray tableDigest(const QSqlDatabase& db, const QString& table)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
            qFatal("digest failed");
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(QByteArray(query.value(i).toString().toUtf8() + '\x1f'));
        }
        return hash.result();
    }

    static qint64 scalar(const QSqlDatabase& db, const QString& sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            qFatal("query failed: %s", qPrintable(sql));
        return query.value(0).toLongLong();
    }

private slots:
    void init() { Clock::setInstance(&m_clock); }
    void cleanup() { Clock::setInstance(nullptr); }

    void sameSeedSameData()
    {
        test::TestDatabase first;
        test::TestDatabase second;
        test::TestDatabase other;
        QVERIFY(DemoGenerator(first.db()).generate({300, 7, 10}).ok());
        QVERIFY(DemoGenerator(second.db()).generate({300, 7, 10}).ok());
        QVERIFY(DemoGenerator(other.db()).generate({300, 8, 10}).ok());
        for (const QString& table :
             {QStringLiteral("contacts"), QStringLiteral("companies"), QStringLiteral("interactions"),
              QStringLiteral("deals"), QStringLiteral("deal_stage_history"), QStringLiteral("reminders")}) {
            QCOMPARE(tableDigest(first.db(), table), tableDigest(second.db(), table));
        }
        QVERIFY(tableDigest(first.db(), QStringLiteral("contacts")) !=
                tableDigest(other.db(), QStringLiteral("contacts")));
    }

    void realisticContent()
    {
        test::TestDatabase fixture;
        auto summary = DemoGenerator(fixture.db()).generate({1000, 1, 10});
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        const QSqlDatabase db = fixture.db();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts")), qint64(1000));
        QCOMPARE(summary->contacts, qint64(1000));
        const qint64 interactions = scalar(db, QStringLiteral("SELECT count(*) FROM interactions"));
        QVERIFY2(interactions > 8000 && interactions < 12000, qPrintable(QString::number(interactions)));
        // Branches, several lead sources and campaigns with spend.
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM companies WHERE parent_id IS NOT NULL")) > 5);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(DISTINCT lead_source_id) FROM contacts")) >= 5);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM campaigns WHERE spend_minor > 0")) > 3);
        // Names in several scripts: Arabic (Persian), Bengali, Ethiopic.
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE country = 'Iran'")) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE country = 'Bangladesh'")) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE country = 'Ethiopia'")) > 0);
        // Calls and meetings over the last year with outcomes; complaints, some resolved.
        const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
        // Only meetings lie ahead (planned, no outcome yet), within two weeks.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM interactions WHERE occurred_at < %1 OR (occurred_at > %2 "
                                      "AND (kind <> 'meeting' OR outcome IS NOT NULL OR occurred_at > %3))")
                           .arg(now - 366LL * 86400000)
                           .arg(now)
                           .arg(now + 15LL * 86400000)),
            qint64(0));
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM interactions WHERE occurred_at > %1").arg(now)) > 5);
        QVERIFY(scalar(db, QStringLiteral(
                               "SELECT count(*) FROM interactions WHERE kind = 'meeting' AND outcome IS NOT NULL")) >
                100);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM interactions WHERE kind = 'complaint'")) > 0);
        // Deals: won, lost and open; every deal's history ends in its current stage and starts from nowhere.
        QVERIFY(
            scalar(db, QStringLiteral(
                           "SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id WHERE s.kind = 'won'")) >
            10);
        QVERIFY(
            scalar(db, QStringLiteral(
                           "SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id WHERE s.kind = 'lost'")) >
            10);
        QCOMPARE(
            scalar(db, QStringLiteral(
                           "SELECT count(*) FROM deals d WHERE d.stage_id <> (SELECT to_stage_id FROM "
                           "deal_stage_history h WHERE h.deal_id = d.id ORDER BY changed_at DESC, id DESC LIMIT 1)")),
            qint64(0));
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT count(*) FROM deals d WHERE (SELECT from_stage_id FROM deal_stage_history h "
                                "WHERE h.deal_id = d.id ORDER BY changed_at, id LIMIT 1) IS NOT NULL")),
                 qint64(0));
        // Open and done reminders, birthdays; last contact matches the history.
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM reminders WHERE done_at IS NULL")) > 10);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM reminders WHERE done_at IS NOT NULL")) > 5);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE birthday IS NOT NULL")) > 400);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts c WHERE c.last_interaction_at IS NOT "
                                           "(SELECT max(occurred_at) FROM interactions WHERE contact_id = c.id "
                                           " AND occurred_at <= %1)")
                                .arg(now)),
                 qint64(0));
        // Everything is searchable, and the integrity check passes.
        QVERIFY(Search(db).findContacts(QStringLiteral("mü"), 5)->size() > 0);
        QVERIFY(Search(db).findInteractions(QStringLiteral("proposal"), 5)->size() > 0);
        QVERIFY(fixture.database().check()->integrityOk);
        // The triggers suspended for the load are all back: 9 for search, 3 for the pipeline totals (which the
        // integrity check above compared with the deals) 24 for the change history, which the load left empty, and 8
        // for the report summaries.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'")), qint64(52));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM change_log")), qint64(0));
        QVERIFY(scalar(db, QStringLiteral("SELECT sum(deals) FROM deal_totals")) > 0);
    }

    void cancelLeavesDatabaseUnchanged()
    {
        test::TestDatabase fixture;
        int calls = 0;
        auto result =
            DemoGenerator(fixture.db()).generate({2000, 1, 10}, [&calls](qint64 done, qint64, const QString&) {
                ++calls;
                return done < 1000;
            });
        QVERIFY(!result.ok());
        QVERIFY(calls > 1);
        QCOMPARE(scalar(fixture.db(), QStringLiteral("SELECT count(*) FROM contacts")), qint64(0));
        QCOMPARE(scalar(fixture.db(), QStringLiteral("SELECT count(*) FROM interactions")), qint64(0));
        QCOMPARE(scalar(fixture.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'")),
                 qint64(52));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
