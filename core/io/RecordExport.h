// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

class QIODevice;

namespace kontor {

/// Companies, interactions and deals (not archived) as CSV, one row each, with a header of field keys; names
/// instead of ids (the contact's name and first email, the company, the stage, the owner), so that the file reads
/// on its own and another program can match the rows. Money is a plain decimal in the currency's minor units' place
/// ("1250.00") with its currency code beside it; times are UTC in ISO 8601. Spreadsheet-safe by default, like the
/// contacts' export.
class RecordExport
{
    Q_DECLARE_TR_FUNCTIONS(RecordExport)

public:
    enum class Records { Companies, Interactions, Deals };

    explicit RecordExport(QSqlDatabase db) : m_db(std::move(db)) {}

    static QStringList csvColumns(Records records);
    /// The number of rows written.
    Result<qint64> writeCsv(QIODevice* out, Records records, bool spreadsheetSafe = true,
                            const ProgressCallback& progress = {}) const;

private:
    QSqlDatabase m_db;
};

/// Reminders and meetings as an iCalendar file (RFC 5545) that calendar programs import: each an event (VEVENT)
/// with a stable UID, its time in UTC, its title and notes; reminders that are not done with an alarm at their
/// time, and their repetition (daily, weekly...) as a recurrence rule. Lines are folded at 75 octets and text
/// escaped as the RFC asks.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    enum Contents { Reminders = 1, Meetings = 2, Both = 3 };

    explicit CalendarExport(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Open reminders, and meetings from `meetingsSince` on (all of them when invalid). The number of events.
    Result<qint64> write(QIODevice* out, Contents contents, const QDateTime& meetingsSince = {},
                         const ProgressCallback& progress = {}) const;
    /// A text value escaped (backslash, semicolon, comma, line breaks) for an iCalendar property.
    static QString escapeText(const QString& text);
    /// A content line folded to lines of at most 75 octets, each continued with CRLF and a space; UTF-8
    /// characters are never split.
    static QByteArray foldLine(const QString& line);

private:
    QSqlDatabase m_db;
};

} // namespace kontor
