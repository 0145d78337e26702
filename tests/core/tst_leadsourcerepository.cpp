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

    void renameSourceAndEditCampaign()
    {
        test::TestDatabase fixture;
        LeadSourceRepository repo(fixture.db());
        const qint64 web = repo.ensureSource(QStringLiteral("Web")).value();
        QVERIFY(repo.renameSource(web, QStringLiteral("Web shop")).ok());
        QVERIFY(!repo.renameSource(web, QStringLiteral(" ")).ok());
        const Status taken = repo.renameSource(web, QStringLiteral("Website")); // a default source
        QCOMPARE(taken.error(), QStringLiteral("A lead source called “Website” already exists."));
        QCOMPARE(repo.ensureSource(QStringLiteral("Web shop")).value(), web);
        Campaign campaign;
        campaign.leadSourceId = web;
        campaign.name = QStringLiteral("Spring ads");
        campaign.spend = {50000, QStringLiteral("EUR")};
        campaign.id = repo.createCampaign(campaign).value();
        campaign.spend.minor = 75000;
        campaign.startsOn = QDate(2026, 3, 1);
        campaign.endsOn = QDate(2026, 5, 31);
        QVERIFY(repo.updateCampaign(campaign).ok());
        auto saved = repo.campaigns(web);
        QCOMPARE(saved->size(), 1);
        QCOMPARE(saved->first().spend.minor, qint64(75000));
        QCOMPARE(saved->first().endsOn, QDate(2026, 5, 31));
        campaign.endsOn = QDate(2026, 2, 1);
        QVERIFY(!repo.updateCampaign(campaign).ok());
    }
};

QTEST_GUILESS_MAIN(TestLeadSourceRepository)
#include "tst_leadsourcerepository.moc"
