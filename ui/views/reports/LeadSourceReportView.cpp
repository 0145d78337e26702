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
        {tr("Qualified"), tr("Of those, the ones now sales qualified (SQL), opportunities or customers.")},
        {tr("Customers"), tr("Contacts with a deal from the source won in the period.")},
        {tr("Conversion"), tr("Customers ÷ leads.")},
        {tr("Revenue"), tr("The amounts of the deals from the source won in the period.")},
        {tr("Spend", "money spent (noun)"),
         tr("Campaign spend falling in the period, spread evenly over each campaign's days.")},
        {tr("Cost per lead"), tr("Spend ÷ leads.")},
        {tr("Cost per customer"), tr("Spend ÷ customers.")},
        {tr("ROI"), tr("(Revenue − spend) ÷ spend.")}};
    setColumns(columns);
    // What each source brought against what it cost: the best and the worst stand out.
    auto* revenue = new QBarSet(tr("Revenue"));
    auto* spend = new QBarSet(tr("Spend", "money spent (noun)"));
    QStringList categories;
    QStringList names;
    QList<int> sourceRows;
    const auto row = [&](const SourceFigures& source, const QString& indent) {
        // No spend recorded reads as such, not as 0.00 spent (free leads); in few words, which the campaigns' names
        // would otherwise give way to at 1024 px.
        const QString spent =
            source.hasSpend() ? money(source.spend)
                              : tr("none recorded", "spend of a lead source, in a table cell: no spend was recorded");
        return addRow({indent + source.name, number(source.leads), number(source.qualified), number(source.customers),
                       percent(source.conversion()), money(source.revenue), spent, money(source.costPerLead()),
                       money(source.costPerCustomer()), percent(source.roi())},
                      SourceRowKey{source.sourceId, source.campaignId});
    };
    for (const SourceFigures& source : report->sources) {
        sourceRows.prepend(row(source, QString()));
        for (const SourceFigures& campaign : report->campaigns.value(source.sourceId))
            row(campaign, QStringLiteral("    "));
        // Horizontal bars are drawn from the bottom up: the best source goes last to be on top.
        revenue->insert(0, major(source.revenue));
        spend->insert(0, major(source.spend));
        // Each bar names its source with its conversion (and its return on spend where spend is known).
        // The name over its conversion and return on spend, on two lines so that a narrow chart keeps them whole.
        const QString figures =
            source.roi() ? tr("%1 conv. · ROI %2", "a lead source's figures in the chart")
                               .arg(percent(source.conversion()), percent(source.roi()))
            : source.conversion()
                ? tr("%1 conv.", "a lead source's figures in the chart").arg(percent(source.conversion()))
                : QString();
        names.prepend(source.name.toHtmlEscaped());
        categories.prepend(figures.isEmpty() ? source.name.toHtmlEscaped()
                                             : source.name.toHtmlEscaped() + QStringLiteral("<br>") + figures);
    }
    row(report->unattributed, QString());
    for (QBarSet* set : {revenue, spend}) {
        connect(set, &QBarSet::clicked, this,
                [this, sourceRows](int index) { emit detailsWanted(sourceRows.value(index, -1), 1); });
    }
    auto* series = new QHorizontalBarSeries;
    series->append(revenue);
    series->append(spend);
    showBars(series, categories, tr("Revenue and spend by source"), true,
             report->sources.isEmpty() || report->sources.first().revenue.isEmpty()
                 ? QString()
                 : report->sources.first().revenue.first().currency,
             names);
    summary()->setText(verdictText(*report));
    summary()->setToolTip(tr("Best and weakest by return on spend ((revenue − spend) ÷ spend) where two or more "
                             "sources have spend recorded in the period; otherwise by conversion (customers ÷ "
                             "leads) and, between equals, revenue."));
}

QString LeadSourceReportView::verdictText(const LeadSourceReport& report)
{
    if (std::none_of(report.sources.cbegin(), report.sources.cend(),
                     [](const SourceFigures& source) { return source.leads > 0; }))
        return tr("No leads in this period: give contacts a lead source (in the contact dialog or when "
                  "importing), or choose a longer period.");
    const SourceVerdict verdict = report.verdict();
    if (!verdict.best)
        return tr("No deal from a lead source was won in this period.");
    const auto name = [](const std::optional<SourceFigures>& source) { return source->name.toHtmlEscaped(); };
    const auto converted = [](const std::optional<SourceFigures>& source) {
        return tr("%1 of leads became customers, %2", "conversion, then revenue")
            .arg(percent(source->conversion()), money(source->revenue).toHtmlEscaped());
    };
    if (!verdict.weakest) {
        return tr("Only <b>%1</b> brought leads or customers in this period (%2).")
            .arg(name(verdict.best), converted(verdict.best));
    }
    if (verdict.measure == SourceMeasure::ReturnOnSpend) {
        return tr("Best: <b>%1</b> (ROI %2) · weakest: <b>%3</b> (ROI %4), by return on spend.")
            .arg(name(verdict.best), percent(verdict.best->roi()), name(verdict.weakest),
                 percent(verdict.weakest->roi()));
    }
    return tr("Best: <b>%1</b> (%2) · weakest: <b>%3</b> (%4), by conversion and revenue; record campaign spend "
              "to compare return on spend.")
        .arg(name(verdict.best), converted(verdict.best), name(verdict.weakest), converted(verdict.weakest));
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
