// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportView.h"

#include "domain/ContactStatus.h"

namespace kontor::ui {

/// What a row of the lifecycle funnel stands for: its stage.
struct LifecycleRowKey
{
    ContactStatus stage = ContactStatus::Lead;
};

/// The lifecycle funnel: per stage, the contacts that entered it in the period, how many went on along the journey
/// and in how many days (median), as bars from Lead down to Customer; a row or a bar lists the contacts behind it,
/// the "Went on" column those that went on.
class LifecycleReportView : public ReportView
{
    Q_OBJECT

public:
    using ReportView::ReportView;

    void compute(const ReportFilter& filter, QDate today) override;

protected:
    void listBehind(const ReportFilter& filter, int row, int column) override;
};

} // namespace kontor::ui

Q_DECLARE_METATYPE(kontor::ui::LifecycleRowKey)
