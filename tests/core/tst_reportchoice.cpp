// SPDX-License-Identifier: GPL-3.0-or-later
// Every report narrowed to an answer of a choice field of contacts, companies or deals ("Industry: Retail"), against
// a hand-built week whose answers are worked out below: the same figures as without the choice, counted only for the
// records that have the answer, read from the rows (the hourly summaries do not tell records apart).
#include "CustomFieldSupport.h"
#include "ReportFixture.h"
#include "UtcTime.h"

#include "Clock.h"
#include "actions/CustomFieldActions.h"
#include "reports/ActivityReport.h"
#include "reports/FunnelReport.h"
#include "reports/LeadSourceReport.h"
#include "reports/LifecycleReport.h"
#include "reports/ReportChoice.h"
#include "reports/WeeklyReport.h"
#include "repositories/CustomFieldRepository.h"
#include "territories/Territories.h"

#include <QTest>

using namespace kontor;
using namespace kontor::test;

namespace {

CustomField addChoiceField(const QSqlDatabase& db, RecordKind record, const char* key, FieldType type,
                           const QStringList& options)
{
    return addCustomField(db, key, type, options, nullptr, record);
}

void written(const Status& status)
{
    if (!status)
        qFatal("%s", qPrintable(status.error()));
}

ReportChoice choice(const QSqlDatabase& db, const char* text)
{
    return must(ReportChoice::parse(db, QString::fromUtf8(text)));
}

} // namespace

class TestReportChoice : public QObject
{
    Q_OBJECT

    /// The week of Monday 6 July 2026 in Berlin. Ada and Ali are in retail, Fay in food and at Big Ltd (an
    /// enterprise), Ned has no industry. Calls: Ada 2, Fay 1, Ned 1. Deals: Ada's won (500.00), Fay's won (200.00,
    /// product A), Ned's lost, Ali's open (closing in August).
    struct Week
    {
        Fixture f;
        qint64 anna = f.user(QStringLiteral("Anna"));
        qint64 ada = f.contact(at("2026-07-07T10:00:00Z"), {}, {}, QStringLiteral("lead"), anna);
        qint64 ali = f.contact(at("2026-07-07T11:00:00Z"), {}, {}, QStringLiteral("lead"), anna);
        qint64 fay = f.contact(at("2026-07-07T12:00:00Z"), {}, {}, QStringLiteral("lead"), anna);
        qint64 ned = f.contact(at("2026-07-07T13:00:00Z"), {}, {}, QStringLiteral("lead"), anna);
        qint64 adaCall1 = f.interaction(ada, QStringLiteral("call"), at("2026-07-06T08:00:00Z"), {}, anna);
        qint64 adaCall2 = f.interaction(ada, QStringLiteral("call"), at("2026-07-07T08:00:00Z"), {}, anna);
        qint64 fayCall = f.interaction(fay, QStringLiteral("call"), at("2026-07-07T09:00:00Z"), {}, anna);
        qint64 nedCall = f.interaction(ned, QStringLiteral("call"), at("2026-07-08T09:00:00Z"), {}, anna);
        qint64 adaDeal = f.deal(50000, {{NewLead, at("2026-06-01T10:00:00Z")}, {Won, at("2026-07-10T10:00:00Z")}}, anna,
                                QStringLiteral("EUR"), ada);
        qint64 fayDeal = f.deal(20000, {{NewLead, at("2026-06-01T10:00:00Z")}, {Won, at("2026-07-09T10:00:00Z")}}, anna,
                                QStringLiteral("EUR"), fay);
        qint64 nedDeal = f.deal(9000, {{NewLead, at("2026-06-01T10:00:00Z")}, {Lost, at("2026-07-09T10:00:00Z")}}, anna,
                                QStringLiteral("EUR"), ned);
        qint64 aliDeal = f.deal(10000, {{NewLead, at("2026-06-01T10:00:00Z")}, {Demo, at("2026-07-08T10:00:00Z")}},
                                anna, QStringLiteral("EUR"), ali);
        CustomField industry = addChoiceField(f.db(), RecordKind::Contact, "industry", FieldType::Choice,
                                              {QStringLiteral("Retail"), QStringLiteral("Food")});
        CustomField segment = addChoiceField(f.db(), RecordKind::Company, "segment", FieldType::Choice,
                                             {QStringLiteral("SMB"), QStringLiteral("Enterprise")});
        CustomField product = addChoiceField(f.db(), RecordKind::Deal, "product", FieldType::Choices,
                                             {QStringLiteral("A"), QStringLiteral("B")});
        ReportPeriod week = ReportPeriod::week(QDate(2026, 7, 8), Qt::Monday, berlin);

