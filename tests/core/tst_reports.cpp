// SPDX-License-Identifier: GPL-3.0-or-later
// Every report against a small database built by hand, with the right answers worked out below, line by line.
// Over 600 lines on purpose: the five reports share the one hand-built database and its worked-out answers.
#include "ReportFixture.h"
#include "UtcTime.h"

#include "Clock.h"
#include "domain/DateText.h"
#include "reports/ActivityReport.h"
#include "reports/FunnelReport.h"
#include "reports/LeadSourceReport.h"
#include "reports/ReportSummaries.h"
#include "reports/WeeklyReport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace kontor;

using namespace kontor::test;

namespace {

const FunnelStage& stageOf(const FunnelReport& report, qint64 id)
{
    for (const FunnelStage& stage : report.stages) {
        if (stage.stageId == id)
            return stage;
    }
    qFatal("no stage %lld", id);
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setInstance(&m_clock); }
    void cleanup() { Clock::setInstance(nullptr); }

    void periodsFollowTheLocaleAndTimeZone()
    {
        // Wednesday 8 July 2026; weeks from Monday in Berlin (summer time, UTC+2).
        const QDate wednesday(2026, 7, 8);
        const ReportPeriod week = ReportPeriod::of(ReportPeriod::Kind::ThisWeek, wednesday, Qt::Monday, berlin);
        QCOMPARE(week.first, QDate(2026, 7, 6));
        QCOMPARE(week.last, QDate(2026, 7, 12));
        QCOMPARE(week.fromMs(), at("2026-07-05T22:00:00Z"));
        QCOMPARE(week.toMs(), at("2026-07-12T22:00:00Z"));
        // A Sunday-first locale starts the week the day before.
        QCOMPARE(ReportPeriod::of(ReportPeriod::Kind::ThisWeek, wednesday, Qt::Sunday, berlin).first,
                 QDate(2026, 7, 5));
        QCOMPARE(ReportPeriod::of(ReportPeriod::Kind::LastWeek, wednesday, Qt::Monday, berlin).first,
                 QDate(2026, 6, 29));
        QCOMPARE(ReportPeriod::of(ReportPeriod::Kind::LastMonth, wednesday, Qt::Monday, berlin).last,
                 QDate(2026, 6, 30));
        const ReportPeriod quarter = ReportPeriod::of(ReportPeriod::Kind::ThisQuarter, wednesday, Qt::Monday, berlin);
        QCOMPARE(quarter.first, QDate(2026, 7, 1));
        QCOMPARE(quarter.last, QDate(2026, 9, 30));
        QCOMPARE(quarter.previous().first, QDate(2026, 4, 1));
        QCOMPARE(quarter.previous().last, QDate(2026, 6, 30));
        QCOMPARE(ReportPeriod::of(ReportPeriod::Kind::ThisYear, wednesday, Qt::Monday, berlin).dayCount(), 365);
        // The week of the autumn clock change has 169 hours; the one before it 168.
        const ReportPeriod autumn = ReportPeriod::week(QDate(2026, 10, 25), Qt::Monday, berlin);
        QCOMPARE((autumn.toMs() - autumn.fromMs()) / 3600000, qint64(169));
        QCOMPARE(autumn.previous().first, QDate(2026, 10, 12));
        // A custom range given backwards is the same range.
        QCOMPARE(ReportPeriod::days(QDate(2026, 7, 14), QDate(2026, 7, 1), berlin).dayCount(), 14);
    }

