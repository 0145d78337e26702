// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportView.h"

#include <QDate>

namespace kontor::ui {

/// What a row of the forecast stands for: a salesperson's deals expected in a month.
struct ForecastRowKey
{
    /// The month's first day; none for deals without an expected close date.
    QDate month;
    qint64 ownerId = 0;
};

/// The forecast: open deals by the month they are expected to close and by owner, overdue months in red, and the
/// months' amounts as bars; a row lists its open deals.
class ForecastReportView : public ReportView
{
    Q_OBJECT

public:
    using ReportView::ReportView;

    void compute(const ReportFilter& filter, QDate today) override;

protected:
    void listBehind(const ReportFilter& filter, int row, int column) override;
};

} // namespace kontor::ui

Q_DECLARE_METATYPE(kontor::ui::ForecastRowKey)
