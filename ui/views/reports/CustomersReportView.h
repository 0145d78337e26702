// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportView.h"

#include "reports/RfmReport.h"

class QComboBox;

namespace kontor::ui {

/// What a row of the Customers report stands for: a segment, or (the grid) a recency score whose columns are the
/// frequency scores.
struct CustomersRowKey
{
    std::optional<RfmSegment> segment;
    int recency = 0;
};

/// RFM of the customers (RfmAnalysis) over the two years up to the period's last day (today while it runs): the
/// customers and revenue of each segment, with its definition, and a bar per segment; "Show" turns the table into
/// the 5 × 5 grid of recency by frequency. A segment, a bar or a place of the grid lists its customers.
class CustomersReportView : public ReportView
{
    Q_OBJECT

public:
    enum Grouping { BySegment, ByScores };

    CustomersReportView(const QString& name, QAbstractItemView::SelectionBehavior selection, QWidget* parent = nullptr);

    void compute(const ReportFilter& filter, QDate today) override;
    QComboBox* grouping() const { return m_grouping; }

protected:
    void listBehind(const ReportFilter& filter, int row, int column) override;

private:
    void showSegments(const RfmReport& report);
    void showGrid(const RfmReport& report);

    QComboBox* m_grouping = nullptr;
    std::optional<ReportFilter> m_filter;
    QDate m_today;
};

} // namespace kontor::ui

Q_DECLARE_METATYPE(kontor::ui::CustomersRowKey)