    void funnelCountsWhatDealsReallyDid()
    {
        Fixture f;
        const qint64 anna = f.user(QStringLiteral("Anna"));
        const qint64 ben = f.user(QStringLiteral("Ben"));
        // D1: straight through to Won.
        f.deal(100000,
               {{NewLead, at("2026-07-02T10:00:00Z")},
                {InitialContact, at("2026-07-05T10:00:00Z")},
                {Qualification, at("2026-07-10T10:00:00Z")},
                {Won, at("2026-08-01T10:00:00Z")}},
               anna);
        // D2: skips Initial contact, then Lost.
        f.deal(50000,
               {{NewLead, at("2026-07-03T10:00:00Z")},
                {Qualification, at("2026-07-20T10:00:00Z")},
                {Lost, at("2026-08-15T10:00:00Z")}},
               ben);
        // D3: created in June, goes back a stage and forward again; still open.
        f.deal(20000,
               {{NewLead, at("2026-06-20T10:00:00Z")},
                {InitialContact, at("2026-07-01T10:00:00Z")},
                {NewLead, at("2026-07-04T10:00:00Z")},
                {InitialContact, at("2026-07-08T10:00:00Z")}},
               anna);
        // D4: created at 23:30 on 30 September in Berlin (21:30 UTC): inside the quarter, in dollars.
        f.deal(30000, {{NewLead, at("2026-09-30T21:30:00Z")}}, ben, QStringLiteral("USD"));
        // D5: 00:30 on 1 October in Berlin: outside. D6: archived.
        f.deal(99900, {{NewLead, at("2026-09-30T22:30:00Z")}}, ben);
        const qint64 archived = f.deal(77700, {{NewLead, at("2026-07-02T10:00:00Z")}}, ben);
        f.exec(QStringLiteral("UPDATE deals SET archived_at = 1 WHERE id = ?"), {archived});

        ReportFilter filter{ReportPeriod::days(QDate(2026, 7, 1), QDate(2026, 9, 30), berlin)};
        const FunnelReport report = must(Funnel(f.db()).compute(filter));
        QCOMPARE(report.stages.size(), 8);
        QCOMPARE(report.stages.first().name, QStringLiteral("New lead"));
        QCOMPARE(report.stages.last().kind, QStringLiteral("lost"));

        // New lead: D1, D2 and D4 first reached it in the quarter; D3 came back to it, but first reached it in
        // June. D1 went on after 3 days, D2 after 17 (to Qualification); D4 has not.
        const FunnelStage& newLead = stageOf(report, NewLead);
        QCOMPARE(newLead.reached, qint64(3));
        QCOMPARE(newLead.wentOn, qint64(2));
        QCOMPARE(newLead.value, (QList<Money>{{150000, QStringLiteral("EUR")}, {30000, QStringLiteral("USD")}}));
        QVERIFY(qAbs(*newLead.averageDays - (3 + 17) / 2.0) < 1e-9);

        // Initial contact: D1 and D3 (once, although twice); D2 skipped it. D1 went on after 5 days; D3 went back.
        const FunnelStage& initial = stageOf(report, InitialContact);
        QCOMPARE(initial.reached, qint64(2));
        QCOMPARE(initial.wentOn, qint64(1));
        QCOMPARE(*initial.conversion(), 0.5);
        QVERIFY(qAbs(*initial.averageDays - 5) < 1e-9);

        // Qualification: D1 went on to Won after 22 days; D2's Lost is no going on.
        const FunnelStage& qualification = stageOf(report, Qualification);
        QCOMPARE(qualification.reached, qint64(2));
        QCOMPARE(qualification.wentOn, qint64(1));
        QVERIFY(qAbs(*qualification.averageDays - 22) < 1e-9);

        QCOMPARE(stageOf(report, Demo).reached, qint64(0));
        QVERIFY(!stageOf(report, Demo).conversion());
        QVERIFY(!stageOf(report, Demo).averageDays);
        QCOMPARE(stageOf(report, Won).reached, qint64(1));
        QVERIFY(!stageOf(report, Won).averageDays);
        QCOMPARE(report.entered, qint64(3)); // D1, D2, D4: D3 entered in June
        QCOMPARE(report.won, qint64(1));
        QCOMPARE(report.lost, qint64(1));
        QCOMPARE(report.wonValue, (QList<Money>{{100000, QStringLiteral("EUR")}}));
        QCOMPARE(*report.winRate(), 0.5);
        QCOMPARE(*report.overallConversion(), 1.0 / 3);
        QCOMPARE(Funnel(f.db()).dealsReaching(filter, InitialContact)->size(), 2);

        // One salesperson: Anna's D1 and D3 (which reached New lead in June).
        filter.ownerId = anna;
        const FunnelReport annas = must(Funnel(f.db()).compute(filter));
        QCOMPARE(stageOf(annas, NewLead).reached, qint64(1));
        QCOMPARE(stageOf(annas, InitialContact).reached, qint64(2));
        QCOMPARE(annas.entered, qint64(1));
        QCOMPARE(*annas.winRate(), 1.0);

        // An empty period: zeros and no ratios.
        const FunnelReport empty =
            must(Funnel(f.db()).compute({ReportPeriod::days(QDate(2025, 1, 1), QDate(2025, 1, 31), berlin)}));
        QCOMPARE(stageOf(empty, NewLead).reached, qint64(0));
        QVERIFY(!empty.winRate());
        QVERIFY(!empty.overallConversion());
    }

