// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Money.h"
#include "reports/ReportPeriod.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace kontor {

/// What a lead source (or one of its campaigns) brought in a period and what it cost.
struct SourceFigures
{
    qint64 sourceId = 0;
    /// 0 for the source as a whole (its campaigns and the leads that name no campaign).
    qint64 campaignId = 0;
    QString name;
    /// Contacts from the source created in the period.
    qint64 leads = 0;
    /// Of those, the ones now sales qualified (SQL), opportunities or customers.
    qint64 qualified = 0;
    /// Contacts with a deal from the source won in the period (the deal's source, or else its contact's).
    qint64 customers = 0;
    /// The amounts of those won deals, one sum per currency.
    QList<Money> revenue;
    /// Campaign spend falling in the period up to today: a campaign's spend is spread evenly over its days, so a
    /// quarter gets the share of the days it covers (the days gone by, for the quarter under way); a campaign without
    /// both dates counts whole.
    QList<Money> spend;

    /// customers / leads.
    std::optional<double> conversion() const;
    /// Whether any spend was recorded for the period (a campaign without spend counts as none).
    bool hasSpend() const;
    /// spend / leads, spend / customers: none without spend in a single currency or without leads or customers.
    std::optional<Money> costPerLead() const;
    std::optional<Money> costPerCustomer() const;
    /// (revenue - spend) / spend, when both are in the same single currency and there is spend.
    std::optional<double> roi() const;
};

/// What the best and the weakest source were judged by: return on spend where at least two sources have spend
/// recorded, else how many leads became customers and, between equals, the revenue they brought.
enum class SourceMeasure { ReturnOnSpend, ConversionAndRevenue };

struct SourceVerdict
{
    SourceMeasure measure = SourceMeasure::ConversionAndRevenue;
    std::optional<SourceFigures> best;
    /// None when fewer than two sources could be compared.
    std::optional<SourceFigures> weakest;
};

struct LeadSourceReport
{
    ReportFilter filter;
    /// Every active source, most revenue first (then most customers, most leads, name); each followed in
    /// `campaigns` by its campaigns in the same order.
    QList<SourceFigures> sources;
    QHash<qint64, QList<SourceFigures>> campaigns;
    /// Leads without a source, so the table adds up.
    SourceFigures unattributed;

    /// The best and the weakest of the sources (campaigns and the unattributed leads aside) that brought leads or
    /// customers in the period.
    SourceVerdict verdict() const;
};

class LeadSources
{
    Q_DECLARE_TR_FUNCTIONS(LeadSources)

public:
    explicit LeadSources(QSqlDatabase db) : m_db(std::move(db)) {}
    Result<LeadSourceReport> compute(const ReportFilter& filter) const;
    /// The contacts behind a row: the source's (or campaign's) leads created in the period.
    Result<QList<qint64>> leadsOf(const ReportFilter& filter, qint64 sourceId, qint64 campaignId = 0) const;

private:
    QSqlDatabase m_db;
};

} // namespace kontor
