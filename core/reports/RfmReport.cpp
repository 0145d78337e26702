// SPDX-License-Identifier: GPL-3.0-or-later
#include "RfmReport.h"

#include "repositories/SettingsRepository.h"
#include "storage/BulkStatement.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace kontor {

namespace {

struct SegmentText
{
    Q_DECLARE_TR_FUNCTIONS(RfmSegment)
};

/// ⌈5 × k / n⌉ in integers: a share of exactly 2/5 is score 2, never 3 by a rounding error.
int scoreOf(qsizetype atMost, qsizetype customers)
{
    return static_cast<int>((5 * atMost + customers - 1) / customers);
}

/// For each value, how many values are at most it (`ascending`) or at least it: cume_dist's numerator.
template <typename Value>
std::vector<qsizetype> cumulativeCounts(const std::vector<Value>& values, bool ascending)
{
    std::vector<Value> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    std::vector<qsizetype> counts;
    counts.reserve(values.size());
    for (const Value& value : values) {
        if (ascending)
            counts.push_back(std::upper_bound(sorted.begin(), sorted.end(), value) - sorted.begin());
        else
            counts.push_back(sorted.end() - std::lower_bound(sorted.begin(), sorted.end(), value));
    }
    return counts;
}

} // namespace

QList<RfmSegment> allRfmSegments()
{
    return {RfmSegment::Champions,    RfmSegment::Loyal,     RfmSegment::PotentialLoyalists,
            RfmSegment::NewCustomers, RfmSegment::Promising, RfmSegment::NeedAttention,
            RfmSegment::AboutToSleep, RfmSegment::AtRisk,    RfmSegment::CantLoseThem,
            RfmSegment::Hibernating};
}

RfmSegment rfmSegmentOf(int r, int f)
{
    if (r >= 5)
        return f == 1 ? RfmSegment::NewCustomers : f <= 3 ? RfmSegment::PotentialLoyalists : RfmSegment::Champions;
    if (r == 4)
        return f == 1 ? RfmSegment::Promising : f <= 3 ? RfmSegment::PotentialLoyalists : RfmSegment::Loyal;
    if (r == 3)
        return f <= 2 ? RfmSegment::AboutToSleep : f == 3 ? RfmSegment::NeedAttention : RfmSegment::Loyal;
    return f <= 2 ? RfmSegment::Hibernating : f <= 4 ? RfmSegment::AtRisk : RfmSegment::CantLoseThem;
}

QString rfmSegmentKey(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions:
        return QStringLiteral("champions");
    case RfmSegment::Loyal:
        return QStringLiteral("loyal");
    case RfmSegment::PotentialLoyalists:
        return QStringLiteral("potential_loyalists");
    case RfmSegment::NewCustomers:
        return QStringLiteral("new_customers");
    case RfmSegment::Promising:
        return QStringLiteral("promising");
    case RfmSegment::NeedAttention:
        return QStringLiteral("need_attention");
    case RfmSegment::AboutToSleep:
        return QStringLiteral("about_to_sleep");
    case RfmSegment::AtRisk:
        return QStringLiteral("at_risk");
    case RfmSegment::CantLoseThem:
        return QStringLiteral("cant_lose_them");
    case RfmSegment::Hibernating:
        return QStringLiteral("hibernating");
    }
    return {};
}

std::optional<RfmSegment> rfmSegmentFromKey(QStringView key)
{
    for (RfmSegment segment : allRfmSegments()) {
        if (rfmSegmentKey(segment) == key)
            return segment;
    }
    return std::nullopt;
}

QString rfmSegmentName(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions:
        return SegmentText::tr("Champions");
    case RfmSegment::Loyal:
        return SegmentText::tr("Loyal");
    case RfmSegment::PotentialLoyalists:
        return SegmentText::tr("Potential loyalists");
    case RfmSegment::NewCustomers:
        return SegmentText::tr("New customers");
    case RfmSegment::Promising:
        return SegmentText::tr("Promising");
    case RfmSegment::NeedAttention:
        return SegmentText::tr("Need attention");
    case RfmSegment::AboutToSleep:
        return SegmentText::tr("About to sleep");
    case RfmSegment::AtRisk:
        return SegmentText::tr("At risk");
    case RfmSegment::CantLoseThem:
        return SegmentText::tr("Can't lose them");
    case RfmSegment::Hibernating:
        return SegmentText::tr("Hibernating");
    }
    return {};
}

