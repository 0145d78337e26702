// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportView.h"

namespace kontor::ui {

/// What a row of the funnel stands for: its stage.
struct FunnelRowKey
{
    qint64 stageId = 0;
};

/// The funnel: per stage, the deals that reached it in the period and how many went on, as bars from the first stage
/// down; a row or a bar lists the deals that reached its stage.
class FunnelReportView : public ReportView
{
    Q_OBJECT

public:
    using ReportView::ReportView;

    void compute(const ReportFilter& filter, QDate today) override;

protected:
    void listBehind(const ReportFilter& filter, int row, int column) override;
};

} // namespace kontor::ui

Q_DECLARE_METATYPE(kontor::ui::FunnelRowKey)