        Week()
        {
            const QSqlDatabase db = f.db();
            CustomFieldRepository values(db);
            const auto option = [](const CustomField& field, int index) { return field.options.at(index).id; };
            for (qint64 retail : {ada, ali})
                written(values.write(RecordKind::Contact, retail, {{industry.id, option(industry, 0)}}));
            written(values.write(RecordKind::Contact, fay, {{industry.id, option(industry, 1)}}));
            f.exec(QStringLiteral("INSERT INTO companies (name, sort_name, created_at, updated_at) "
                                  "VALUES ('Big Ltd', 'big ltd', 0, 0)"));
            f.exec(QStringLiteral("UPDATE contacts SET company_id = (SELECT max(id) FROM companies) WHERE id = ?"),
                   {fay});
            written(values.write(RecordKind::Company, 1, {{segment.id, option(segment, 1)}}));
            written(values.write(RecordKind::Deal, fayDeal, {{product.id, QList<qint64>{option(product, 0)}}}));
            f.exec(QStringLiteral("UPDATE deals SET expected_close = '2026-08-15' WHERE id = ?"), {aliDeal});
            // Each entered Lead when added; Ada became sales qualified on Wednesday.
            for (qint64 contact : {ada, ali, fay, ned})
                f.exec(QStringLiteral("INSERT INTO contact_stage_history (contact_id, to_stage, changed_at) "
                                      "SELECT id, 'lead', created_at FROM contacts WHERE id = ?"),
                       {contact});
            f.exec(QStringLiteral("INSERT INTO contact_stage_history (contact_id, from_stage, to_stage, changed_at) "
                                  "VALUES (?, 'lead', 'sql', ?)"),
                   {ada, at("2026-07-08T10:00:00Z")});
        }
    };

private slots:
    void init() { Clock::setInstance(&m_clock); }
    void cleanup() { Clock::setInstance(nullptr); }

    void choicesAreReadByKeyAndAnswer()
    {
        Week w;
        const QSqlDatabase db = w.f.db();
        const ReportChoice both = choice(db, "industry=retail; Food");
        QCOMPARE(both.fieldId, w.industry.id);
        QCOMPARE(both.optionIds.size(), 2);
        QCOMPARE(choice(db, "segment=Enterprise").record, RecordKind::Company);
        QVERIFY(choice(db, "product=A").multiple);
        for (const char* wrong : {"nope=Retail", "industry=Bogus", "industry", "=Retail", "industry=;"})
            QVERIFY2(!ReportChoice::parse(db, QString::fromLatin1(wrong)).ok(), wrong);
        QCOMPARE(ReportChoice{}.contactCondition(QStringLiteral("id")), QStringLiteral("1"));
    }

