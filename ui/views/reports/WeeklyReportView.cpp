// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeeklyReportView.h"

#include "domain/DateText.h"

#include "dialogs/ReportDetailsDialog.h"

#include <QBarSeries>
#include <QBarSet>
#include <QLabel>
#include <QLocale>

#include <algorithm>

namespace kontor::ui {

void WeeklyReportView::compute(const ReportFilter& filter, QDate today)
{
    const ReportPeriod week =
        ReportPeriod::week(std::min(filter.period.last, today), QLocale().firstDayOfWeek(), filter.period.zone);
    m_ownerId = filter.ownerId;
    m_choice = filter.choice;
    auto report = WeeklyStats(m_db).compute(week, filter.ownerId, 12, filter.choice);
    if (!report) {
        showError(report.error());
        return;
    }
    const QList<Column> columns = {{tr("Figure"), tr("What the notebook asked each week.")},
                                   {tr("This week"), tr("The week shown.")},
                                   {tr("Week before"), tr("The week before it.")},
                                   {tr("Change"), tr("This week less the week before.")}};
    setColumns(columns);
    const WeekFigures& now = report->current();
    const WeekFigures& before = report->previous();
    // Each row remembers its figure, for listing what lies behind it.
    const auto line = [&](WeekFigure figure, const QString& label, const QString& definition, qint64 value,
                          qint64 previous) {
        addRow({label, number(value), number(previous),
                (value > previous ? QLocale().positiveSign() : QString()) + number(value - previous)},
               WeeklyRowKey{figure}, {definition, definition, definition, definition});
    };
    line(WeekFigure::Calls, tr("Calls held"), tr("Calls logged in the week."), now.calls, before.calls);
    line(WeekFigure::SuccessfulCalls, tr("… successful"), tr("Calls with the outcome “successful”."),
         now.successfulCalls, before.successfulCalls);
    line(WeekFigure::Meetings, tr("Meetings held"), tr("Meetings that took place in the week."), now.meetings,
         before.meetings);
    line(WeekFigure::SuccessfulMeetings, tr("… successful"), tr("Meetings with the outcome “successful”."),
         now.successfulMeetings, before.successfulMeetings);
    line(WeekFigure::LedToAppointment, tr("Led to another appointment"),
         tr("Calls and meetings whose next step booked a meeting."), now.ledToAppointment, before.ledToAppointment);
    line(WeekFigure::AppointmentsAhead, tr("Appointments in the next 30 days"),
         tr("Meetings booked for the 30 days after the week."), now.appointmentsAhead, before.appointmentsAhead);
    line(WeekFigure::NewLeads, tr("New leads"), tr("Contacts created in the week."), now.newLeads, before.newLeads);
    line(WeekFigure::DealsWon, tr("Deals won"), tr("Deals moved to Won in the week."), now.dealsWon, before.dealsWon);
    line(WeekFigure::DealsLost, tr("Deals lost"), tr("Deals moved to Lost in the week."), now.dealsLost,
         before.dealsLost);
    const QString revenueWon = tr("The amounts of the deals won in the week.");
    // The change as money when both weeks are in one currency (a week without revenue counts as none of it).
    QString revenueChange;
    const QList<Money> revenues = now.revenueWon + before.revenueWon;
    if (!revenues.isEmpty() && now.revenueWon.size() <= 1 && before.revenueWon.size() <= 1 &&
        revenues.first().currency == revenues.last().currency) {
        const qint64 change = (now.revenueWon.isEmpty() ? 0 : now.revenueWon.first().minor) -
                              (before.revenueWon.isEmpty() ? 0 : before.revenueWon.first().minor);
        revenueChange = Money{change, revenues.first().currency}.formatChange();
    }
    addRow({tr("Revenue won"), money(now.revenueWon), money(before.revenueWon), revenueChange},
           WeeklyRowKey{WeekFigure::RevenueWon}, {revenueWon, revenueWon, revenueWon, revenueWon});
    line(WeekFigure::ComplaintsOpened, tr("Complaints opened"), tr("Complaints logged in the week."),
         now.complaintsOpened, before.complaintsOpened);
    line(WeekFigure::ComplaintsResolved, tr("Complaints resolved"),
         tr("Complaints marked resolved in the week, whenever they were logged."), now.complaintsResolved,
         before.complaintsResolved);

    auto* calls = new QBarSet(tr("Calls"));
    auto* meetings = new QBarSet(tr("Meetings"));
    auto* successful = new QBarSet(tr("Successful"));
    QStringList categories;
    m_chartWeeks.clear();
    for (const WeekFigures& figures : report->weeks) {
        m_chartWeeks << figures.week;
        *calls << static_cast<qreal>(figures.calls);
        *meetings << static_cast<qreal>(figures.meetings);
        *successful << static_cast<qreal>(figures.successfulCalls + figures.successfulMeetings);
        categories << DateText::dayMonth(figures.week.first);
    }
    auto* series = new QBarSeries;
    series->append(calls);
    series->append(meetings);
    series->append(successful);
    // A click on a bar lists that week's calls, meetings or successful ones.
    connect(calls, &QBarSet::clicked, this, [this](int index) { listWeek({WeekFigure::Calls}, categoryOfBar(index)); });
    connect(meetings, &QBarSet::clicked, this,
            [this](int index) { listWeek({WeekFigure::Meetings}, categoryOfBar(index)); });
    connect(successful, &QBarSet::clicked, this, [this](int index) {
        listWeek({WeekFigure::SuccessfulCalls, WeekFigure::SuccessfulMeetings}, categoryOfBar(index));
    });
    showBars(series, categories, tr("The last 12 weeks"), false);
    const bool quiet = now.calls == 0 && now.meetings == 0 && now.newLeads == 0 && now.dealsWon == 0 &&
                       now.dealsLost == 0 && now.complaintsOpened == 0 && now.complaintsResolved == 0 &&
                       now.appointmentsAhead == 0;
    // A longer period shows its last week (or this week, while it lasts): the summary says so, or the period
    // picker's "This quarter" would seem to be ignored.
    const bool longerPeriod = filter.period.first < week.first || filter.period.last > week.last;
    QString text =
        quiet          ? tr("Week of <b>%1</b>: nothing logged yet. Log calls and meetings with Ctrl+L as they happen.")
        : longerPeriod ? tr("Week of <b>%1</b>, the period's last week so far, compared with the week before.")
                       : tr("Week of <b>%1</b>, compared with the week before.");
    summary()->setText(text.arg(DateText::longDate(now.week.first)));
}

void WeeklyReportView::listWeek(const QList<WeekFigure>& figures, int index)
{
    if (index < 0 || index >= m_chartWeeks.size())
        return;
    const ReportPeriod week = m_chartWeeks.at(index);
    FigureRows all{FigureRows::Kind::Interactions, {}};
    for (WeekFigure figure : figures) {
        auto rows = WeeklyStats(m_db).behind(week, figure, m_ownerId, ReportDetailsDialog::maxRows, m_choice);
        if (!rows) {
            emit statusMessage(rows.error());
            return;
        }
        all.ids += rows.value().ids;
        all.more = all.more || rows.value().more;
    }
    emit rowsChosen(all, tr("Week of %1").arg(DateText::date(week.first)));
}

void WeeklyReportView::listBehind(const ReportFilter& filter, int row, int column)
{
    const auto key = rowKey<WeeklyRowKey>(row);
    if (m_chartWeeks.size() < 2 || !key)
        return;
    // The column says which week: the one before in its column, else the week shown.
    const bool before = column == 2;
    const ReportPeriod& week = before ? m_chartWeeks.at(m_chartWeeks.size() - 2) : m_chartWeeks.last();
    list(WeeklyStats(m_db).behind(week, key->figure, filter.ownerId, ReportDetailsDialog::maxRows, filter.choice),
         tr("%1, week of %2").arg(rows()->text(row, 0), DateText::date(week.first)));
}

} // namespace kontor::ui
