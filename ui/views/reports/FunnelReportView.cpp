// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunnelReportView.h"

#include "reports/FunnelReport.h"

#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>

#include <algorithm>

namespace kontor::ui {

void FunnelReportView::compute(const ReportFilter& filter, QDate)
{
    auto report = Funnel(m_db).compute(filter);
    if (!report) {
        showError(report.error());
        return;
    }
    const QList<Column> columns = {
        {tr("Stage"), tr("The stages in the order of the pipeline.")},
        {tr("Reached"), tr("Deals that first reached the stage in the period (a deal that skipped it is not "
                           "counted; one that came back is counted once).")},
        {tr("Went on"), tr("Of those, the deals that have gone on to a later stage other than Lost.")},
        {tr("Conversion"), tr("Went on ÷ reached.")},
        {tr("Value"), tr("The amounts of the deals that reached the stage.")},
        {tr("Days to go on"), tr("Average days those that went on took to, from first reaching the stage.")}};
    setColumns(columns);
    auto* set = new QBarSet(tr("Deals"));
    QStringList categories;
    for (const FunnelStage& stage : report->stages) {
        addRow({stage.name, number(stage.reached), number(stage.wentOn), percent(stage.conversion()),
                money(stage.value),
                stage.averageDays ? QLocale().toString(*stage.averageDays, 'f', 1) : QStringLiteral("–")},
               FunnelRowKey{stage.stageId});
        if (stage.kind == QStringLiteral("lost"))
            continue;
        // Horizontal bars are drawn from the bottom up: the first stage goes last to be on top.
        set->insert(0, static_cast<qreal>(stage.reached));
        categories.prepend(stage.name);
    }
    // A click on a bar lists its deals, as the row of the table does (bars count up from the bottom).
    const int bars = set->count();
    connect(set, &QBarSet::clicked, this, [this, bars](int index) { emit detailsWanted(bars - 1 - index, 1); });
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    showBars(series, categories, tr("Deals reaching each stage"), true, tr("deals", "a chart axis' unit"));
    const bool anyDeal = report->entered > 0 || report->won > 0 || report->lost > 0 ||
                         std::any_of(report->stages.cbegin(), report->stages.cend(),
                                     [](const FunnelStage& stage) { return stage.reached > 0; });
    summary()->setText(
        anyDeal ? tr("<b>%1</b> deals created · <b>%2</b> won (%3) · <b>%4</b> lost · win rate <b>%5</b> · from "
                     "created to won <b>%6</b>")
                      .arg(number(report->entered), number(report->won), money(report->wonValue).toHtmlEscaped(),
                           number(report->lost), percent(report->winRate()), percent(report->overallConversion()))
                : tr("No deal moved in this period: add deals with Ctrl+Shift+N and move them on the pipeline, or "
                     "choose a longer period."));
    summary()->setToolTip(tr("Win rate: won ÷ (won + lost) in the period. From created to won: deals won "
                             "in the period ÷ deals created in it."));
}

void FunnelReportView::listBehind(const ReportFilter& filter, int row, int)
{
    const auto key = rowKey<FunnelRowKey>(row);
    if (!key)
        return;
    list(asRows(Funnel(m_db).dealsReaching(filter, key->stageId), FigureRows::Kind::Deals),
         tr("Deals that reached “%1”").arg(rows()->text(row, 0)));
}

} // namespace kontor::ui