    void theWeekCountsOnlyTheChosen()
    {
        Week w;
        const QSqlDatabase db = w.f.db();
        const auto figures = [&](const char* text) {
            const ReportChoice narrowed = text ? choice(db, text) : ReportChoice{};
            return must(WeeklyStats(db).compute(w.week, 0, 2, narrowed)).current();
        };
        const WeekFigures all = figures(nullptr);
        QCOMPARE(all.calls, qint64(4));
        QCOMPARE(all.newLeads, qint64(4));
        QCOMPARE(all.dealsWon, qint64(2));
        QCOMPARE(all.dealsLost, qint64(1));
        const WeekFigures retail = figures("industry=Retail");
        QCOMPARE(retail.calls, qint64(2));
        QCOMPARE(retail.newLeads, qint64(2));
        QCOMPARE(retail.dealsWon, qint64(1));
        QCOMPARE(retail.revenueWon, (QList<Money>{{50000, QStringLiteral("EUR")}}));
        QCOMPARE(retail.dealsLost, qint64(0));
        const WeekFigures food = figures("industry=Food");
        QCOMPARE(food.calls, qint64(1));
        QCOMPARE(food.revenueWon, (QList<Money>{{20000, QStringLiteral("EUR")}}));
        // A company's answer: its people and their deals.
        const WeekFigures enterprise = figures("segment=Enterprise");
        QCOMPARE(enterprise.calls, qint64(1));
        QCOMPARE(enterprise.newLeads, qint64(1));
        QCOMPARE(enterprise.dealsWon, qint64(1));
        // A deal's answer: those deals, and the people who have one.
        const WeekFigures productA = figures("product=A");
        QCOMPARE(productA.dealsWon, qint64(1));
        QCOMPARE(productA.revenueWon, (QList<Money>{{20000, QStringLiteral("EUR")}}));
        QCOMPARE(productA.calls, qint64(1));
        QCOMPARE(figures("product=B").calls, qint64(0));

        using Ids = QList<qint64>;
        const ReportChoice retailChoice = choice(db, "industry=Retail");
        QCOMPARE(must(WeeklyStats(db).behind(w.week, WeekFigure::Calls, 0, -1, retailChoice)).ids,
                 (Ids{w.adaCall1, w.adaCall2}));
        QCOMPARE(must(WeeklyStats(db).behind(w.week, WeekFigure::NewLeads, 0, -1, retailChoice)).ids,
                 (Ids{w.ada, w.ali}));
        QCOMPARE(must(WeeklyStats(db).behind(w.week, WeekFigure::DealsWon, 0, -1, retailChoice)).ids, Ids{w.adaDeal});
        Q_UNUSED(w.fayCall);
        Q_UNUSED(w.nedCall);
        Q_UNUSED(w.nedDeal);
    }

    void theOtherReportsToo()
    {
        Week w;
        const QSqlDatabase db = w.f.db();
        const ReportFilter all{w.week};
        const ReportFilter retail{w.week, 0, choice(db, "industry=Retail")};
        const ReportFilter food{w.week, 0, choice(db, "industry=Food")};

        QCOMPARE(must(Funnel(db).compute(all)).won, qint64(2));
        QCOMPARE(must(Funnel(db).compute(all)).lost, qint64(1));
        QCOMPARE(must(Funnel(db).compute(retail)).won, qint64(1));
        QCOMPARE(must(Funnel(db).compute(retail)).lost, qint64(0));
        QCOMPARE(must(Funnel(db).dealsReaching(retail, Won)), QList<qint64>{w.adaDeal});

        const auto activity = [&](const ReportFilter& filter) {
            const ActivityReport report = must(Activity(db).compute(filter, Qt::Monday));
            return report.totals.isEmpty() ? ActivityFigures{} : report.totals.first();
        };
        QCOMPARE(activity(all).calls, qint64(4));
        QCOMPARE(activity(all).dealsWon, qint64(2));
        QCOMPARE(activity(retail).calls, qint64(2));
        QCOMPARE(activity(retail).dealsWon, qint64(1));
        QCOMPARE(must(Activity(db).behind(w.week, w.anna, ActivityFigure::Calls, -1, food.choice)).ids,
                 QList<qint64>{w.fayCall});

        QCOMPARE(must(LeadSources(db).compute(all)).unattributed.leads, qint64(4));
        QCOMPARE(must(LeadSources(db).compute(retail)).unattributed.leads, qint64(2));
        QCOMPARE(must(LeadSources(db).compute(food)).unattributed.customers, qint64(1));
        QCOMPARE(must(LeadSources(db).leadsOf(retail, 0, 0)), (QList<qint64>{w.ada, w.ali}));

        const QDate today(2026, 7, 8);
        QCOMPARE(must(Forecast(db).compute(today, 0, retail.choice)).months.size(), 1);
        QCOMPARE(must(Forecast(db).compute(today, 0, retail.choice)).months.first().deals, qint64(1));
        QVERIFY(must(Forecast(db).compute(today, 0, food.choice)).months.isEmpty());

        const auto lead = [&](const ReportFilter& filter) {
            return must(LifecycleFunnel(db).compute(filter)).stages.first();
        };
        QCOMPARE(lead(all).entered, qint64(4));
        QCOMPARE(lead(retail).entered, qint64(2));
        QCOMPARE(lead(retail).advanced, qint64(1));
        QCOMPARE(lead(food).entered, qint64(1));
        QCOMPARE(lead(food).advanced, qint64(0));
    }

