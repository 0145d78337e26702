// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadSourceReportView.h"

#include "reports/LeadSourceReport.h"

#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLabel>

#include <algorithm>

namespace kontor::ui {

void LeadSourceReportView::compute(const ReportFilter& filter, QDate)
{
    auto report = LeadSources(m_db).compute(filter);
    if (!report) {
        showError(report.error());
        return;
    }
    const QList<Column> columns = {
        {tr("Source"), tr("Lead sources, most revenue first; campaigns indented under their source.")},
        {tr("Leads"), tr("Contacts from the source created in the period.")},
        {tr("Qualified"), tr("Of those, the ones now qualified or customers.")},
        {tr("Customers"), tr("Contacts with a deal from the source won in the period.")},
        {tr("Conversion"), tr("Customers ÷ leads.")},
        {tr("Revenue"), tr("The amounts of the deals from the source won in the period.")},
        {tr("Spend"), tr("Campaign spend falling in the period, spread evenly over each campaign's days.")},
        {tr("Cost per lead"), tr("Spend ÷ leads.")},
        {tr("Cost per customer"), tr("Spend ÷ customers.")},
        {tr("ROI"), tr("(Revenue − spend) ÷ spend.")}};
    setColumns(columns);
    // What each source brought against what it cost: the best and the worst stand out.
    auto* revenue = new QBarSet(tr("Revenue"));
    auto* spend = new QBarSet(tr("Spend"));
    QStringList categories;
    QList<int> sourceRows;
    const auto row = [&](const SourceFigures& source, const QString& indent) {
        return addRow({indent + source.name, number(source.leads), number(source.qualified), number(source.customers),
                       percent(source.conversion()), money(source.revenue), money(source.spend),
                       money(source.costPerLead()), money(source.costPerCustomer()), percent(source.roi())},
                      SourceRowKey{source.sourceId, source.campaignId});
    };
    for (const SourceFigures& source : report->sources) {
        sourceRows.prepend(row(source, QString()));
        for (const SourceFigures& campaign : report->campaigns.value(source.sourceId))
            row(campaign, QStringLiteral("    "));
        // Horizontal bars are drawn from the bottom up: the best source goes last to be on top.
        revenue->insert(0, major(source.revenue));
        spend->insert(0, major(source.spend));
        categories.prepend(source.roi() ? tr("%1 (ROI %2)").arg(source.name, percent(source.roi())) : source.name);
    }
    row(report->unattributed, QString());
    for (QBarSet* set : {revenue, spend}) {
        connect(set, &QBarSet::clicked, this,
                [this, sourceRows](int index) { emit detailsWanted(sourceRows.value(index, -1), 1); });
    }
    auto* series = new QHorizontalBarSeries;
    series->append(revenue);
    series->append(spend);
    showBars(series, categories,
             report->sources.isEmpty() || report->sources.first().revenue.isEmpty()
                 ? tr("Revenue and spend by source")
                 : tr("Revenue and spend by source (%1)").arg(report->sources.first().revenue.first().currency),
             true);
    const auto best = report->sources.isEmpty() ? nullptr : &report->sources.first();
    summary()->setText(
        best && !best->revenue.isEmpty()
            ? tr("Most revenue: <b>%1</b> (%2 from %3 customers)")
                  .arg(best->name.toHtmlEscaped(), money(best->revenue).toHtmlEscaped(), number(best->customers))
        : std::none_of(report->sources.cbegin(), report->sources.cend(),
                       [](const SourceFigures& source) { return source.leads > 0; })
            ? tr("No leads in this period: give contacts a lead source (in the contact dialog or when "
                 "importing), or choose a longer period.")
            : tr("No deal from a lead source was won in this period."));
}

void LeadSourceReportView::listBehind(const ReportFilter& filter, int row, int)
{
    const auto key = rowKey<SourceRowKey>(row);
    if (!key)
        return;
    list(asRows(LeadSources(m_db).leadsOf(filter, key->sourceId, key->campaignId), FigureRows::Kind::Contacts),
         tr("Leads from “%1”").arg(rows()->text(row, 0).trimmed()));
}

} // namespace kontor::ui
