// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadSourceReport.h"

#include "Clock.h"

#include "reports/Figures.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <functional>

namespace kontor {

namespace {

std::optional<Money> divided(const QList<Money>& money, qint64 by)
{
    // No spend recorded is not free leads: no cost at all rather than 0.00 a lead.
    if (money.size() != 1 || money.first().minor <= 0 || by <= 0)
        return std::nullopt;
    return Money{static_cast<qint64>(std::llround(static_cast<double>(money.first().minor) / by)),
                 money.first().currency};
}

// Spend of [starts, ends] (whole days) falling into [first, last], in minor units, rounded to the nearest.
qint64 spendWithin(qint64 spend, QDate starts, QDate ends, QDate first, QDate last)
{
    if (!starts.isValid() || !ends.isValid() || ends < starts)
        return spend;
    const QDate from = std::max(starts, first);
    const QDate to = std::min(ends, last);
    if (to < from)
        return 0;
    const qint64 covered = from.daysTo(to) + 1;
    const qint64 length = starts.daysTo(ends) + 1;
    return static_cast<qint64>(std::llround(static_cast<double>(spend) * covered / length));
}

} // namespace

std::optional<double> SourceFigures::conversion() const
{
    return ratio(static_cast<double>(customers), static_cast<double>(leads));
}

bool SourceFigures::hasSpend() const
{
    return std::any_of(spend.cbegin(), spend.cend(), [](const Money& amount) { return amount.minor > 0; });
}

std::optional<Money> SourceFigures::costPerLead() const
{
    return divided(spend, leads);
}

std::optional<Money> SourceFigures::costPerCustomer() const
{
    return divided(spend, customers);
}

std::optional<double> SourceFigures::roi() const
{
    if (spend.size() != 1 || spend.first().minor <= 0 || revenue.size() > 1)
        return std::nullopt;
    const qint64 earned = revenue.isEmpty() ? 0 : revenue.first().minor;
    if (!revenue.isEmpty() && revenue.first().currency != spend.first().currency)
        return std::nullopt;
    return static_cast<double>(earned - spend.first().minor) / static_cast<double>(spend.first().minor);
}

SourceVerdict LeadSourceReport::verdict() const
{
    SourceVerdict verdict;
    QList<SourceFigures> compared;
    for (const SourceFigures& source : sources) {
        if (source.roi())
            compared << source;
    }
    if (compared.size() >= 2) {
        verdict.measure = SourceMeasure::ReturnOnSpend;
        std::stable_sort(compared.begin(), compared.end(),
                         [](const SourceFigures& a, const SourceFigures& b) { return *a.roi() > *b.roi(); });
    } else {
        compared.clear();
        for (const SourceFigures& source : sources) {
            // Conversion needs leads: customers from earlier leads alone say nothing about this period's.
            if (source.leads > 0)
                compared << source;
        }
        // Conversion first; between equals the revenue (in the first currency), then the customers.
        const auto revenueOf = [](const SourceFigures& s) { return s.revenue.isEmpty() ? 0 : s.revenue.first().minor; };
        std::stable_sort(compared.begin(), compared.end(), [&](const SourceFigures& a, const SourceFigures& b) {
            const double ca = a.conversion().value_or(0.0);
            const double cb = b.conversion().value_or(0.0);
            if (ca != cb)
                return ca > cb;
            if (revenueOf(a) != revenueOf(b))
                return revenueOf(a) > revenueOf(b);
            return a.customers > b.customers;
        });
    }
    if (!compared.isEmpty())
        verdict.best = compared.first();
    if (compared.size() >= 2)
        verdict.weakest = compared.last();
    return verdict;
}

Result<LeadSourceReport> LeadSources::compute(const ReportFilter& filter) const
{
    using R = Result<LeadSourceReport>;
    const auto failure = [](const QSqlQuery& query) {
        return R::failure(tr("The lead source report could not be computed: %1").arg(sql::errorText(query)));
    };
    // Narrowed to a choice, leads and deals are; a campaign's spend is not split by record, so it is left out.
    const QString owner = (filter.ownerId > 0 ? QStringLiteral(" AND c.owner_id = :owner") : QString()) +
                          QStringLiteral(" AND ") + filter.choice.contactCondition(QStringLiteral("c.id"));
    const QString dealOwner = (filter.ownerId > 0 ? QStringLiteral(" AND d.owner_id = :owner") : QString()) +
                              QStringLiteral(" AND ") + filter.choice.dealCondition(QStringLiteral("d"));
    const auto bind = [&filter](QSqlQuery& query) {
        query.bindValue(QStringLiteral(":from"), filter.period.fromMs());
        query.bindValue(QStringLiteral(":to"), filter.period.toMs());
        if (filter.ownerId > 0)
            query.bindValue(QStringLiteral(":owner"), filter.ownerId);
    };

    LeadSourceReport report;
    report.filter = filter;
    // Keyed by (source, campaign); campaign 0 is the source's own total.
    QHash<QPair<qint64, qint64>, SourceFigures> figures;
    QSqlQuery names(m_db);
    if (!names.exec(QStringLiteral("SELECT id, name FROM lead_sources WHERE archived_at IS NULL")))
        return failure(names);
    while (names.next()) {
        SourceFigures source;
        source.sourceId = names.value(0).toLongLong();
        source.name = names.value(1).toString();
        figures.insert({source.sourceId, 0}, source);
    }
    // Spend is counted up to today, as leads and customers are: in the month under way, a campaign of the whole
    // month has spent its days so far, and its cost per lead must not count the days to come.
    const QDate today = Clock::now().toTimeZone(filter.period.zone).date();
    const QDate spentUntil = std::min(filter.period.last, today);
    QSqlQuery campaigns(m_db);
    if (!campaigns.exec(QStringLiteral("SELECT id, lead_source_id, name, starts_on, ends_on, spend_minor, currency "
                                       "FROM campaigns WHERE archived_at IS NULL")))
        return failure(campaigns);
    while (campaigns.next()) {
        const qint64 sourceId = campaigns.value(1).toLongLong();
        if (!figures.contains({sourceId, 0}))
            continue;
        SourceFigures campaign;
        campaign.sourceId = sourceId;
        campaign.campaignId = campaigns.value(0).toLongLong();
        campaign.name = campaigns.value(2).toString();
        const qint64 spend =
            spendWithin(campaigns.value(5).toLongLong(), QDate::fromString(campaigns.value(3).toString(), Qt::ISODate),
                        QDate::fromString(campaigns.value(4).toString(), Qt::ISODate), filter.period.first, spentUntil);
        const QString currency = campaigns.value(6).toString();
        // Spend is not split by record: narrowed to some, there is none to set against their leads.
        if (!filter.choice.isSet()) {
            addMoney(campaign.spend, currency, spend);
            addMoney(figures[{sourceId, 0}].spend, currency, spend);
        }
        figures.insert({sourceId, campaign.campaignId}, campaign);
    }
    const auto add = [&figures, &report](const QVariant& source, const QVariant& campaign,
                                         const std::function<void(SourceFigures&)>& change) {
        if (source.isNull()) {
            change(report.unattributed);
            return;
        }
        auto total = figures.find({source.toLongLong(), 0});
        if (total == figures.end())
            return; // an archived source
        change(*total);
        if (!campaign.isNull()) {
            if (auto own = figures.find({source.toLongLong(), campaign.toLongLong()}); own != figures.end())
                change(*own);
        }
    };

    // Leads: by the index of source and creation time.
    QSqlQuery leads = sql::prepare(
        m_db, QStringLiteral("SELECT c.lead_source_id, c.campaign_id, count(*), "
                             "  sum(c.status IN ('sql', 'opportunity', 'customer')) FROM contacts c "
                             "WHERE c.created_at >= :from AND c.created_at < :to AND c.archived_at IS NULL") +
                  owner + QStringLiteral(" GROUP BY c.lead_source_id, c.campaign_id"));
    bind(leads);
    if (!leads.exec())
        return failure(leads);
    while (leads.next()) {
        const qint64 count = leads.value(2).toLongLong();
        const qint64 qualified = leads.value(3).toLongLong();
        add(leads.value(0), leads.value(1), [count, qualified](SourceFigures& row) {
            row.leads += count;
            row.qualified += qualified;
        });
    }

    // Customers and revenue: deals won in the period, attributed to the deal's source or else its contact's.
    const QString wonDeals =
        QStringLiteral(
            "(SELECT coalesce(d.lead_source_id, c.lead_source_id) AS source, "
            "  CASE WHEN d.lead_source_id IS NOT NULL THEN d.campaign_id ELSE c.campaign_id END AS campaign, "
            "  d.currency, coalesce(d.contact_id, -d.id) AS customer, d.amount_minor "
            " FROM deals d JOIN stages s ON s.id = d.stage_id AND s.kind = 'won' "
            " LEFT JOIN contacts c ON c.id = d.contact_id "
            " WHERE d.closed_at >= :from AND d.closed_at < :to AND d.archived_at IS NULL") +
        dealOwner + u')';
    QSqlQuery revenue =
        sql::prepare(m_db, QStringLiteral("SELECT source, campaign, currency, sum(amount_minor) FROM ") + wonDeals +
                               QStringLiteral(" GROUP BY source, campaign, currency"));
    bind(revenue);
    if (!revenue.exec())
        return failure(revenue);
    while (revenue.next()) {
        const QString currency = revenue.value(2).toString();
        const qint64 amount = revenue.value(3).toLongLong();
        add(revenue.value(0), revenue.value(1),
            [&currency, amount](SourceFigures& row) { addMoney(row.revenue, currency, amount); });
    }
    // A customer with won deals from two campaigns is one customer of the source: distinct per level.
    QSqlQuery perSource = sql::prepare(m_db, QStringLiteral("SELECT source, count(DISTINCT customer) FROM ") +
                                                 wonDeals + QStringLiteral(" GROUP BY source"));
    bind(perSource);
    if (!perSource.exec())
        return failure(perSource);
    while (perSource.next()) {
        const qint64 count = perSource.value(1).toLongLong();
        if (perSource.value(0).isNull())
            report.unattributed.customers = count;
        else if (auto row = figures.find({perSource.value(0).toLongLong(), 0}); row != figures.end())
            row->customers = count;
    }
    QSqlQuery perCampaign =
        sql::prepare(m_db, QStringLiteral("SELECT source, campaign, count(DISTINCT customer) FROM ") + wonDeals +
                               QStringLiteral(" WHERE source IS NOT NULL AND campaign IS NOT NULL "
                                              "GROUP BY source, campaign"));
    bind(perCampaign);
    if (!perCampaign.exec())
        return failure(perCampaign);
    while (perCampaign.next()) {
        const QPair<qint64, qint64> key{perCampaign.value(0).toLongLong(), perCampaign.value(1).toLongLong()};
        if (auto row = figures.find(key); row != figures.end())
            row->customers = perCampaign.value(2).toLongLong();
    }

    const auto ranked = [](const SourceFigures& a, const SourceFigures& b) {
        const qint64 aRevenue = a.revenue.isEmpty() ? 0 : a.revenue.first().minor;
        const qint64 bRevenue = b.revenue.isEmpty() ? 0 : b.revenue.first().minor;
        if (aRevenue != bRevenue)
            return aRevenue > bRevenue;
        if (a.customers != b.customers)
            return a.customers > b.customers;
        if (a.leads != b.leads)
            return a.leads > b.leads;
        return a.name.localeAwareCompare(b.name) < 0;
    };
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        if (it.key().second == 0)
            report.sources.append(it.value());
        else
            report.campaigns[it.key().first].append(it.value());
    }
    std::sort(report.sources.begin(), report.sources.end(), ranked);
    for (QList<SourceFigures>& list : report.campaigns)
        std::sort(list.begin(), list.end(), ranked);
    report.unattributed.name = tr("No lead source");
    return report;
}

