// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportView.h"

#include "domain/ContactStatus.h"
#include "reports/LifecycleReport.h"

class QComboBox;

namespace kontor::ui {

/// What a row of the lifecycle funnel stands for: its stage, or (grouped by source or salesperson) its group, whose
/// columns are the stages.
struct LifecycleRowKey
{
    ContactStatus stage = ContactStatus::Lead;
    /// -1: all contacts; else the source's or salesperson's id (0: none).
    qint64 groupId = -1;
};

/// The lifecycle funnel: per stage, the contacts that entered it in the period, how many went on along the journey
/// and in how many days (median), as bars from Lead down to Customer; a row or a bar lists the contacts behind it,
/// the "Went on" column those that went on. "Show" groups the table by lead source or by salesperson: a row per group
/// and a column per stage of the journey, each figure listing the contacts behind it.
class LifecycleReportView : public ReportView
{
    Q_OBJECT

public:
    enum Grouping { AllContacts, BySource, ByOwner };

    LifecycleReportView(const QString& name, QAbstractItemView::SelectionBehavior selection, QWidget* parent = nullptr);

    void compute(const ReportFilter& filter, QDate today) override;
    QComboBox* grouping() const { return m_grouping; }

protected:
    void listBehind(const ReportFilter& filter, int row, int column) override;

private:
    void showGroups(const LifecycleReport& report, Grouping grouping);

    QComboBox* m_grouping = nullptr;
    std::optional<ReportFilter> m_filter;
    QDate m_today;
};

} // namespace kontor::ui

Q_DECLARE_METATYPE(kontor::ui::LifecycleRowKey)
