// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UtcTime.h"

#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/PipelineRepository.h"
#include "repositories/StageRepository.h"
#include "repositories/UserRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace kontor;

namespace {

const QDateTime now = utcAt(QDate(2026, 6, 15), QTime(12, 0));

} // namespace

class TestPipelineRepository : public QObject
{
    Q_OBJECT

    QList<Stage> m_stages;
    qint64 m_secondOwner = 0;
    qint64 m_contact = 0;
    QHash<QString, qint64> m_deals;

    qint64 addDeal(test::TestDatabase& fixture, const QString& title, int stageIndex, int daysAgo, Money amount,
                   qint64 owner)
    {
        Deal deal;
        deal.title = title;
        deal.stageId = m_stages[0].id;
        deal.contactId = m_contact;
        deal.amount = amount;
        deal.ownerId = owner;
        deal.createdAt = now.addDays(-daysAgo - 1);
        DealRepository repo(fixture.db());
        auto id = repo.create(deal);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        // The stage is entered `daysAgo` days before now, through the history as the board would do it.
        const bool moved = stageIndex != 0
                               ? repo.moveToStage(id.value(), m_stages[stageIndex].id, 0, now.addDays(-daysAgo),
                                                  QStringLiteral("Price"))
                                     .ok()
                               : repo.moveToStage(id.value(), m_stages[1].id, 0, now.addDays(-daysAgo - 1)).ok() &&
                                     repo.moveToStage(id.value(), m_stages[0].id, 0, now.addDays(-daysAgo)).ok();
        if (!moved)
            qFatal("The deal %s could not be moved", qPrintable(title));
        m_deals.insert(title, id.value());
        return id.value();
    }

    /// New lead (5 %, stale after 14 days): A 20 days, B 2 days, C 30 days (USD), an archived one.
    /// Proposal (60 %): D. Won: E closed 10 days ago, F 40 days ago.
    void build(test::TestDatabase& fixture)
    {
        m_stages = StageRepository(fixture.db()).list().value();
        QCOMPARE(m_stages.size(), 8);
        QCOMPARE(m_stages[0].staleAfterDays, 14); // schema 3's default for open stages
        QCOMPARE(m_stages[6].kind, StageKind::Won);
        m_secondOwner = UserRepository(fixture.db()).create({0, QStringLiteral("Bea"), {}, false}).value();
        Contact contact;
        contact.firstName = QStringLiteral("Ada");
        contact.lastName = QStringLiteral("Lovelace");
        m_contact = ContactRepository(fixture.db()).create(contact).value();

        const QString eur = QStringLiteral("EUR");
        addDeal(fixture, QStringLiteral("A"), 0, 20, {100000, eur}, 1);
        addDeal(fixture, QStringLiteral("B"), 0, 2, {50000, eur}, m_secondOwner);
        addDeal(fixture, QStringLiteral("C"), 0, 30, {10000, QStringLiteral("USD")}, 1);
        const qint64 archived = addDeal(fixture, QStringLiteral("archived"), 0, 50, {999900, eur}, 1);
        QVERIFY(DealRepository(fixture.db()).archive(archived).ok());
        addDeal(fixture, QStringLiteral("D"), 4, 3, {30001, eur}, 1);
        addDeal(fixture, QStringLiteral("E"), 6, 10, {70000, eur}, 1);
        addDeal(fixture, QStringLiteral("F"), 6, 40, {80000, eur}, 1);
    }