QString rfmSegmentDefinition(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions:
        return SegmentText::tr("R 5, F 4–5: bought lately and often.");
    case RfmSegment::Loyal:
        return SegmentText::tr("R 3–4, F 4–5: buy often, not quite lately.");
    case RfmSegment::PotentialLoyalists:
        return SegmentText::tr("R 4–5, F 2–3: bought lately, more than once.");
    case RfmSegment::NewCustomers:
        return SegmentText::tr("R 5, F 1: bought lately, for the first time in the two years.");
    case RfmSegment::Promising:
        return SegmentText::tr("R 4, F 1: bought fairly lately, once.");
    case RfmSegment::NeedAttention:
        return SegmentText::tr("R 3, F 3: middling on both.");
    case RfmSegment::AboutToSleep:
        return SegmentText::tr("R 3, F 1–2: seldom, and not lately.");
    case RfmSegment::AtRisk:
        return SegmentText::tr("R 1–2, F 3–4: bought often, but long ago.");
    case RfmSegment::CantLoseThem:
        return SegmentText::tr("R 1–2, F 5: among the most frequent, but long ago.");
    case RfmSegment::Hibernating:
        return SegmentText::tr("R 1–2, F 1–2: seldom, and long ago.");
    }
    return {};
}

RfmTally RfmReport::segment(RfmSegment wanted) const
{
    for (const auto& [segment, tally] : segments) {
        if (segment == wanted)
            return tally;
    }
    return {};
}

Result<RfmReport> RfmAnalysis::compute(const ReportFilter& filter, QDate today, Details details) const
{
    return compute(endOf(filter, today), filter.period.zone, filter.ownerId, filter.choice, details);
}

