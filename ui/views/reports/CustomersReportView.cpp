// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomersReportView.h"

#include "domain/DateText.h"

#include <QBarSet>
#include <QBoxLayout>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QTimer>

namespace kontor::ui {

CustomersReportView::CustomersReportView(const QString& name, QAbstractItemView::SelectionBehavior selection,
                                         QWidget* parent)
    : ReportView(name, selection, parent)
{
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("grouping"));
    m_grouping->setAccessibleName(tr("Show"));
    m_grouping->addItem(tr("By segment"), int(BySegment));
    m_grouping->addItem(tr("Recency by frequency"), int(ByScores));
    m_grouping->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (auto* box = qobject_cast<QBoxLayout*>(layout()))
        box->insertWidget(1, m_grouping, 0, Qt::AlignLeading);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filter)
            compute(*m_filter, m_today);
    });
}

void CustomersReportView::compute(const ReportFilter& filter, QDate today)
{
    m_filter = filter;
    m_today = today;
    auto report = RfmAnalysis(m_db).compute(filter, today);
    if (!report) {
        showError(report.error());
        return;
    }
    auto* set = new QBarSet(tr("Customers"));
    QStringList categories;
    const QList<std::pair<RfmSegment, RfmTally>>& segments = report->segments;
    // Horizontal bars are drawn from the bottom up: the first segment goes last to be on top.
    for (const auto& [segment, tally] : segments) {
        set->insert(0, static_cast<qreal>(tally.customers));
        categories.prepend(rfmSegmentName(segment));
    }
    const int bars = set->count();
    connect(set, &QBarSet::clicked, this, [this, bars](int index) {
        // A bar stands for a segment whichever way the table is shown. Showing the segments draws the chart anew,
        // which must not happen while its bar is still handling the click: after it.
        QTimer::singleShot(0, this, [this, row = bars - 1 - index] {
            if (Grouping(m_grouping->currentData().toInt()) != BySegment)
                m_grouping->setCurrentIndex(m_grouping->findData(int(BySegment)));
            emit detailsWanted(row, 1);
        });
    });
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    showBars(series, categories, tr("Customers in each segment"), true, tr("customers", "a chart axis' unit"));

    const qint64 customers = report->customers.size();
    qint64 revenue = 0;
    for (const RfmCustomer& customer : report->customers)
        revenue += customer.monetaryMinor;
    const qint64 toCall =
        report->segment(RfmSegment::AtRisk).customers + report->segment(RfmSegment::CantLoseThem).customers;
    QString text =
        customers > 0
            ? tr("<b>%Ln</b> customer(s) in the two years to %1 brought <b>%2</b> · <b>%3</b> in “%4” or “%5”", nullptr,
                 int(std::min<qint64>(customers, 1000000000)))
                  .arg(DateText::date(report->end), report->money(revenue).format(), number(toCall),
                       rfmSegmentName(RfmSegment::AtRisk), rfmSegmentName(RfmSegment::CantLoseThem))
            : tr("No deal in %1 was won in the two years to %2: customers appear here once deals are won.")
                  .arg(report->currency, DateText::date(report->end));
    if (report->otherCurrencyDeals > 0)
        text = tr("%1 · %Ln won deal(s) in other currencies left out", nullptr,
                  int(std::min<qint64>(report->otherCurrencyDeals, 1000000000)))
                   .arg(text);
    summary()->setText(text);
    summary()->setToolTip(
        tr("Customers: contacts with a deal won in the two years up to the period's last day (today while the period "
           "runs), in the default currency. Recency: days since the last won deal; frequency: won deals; monetary: "
           "their sum. Each is scored 1 to 5 by the share of customers at or below it (for recency: with a last deal "
           "as old or older), so that the most recent, most frequent and biggest score 5 and ties share a score."));
    if (Grouping(m_grouping->currentData().toInt()) == ByScores)
        showGrid(report.value());
    else
        showSegments(report.value());
}