    void leadSourcesWeighLeadsCustomersAndSpend()
    {
        Fixture f;
        f.exec(QStringLiteral("INSERT INTO lead_sources (name) VALUES ('Fair')"));
        // Summer (61 days, all in Q3), Spring (60 days, 30 in Q3), Partners (no dates: counted whole).
        f.exec(QStringLiteral("INSERT INTO campaigns (id, lead_source_id, name, starts_on, ends_on, spend_minor) "
                              "VALUES (10, 1, 'Summer', '2026-07-01', '2026-08-30', 610000), "
                              "(11, 1, 'Spring', '2026-06-01', '2026-07-30', 60000), "
                              "(12, 2, 'Partners', NULL, NULL, 10000)"));
        const qint64 c1 = f.contact(at("2026-07-02T10:00:00Z"), Website, 10, QStringLiteral("customer"));
        f.contact(at("2026-07-03T10:00:00Z"), Website, {}, QStringLiteral("lead"));
        f.contact(at("2026-08-03T10:00:00Z"), Referral, {}, QStringLiteral("sql"));
        f.contact(at("2026-08-04T10:00:00Z"), {}, {}, QStringLiteral("lead"));
        const qint64 c5 = f.contact(at("2026-06-03T10:00:00Z"), Website); // a lead of June
        // Won in Q3: D1 by C1's source and campaign; D7 by C5's source; D8 by its own source, Referral.
        f.deal(100000, {{NewLead, at("2026-07-05T10:00:00Z")}, {Won, at("2026-08-01T10:00:00Z")}}, {},
               QStringLiteral("EUR"), c1);
        f.deal(40000, {{NewLead, at("2026-06-05T10:00:00Z")}, {Won, at("2026-07-01T10:00:00Z")}}, {},
               QStringLiteral("EUR"), c5);
        f.deal(25000, {{NewLead, at("2026-07-05T10:00:00Z")}, {Won, at("2026-09-01T10:00:00Z")}}, {},
               QStringLiteral("EUR"), c1, Referral);
        // Lost, and won after the quarter: neither counts.
        f.deal(90000, {{NewLead, at("2026-07-05T10:00:00Z")}, {Lost, at("2026-08-01T10:00:00Z")}}, {},
               QStringLiteral("EUR"), c1);
        f.deal(90000, {{NewLead, at("2026-07-05T10:00:00Z")}, {Won, at("2026-10-05T10:00:00Z")}}, {},
               QStringLiteral("EUR"), c1);

        const ReportFilter q3{ReportPeriod::days(QDate(2026, 7, 1), QDate(2026, 9, 30), berlin)};
        const LeadSourceReport report = must(LeadSources(f.db()).compute(q3));
        QCOMPARE(report.sources.at(0).name, QStringLiteral("Website"));
        QCOMPARE(report.sources.at(1).name, QStringLiteral("Referral"));
        const SourceFigures& web = report.sources.at(0);
        QCOMPARE(web.leads, qint64(2));
        QCOMPARE(web.qualified, qint64(1));
        QCOMPARE(web.customers, qint64(2)); // C1 and C5
        QCOMPARE(web.revenue, (QList<Money>{{140000, QStringLiteral("EUR")}}));
        QCOMPARE(web.spend, (QList<Money>{{640000, QStringLiteral("EUR")}})); // 610,000 + 30/60 of 60,000
        QCOMPARE(*web.conversion(), 1.0);
        QCOMPARE(web.costPerLead()->minor, qint64(320000));
        QCOMPARE(web.costPerCustomer()->minor, qint64(320000));
        QCOMPARE(*web.roi(), (140000.0 - 640000.0) / 640000.0);
        const QList<SourceFigures> webCampaigns = report.campaigns.value(Website);
        QCOMPARE(webCampaigns.size(), 2);
        QCOMPARE(webCampaigns.at(0).name, QStringLiteral("Summer"));
        QCOMPARE(webCampaigns.at(0).leads, qint64(1));
        QCOMPARE(webCampaigns.at(0).customers, qint64(1));
        QCOMPARE(webCampaigns.at(0).revenue.first().minor, qint64(100000));
        QCOMPARE(webCampaigns.at(1).name, QStringLiteral("Spring"));
        QCOMPARE(webCampaigns.at(1).spend.first().minor, qint64(30000));
        QCOMPARE(webCampaigns.at(1).leads, qint64(0));
        QVERIFY(!webCampaigns.at(1).conversion());

        const SourceFigures& referral = report.sources.at(1);
        QCOMPARE(referral.leads, qint64(1));
        QCOMPARE(referral.qualified, qint64(1));
        QCOMPARE(referral.customers, qint64(1));
        QCOMPARE(*referral.roi(), (25000.0 - 10000.0) / 10000.0);
        // A source with no leads and no spend: zeros, and no ratio pretends otherwise.
        const auto fair = std::find_if(report.sources.cbegin(), report.sources.cend(),
                                       [](const SourceFigures& s) { return s.name == QStringLiteral("Fair"); });
        QVERIFY(fair != report.sources.cend());
        QCOMPARE(fair->leads, qint64(0));
        QVERIFY(!fair->roi());
        QVERIFY(!fair->costPerLead());
        QCOMPARE(report.unattributed.leads, qint64(1));
        QCOMPARE(LeadSources(f.db()).leadsOf(q3, Website)->size(), 2);
        QCOMPARE(LeadSources(f.db()).leadsOf(q3, Website, 10)->size(), 1);

        // Two sources with spend: judged by return on spend, Referral (+150 %) before Website (-78 %), however much
        // more revenue Website brought.
        const SourceVerdict verdict = report.verdict();
        QCOMPARE(verdict.measure, SourceMeasure::ReturnOnSpend);
        QCOMPARE(verdict.best->name, QStringLiteral("Referral"));
        QCOMPARE(verdict.weakest->name, QStringLiteral("Website"));
    }

    // Without spend on two sources: by conversion, then revenue; a campaign with no spend costs nothing per lead
    // rather than 0.00.
    void leadSourcesWithoutSpendAreJudgedByConversion()
    {
        Fixture f;
        f.exec(QStringLiteral("INSERT INTO campaigns (id, lead_source_id, name, spend_minor) "
                              "VALUES (10, 1, 'Newsletter', 0)"));
        const qint64 w1 = f.contact(at("2026-07-02T10:00:00Z"), Website, 10, QStringLiteral("customer"));
        f.contact(at("2026-07-03T10:00:00Z"), Website);
        f.contact(at("2026-07-04T10:00:00Z"), Website);
        const qint64 r1 = f.contact(at("2026-08-03T10:00:00Z"), Referral, {}, QStringLiteral("customer"));
        f.contact(at("2026-08-04T10:00:00Z"), Referral);
        f.deal(50000, {{NewLead, at("2026-07-05T10:00:00Z")}, {Won, at("2026-08-01T10:00:00Z")}}, {},
               QStringLiteral("EUR"), w1);
        f.deal(20000, {{NewLead, at("2026-08-05T10:00:00Z")}, {Won, at("2026-08-20T10:00:00Z")}}, {},
               QStringLiteral("EUR"), r1);
        // A cold call's customer from a lead of May: no lead in the period, so no conversion to be best with.
        const qint64 old = f.contact(at("2026-05-02T10:00:00Z"), ColdCall, {}, QStringLiteral("customer"));
        f.deal(30000, {{NewLead, at("2026-07-05T10:00:00Z")}, {Won, at("2026-08-10T10:00:00Z")}}, {},
               QStringLiteral("EUR"), old);
        const LeadSourceReport report =
            must(LeadSources(f.db()).compute({ReportPeriod::days(QDate(2026, 7, 1), QDate(2026, 9, 30), berlin)}));
        const SourceVerdict verdict = report.verdict();
        QCOMPARE(verdict.measure, SourceMeasure::ConversionAndRevenue);
        // Referral: 1 of 2 leads (50 %); Website: 1 of 3 (33 %), though it brought more revenue.
        QCOMPARE(verdict.best->name, QStringLiteral("Referral"));
        QCOMPARE(verdict.weakest->name, QStringLiteral("Website"));
        const SourceFigures& web = *std::find_if(report.sources.cbegin(), report.sources.cend(),
                                                 [](const SourceFigures& s) { return s.sourceId == Website; });
        QVERIFY(!web.hasSpend());
        QVERIFY(!web.costPerLead());
        QVERIFY(!web.costPerCustomer());
        QVERIFY(!web.roi());
    }

