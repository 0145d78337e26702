// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <initializer_list>

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
    /// field(), appended to `out`: for exports of a million rows, where the copies would add up.
    static void appendField(QString& out, QStringView value, bool spreadsheetSafe = true);
    /// One record and its CRLF, appended to `out`.
    static void appendLine(QString& out, std::initializer_list<QStringView> values, bool spreadsheetSafe = true);
    /// One record and its CRLF.
    static QString line(const QStringList& values, bool spreadsheetSafe = true);
    static QByteArray write(const QList<QStringList>& rows);
};

} // namespace kontor
