// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportView.h"
#include "reports/LeadSourceReport.h"

namespace kontor::ui {

/// What a row of the lead sources stands for: a source, or one of its campaigns.
struct SourceRowKey
{
    qint64 sourceId = 0;
    qint64 campaignId = 0;
};

/// The lead sources: per source and campaign, the leads, customers, revenue and spend of the period, with revenue and
/// spend as bars, the best source on top; a row or a bar lists the source's leads.
class LeadSourceReportView : public ReportView
{
    Q_OBJECT

public:
    using ReportView::ReportView;

    void compute(const ReportFilter& filter, QDate today) override;

    /// The summary: the best and the weakest source, and the measure that says so.
    static QString verdictText(const LeadSourceReport& report);

protected:
    void listBehind(const ReportFilter& filter, int row, int column) override;
};

} // namespace kontor::ui

Q_DECLARE_METATYPE(kontor::ui::SourceRowKey)