    static QStringList titles(const PipelineColumn& column)
    {
        QStringList titles;
        for (const PipelineCard& card : column.cards)
            titles << card.title;
        return titles;
    }

private slots:
    void columnsTotalAndOrderTheirDeals()
    {
        test::TestDatabase fixture;
        build(fixture);
        auto board = PipelineRepository(fixture.db()).board({}, now);
        QVERIFY2(board.ok(), qPrintable(board.error()));
        QCOMPARE(board->size(), 8);

        const PipelineColumn& lead = board->at(0);
        QCOMPARE(lead.stage.id, m_stages[0].id);
        QCOMPARE(lead.dealCount, 3);
        QCOMPARE(titles(lead), (QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(lead.staleCount, 2); // 30 and 20 days against 14
        QCOMPARE(lead.totals, (QList<Money>{{150000, QStringLiteral("EUR")}, {10000, QStringLiteral("USD")}}));
        QCOMPARE(lead.weightedTotals, (QList<Money>{{7500, QStringLiteral("EUR")}, {500, QStringLiteral("USD")}}));
        QVERIFY(lead.isComplete());
        const PipelineCard& c = lead.cards[0];
        QCOMPARE(c.daysInStage, 30);
        QVERIFY(c.stale);
        QVERIFY(!lead.cards[2].stale);
        QCOMPARE(c.contactName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(c.ownerId, qint64(1));
        QVERIFY(!c.ownerName.isEmpty());
        QCOMPARE(lead.cards[2].ownerName, QStringLiteral("Bea"));

        // 300.01 × 60 % = 180.006, rounded to 180.01.
        const PipelineColumn& proposal = board->at(4);
        QCOMPARE(proposal.dealCount, 1);
        QCOMPARE(proposal.weightedTotals, (QList<Money>{{18001, QStringLiteral("EUR")}}));
        QCOMPARE(proposal.staleCount, 0);

        // Won holds what closed in the last 30 days; a final stage is never stale.
        const PipelineColumn& won = board->at(6);
        QCOMPARE(titles(won), QStringList{QStringLiteral("E")});
        QCOMPARE(won.totals, (QList<Money>{{70000, QStringLiteral("EUR")}}));
        QVERIFY(!won.cards[0].stale);
        QCOMPARE(board->at(1).dealCount, 0); // everything passed through Initial contact and left
        QVERIFY(board->at(1).totals.isEmpty());
    }

    void filtersByOwnerAndCapsTheCards()
    {
        test::TestDatabase fixture;
        build(fixture);
        PipelineRepository repo(fixture.db());
        PipelineFilter filter;
        filter.ownerId = m_secondOwner;
        auto mine = repo.board(filter, now);
        QVERIFY(mine.ok());
        QCOMPARE(titles(mine->at(0)), QStringList{QStringLiteral("B")});
        QCOMPARE(mine->at(0).staleCount, 0);
        QCOMPARE(mine->at(6).dealCount, 0);

        filter = {};
        filter.cardsPerStage = 1;
        filter.closedWithinDays = 60;
        auto capped = repo.board(filter, now);
        QCOMPARE(capped->at(0).dealCount, 3);
        QCOMPARE(titles(capped->at(0)), QStringList{QStringLiteral("C")});
        QVERIFY(!capped->at(0).isComplete());
        QCOMPARE(capped->at(6).dealCount, 2);
        QCOMPARE(titles(capped->at(6)), QStringList{QStringLiteral("E")}); // the latest closed first
    }

    void aMoveShowsAtOnceAndEndsStaleness()
    {
        test::TestDatabase fixture;
        build(fixture);
        PipelineRepository repo(fixture.db());
        auto stale = repo.staleDeals(10, now);
        QVERIFY2(stale.ok(), qPrintable(stale.error()));
        QCOMPARE(stale->size(), 2);
        QCOMPARE(stale->at(0).title, QStringLiteral("C")); // 16 days past the limit, then A with 6
        QCOMPARE(stale->at(1).title, QStringLiteral("A"));
        QCOMPARE(repo.staleDeals(1, now)->size(), 1);

        QVERIFY(DealRepository(fixture.db()).moveToStage(m_deals[QStringLiteral("C")], m_stages[2].id, 0, now).ok());
        auto board = repo.board({}, now);
        QCOMPARE(titles(board->at(0)), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(titles(board->at(2)), QStringList{QStringLiteral("C")});
        QCOMPARE(board->at(2).cards[0].daysInStage, 0);
        QCOMPARE(repo.staleDeals(10, now)->size(), 1);

        // A stage without a limit never marks its deals stale.
        Stage lead = m_stages[0];
        lead.staleAfterDays = 0;
        QVERIFY(StageRepository(fixture.db()).update(lead).ok());
        QVERIFY(repo.staleDeals(10, now)->isEmpty());
        QCOMPARE(repo.board({}, now)->at(0).staleCount, 0);
    }

    void totalsTableFollowsEveryWrite()
    {
        test::TestDatabase fixture;
        build(fixture);
        auto consistent = [&] {
            auto report = fixture.database().check();
            return report.ok() && report->integrityOk;
        };
        QVERIFY(consistent());
        DealRepository deals(fixture.db());
        // Amount, currency and owner edited; a move; an archive; a deal without owner; a delete.
        Deal a = deals.get(m_deals[QStringLiteral("A")]).value();
        a.amount = {123456, QStringLiteral("CHF")};
        a.ownerId = m_secondOwner;
        QVERIFY(deals.update(a).ok());
        QVERIFY(deals.moveToStage(m_deals[QStringLiteral("B")], m_stages[3].id, 0, now).ok());
        QVERIFY(deals.archive(m_deals[QStringLiteral("D")]).ok());
        Deal ownerless;
        ownerless.title = QStringLiteral("Nobody's");
        ownerless.stageId = m_stages[2].id;
        ownerless.amount = {500, QStringLiteral("EUR")};
        const qint64 ownerlessId = deals.create(ownerless).value();
        QVERIFY(consistent());
        QSqlQuery remove(fixture.db());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM deal_stage_history WHERE deal_id = %1").arg(ownerlessId)));
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM deals WHERE id = %1").arg(ownerlessId)));
        QVERIFY(consistent());
        auto board = PipelineRepository(fixture.db()).board({}, now);
        QCOMPARE(board->at(0).totals, (QList<Money>{{123456, QStringLiteral("CHF")}, {10000, QStringLiteral("USD")}}));
        QCOMPARE(board->at(3).totals, (QList<Money>{{50000, QStringLiteral("EUR")}}));
        QCOMPARE(board->at(4).dealCount, 0);
        QVERIFY(board->at(4).totals.isEmpty());

        // The check notices a summary that went wrong.
        QVERIFY(remove.exec(
            QStringLiteral("UPDATE deal_totals SET deals = deals + 1 WHERE stage_id = %1").arg(m_stages[0].id)));
        QVERIFY(!consistent());
    }

    void theBoardIsReadThroughItsIndex()
    {
        test::TestDatabase fixture;
        QSqlQuery plan(fixture.db());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT d.currency, count(*), sum(d.amount_minor) "
                                         "FROM deals d WHERE d.stage_id = 1 AND d.archived_at IS NULL "
                                         "AND +d.owner_id = 2 GROUP BY d.currency")));
        QString detail;
        while (plan.next())
            detail += plan.value(3).toString() + u'\n';
        QVERIFY2(detail.contains(QStringLiteral("COVERING INDEX deals_board")), qPrintable(detail));
    }
};

QTEST_GUILESS_MAIN(TestPipelineRepository)
#include "tst_pipelinerepository.moc"
