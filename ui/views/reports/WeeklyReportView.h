// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportView.h"
#include "reports/WeeklyReport.h"

namespace kontor::ui {

/// What a row of the week stands for: its figure.
struct WeeklyRowKey
{
    WeekFigure figure = WeekFigure::Calls;
};

/// The week: the notebook's figures for the week shown against the week before, and the calls and meetings of the
/// last 12 weeks as bars; a figure lists what it counts in its column's week, a bar that week's calls or meetings.
class WeeklyReportView : public ReportView
{
    Q_OBJECT

public:
    using ReportView::ReportView;

    void compute(const ReportFilter& filter, QDate today) override;

protected:
    void listBehind(const ReportFilter& filter, int row, int column) override;

private:
    /// Lists the week of the `index`th bar's interactions counted by `figures`.
    void listWeek(const QList<WeekFigure>& figures, int index);

    /// The salesperson of the figures shown.
    qint64 m_ownerId = 0;
    ReportChoice m_choice;
    /// The weeks the bars stand for, the week shown last.
    QList<ReportPeriod> m_chartWeeks;
};

} // namespace kontor::ui

Q_DECLARE_METATYPE(kontor::ui::WeeklyRowKey)
