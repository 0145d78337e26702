// SPDX-License-Identifier: GPL-3.0-or-later
#include "LifecycleReportView.h"

#include "reports/LifecycleReport.h"

#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>

namespace kontor::ui {

namespace {

// The columns of the table; "Went on" lists only the contacts that went on.
constexpr int WentOnColumn = 2;

} // namespace

void LifecycleReportView::compute(const ReportFilter& filter, QDate)
{
    auto report = LifecycleFunnel(m_db).compute(filter);
    if (!report) {
        showError(report.error());
        return;
    }
    setColumns({{tr("Stage"), tr("The stages of the buyer's journey, then the two off it.")},
                {tr("Entered"), tr("Contacts that entered the stage in the period, each once however often it moved "
                                   "in and out (archived contacts left out).")},
                {tr("Went on"), tr("Of those, the contacts that went on to a later stage of the journey by now: the "
                                   "next one or one beyond it.")},
                {tr("Conversion"), tr("Went on ÷ entered.")},
                {tr("Median days"), tr("The median days from entering the stage to the next move forward, over the "
                                       "contacts that went on.")}});
    auto* set = new QBarSet(tr("Contacts"));
    QStringList categories;
    for (const LifecycleStageFigures& figures : report->stages) {
        const auto conversion = figures.conversion();
        addRow({contactStatusName(figures.stage), number(figures.entered),
                conversion ? number(figures.advanced) : QStringLiteral("–"), percent(conversion),
                figures.medianDaysToAdvance ? QLocale().toString(*figures.medianDaysToAdvance, 'f', 1)
                                            : QStringLiteral("–")},
               LifecycleRowKey{figures.stage});
        if (journeyRank(figures.stage) == 0)
            continue;
        // Horizontal bars are drawn from the bottom up: Lead goes last to be on top.
        set->insert(0, static_cast<qreal>(figures.entered));
        categories.prepend(contactStatusShortName(figures.stage));
    }
    const int bars = set->count();
    connect(set, &QBarSet::clicked, this, [this, bars](int index) { emit detailsWanted(bars - 1 - index, 1); });
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    showBars(series, categories, tr("Contacts entering each stage"), true, tr("contacts", "a chart axis' unit"));
    const LifecycleStageFigures& leads = report->figures(ContactStatus::Lead);
    const LifecycleStageFigures& customers = report->figures(ContactStatus::Customer);
    summary()->setText(leads.entered + customers.entered > 0 || report->figures(ContactStatus::Mql).entered > 0
                           ? tr("<b>%1</b> new leads · <b>%2</b> new customers · <b>%3</b> disqualified")
                                 .arg(number(leads.entered), number(customers.entered),
                                      number(report->figures(ContactStatus::Disqualified).entered))
                           : tr("No contact moved along the lifecycle in this period: change a contact's stage, or "
                                "choose a longer period."));
    summary()->setToolTip(tr("Counted from each contact's stage history: when it entered each stage."));
}

void LifecycleReportView::listBehind(const ReportFilter& filter, int row, int column)
{
    const auto key = rowKey<LifecycleRowKey>(row);
    if (!key)
        return;
    const bool wentOn = column == WentOnColumn;
    list(asRows(LifecycleFunnel(m_db).contacts(filter, key->stage, LifecycleFunnel::Group::All, 0, wentOn),
                FigureRows::Kind::Contacts),
         wentOn ? tr("Contacts that went on from “%1”").arg(rows()->text(row, 0))
                : tr("Contacts that entered “%1”").arg(rows()->text(row, 0)));
}

} // namespace kontor::ui
