// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForecastReportView.h"

#include "domain/DateText.h"

#include "reports/ActivityReport.h"

#include <QBarSeries>
#include <QBarSet>
#include <QLabel>
#include <QLocale>

namespace kontor::ui {

void ForecastReportView::compute(const ReportFilter& filter, QDate today)
{
    auto report = Forecast(m_db).compute(today, filter.ownerId, filter.choice);
    if (!report) {
        showError(report.error());
        return;
    }
    const QList<Column> columns = {
        {tr("Expected close"), tr("The month the deals are expected to close; overdue months come first.")},
        {tr("Salesperson"), tr("The deals' owner."), true},
        {tr("Deals"), tr("Open deals expected to close in the month.")},
        {tr("Amount"), tr("Their amounts.")},
        {tr("Weighted"), tr("Their amounts times the probability of their stage.")},
        {tr("Overdue"), tr("Deals whose expected close date has passed while they are still open.")}};
    setColumns(columns);
    auto* amount = new QBarSet(tr("Amount"));
    auto* weighted = new QBarSet(tr("Weighted"));
    QStringList categories;
    qint64 overdue = 0;
    for (const ForecastMonth& month : report->months) {
        const QString name = month.month.isValid() ? DateText::monthYear(month.month) : tr("No date");
        const int row = addRow({name, month.owner.isEmpty() ? tr("(nobody)") : month.owner, number(month.deals),
                                money(month.amount), money(month.weighted), number(month.overdue)},
                               ForecastRowKey{month.month, month.ownerId});
        if (month.overdue > 0)
            rows()->setRowAlert(row);
        overdue += month.overdue;
        // One bar per month, all owners together, named with its year as in the table.
        if (categories.isEmpty() || categories.last() != name) {
            categories << name;
            *amount << 0;
            *weighted << 0;
        }
        amount->replace(amount->count() - 1, amount->at(amount->count() - 1) + major(month.amount));
        weighted->replace(weighted->count() - 1, weighted->at(weighted->count() - 1) + major(month.weighted));
    }
    auto* series = new QBarSeries;
    series->append(amount);
    series->append(weighted);
    // The chart adds the first currency's amounts (tables show every currency): its axis says which.
    QString currency;
    for (const ForecastMonth& month : report->months) {
        if (currency.isEmpty() && !month.amount.isEmpty())
            currency = month.amount.first().currency;
    }
    showBars(series, categories, tr("Open deals by expected close"), false, currency);
    summary()->setText(
        report->months.isEmpty() ? tr("No open deals: add one with Ctrl+Shift+N and give it an expected close date.")
        : overdue > 0
            ? tr("<b>%n</b> open deal(s) are past their expected close date.", nullptr, static_cast<int>(overdue))
            : tr("No open deal is past its expected close date."));
}

void ForecastReportView::listBehind(const ReportFilter& filter, int row, int)
{
    const auto key = rowKey<ForecastRowKey>(row);
    if (!key)
        return;
    list(asRows(Forecast(m_db).dealsIn(key->month, key->ownerId > 0 ? key->ownerId : -1, filter.choice),
                FigureRows::Kind::Deals),
         tr("Open deals expected in %1").arg(rows()->text(row, 0)));
}

} // namespace kontor::ui