void CustomersReportView::showSegments(const RfmReport& report)
{
    setColumns({{tr("Segment"), tr("Customer segments by their recency (R) and frequency (F) scores.")},
                {tr("Customers"), tr("Customers in the segment.")},
                {tr("Share", "of the customers"), tr("The segment's share of all customers.")},
                {tr("Revenue"), tr("The won deals of the segment's customers in the two years, in the default "
                                   "currency.")},
                {tr("Share of revenue"), tr("The segment's share of the revenue.")},
                {tr("Scores"), tr("Which recency and frequency scores make the segment."), true}});
    const qint64 customers = report.customers.size();
    qint64 revenue = 0;
    for (const auto& [segment, tally] : report.segments)
        revenue += tally.revenueMinor;
    for (const auto& [segment, tally] : report.segments) {
        const QString definition = rfmSegmentDefinition(segment);
        addRow({rfmSegmentName(segment), number(tally.customers),
                percent(ratio(double(tally.customers), double(customers))), report.money(tally.revenueMinor).format(),
                percent(ratio(double(tally.revenueMinor), double(revenue))), definition},
               CustomersRowKey{segment, 0}, {definition, QString(), QString(), QString(), QString(), definition});
    }
}

void CustomersReportView::showGrid(const RfmReport& report)
{
    QList<Column> columns{{tr("Recency"), tr("R 5: the most recent fifth of the customers; R 1: the longest ago.")}};
    for (int f = 1; f <= 5; ++f)
        columns.append({tr("F %1").arg(QLocale().toString(f)),
                        tr("Customers whose frequency score is %1 (5: the most won deals), and the revenue they "
                           "brought; the tooltip gives their segment.")
                            .arg(QLocale().toString(f))});
    setColumns(columns);
    for (int r = 5; r >= 1; --r) {
        QStringList cells{r == 5   ? tr("R 5 (most recent)")
                          : r == 1 ? tr("R 1 (longest ago)")
                                   : tr("R %1").arg(QLocale().toString(r))};
        QStringList tips{cells.first()};
        for (int f = 1; f <= 5; ++f) {
            const RfmTally& cell = report.cell(r, f);
            // The count, and what they brought in the language's short words ("12 · 1.2M EUR").
            cells << (cell.customers > 0
                          ? tr("%1 · %2").arg(number(cell.customers), report.money(cell.revenueMinor).formatCompact())
                          : number(0));
            tips << tr("%1 · %Ln customer(s) · %2", nullptr, int(std::min<qint64>(cell.customers, 1000000000)))
                        .arg(rfmSegmentName(rfmSegmentOf(r, f)), report.money(cell.revenueMinor).format());
        }
        addRow(cells, CustomersRowKey{std::nullopt, r}, tips);
    }
}

void CustomersReportView::listBehind(const ReportFilter& filter, int row, int column)
{
    const auto key = rowKey<CustomersRowKey>(row);
    if (!key)
        return;
    auto report = RfmAnalysis(m_db).compute(filter, m_today.isValid() ? m_today : filter.period.last);
    if (!report) {
        list(Result<FigureRows>::failure(report.error()), QString());
        return;
    }
    const int frequency = std::clamp(column, 1, 5);
    QList<qint64> ids;
    for (const RfmCustomer& customer : report->customers) {
        if (key->segment ? customer.segment == *key->segment : customer.r == key->recency && customer.f == frequency)
            ids << customer.contactId;
    }
    if (key->segment) {
        list(FigureRows{FigureRows::Kind::Contacts, ids}, tr("Customers: %1").arg(rfmSegmentName(*key->segment)));
    } else if (frequency == 0) {
        list(FigureRows{FigureRows::Kind::Contacts, ids},
             tr("Customers with R %1").arg(QLocale().toString(key->recency)));
    } else {
        list(FigureRows{FigureRows::Kind::Contacts, ids},
             tr("Customers with R %1 and F %2 (%3)")
                 .arg(QLocale().toString(key->recency), QLocale().toString(frequency),
                      rfmSegmentName(rfmSegmentOf(key->recency, frequency))));
    }
}

} // namespace kontor::ui