    void weeklyStatsAnswerTheNotebookQuestions()
    {
        Fixture f;
        const qint64 ada = f.contact(at("2026-07-07T10:00:00Z"));
        f.contact(at("2026-07-08T10:00:00Z"));
        f.contact(at("2026-07-01T10:00:00Z"));
        // The week of Monday 6 July in Berlin: 5 July 22:00 UTC to 12 July 22:00 UTC.
        const qint64 call =
            f.interaction(ada, QStringLiteral("call"), at("2026-07-06T08:00:00Z"), QStringLiteral("successful"));
        // Its next step booked a meeting for the 20th: the call led to an appointment, and 20 July is ahead.
        const qint64 booked = f.interaction(ada, QStringLiteral("meeting"), at("2026-07-20T10:00:00Z"), {}, {},
                                            at("2026-07-06T09:00:00Z"));
        f.exec(QStringLiteral("UPDATE interactions SET next_meeting_id = ? WHERE id = ?"), {booked, call});
        // 23:30 on Sunday 5 July in Berlin: the week before.
        f.interaction(ada, QStringLiteral("call"), at("2026-07-05T21:30:00Z"), QStringLiteral("unsuccessful"));
        // 23:00 on Sunday 12 July: still this week. 00:30 on Monday 13 July: the next.
        const qint64 lateMeeting =
            f.interaction(ada, QStringLiteral("meeting"), at("2026-07-12T21:00:00Z"), QStringLiteral("successful"));
        f.interaction(ada, QStringLiteral("call"), at("2026-07-12T22:30:00Z"));
        // A complaint opened and resolved this week; one from the week before resolved this week.
        const qint64 complaint = f.interaction(ada, QStringLiteral("complaint"), at("2026-07-07T10:00:00Z"), {}, {}, {},
                                               at("2026-07-08T10:00:00Z"));
        const qint64 oldComplaint = f.interaction(ada, QStringLiteral("complaint"), at("2026-06-30T10:00:00Z"), {}, {},
                                                  {}, at("2026-07-09T10:00:00Z"));
        const qint64 won = f.deal(50000, {{NewLead, at("2026-06-01T10:00:00Z")}, {Won, at("2026-07-10T10:00:00Z")}});
        const qint64 lost = f.deal(70000, {{NewLead, at("2026-06-01T10:00:00Z")}, {Lost, at("2026-07-02T10:00:00Z")}});

        const ReportPeriod week = ReportPeriod::week(QDate(2026, 7, 8), Qt::Monday, berlin);
        const WeeklyReport report = must(WeeklyStats(f.db()).compute(week));
        QCOMPARE(report.weeks.size(), 12);
        QCOMPARE(report.weeks.first().week.first, QDate(2026, 4, 20));
        const WeekFigures& now = report.current();
        QCOMPARE(now.week.first, QDate(2026, 7, 6));
        QCOMPARE(now.calls, qint64(1));
        QCOMPARE(now.successfulCalls, qint64(1));
        QCOMPARE(now.meetings, qint64(1));
        QCOMPARE(now.successfulMeetings, qint64(1));
        QCOMPARE(now.ledToAppointment, qint64(1));
        QCOMPARE(now.appointmentsAhead, qint64(1)); // 20 July
        QCOMPARE(now.newLeads, qint64(2));
        QCOMPARE(now.dealsWon, qint64(1));
        QCOMPARE(now.revenueWon, (QList<Money>{{50000, QStringLiteral("EUR")}}));
        QCOMPARE(now.dealsLost, qint64(0));
        QCOMPARE(now.complaintsOpened, qint64(1));
        QCOMPARE(now.complaintsResolved, qint64(2));
        const WeekFigures& before = report.previous();
        QCOMPARE(before.calls, qint64(1));
        QCOMPARE(before.successfulCalls, qint64(0));
        QCOMPARE(before.ledToAppointment, qint64(0));
        QCOMPARE(before.appointmentsAhead, qint64(2)); // 12 and 20 July
        QCOMPARE(before.newLeads, qint64(1));
        QCOMPARE(before.dealsLost, qint64(1));
        QCOMPARE(before.complaintsOpened, qint64(1));
        QCOMPARE(report.weeks.first().calls, qint64(0));

        // What lies behind each figure: the same rows, oldest first.
        WeeklyStats stats(f.db());
        const auto behind = [&](const ReportPeriod& which, WeekFigure figure, FigureRows::Kind kind) {
            const FigureRows rows = must(stats.behind(which, figure));
            if (rows.kind != kind)
                qFatal("figure %d lists the wrong kind of rows", int(figure));
            return rows.ids;
        };
        using Ids = QList<qint64>;
        const auto interactions = FigureRows::Kind::Interactions;
        QCOMPARE(behind(week, WeekFigure::Calls, interactions), Ids{call});
        QCOMPARE(behind(week, WeekFigure::SuccessfulMeetings, interactions), Ids{lateMeeting});
        QCOMPARE(behind(week, WeekFigure::LedToAppointment, interactions), Ids{call});
        QCOMPARE(behind(week, WeekFigure::AppointmentsAhead, interactions), Ids{booked});
        QCOMPARE(behind(week.previous(), WeekFigure::AppointmentsAhead, interactions), (Ids{lateMeeting, booked}));
        QCOMPARE(behind(week, WeekFigure::ComplaintsOpened, interactions), Ids{complaint});
        QCOMPARE(behind(week, WeekFigure::ComplaintsResolved, interactions), (Ids{complaint, oldComplaint}));
        QCOMPARE(behind(week, WeekFigure::NewLeads, FigureRows::Kind::Contacts), (Ids{ada, ada + 1}));
        QCOMPARE(behind(week, WeekFigure::DealsWon, FigureRows::Kind::Deals), Ids{won});
        QCOMPARE(behind(week, WeekFigure::RevenueWon, FigureRows::Kind::Deals), Ids{won});
        QCOMPARE(behind(week, WeekFigure::DealsLost, FigureRows::Kind::Deals), Ids{});
        QCOMPARE(behind(week.previous(), WeekFigure::DealsLost, FigureRows::Kind::Deals), Ids{lost});
        // One salesperson's: nobody logged these, so there is nothing behind them for anyone.
        QCOMPARE(must(stats.behind(week, WeekFigure::Calls, 999)).ids, Ids{});
    }