Result<QList<qint64>> LeadSources::leadsOf(const ReportFilter& filter, qint64 sourceId, qint64 campaignId) const
{
    QSqlQuery query = sql::prepare(
        m_db,
        QStringLiteral("SELECT id FROM contacts WHERE created_at >= :from AND created_at < :to "
                       "AND archived_at IS NULL AND ") +
            (sourceId > 0 ? QStringLiteral("lead_source_id = :source") : QStringLiteral("lead_source_id IS NULL")) +
            (campaignId > 0 ? QStringLiteral(" AND campaign_id = :campaign") : QString()) +
            (filter.ownerId > 0 ? QStringLiteral(" AND owner_id = :owner") : QString()) + QStringLiteral(" AND ") +
            filter.choice.contactCondition(QStringLiteral("id")) + QStringLiteral(" ORDER BY created_at, id"));
    query.bindValue(QStringLiteral(":from"), filter.period.fromMs());
    query.bindValue(QStringLiteral(":to"), filter.period.toMs());
    if (sourceId > 0)
        query.bindValue(QStringLiteral(":source"), sourceId);
    if (campaignId > 0)
        query.bindValue(QStringLiteral(":campaign"), campaignId);
    if (filter.ownerId > 0)
        query.bindValue(QStringLiteral(":owner"), filter.ownerId);
    if (!query.exec())
        return Result<QList<qint64>>::failure(tr("The contacts could not be read: %1").arg(sql::errorText(query)));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace kontor
