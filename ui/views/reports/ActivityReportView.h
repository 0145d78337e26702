// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportView.h"

#include <QDate>

namespace kontor::ui {

/// What a row of the activity stands for: a salesperson's week, or their whole period.
struct ActivityRowKey
{
    qint64 userId = 0;
    /// The week's first day; none for the salesperson's total.
    QDate weekOf;
    QString user;
};

/// The activity: per salesperson, what they logged and moved in the period and in each of its weeks, their totals as
/// bars; a figure lists the interactions or deals it counts, a bar the salesperson's in the whole period.
class ActivityReportView : public ReportView
{
    Q_OBJECT

public:
    using ReportView::ReportView;

    void compute(const ReportFilter& filter, QDate today) override;

protected:
    void listBehind(const ReportFilter& filter, int row, int column) override;

private:
    /// The row of the salesperson's total.
    int totalRow(qint64 userId) const;

    /// Whose the bars are.
    QList<qint64> m_chartUsers;
};

} // namespace kontor::ui

Q_DECLARE_METATYPE(kontor::ui::ActivityRowKey)
