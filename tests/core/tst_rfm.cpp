// SPDX-License-Identifier: GPL-3.0-or-later
// RFM against a small database built by hand; the answers are worked out in the comments, customer by customer.
#include "ReportFixture.h"

#include "reports/CallNext.h"
#include "reports/CustomerSegments.h"
#include "reports/RfmReport.h"

#include <QTest>

using namespace kontor;
using namespace kontor::test;

namespace {

// The report's end day; the window is 2024-07-01 to 2026-06-30 (Berlin days).
const QDate end(2026, 6, 30);

struct Expected
{
    qint64 recencyDays;
    qint64 frequency;
    qint64 monetary;
    int r;
    int f;
    int m;
    RfmSegment segment;
};

} // namespace

Q_DECLARE_METATYPE(Expected)

class TestRfm : public QObject
{
    Q_OBJECT

    Fixture m_fixture;
    QHash<QString, qint64> m_ids;
    qint64 m_seller = 0;

    qint64 customer(const QString& name, QVariant owner = {})
    {
        const qint64 id = m_fixture.contact(at("2024-01-01T00:00:00Z"), {}, {}, QStringLiteral("customer"), owner);
        m_fixture.exec(QStringLiteral("UPDATE contacts SET first_name = ? WHERE id = ?"), {name, id});
        m_ids.insert(name, id);
        return id;
    }
    qint64 id(const char* name) const { return m_ids.value(QString::fromLatin1(name)); }
    void won(qint64 contact, qint64 amount, const char* closedUtc, const QString& currency = QStringLiteral("EUR"))
    {
        m_fixture.deal(amount, {{NewLead, at("2024-01-02T00:00:00Z")}, {Won, at(closedUtc)}}, {}, currency, contact);
    }

private slots:
    void initTestCase()
    {
        m_seller = m_fixture.user(QStringLiteral("Sam"));
        // A: won today (the end day), in January and last May: R 0 days, F 3, M 6000.
        const qint64 a = customer(QStringLiteral("A"));
        won(a, 1000, "2026-06-30T08:00:00Z");
        won(a, 2000, "2026-01-10T12:00:00Z");
        won(a, 3000, "2025-05-01T12:00:00Z");
        // B: won late on the end day (20:00 in Berlin): 0 days, F 1, M 500.
        won(customer(QStringLiteral("B")), 500, "2026-06-30T18:00:00Z");
        // C: four deals, the last on 1 June: 29 days, F 4, M 40000. Sam's.
        const qint64 c = customer(QStringLiteral("C"), m_seller);
        won(c, 10000, "2026-06-01T10:00:00Z");
        won(c, 10000, "2025-06-01T10:00:00Z");
        won(c, 10000, "2024-12-01T10:00:00Z");
        won(c, 10000, "2024-08-01T10:00:00Z");
        // D: one deal in euros (181 days, F 1, M 700) and a later one in dollars, left out.
        const qint64 d = customer(QStringLiteral("D"));
        won(d, 700, "2025-12-31T10:00:00Z");
        won(d, 99999, "2026-06-29T10:00:00Z", QStringLiteral("USD"));
        // E: 365 days, F 2, M 3000.
        const qint64 e = customer(QStringLiteral("E"));
        won(e, 1500, "2025-06-30T10:00:00Z");
        won(e, 1500, "2025-03-01T10:00:00Z");
        // F: won at 00:30 on the window's first Berlin day (still 30 June in UTC): 729 days, F 1, M 8000; its deal
        // of the day before is outside the window.
        const qint64 f = customer(QStringLiteral("F"));
        won(f, 8000, "2024-06-30T22:30:00Z");
        won(f, 5000, "2024-06-30T10:00:00Z");
        // G: five deals, the last on 15 May 2025: 411 days, F 5, M 12500. Sam's.
        const qint64 g = customer(QStringLiteral("G"), m_seller);
        for (const char* day : {"2025-01-15T10:00:00Z", "2025-02-15T10:00:00Z", "2025-03-15T10:00:00Z",
                                "2025-04-15T10:00:00Z", "2025-05-15T10:00:00Z"})
            won(g, 2500, day);
        // H: 1 June like C, at another hour: 29 days, F 1, M 300.
        won(customer(QStringLiteral("H")), 300, "2026-06-01T16:00:00Z");

        // No customers: a deal won only before the window, only in dollars, for an archived contact, an archived
        // deal, a lost deal and an open one, a deal won after the end day, and one without a contact.
        won(customer(QStringLiteral("I")), 5000, "2024-06-30T10:00:00Z");
        won(customer(QStringLiteral("J")), 5000, "2026-05-01T10:00:00Z", QStringLiteral("USD"));
        const qint64 k = customer(QStringLiteral("K"));
        won(k, 5000, "2026-06-10T10:00:00Z");
        m_fixture.exec(QStringLiteral("UPDATE contacts SET archived_at = 1 WHERE id = ?"), {k});
        const qint64 l = customer(QStringLiteral("L"));
        won(l, 5000, "2026-06-10T10:00:00Z");
        m_fixture.exec(QStringLiteral("UPDATE deals SET archived_at = 1 WHERE contact_id = ?"), {l});
        const qint64 m = customer(QStringLiteral("M"));
        m_fixture.deal(5000, {{NewLead, at("2026-01-02T00:00:00Z")}, {Lost, at("2026-06-10T10:00:00Z")}}, {},
                       QStringLiteral("EUR"), m);
        m_fixture.deal(5000, {{NewLead, at("2026-01-02T00:00:00Z")}, {Proposal, at("2026-06-10T10:00:00Z")}}, {},
                       QStringLiteral("EUR"), m);
        won(customer(QStringLiteral("N")), 5000, "2026-06-30T22:30:00Z");
        // A deal won by a company alone, without a contact, is nobody's purchase.
        m_fixture.deal(5000, {{NewLead, at("2024-01-02T00:00:00Z")}, {Won, at("2026-06-20T10:00:00Z")}});
    }

