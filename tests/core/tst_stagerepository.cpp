// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "repositories/DealRepository.h"

#include "repositories/StageRepository.h"

#include <QTest>

using namespace kontor;

class TestStageRepository : public QObject
{
    Q_OBJECT

private slots:
    void defaultStagesInOrder()
    {
        test::TestDatabase fixture;
        auto stages = StageRepository(fixture.db()).list();
        QVERIFY(stages.ok());
        QStringList names;
        for (const Stage& stage : stages.value())
            names << stage.name;
        QCOMPARE(names, (QStringList{QStringLiteral("New lead"), QStringLiteral("Initial contact"),
                                     QStringLiteral("Qualification"), QStringLiteral("Demo/Presentation"),
                                     QStringLiteral("Proposal"), QStringLiteral("Contract review"),
                                     QStringLiteral("Won"), QStringLiteral("Lost")}));
        QCOMPARE(stages->at(6).kind, StageKind::Won);
        QCOMPARE(stages->at(7).kind, StageKind::Lost);
        QVERIFY(stages->at(6).isFinal());
        QVERIFY(!stages->at(0).isFinal());
    }

    void addRenameReorder()
    {
        test::TestDatabase fixture;
        StageRepository repo(fixture.db());
        auto id = repo.create({.name = QStringLiteral("Negotiation"), .probability = 70, .staleAfterDays = 14});
        QVERIFY2(id.ok(), qPrintable(id.error()));
        Stage stage = repo.get(id.value()).value();
        QCOMPARE(stage.position, 9);
        QCOMPARE(stage.staleAfterDays, 14);
        stage.name = QStringLiteral("Negotiating");
        QVERIFY(repo.update(stage).ok());
        QList<qint64> order;
        for (const Stage& s : repo.list().value())
            order << s.id;
        order.move(order.indexOf(id.value()), 5);
        QVERIFY(repo.reorder(order).ok());
        QCOMPARE(repo.list()->at(5).name, QStringLiteral("Negotiating"));
        QVERIFY(!repo.create({.name = QStringLiteral("Bad"), .probability = 101}).ok());
        QVERIFY(!repo.create({.name = QStringLiteral(" ")}).ok());
    }

    void removingAStageMovesItsDeals()
    {
        test::TestDatabase fixture;
        StageRepository stages(fixture.db());
        const QList<Stage> all = stages.list().value();
        DealRepository deals(fixture.db());
        Deal deal;
        deal.title = QStringLiteral("In qualification");
        deal.stageId = all[2].id;
        deal.amount = {1000, QStringLiteral("EUR")};
        const qint64 id = deals.create(deal).value();
        QVERIFY(!stages.remove(all[2].id, all[2].id).ok()); // not into itself
        QVERIFY(stages.remove(all[2].id, all[3].id).ok());
        QCOMPARE(stages.list()->size(), 7);
        QCOMPARE(deals.get(id)->stageId, all[3].id);
        auto history = deals.history(id);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->last().fromStageId, all[2].id);
        QVERIFY(fixture.database().check()->integrityOk); // the board's totals followed
        // Into Won: the deal closes.
        QVERIFY(stages.remove(all[3].id, all[6].id).ok());
        QVERIFY(deals.get(id)->closedAt.isValid());
        // The only Won and Lost stages stay; a removed stage takes no deals.
        QVERIFY(!stages.remove(all[6].id, all[0].id).ok());
        QVERIFY(!stages.remove(all[7].id, all[0].id).ok());
        QVERIFY(!stages.remove(all[0].id, all[2].id).ok());
    }
};

QTEST_GUILESS_MAIN(TestStageRepository)
#include "tst_stagerepository.moc"
