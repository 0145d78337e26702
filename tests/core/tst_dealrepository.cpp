// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UtcTime.h"

#include "repositories/DealRepository.h"
#include "repositories/StageRepository.h"

#include <QTest>

using namespace kontor;

class TestDealRepository : public QObject
{
    Q_OBJECT

private slots:
    void stageHistoryRecordsEveryMove()
    {
        test::TestDatabase fixture;
        const QList<Stage> stages = StageRepository(fixture.db()).list().value();
        DealRepository repo(fixture.db());
        Deal deal;
        deal.title = QStringLiteral("50 scanners");
        deal.stageId = stages[0].id;
        deal.amount = {1250000, QStringLiteral("eur")};
        deal.expectedClose = QDate(2026, 12, 31);
        const QDateTime created = utcAt(QDate(2026, 1, 5), QTime(9, 0));
        deal.createdAt = created;
        auto id = repo.create(deal, 1);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(repo.get(id.value())->amount, (Money{1250000, QStringLiteral("EUR")}));

        const QDateTime t1 = created.addDays(3);
        const QDateTime t2 = created.addDays(10);
        QVERIFY(repo.moveToStage(id.value(), stages[2].id, 1, t1).ok());                          // skips stage 2
        QVERIFY(repo.moveToStage(id.value(), stages[7].id, 1, t2, QStringLiteral("Price")).ok()); // Lost
        auto history = repo.history(id.value());
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).fromStageId, qint64(0));
        QCOMPARE(history->at(0).toStageId, stages[0].id);
        QCOMPARE(history->at(1).fromStageId, stages[0].id);
        QCOMPARE(history->at(1).toStageId, stages[2].id);
        QCOMPARE(history->at(1).changedAt, t1);
        QCOMPARE(history->at(2).toStageId, stages[7].id);
        auto lost = repo.get(id.value());
        QCOMPARE(lost->stageId, stages[7].id);
        QCOMPARE(lost->closedAt, t2);
        QCOMPARE(lost->lostReason, QStringLiteral("Price"));
        // Reopening clears the close time.
        QVERIFY(repo.moveToStage(id.value(), stages[4].id, 1, t2.addDays(1)).ok());
        QVERIFY(!repo.get(id.value())->closedAt.isValid());
        QCOMPARE(repo.history(id.value())->size(), 4);
    }

    void validates()
    {
        test::TestDatabase fixture;
        DealRepository repo(fixture.db());
        Deal deal;
        deal.title = QStringLiteral("x");
        QVERIFY(!repo.create(deal).ok()); // no stage
        deal.stageId = 1;
        deal.amount.minor = -1;
        QVERIFY(!repo.create(deal).ok());
        deal.amount = {100, QStringLiteral("EURO")};
        QVERIFY(!repo.create(deal).ok());
        deal.amount = {100, QStringLiteral("EUR")};
        deal.stageId = 999;
        QVERIFY(!repo.create(deal).ok());
    }
};

QTEST_GUILESS_MAIN(TestDealRepository)
#include "tst_dealrepository.moc"