    // Every record answered, and every answer chosen: the figures read from the rows are those of the summaries.
    void allAnswersAreTheWholeReport()
    {
        Week w;
        const QSqlDatabase db = w.f.db();
        QVERIFY(CustomFieldRepository(db)
                    .write(RecordKind::Contact, w.ned, {{w.industry.id, w.industry.options.at(1).id}})
                    .ok());
        const ReportChoice every = choice(db, "industry=Retail;Food");
        const WeekFigures whole = must(WeeklyStats(db).compute(w.week, 0, 12)).current();
        const WeekFigures narrowed = must(WeeklyStats(db).compute(w.week, 0, 12, every)).current();
        QCOMPARE(narrowed.calls, whole.calls);
        QCOMPARE(narrowed.newLeads, whole.newLeads);
        QCOMPARE(narrowed.dealsWon, whole.dealsWon);
        QCOMPARE(narrowed.dealsLost, whole.dealsLost);
        QCOMPARE(narrowed.revenueWon, whole.revenueWon);
        const ReportFilter all{w.week};
        const ReportFilter answered{w.week, 0, every};
        QCOMPARE(must(Funnel(db).compute(answered)).won, must(Funnel(db).compute(all)).won);
        QCOMPARE(must(Funnel(db).compute(answered)).entered, must(Funnel(db).compute(all)).entered);
        QCOMPARE(must(Activity(db).compute(answered, Qt::Monday)).totals.first().calls,
                 must(Activity(db).compute(all, Qt::Monday)).totals.first().calls);
        // A narrowed lead source report has no spend to set against its leads.
        QVERIFY(must(LeadSources(db).compute(answered)).unattributed.spend.isEmpty());
    }