    void activityPerSalespersonAndWeek()
    {
        Fixture f;
        const qint64 anna = f.user(QStringLiteral("Anna"));
        const qint64 ben = f.user(QStringLiteral("Ben"));
        const qint64 ada = f.contact(at("2026-06-01T10:00:00Z"));
        const qint64 firstCall = f.interaction(ada, QStringLiteral("call"), at("2026-07-02T10:00:00Z"), {}, anna);
        const qint64 secondCall = f.interaction(ada, QStringLiteral("call"), at("2026-07-07T10:00:00Z"), {}, anna);
        const qint64 thirdCall = f.interaction(ada, QStringLiteral("call"), at("2026-07-07T11:00:00Z"), {}, anna);
        const qint64 email = f.interaction(ada, QStringLiteral("email"), at("2026-07-14T10:00:00Z"), {}, anna);
        const qint64 meeting = f.interaction(ada, QStringLiteral("meeting"), at("2026-07-10T10:00:00Z"), {}, ben);
        f.interaction(ada, QStringLiteral("call"), at("2026-06-30T10:00:00Z"), {}, anna); // before the period
        // Anna creates a deal (not a move) and moves it; Ben's deal is won.
        const qint64 annasDeal =
            f.deal(1000, {{NewLead, at("2026-07-02T10:00:00Z")}, {InitialContact, at("2026-07-03T10:00:00Z")}}, anna,
                   QStringLiteral("EUR"), {}, {}, {}, anna);
        const qint64 bensDeal = f.deal(2000, {{NewLead, at("2026-06-02T10:00:00Z")}, {Won, at("2026-07-13T10:00:00Z")}},
                                       ben, QStringLiteral("EUR"), {}, {}, {}, ben);

        const ReportFilter filter{ReportPeriod::days(QDate(2026, 7, 1), QDate(2026, 7, 14), berlin)};
        const ActivityReport report = must(Activity(f.db()).compute(filter, Qt::Monday));
        QCOMPARE(report.weeks, (QList<QDate>{QDate(2026, 6, 29), QDate(2026, 7, 6), QDate(2026, 7, 13)}));
        QCOMPARE(report.totals.size(), 2); // the idle Owner is left out
        QCOMPARE(report.totals.at(0).user, QStringLiteral("Anna"));
        QCOMPARE(report.totals.at(0).calls, qint64(3));
        QCOMPARE(report.totals.at(0).emails, qint64(1));
        QCOMPARE(report.totals.at(0).dealsMoved, qint64(1));
        QCOMPARE(report.totals.at(1).meetings, qint64(1));
        QCOMPARE(report.totals.at(1).dealsWon, qint64(1));
        QCOMPARE(report.rows.size(), 6);
        QCOMPARE(report.rows.at(0).weekOf, QDate(2026, 6, 29));
        QCOMPARE(report.rows.at(0).calls, qint64(1));
        QCOMPARE(report.rows.at(1).calls, qint64(2));
        QCOMPARE(report.rows.at(5).dealsWon, qint64(1));
        // One salesperson only.
        const ActivityReport bens = must(Activity(f.db()).compute({filter.period, ben}, Qt::Monday));
        QCOMPARE(bens.totals.size(), 1);
        QCOMPARE(bens.totals.first().user, QStringLiteral("Ben"));

        // What lies behind a cell: the whole period, or one week clipped to it.
        Activity activity(f.db());
        using Ids = QList<qint64>;
        const ReportPeriod secondWeek = ReportPeriod::days(QDate(2026, 7, 6), QDate(2026, 7, 12), berlin);
        QCOMPARE(must(activity.behind(filter.period, anna, ActivityFigure::Calls)).ids,
                 (Ids{firstCall, secondCall, thirdCall}));
        QCOMPARE(must(activity.behind(secondWeek, anna, ActivityFigure::Calls)).ids, (Ids{secondCall, thirdCall}));
        // The first few only, for a list that shows no more: it says there are more.
        const FigureRows firstTwo = must(activity.behind(filter.period, anna, ActivityFigure::Calls, 2));
        QCOMPARE(firstTwo.ids, (Ids{firstCall, secondCall}));
        QVERIFY(firstTwo.more);
        QVERIFY(!must(activity.behind(filter.period, anna, ActivityFigure::Calls, 3)).more);
        QCOMPARE(must(activity.behind(filter.period, anna, ActivityFigure::Emails)).ids, Ids{email});
        QCOMPARE(must(activity.behind(filter.period, ben, ActivityFigure::Meetings)).ids, Ids{meeting});
        QCOMPARE(must(activity.behind(filter.period, ben, ActivityFigure::Calls)).ids, Ids{});
        QCOMPARE(must(activity.behind(secondWeek, anna, ActivityFigure::Logged)).ids, (Ids{secondCall, thirdCall}));
        QCOMPARE(must(activity.behind(filter.period, anna, ActivityFigure::Logged)).ids,
                 (Ids{firstCall, secondCall, thirdCall, email}));
        const FigureRows moved = must(activity.behind(filter.period, anna, ActivityFigure::DealsMoved));
        QCOMPARE(moved.kind, FigureRows::Kind::Deals);
        QCOMPARE(moved.ids, Ids{annasDeal});
        QCOMPARE(must(activity.behind(filter.period, ben, ActivityFigure::DealsWon)).ids, Ids{bensDeal});
        QCOMPARE(must(activity.behind(secondWeek, ben, ActivityFigure::DealsWon)).ids, Ids{});
    }

