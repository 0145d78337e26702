// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "repositories/LeadSourceRepository.h"

#include <QTest>

using namespace kontor;

class TestLeadSourceRepository : public QObject
{
    Q_OBJECT

private slots:
    void sourcesAreUniqueByName()
    {
        test::TestDatabase fixture;
        LeadSourceRepository repo(fixture.db());
        const qint64 before = repo.sources()->size();
        auto id = repo.ensureSource(QStringLiteral("  Podcast  "));
        QVERIFY(id.ok());
        QCOMPARE(repo.ensureSource(QStringLiteral("Podcast")).value(), id.value());
        QCOMPARE(repo.sources()->size(), before + 1);
        QVERIFY(!repo.ensureSource(QStringLiteral(" ")).ok());
    }

    void campaignsKeepSpendAndPeriod()
    {
        test::TestDatabase fixture;
        LeadSourceRepository repo(fixture.db());
        const qint64 source = repo.ensureSource(QStringLiteral("Trade show")).value();
        Campaign campaign;
        campaign.leadSourceId = source;
        campaign.name = QStringLiteral("CeBIT 2026");
        campaign.startsOn = QDate(2026, 3, 1);
        campaign.endsOn = QDate(2026, 3, 31);
        campaign.spend = {450000, QStringLiteral("EUR")};
        QVERIFY(repo.createCampaign(campaign).ok());
        auto campaigns = repo.campaigns(source);
        QCOMPARE(campaigns->size(), 1);
        QCOMPARE(campaigns->first().spend, campaign.spend);
        QCOMPARE(campaigns->first().endsOn, campaign.endsOn);
        campaign.endsOn = QDate(2026, 2, 1);
        QVERIFY(!repo.createCampaign(campaign).ok());
        campaign.endsOn = {};
        campaign.spend.minor = -5;
        QVERIFY(!repo.createCampaign(campaign).ok());
    }
};

QTEST_GUILESS_MAIN(TestLeadSourceRepository)
#include "tst_leadsourcerepository.moc"
