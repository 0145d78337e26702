// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QTextStream>
#include <QTimeZone>

#include "reports/ReportPeriod.h"

namespace kontor::cli {

struct ReportRequest
{
    /// funnel, sources, weekly, activity, forecast, lifecycle or rfm.
    QString kind;
    /// The days asked for; for weekly the week containing `last`, for forecast `last` is "today", for rfm the end date.
    QDate first;
    QDate last;
    /// 0: everyone.
    qint64 ownerId = 0;
    /// Only the records with some answers of a choice field (--only industry=Retail).
    ReportChoice choice;
    bool json = false;
    QTimeZone zone;
    Qt::DayOfWeek weekStart = Qt::Monday;
};

/// Prints one report, computed by the same core classes as the Reports page; returns the exit status.
int printReport(const QSqlDatabase& db, const ReportRequest& request, QTextStream& out, QTextStream& err);
/// The lifecycle funnel (LifecycleFunnel): stages entered, went on, conversion and median days, by source and owner.
int printLifecycleReport(const QSqlDatabase& db, const ReportFilter& filter, bool json, QTextStream& out,
                         QTextStream& err);
/// RFM of the customers at `request.last` (RfmAnalysis): the segments, the R-by-F grid, and with --json every
/// customer.
int printRfmReport(const QSqlDatabase& db, const ReportRequest& request, QTextStream& out, QTextStream& err);

} // namespace kontor::cli