    void heldMeansHappenedUpToNow()
    {
        // Now is Tuesday 24 November 2026, 09:15 UTC (10:15 in Berlin): the week under way has meetings held and
        // meetings still planned, two of them in the hour of now. Held counts the first, booked ahead the second;
        // the activity report too.
        FixedClock quarterPast(utcAt(QDate(2026, 11, 24), QTime(9, 15)));
        Clock::setInstance(&quarterPast);
        Fixture f;
        const qint64 anna = f.user(QStringLiteral("Anna"));
        const qint64 ada = f.contact(at("2026-06-01T10:00:00Z"));
        const auto meeting = [&](const char* when, QVariant outcome = {}) {
            return f.interaction(ada, QStringLiteral("meeting"), at(when), outcome, anna);
        };
        const qint64 monday = meeting("2026-11-23T10:00:00Z", QStringLiteral("successful"));
        // In the hour of "now": ten minutes before it, and a quarter of an hour after it.
        const qint64 earlierToday = meeting("2026-11-24T09:05:00Z");
        const qint64 laterToday = meeting("2026-11-24T09:30:00Z");
        // A planned meeting marked successful in advance.
        const qint64 thursday = meeting("2026-11-26T14:00:00Z", QStringLiteral("successful"));
        const qint64 december = meeting("2026-12-10T10:00:00Z");
        f.interaction(ada, QStringLiteral("call"), at("2026-11-27T10:00:00Z"), QStringLiteral("successful"), anna);

        const ReportPeriod week = ReportPeriod::week(QDate(2026, 11, 24), Qt::Monday, berlin);
        const WeeklyReport report = must(WeeklyStats(f.db()).compute(week));
        const WeekFigures& current = report.current();
        QCOMPARE(current.meetings, qint64(2));
        QCOMPARE(current.successfulMeetings, qint64(1));
        QCOMPARE(current.calls, qint64(0));
        QCOMPARE(current.successfulCalls, qint64(0));
        QCOMPARE(current.appointmentsAhead, qint64(3));
        // A week gone by: what came after its end was ahead then.
        QCOMPARE(report.previous().appointmentsAhead, qint64(5));
        using Ids = QList<qint64>;
        WeeklyStats stats(f.db());
        QCOMPARE(must(stats.behind(week, WeekFigure::Meetings)).ids, (Ids{monday, earlierToday}));
        QCOMPARE(must(stats.behind(week, WeekFigure::SuccessfulMeetings)).ids, Ids{monday});
        QCOMPARE(must(stats.behind(week, WeekFigure::Calls)).ids, Ids{});
        QCOMPARE(must(stats.behind(week, WeekFigure::AppointmentsAhead)).ids, (Ids{laterToday, thursday, december}));

        const ReportFilter filter{ReportPeriod::days(QDate(2026, 11, 23), QDate(2026, 11, 29), berlin)};
        const ActivityReport activity = must(Activity(f.db()).compute(filter, Qt::Monday));
        QCOMPARE(activity.totals.size(), 1);
        QCOMPARE(activity.totals.first().meetings, qint64(2));
        QCOMPARE(activity.totals.first().calls, qint64(0));
        QCOMPARE(must(Activity(f.db()).behind(filter.period, anna, ActivityFigure::Meetings)).ids,
                 (Ids{monday, earlierToday}));
    }