    // A sales territory narrows every report to the contacts whose address lies in it, and to the deals of those
    // contacts, or of a company in it when a deal has no contact. Ada and Ali live in Germany (DACH), Fay in Porto
    // (Iberia, by postal code only), Ned nowhere; a deal won by a Spanish company alone counts for Iberia.
    void territoriesNarrowEveryReport()
    {
        Week w;
        const QSqlDatabase db = w.f.db();
        for (qint64 german : {w.ada, w.ali})
            w.f.exec(QStringLiteral("UPDATE contacts SET country = 'de' WHERE id = ?"), {german});
        w.f.exec(QStringLiteral("UPDATE contacts SET country = 'PT', postal_code = '4000-123' WHERE id = ?"), {w.fay});
        w.f.exec(QStringLiteral("INSERT INTO companies (name, sort_name, country, created_at, updated_at) "
                                "VALUES ('Sol SA', 'sol sa', 'ES', 0, 0)"));
        const qint64 solDeal =
            w.f.deal(7000, {{NewLead, at("2026-06-01T10:00:00Z")}, {Won, at("2026-07-09T12:00:00Z")}}, w.anna,
                     QStringLiteral("EUR"));
        w.f.exec(QStringLiteral("UPDATE deals SET company_id = (SELECT id FROM companies WHERE name = 'Sol SA') "
                                "WHERE id = ?"),
                 {solDeal});
        // A quote in a name and a place: written into the report's SQL, it must stay text.
        QVERIFY(
            Territories(db)
                .save({{0, QStringLiteral("DACH"), {QStringLiteral("DE"), QStringLiteral("AT")}, {}, {}},
                       {0, QStringLiteral("Porto"), {QStringLiteral("PT")}, {}, {QStringLiteral("4000..4999")}},
                       {0, QStringLiteral("Sol's Spain"), {QStringLiteral("ES")}, {QStringLiteral("O'Higgins")}, {}},
                       {0, QStringLiteral("Spain"), {QStringLiteral("ES")}, {}, {}}})
                .ok());
        const auto week = [&](const char* text) {
            return must(WeeklyStats(db).compute(w.week, 0, 2, choice(db, text))).current();
        };
        const WeekFigures dach = week("territory=dach");
        QCOMPARE(dach.calls, qint64(2));
        QCOMPARE(dach.newLeads, qint64(2));
        QCOMPARE(dach.dealsWon, qint64(1));
        QCOMPARE(dach.revenueWon, (QList<Money>{{50000, QStringLiteral("EUR")}}));
        const WeekFigures porto = week("territory=Porto");
        QCOMPARE(porto.calls, qint64(1));
        QCOMPARE(porto.revenueWon, (QList<Money>{{20000, QStringLiteral("EUR")}}));
        // The company's deal alone: no contact lives in Spain.
        const WeekFigures spain = week("territory=Spain");
        QCOMPARE(spain.calls, qint64(0));
        QCOMPARE(spain.dealsWon, qint64(1));
        QCOMPARE(spain.revenueWon, (QList<Money>{{7000, QStringLiteral("EUR")}}));
        QCOMPARE(week("territory=Sol's Spain").dealsWon, qint64(0));
        // "territory=" is everyone in none: Ned, and his lost deal.
        const WeekFigures none = week("territory=");
        QCOMPARE(none.calls, qint64(1));
        QCOMPARE(none.newLeads, qint64(1));
        QCOMPARE(none.dealsLost, qint64(1));
        QCOMPARE(none.dealsWon, qint64(0));
        QVERIFY(!ReportChoice::parse(db, QStringLiteral("territory=Atlantis")).ok());

        const ReportFilter inDach{w.week, 0, choice(db, "territory=DACH")};
        QCOMPARE(must(Funnel(db).compute(inDach)).won, qint64(1));
        QCOMPARE(must(Funnel(db).dealsReaching(inDach, Won)), QList<qint64>{w.adaDeal});
        QCOMPARE(must(Activity(db).compute(inDach, Qt::Monday)).totals.first().calls, qint64(2));
        QCOMPARE(must(LeadSources(db).compute(inDach)).unattributed.leads, qint64(2));
        QCOMPARE(must(LifecycleFunnel(db).compute(inDach)).stages.first().entered, qint64(2));
        QCOMPARE(must(Forecast(db).compute(QDate(2026, 7, 8), 0, inDach.choice)).months.first().deals, qint64(1));
        QVERIFY(must(Forecast(db).compute(QDate(2026, 7, 8), 0, choice(db, "territory=Porto"))).months.isEmpty());

        // By id, as the Reports page keeps it; a territory since removed says so.
        const QList<Territory> territories = must(Territories(db).list());
        QCOMPARE(must(ReportChoice::ofTerritory(db, territories.first().id)), choice(db, "territory=DACH"));
        QVERIFY(!ReportChoice::ofTerritory(db, 999).ok());
    }

private:
    FixedClock m_clock{utcAt(QDate(2026, 7, 11), QTime(9, 0))};
};

QTEST_GUILESS_MAIN(TestReportChoice)
#include "tst_reportchoice.moc"