    void scoresEachCustomer_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Expected>("expected");
        // Eight customers. Recency, most recent first: A 0, B 0, C 29, H 29, D 181, E 365, G 411, F 729.
        // R = ⌈5 × (customers with a last deal as old or older) / 8⌉: A, B 8 → 5; C, H 6 → ⌈3.75⌉ = 4; D 4 → ⌈2.5⌉ =
        // 3; E 3 → ⌈1.875⌉ = 2; G 2 → ⌈1.25⌉ = 2; F 1 → 1.
        // Frequency 1, 1, 1, 1 (B D F H), 2 (E), 3 (A), 4 (C), 5 (G): at most 1: 4 → ⌈2.5⌉ = 3; at most 2: 5 → 4;
        // at most 3: 6 → 4; at most 4: 7 → 5; 8 → 5.
        // Monetary 300 H, 500 B, 700 D, 3000 E, 6000 A, 8000 F, 12500 G, 40000 C: 1, 2, 2, 3, 4, 4, 5, 5.
        QTest::newRow("A") << "A" << Expected{0, 3, 6000, 5, 4, 4, RfmSegment::Champions};
        QTest::newRow("B") << "B" << Expected{0, 1, 500, 5, 3, 2, RfmSegment::PotentialLoyalists};
        QTest::newRow("C") << "C" << Expected{29, 4, 40000, 4, 5, 5, RfmSegment::Loyal};
        QTest::newRow("D") << "D" << Expected{181, 1, 700, 3, 3, 2, RfmSegment::NeedAttention};
        QTest::newRow("E") << "E" << Expected{365, 2, 3000, 2, 4, 3, RfmSegment::AtRisk};
        QTest::newRow("F") << "F" << Expected{729, 1, 8000, 1, 3, 4, RfmSegment::AtRisk};
        QTest::newRow("G") << "G" << Expected{411, 5, 12500, 2, 5, 5, RfmSegment::CantLoseThem};
        QTest::newRow("H") << "H" << Expected{29, 1, 300, 4, 3, 1, RfmSegment::PotentialLoyalists};
    }
    void scoresEachCustomer()
    {
        QFETCH(QString, name);
        QFETCH(Expected, expected);
        const RfmReport report = must(RfmAnalysis(m_fixture.db()).compute(end, berlin));
        QCOMPARE(report.windowFirst, QDate(2024, 7, 1));
        QCOMPARE(report.customers.size(), 8);
        const auto found = std::find_if(report.customers.cbegin(), report.customers.cend(),
                                        [&](const RfmCustomer& each) { return each.contactId == m_ids.value(name); });
        QVERIFY(found != report.customers.cend());
        QCOMPARE(found->recencyDays, expected.recencyDays);
        QCOMPARE(found->frequency, expected.frequency);
        QCOMPARE(found->monetaryMinor, expected.monetary);
        QCOMPARE(found->r, expected.r);
        QCOMPARE(found->f, expected.f);
        QCOMPARE(found->m, expected.m);
        QCOMPARE(rfmSegmentKey(found->segment), rfmSegmentKey(expected.segment));
    }

    void tallies()
    {
        const RfmReport report = must(RfmAnalysis(m_fixture.db()).compute(end, berlin));
        QCOMPARE(report.currency, QStringLiteral("EUR"));
        // D's and J's dollar deals.
        QCOMPARE(report.otherCurrencyDeals, 2);
        QCOMPARE(report.cell(5, 4).customers, 1);
        QCOMPARE(report.cell(4, 3).revenueMinor, 300);
        QCOMPARE(report.cell(2, 5).revenueMinor, 12500);
        QCOMPARE(report.cell(1, 1).customers, 0);
        qint64 inGrid = 0;
        for (int r = 1; r <= 5; ++r)
            for (int f = 1; f <= 5; ++f)
                inGrid += report.cell(r, f).customers;
        QCOMPARE(inGrid, 8);
        QCOMPARE(report.segments.size(), 10);
        QCOMPARE(report.segment(RfmSegment::PotentialLoyalists).customers, 2);
        QCOMPARE(report.segment(RfmSegment::PotentialLoyalists).revenueMinor, 800);
        QCOMPARE(report.segment(RfmSegment::AtRisk).revenueMinor, 11000);
        QCOMPARE(report.segment(RfmSegment::Hibernating).customers, 0);
        // Listed by segment, then by most revenue: A; C; B, H; D; F, E; G.
        QStringList order;
        for (const RfmCustomer& customer : report.customers)
            order << m_ids.key(customer.contactId);
        QCOMPARE(order.join(QString()), QStringLiteral("ACBHDFEG"));
    }

    void onesSalespersonScoresAmongTheirOwn()
    {
        // C and G alone: C is the more recent (R 5; G: ⌈5 × 1/2⌉ = 3), G the more frequent (F 5; C: 3).
        const RfmReport report = must(RfmAnalysis(m_fixture.db()).compute(end, berlin, m_seller));
        QCOMPARE(report.customers.size(), 2);
        QCOMPARE(report.customers.at(0).contactId, id("G"));
        QCOMPARE(report.customers.at(0).segment, RfmSegment::Loyal);
        QCOMPARE(report.customers.at(1).segment, RfmSegment::PotentialLoyalists);
        QCOMPARE(report.customers.at(1).r, 5);
        QCOMPARE(report.customers.at(1).f, 3);
    }

    void aPeriodWithoutWonDealsHasNoCustomers()
    {
        const RfmReport report = must(RfmAnalysis(m_fixture.db()).compute(QDate(2024, 6, 1), berlin));
        QVERIFY(report.customers.isEmpty());
        QCOMPARE(report.segment(RfmSegment::Champions).customers, 0);
    }

    void theReportsPageEndsTodayWhileThePeriodRuns()
    {
        const ReportFilter filter{ReportPeriod::days(QDate(2026, 4, 1), QDate(2026, 9, 30), berlin)};
        QCOMPARE(RfmAnalysis::endOf(filter, end), end);
        QCOMPARE(RfmAnalysis::endOf(filter, QDate(2026, 12, 1)), QDate(2026, 9, 30));
    }

    void namesAndEmailsWhenAsked()
    {
        m_fixture.exec(QStringLiteral("INSERT INTO contact_emails (contact_id, position, email, normalized) VALUES "
                                      "(?, 1, 'second@example.com', 'second@example.com'), "
                                      "(?, 0, 'first@example.com', 'first@example.com')"),
                       {id("A"), id("A")});
        const RfmReport report =
            must(RfmAnalysis(m_fixture.db()).compute(end, berlin, 0, {}, RfmAnalysis::Details::Contacts));
        QCOMPARE(report.customers.at(0).name, QStringLiteral("A"));
        QCOMPARE(report.customers.at(0).email, QStringLiteral("first@example.com"));
        QCOMPARE(report.customers.at(1).email, QString());
    }

    void segmentsOfEveryScore_data()
    {
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("f");
        QTest::addColumn<QString>("segment");
        const char* table[5][5] = {
            // F 1, 2, 3, 4, 5 for R 1 to 5.
            {"hibernating", "hibernating", "at_risk", "at_risk", "cant_lose_them"},
            {"hibernating", "hibernating", "at_risk", "at_risk", "cant_lose_them"},
            {"about_to_sleep", "about_to_sleep", "need_attention", "loyal", "loyal"},
            {"promising", "potential_loyalists", "potential_loyalists", "loyal", "loyal"},
            {"new_customers", "potential_loyalists", "potential_loyalists", "champions", "champions"},
        };
        for (int r = 1; r <= 5; ++r)
            for (int f = 1; f <= 5; ++f)
                QTest::addRow("R%d F%d", r, f) << r << f << QString::fromLatin1(table[r - 1][f - 1]);
    }
    void segmentsOfEveryScore()
    {
        QFETCH(int, r);
        QFETCH(int, f);
        QFETCH(QString, segment);
        QCOMPARE(rfmSegmentKey(rfmSegmentOf(r, f)), segment);
        QCOMPARE(rfmSegmentFromKey(segment), rfmSegmentOf(r, f));
        QVERIFY(!rfmSegmentName(rfmSegmentOf(r, f)).isEmpty());
    }

    void storedSegmentsChangeByDifference()
    {
        CustomerSegments segments(m_fixture.db());
        QVERIFY(!segments.asOf().isValid());
        QCOMPARE(must(segments.refresh(end, berlin)), 8);
        QCOMPARE(segments.asOf(), end);
        QCOMPARE(must(segments.refresh(end, berlin)), 0);
        auto stored = must(segments.of({id("A"), id("G"), id("I")}));
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.value(id("G")), RfmSegment::CantLoseThem);
        // A year on, only A, B, C, D, H and N (won after the end day) are customers; everyone's scores move.
        const qint64 changed = must(segments.refresh(end.addYears(1), berlin));
        QVERIFY(changed >= 3);
        stored = must(segments.of(m_ids.values()));
        QCOMPARE(stored.size(), 6);
        QVERIFY(!stored.contains(id("G")));
        QCOMPARE(segments.asOf(), end.addYears(1));
        must(segments.refresh(end, berlin));
    }

    // Who to call next: the customers in "Can't lose them" (G) and "At risk" (F, E) not contacted for 30 days, the
    // former first, then by revenue; one called ten days ago is left out until later.
    void whoToCallNextAreCustomersSlippingAway()
    {
        QVERIFY(CustomerSegments(m_fixture.db()).refresh(end, berlin).ok());
        const QDateTime now = QDateTime(end, QTime(12, 0), berlin);
        auto calls = must(CallNext(m_fixture.db()).list(now));
        QStringList order;
        for (const CallNextItem& item : calls)
            order << m_ids.key(item.contactId);
        QCOMPARE(order.join(QString()), QStringLiteral("GFE"));
        QCOMPARE(calls.first().segment, RfmSegment::CantLoseThem);
        QCOMPARE(calls.first().frequency, 5);
        QCOMPARE(calls.first().lastWon, QDate(2025, 5, 15));
        QCOMPARE(calls.first().monetary, (Money{12500, QStringLiteral("EUR")}));
        QVERIFY(!calls.first().lastContact.isValid());
        QVERIFY(CallNext::reason(calls.first(), now).contains(QStringLiteral("never contacted")));

        m_fixture.exec(QStringLiteral("UPDATE contacts SET last_interaction_at = ? WHERE id = ?"),
                       {now.addDays(-10).toMSecsSinceEpoch(), id("E")});
        m_fixture.exec(QStringLiteral("UPDATE contacts SET last_interaction_at = ? WHERE id = ?"),
                       {now.addDays(-45).toMSecsSinceEpoch(), id("F")});
        calls = must(CallNext(m_fixture.db()).list(now));
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.last().contactId, id("F"));
        QVERIFY2(CallNext::reason(calls.last(), now).contains(QStringLiteral("no contact for 45 day")),
                 qPrintable(CallNext::reason(calls.last(), now)));
        m_fixture.exec(QStringLiteral("UPDATE contacts SET last_interaction_at = NULL"));
    }
};

QTEST_GUILESS_MAIN(TestRfm)
#include "tst_rfm.moc"