    void spendIsCountedUpToToday()
    {
        // Today is 24 November 2026: a campaign of the whole month has spent 24 of its 30 days, and the cost of a
        // lead this month divides that, not the spend of days to come.
        Fixture f;
        f.exec(QStringLiteral("INSERT INTO campaigns (id, lead_source_id, name, starts_on, ends_on, spend_minor) "
                              "VALUES (20, 1, 'November', '2026-11-01', '2026-11-30', 300000)"));
        f.contact(at("2026-11-10T10:00:00Z"), Website, 20);
        f.contact(at("2026-11-20T10:00:00Z"), Website, 20);
        const ReportPeriod november = ReportPeriod::days(QDate(2026, 11, 1), QDate(2026, 11, 30), berlin);
        const LeadSourceReport report = must(LeadSources(f.db()).compute({november}));
        const SourceFigures& web = *std::find_if(report.sources.cbegin(), report.sources.cend(),
                                                 [](const SourceFigures& s) { return s.sourceId == Website; });
        QCOMPARE(web.spend, (QList<Money>{{240000, QStringLiteral("EUR")}}));
        QCOMPARE(web.leads, qint64(2));
        QCOMPARE(web.costPerLead(), (std::optional<Money>{{120000, QStringLiteral("EUR")}}));
        // A month gone by counts whole; one to come has spent nothing yet.
        const ReportPeriod october = ReportPeriod::days(QDate(2026, 10, 1), QDate(2026, 10, 31), berlin);
        f.exec(QStringLiteral("INSERT INTO campaigns (id, lead_source_id, name, starts_on, ends_on, spend_minor) "
                              "VALUES (21, 1, 'Autumn', '2026-10-01', '2026-12-31', 92000)"));
        const auto spendOf = [&f](const ReportPeriod& period) {
            const LeadSourceReport figures = must(LeadSources(f.db()).compute({period}));
            for (const SourceFigures& campaign : figures.campaigns.value(Website))
                if (campaign.campaignId == 21)
                    return campaign.spend;
            return QList<Money>{};
        };
        QCOMPARE(spendOf(october), (QList<Money>{{31000, QStringLiteral("EUR")}}));
        QCOMPARE(spendOf(ReportPeriod::days(QDate(2026, 12, 1), QDate(2026, 12, 31), berlin)),
                 (QList<Money>{{0, QStringLiteral("EUR")}}));
    }

    void forecastByExpectedCloseMonth()
    {
        Fixture f;
        const qint64 anna = f.user(QStringLiteral("Anna"));
        const qint64 ben = f.user(QStringLiteral("Ben"));
        const auto open = [&f](qint64 stage, qint64 amount, qint64 owner, const QVariant& expected) {
            const qint64 id = f.deal(amount, {{stage, at("2026-06-01T10:00:00Z")}}, owner);
            f.exec(QStringLiteral("UPDATE deals SET expected_close = ? WHERE id = ?"), {expected, id});
        };
        open(Qualification, 100000, anna, QStringLiteral("2026-06-30")); // 20 %, overdue on 15 July
        open(Proposal, 50000, anna, QStringLiteral("2026-08-10"));       // 60 %
        open(Proposal, 30000, ben, QStringLiteral("2026-08-20"));
        open(NewLead, 10000, ben, QVariant()); // no date
        const qint64 won = f.deal(99999, {{Won, at("2026-06-01T10:00:00Z")}}, ben);
        f.exec(QStringLiteral("UPDATE deals SET expected_close = '2026-08-01' WHERE id = ?"), {won});

        const ForecastReport report = must(Forecast(f.db()).compute(QDate(2026, 7, 15)));
        QCOMPARE(report.months.size(), 4);
        QCOMPARE(report.months.at(0).month, QDate(2026, 6, 1));
        QCOMPARE(report.months.at(0).overdue, qint64(1));
        QCOMPARE(report.months.at(0).weighted.first().minor, qint64(20000));
        QCOMPARE(report.months.at(1).owner, QStringLiteral("Anna"));
        QCOMPARE(report.months.at(1).weighted.first().minor, qint64(30000));
        QCOMPARE(report.months.at(1).overdue, qint64(0));
        QCOMPARE(report.months.at(2).owner, QStringLiteral("Ben"));
        QCOMPARE(report.months.at(2).amount.first().minor, qint64(30000));
        QVERIFY(!report.months.at(3).month.isValid());
        QCOMPARE(report.months.at(3).weighted.first().minor, qint64(500));
        QCOMPARE(Forecast(f.db()).compute(QDate(2026, 7, 15), anna)->months.size(), 2);
        QCOMPARE(Forecast(f.db()).dealsIn(QDate(2026, 8, 1))->size(), 2);
        QCOMPARE(Forecast(f.db()).dealsIn(QDate())->size(), 1);
        // In the Solar Hijri calendar the months are Tir (from 22 June) and Mordad (23 July to 22 August).
        DateText::setCalendar(QCalendar::System::Jalali);
        const ForecastReport persian = must(Forecast(f.db()).compute(QDate(2026, 7, 15)));
        DateText::setCalendar(QCalendar::System::Gregorian);
        QCOMPARE(persian.months.size(), 4);
        QCOMPARE(persian.months.at(0).month, QDate(2026, 6, 22));
        QCOMPARE(persian.months.at(1).month, QDate(2026, 7, 23));
        QCOMPARE(persian.months.at(2).month, QDate(2026, 7, 23));
        DateText::setCalendar(QCalendar::System::Jalali);
        const qsizetype inMordad = Forecast(f.db()).dealsIn(QDate(2026, 7, 23))->size();
        DateText::setCalendar(QCalendar::System::Gregorian);
        QCOMPARE(inMordad, 2);
    }