Result<RfmReport> RfmAnalysis::compute(QDate end, const QTimeZone& zone, qint64 ownerId, const ReportChoice& choice,
                                       Details details) const
{
    using R = Result<RfmReport>;
    RfmReport report;
    report.end = end;
    report.windowFirst = end.addYears(-2).addDays(1);
    report.currency = SettingsRepository(m_db).defaultCurrency();
    const ReportPeriod window = ReportPeriod::days(report.windowFirst, end, zone);

    // One row per contact with a won deal in the window: its figures in the default currency, and how many of its
    // deals were in another. The partial index of closed deals by stage and close time finds the deals.
    const QString narrowing = choice.record == RecordKind::Deal ? choice.dealCondition(QStringLiteral("d"))
                                                                : choice.contactCondition(QStringLiteral("c.id"));
    BulkStatement query(m_db,
                        QStringLiteral("SELECT d.contact_id, max(CASE WHEN d.currency = ? THEN d.closed_at END), "
                                       "count(CASE WHEN d.currency = ? THEN 1 END), "
                                       "sum(CASE WHEN d.currency = ? THEN d.amount_minor ELSE 0 END), "
                                       "count(CASE WHEN d.currency <> ? THEN 1 END) "
                                       "FROM deals d JOIN contacts c ON c.id = d.contact_id "
                                       "WHERE d.stage_id IN (SELECT id FROM stages WHERE kind = 'won') "
                                       "AND d.closed_at IS NOT NULL AND d.archived_at IS NULL "
                                       "AND d.closed_at >= ? AND d.closed_at < ? AND c.archived_at IS NULL %1 AND %2 "
                                       "GROUP BY d.contact_id")
                            .arg(ownerId > 0 ? QStringLiteral("AND c.owner_id = ?") : QString(), narrowing));
    for (int i = 0; i < 4; ++i)
        query.bind(i, report.currency);
    query.bind(4, window.fromMs());
    query.bind(5, window.toMs());
    if (ownerId > 0)
        query.bind(6, ownerId);
    if (!query.isValid() || !query.exec())
        return R::failure(tr("The customers' RFM could not be computed: %1").arg(query.error()));
    std::vector<qint64> lastWonMs;
    while (query.next()) {
        report.otherCurrencyDeals += query.integer(4);
        if (query.integer(2) == 0)
            continue;
        RfmCustomer customer;
        customer.contactId = query.integer(0);
        customer.frequency = query.integer(2);
        customer.monetaryMinor = query.integer(3);
        report.customers << customer;
        lastWonMs.push_back(query.integer(1));
    }
    if (!query.error().isEmpty())
        return R::failure(tr("The customers' RFM could not be computed: %1").arg(query.error()));

    // Recency in whole days of the report's zone, so that two deals closed on one day tie whatever the hour.
    std::vector<qint64> recency;
    std::vector<qint64> frequency;
    std::vector<qint64> monetary;
    const qsizetype count = report.customers.size();
    for (qsizetype i = 0; i < count; ++i) {
        RfmCustomer& customer = report.customers[i];
        customer.lastWon = QDateTime::fromMSecsSinceEpoch(lastWonMs.at(size_t(i)), zone).date();
        customer.recencyDays = customer.lastWon.daysTo(end);
        recency.push_back(customer.recencyDays);
        frequency.push_back(customer.frequency);
        monetary.push_back(customer.monetaryMinor);
    }
    const auto asOld = cumulativeCounts(recency, false);
    const auto fewer = cumulativeCounts(frequency, true);
    const auto less = cumulativeCounts(monetary, true);
    for (qsizetype i = 0; i < count; ++i) {
        RfmCustomer& customer = report.customers[i];
        customer.r = scoreOf(asOld.at(size_t(i)), count);
        customer.f = scoreOf(fewer.at(size_t(i)), count);
        customer.m = scoreOf(less.at(size_t(i)), count);
        customer.segment = rfmSegmentOf(customer.r, customer.f);
        RfmTally& cell = report.grid.at(size_t(customer.r - 1)).at(size_t(customer.f - 1));
        ++cell.customers;
        cell.revenueMinor += customer.monetaryMinor;
    }
    std::sort(report.customers.begin(), report.customers.end(), [](const RfmCustomer& a, const RfmCustomer& b) {
        if (a.segment != b.segment)
            return a.segment < b.segment;
        if (a.monetaryMinor != b.monetaryMinor)
            return a.monetaryMinor > b.monetaryMinor;
        return a.contactId < b.contactId;
    });
    std::array<RfmTally, 10> bySegment{};
    for (const RfmCustomer& customer : std::as_const(report.customers)) {
        RfmTally& tally = bySegment.at(static_cast<size_t>(customer.segment));
        ++tally.customers;
        tally.revenueMinor += customer.monetaryMinor;
    }
    for (RfmSegment segment : allRfmSegments())
        report.segments.append({segment, bySegment.at(static_cast<size_t>(segment))});

    if (details == Details::Contacts && !report.customers.isEmpty()) {
        QHash<qint64, qsizetype> place;
        for (qsizetype i = 0; i < count; ++i)
            place.insert(report.customers.at(i).contactId, i);
        BulkStatement names(m_db, QStringLiteral("SELECT c.id, trim(c.first_name || ' ' || c.last_name), "
                                                 "(SELECT e.email FROM contact_emails e WHERE e.contact_id = c.id "
                                                 "ORDER BY e.position, e.id LIMIT 1) "
                                                 "FROM contacts c WHERE c.id IN (SELECT d.contact_id FROM deals d "
                                                 "WHERE d.stage_id IN (SELECT id FROM stages WHERE kind = 'won') "
                                                 "AND d.closed_at IS NOT NULL AND d.archived_at IS NULL "
                                                 "AND d.closed_at >= ? AND d.closed_at < ?)"));
        names.bind(0, window.fromMs());
        names.bind(1, window.toMs());
        if (!names.isValid() || !names.exec())
            return R::failure(tr("The customers' RFM could not be computed: %1").arg(names.error()));
        while (names.next()) {
            const auto at = place.constFind(names.integer(0));
            if (at == place.cend())
                continue;
            RfmCustomer& customer = report.customers[*at];
            customer.name = names.text(1);
            customer.email = names.text(2);
        }
        if (!names.error().isEmpty())
            return R::failure(tr("The customers' RFM could not be computed: %1").arg(names.error()));
    }
    return report;
}

} // namespace kontor
