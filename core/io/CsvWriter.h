// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kontor {

/// Writes rows as CSV that spreadsheets open as they are (RFC 4180: commas, CRLF, quotes doubled; UTF-8 with a byte
/// order mark so that Excel reads the encoding). Spreadsheet-safe: a cell that a spreadsheet would run as a formula
/// (starting with =, +, -, @, a tab or a carriage return, and not a plain number) is prefixed with an apostrophe.
class CsvWriter
{
public:
    /// How a cell is written: `spreadsheetSafe` neutralises formulas; without it every value stays exactly as it is
    /// (the interchange mode, for Kontor's own import and scripts).
    static QString field(const QString& value, bool spreadsheetSafe = true);
    /// One record and its CRLF.
    static QString line(const QStringList& values, bool spreadsheetSafe = true);
    static QByteArray write(const QList<QStringList>& rows);
};

} // namespace kontor