    void summariesFollowEveryWrite()
    {
        Fixture f;
        const qint64 anna = f.user(QStringLiteral("Anna"));
        const qint64 ada = f.contact(at("2026-06-01T10:00:00Z"));
        const auto agree = [&f] {
            const Result<qint64> differing = ReportSummaries::differences(f.db());
            if (!differing)
                qFatal("%s", qPrintable(differing.error()));
            return differing.value() == 0;
        };
        const qint64 call =
            f.interaction(ada, QStringLiteral("call"), at("2026-07-06T08:00:00Z"), QStringLiteral("successful"), anna);
        const qint64 complaint = f.interaction(ada, QStringLiteral("complaint"), at("2026-07-07T08:00:00Z"));
        QVERIFY(agree());
        f.exec(QStringLiteral("UPDATE interactions SET occurred_at = occurred_at + 7200000, outcome = 'busy' "
                              "WHERE id = ?"),
               {call});
        f.exec(QStringLiteral("UPDATE interactions SET resolved_at = ? WHERE id = ?"),
               {at("2026-07-09T08:00:00Z"), complaint});
        const qint64 meeting = f.interaction(ada, QStringLiteral("meeting"), at("2026-07-20T08:00:00Z"));
        f.exec(QStringLiteral("UPDATE interactions SET next_meeting_id = ? WHERE id = ?"), {meeting, call});
        QVERIFY(agree());
        f.exec(QStringLiteral("UPDATE interactions SET archived_at = 1 WHERE id = ?"), {complaint});
        QVERIFY(agree());
        f.exec(QStringLiteral("UPDATE interactions SET archived_at = NULL WHERE id = ?"), {complaint});
        // Deleting the booked meeting unlinks the call (ON DELETE SET NULL), which moves it out of "led".
        f.exec(QStringLiteral("DELETE FROM interactions WHERE id = ?"), {meeting});
        QVERIFY(agree());

        const qint64 deal = f.deal(1000, {{NewLead, at("2026-07-02T10:00:00Z")}, {Won, at("2026-07-08T10:00:00Z")}},
                                   anna, QStringLiteral("EUR"), {}, {}, {}, anna);
        const qint64 other = f.deal(500, {{NewLead, at("2026-07-03T10:00:00Z")}}, {}, QStringLiteral("USD"));
        QVERIFY(agree());
        f.exec(QStringLiteral("UPDATE deals SET amount_minor = 2500, owner_id = NULL, currency = 'CHF' WHERE id = ?"),
               {deal});
        QVERIFY(agree());
        f.exec(QStringLiteral("UPDATE deals SET archived_at = 5 WHERE id = ?"), {deal});
        QVERIFY(agree());
        f.exec(QStringLiteral("UPDATE deals SET archived_at = NULL WHERE id = ?"), {deal});
        // An undone move deletes its history row; an edited one changes it.
        f.exec(QStringLiteral("DELETE FROM deal_stage_history WHERE deal_id = ? AND to_stage_id = ?"), {deal, Won});
        f.exec(QStringLiteral("UPDATE deal_stage_history SET changed_at = changed_at + 86400000 WHERE deal_id = ?"),
               {other});
        QVERIFY(agree());
        // Reordering stages changes which moves go on: every deal's facts are worked out again.
        f.exec(QStringLiteral("UPDATE stages SET position = 10 WHERE id = ?"), {InitialContact});
        QVERIFY(agree());
        // A deleted deal takes its history along.
        f.exec(QStringLiteral("DELETE FROM deals WHERE id = ?"), {deal});
        QVERIFY(agree());
        QVERIFY(f.db().isOpen());
        QSqlQuery count(f.db());
        QVERIFY(count.exec(QStringLiteral("SELECT sum(moves) FROM deal_move_hours")) && count.next());
        QCOMPARE(count.value(0).toLongLong(), qint64(1)); // the other deal's creation

        // A summary that went wrong is found by the check.
        f.exec(QStringLiteral("UPDATE interaction_hours SET count = count + 1"));
        QVERIFY(!agree());
        QVERIFY(ReportSummaries::rebuild(f.db()).ok());
        QVERIFY(agree());
    }

    void halfHourTimeZonesCutHoursExactly()
    {
        // India is UTC+5:30: its weeks begin at 18:30 UTC on Sunday, in the middle of a summary hour.
        const QTimeZone kolkata("Asia/Kolkata");
        Fixture f;
        const qint64 ada = f.contact(at("2026-06-01T10:00:00Z"));
        const qint64 anna = f.user(QStringLiteral("Anna"));
        f.interaction(ada, QStringLiteral("call"), at("2026-07-05T18:15:00Z"), {}, anna); // Sunday 23:45 in Kolkata
        f.interaction(ada, QStringLiteral("call"), at("2026-07-05T18:45:00Z"), {}, anna); // Monday 00:15
        f.interaction(ada, QStringLiteral("call"), at("2026-07-05T18:50:00Z"), {}, anna);
        f.interaction(ada, QStringLiteral("email"), at("2026-07-06T12:00:00Z"), {}, anna); // a whole hour inside
        f.deal(700, {{NewLead, at("2026-06-01T10:00:00Z")}, {Won, at("2026-07-05T18:40:00Z")}});
        const ReportPeriod week = ReportPeriod::week(QDate(2026, 7, 8), Qt::Monday, kolkata);
        QCOMPARE(week.fromMs(), at("2026-07-05T18:30:00Z"));
        const WeeklyReport report = must(WeeklyStats(f.db()).compute(week));
        QCOMPARE(report.current().calls, qint64(2));
        QCOMPARE(report.previous().calls, qint64(1));
        QCOMPARE(report.current().dealsWon, qint64(1));
        QCOMPARE(must(Funnel(f.db()).compute({week})).won, qint64(1));
        QCOMPARE(must(Funnel(f.db()).compute({week.previous()})).won, qint64(0));
        const ActivityReport activity = must(
            Activity(f.db()).compute({ReportPeriod::days(QDate(2026, 7, 6), QDate(2026, 7, 6), kolkata)}, Qt::Monday));
        QCOMPARE(activity.totals.size(), 1);
        QCOMPARE(activity.totals.first().calls, qint64(2)); // not the one of Sunday evening
        QCOMPARE(activity.totals.first().emails, qint64(1));
    }

private:
    FixedClock m_clock{utcAt(QDate(2026, 11, 24), QTime(9, 0))};
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
