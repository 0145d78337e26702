// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QTextStream>
#include <QTimeZone>

namespace kontor::cli {

struct ReportRequest
{
    /// funnel, sources, weekly, activity or forecast.
    QString kind;
    /// The days asked for; for weekly the week containing `last`, for forecast `last` is "today".
    QDate first;
    QDate last;
    /// 0: everyone.
    qint64 ownerId = 0;
    bool json = false;
    QTimeZone zone;
    Qt::DayOfWeek weekStart = Qt::Monday;
};

/// Prints one report, computed by the same core classes as the Reports page; returns the exit status.
int printReport(const QSqlDatabase& db, const ReportRequest& request, QTextStream& out, QTextStream& err);

} // namespace kontor::cli
