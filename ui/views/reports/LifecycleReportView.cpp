// SPDX-License-Identifier: GPL-3.0-or-later
#include "LifecycleReportView.h"

#include "reports/LifecycleReport.h"

#include <QBarSet>
#include <QBoxLayout>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>

namespace kontor::ui {

namespace {

// The columns of the table; "Went on" lists only the contacts that went on.
constexpr int WentOnColumn = 2;

// The stages of the journey, the columns of a grouped table.
QList<ContactStatus> journey()
{
    QList<ContactStatus> stages;
    for (ContactStatus stage : allContactStatuses()) {
        if (journeyRank(stage) > 0)
            stages << stage;
    }
    return stages;
}

} // namespace

LifecycleReportView::LifecycleReportView(const QString& name, QAbstractItemView::SelectionBehavior selection,
                                         QWidget* parent)
    : ReportView(name, selection, parent)
{
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("grouping"));
    m_grouping->setAccessibleName(tr("Show"));
    m_grouping->addItem(tr("All contacts"), int(AllContacts));
    m_grouping->addItem(tr("By lead source"), int(BySource));
    m_grouping->addItem(tr("By salesperson"), int(ByOwner));
    m_grouping->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Above the chart and the table, under the summary.
    if (auto* box = qobject_cast<QBoxLayout*>(layout()))
        box->insertWidget(1, m_grouping, 0, Qt::AlignLeading);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filter)
            compute(*m_filter, m_today);
    });
}

void LifecycleReportView::compute(const ReportFilter& filter, QDate today)
{
    m_filter = filter;
    m_today = today;
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
    // Grouped, the table has a row per source or salesperson; the chart and the summary stay those of all.
    if (const auto grouping = Grouping(m_grouping->currentData().toInt()); grouping != AllContacts)
        showGroups(report.value(), grouping);
}

void LifecycleReportView::showGroups(const LifecycleReport& report, Grouping grouping)
{
    const QList<ContactStatus> stages = journey();
    QList<Column> columns = {
        {grouping == BySource ? tr("Lead source") : tr("Salesperson"),
         grouping == BySource ? tr("Where the contacts came from.") : tr("Who owns the contacts.")}};
    for (ContactStatus stage : stages)
        columns.append({contactStatusShortName(stage),
                        tr("Contacts that entered “%1” in the period; the tooltip says how many went on.")
                            .arg(contactStatusName(stage))});
    setColumns(columns);
    const QList<LifecycleGroup>& groups = grouping == BySource ? report.bySource : report.byOwner;
    for (const LifecycleGroup& group : groups) {
        QStringList cells{group.name};
        QStringList tips{group.name};
        for (ContactStatus stage : stages) {
            const auto figures =
                std::find_if(group.stages.cbegin(), group.stages.cend(),
                             [stage](const LifecycleStageFigures& each) { return each.stage == stage; });
            const LifecycleStageFigures shown =
                figures != group.stages.cend() ? *figures : LifecycleStageFigures{stage};
            cells << number(shown.entered);
            const auto conversion = shown.conversion();
            tips << (conversion ? tr("%1 entered, %2 went on (%3)")
                                      .arg(number(shown.entered), number(shown.advanced), percent(conversion))
                                : tr("%1 entered").arg(number(shown.entered)));
        }
        addRow(cells, LifecycleRowKey{ContactStatus::Lead, group.id}, tips);
    }
}

void LifecycleReportView::listBehind(const ReportFilter& filter, int row, int column)
{
    const auto key = rowKey<LifecycleRowKey>(row);
    if (!key)
        return;
    if (key->groupId >= 0) {
        // A group's row: the column is the stage; its name lists the contacts that entered the journey's first.
        const QList<ContactStatus> stages = journey();
        const ContactStatus stage = stages.value(std::max(0, column - 1), ContactStatus::Lead);
        const bool bySource = Grouping(m_grouping->currentData().toInt()) == BySource;
        list(asRows(LifecycleFunnel(m_db).contacts(
                        filter, stage, bySource ? LifecycleFunnel::Group::Source : LifecycleFunnel::Group::Owner,
                        key->groupId),
                    FigureRows::Kind::Contacts),
             tr("%1: contacts that entered “%2”").arg(rows()->text(row, 0), contactStatusName(stage)));
        return;
    }
    const bool wentOn = column == WentOnColumn;
    list(asRows(LifecycleFunnel(m_db).contacts(filter, key->stage, LifecycleFunnel::Group::All, 0, wentOn),
                FigureRows::Kind::Contacts),
         wentOn ? tr("Contacts that went on from “%1”").arg(rows()->text(row, 0))
                : tr("Contacts that entered “%1”").arg(rows()->text(row, 0)));
}

} // namespace kontor::ui
