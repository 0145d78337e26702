// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityReportView.h"

#include "domain/DateText.h"

#include "dialogs/ReportDetailsDialog.h"
#include "reports/ActivityReport.h"

#include <QBarSeries>
#include <QBarSet>
#include <QLabel>
#include <QLocale>

#include <algorithm>

namespace kontor::ui {

void ActivityReportView::compute(const ReportFilter& filter, QDate today)
{
    auto report = Activity(m_db).compute(filter, QLocale().firstDayOfWeek());
    if (!report) {
        showError(report.error());
        return;
    }
    const QList<Column> columns = {{tr("Salesperson"), tr("Who logged the interactions or made the moves.")},
                                   {tr("Week of"), tr("The week's first day; “Total” for the whole period.")},
                                   {tr("Calls"), tr("Calls the salesperson logged.")},
                                   {tr("Meetings"), tr("Meetings the salesperson logged.")},
                                   {tr("Emails"), tr("Emails the salesperson logged.")},
                                   {tr("Deals moved"), tr("Stage changes the salesperson made.")},
                                   {tr("Deals won"), tr("The salesperson's deals moved to Won.")}};
    setColumns(columns);
    auto* calls = new QBarSet(tr("Calls"));
    auto* meetings = new QBarSet(tr("Meetings"));
    auto* emails = new QBarSet(tr("Emails"));
    auto* won = new QBarSet(tr("Deals won"));
    QStringList categories;
    m_chartUsers.clear();
    // Each row remembers whose week it is, for listing what lies behind a figure.
    for (const ActivityFigures& total : report->totals) {
        const int totalRow =
            addRow({total.user, tr("Total", "all weeks of the period"), number(total.calls), number(total.meetings),
                    number(total.emails), number(total.dealsMoved), number(total.dealsWon)},
                   ActivityRowKey{total.userId, total.weekOf, total.user});
        rows()->setRowTotal(totalRow);
        for (const ActivityFigures& week : report->rows) {
            // The weeks still to come of this month or quarter have nothing to show yet.
            if (week.userId != total.userId || week.weekOf > today)
                continue;
            addRow({QString(), DateText::date(week.weekOf), number(week.calls), number(week.meetings),
                    number(week.emails), number(week.dealsMoved), number(week.dealsWon)},
                   ActivityRowKey{week.userId, week.weekOf, total.user});
        }
        m_chartUsers << total.userId;
        *calls << static_cast<qreal>(total.calls);
        *meetings << static_cast<qreal>(total.meetings);
        *emails << static_cast<qreal>(total.emails);
        *won << static_cast<qreal>(total.dealsWon);
        categories << total.user;
    }
    auto* series = new QBarSeries;
    for (QBarSet* set : {calls, meetings, emails, won})
        series->append(set);
    // A click on a bar lists what the salesperson did in the period: the total row's cell of that column.
    const QList<QPair<QBarSet*, int>> columnOf = {{calls, 2}, {meetings, 3}, {emails, 4}, {won, 6}};
    for (const auto& [set, column] : columnOf) {
        connect(set, &QBarSet::clicked, this, [this, column](int index) {
            if (const int row = totalRow(m_chartUsers.value(categoryOfBar(index))); row >= 0)
                emit detailsWanted(row, column);
        });
    }
    showBars(series, categories, tr("Activity per salesperson"), false);
    summary()->setText(
        report->totals.isEmpty()
            ? tr("Nobody logged anything in this period: log calls, meetings and emails "
                 "with Ctrl+L, or choose a longer period.")
            : tr("%n salesperson(s) active in the period.", nullptr, static_cast<int>(report->totals.size())));
}

int ActivityReportView::totalRow(qint64 userId) const
{
    for (int row = 0; row < rows()->rowCount(); ++row) {
        const auto key = rowKey<ActivityRowKey>(row);
        if (key && key->userId == userId && !key->weekOf.isValid())
            return row;
    }
    return -1;
}

void ActivityReportView::listBehind(const ReportFilter& filter, int row, int column)
{
    const auto key = rowKey<ActivityRowKey>(row);
    if (!key)
        return;
    // A week's row covers the week (clipped to the period); a total the whole period.
    ReportPeriod days = filter.period;
    if (key->weekOf.isValid()) {
        const ReportPeriod week = ReportPeriod::week(key->weekOf, QLocale().firstDayOfWeek(), filter.period.zone);
        days = ReportPeriod::days(std::max(week.first, filter.period.first), std::min(week.last, filter.period.last),
                                  filter.period.zone);
    }
    static const ActivityFigure figures[] = {
        ActivityFigure::Logged, ActivityFigure::Logged,     ActivityFigure::Calls,   ActivityFigure::Meetings,
        ActivityFigure::Emails, ActivityFigure::DealsMoved, ActivityFigure::DealsWon};
    const ActivityFigure figure = figures[std::clamp(column, 0, 6)];
    list(
        Activity(m_db).behind(days, key->userId, figure, ReportDetailsDialog::maxRows, filter.choice),
        tr("%1: %2, %3 to %4")
            .arg(key->user, rows()->title(std::max(column, 2)), DateText::date(days.first), DateText::date(days.last)));
}

} // namespace kontor::ui
