// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

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
    /// field() of UTF-8 text, appended to `out`: for exports of a million rows, which read UTF-8 from the database
    /// and write it to the file without a detour through UTF-16.
    static void appendField(QByteArray& out, QByteArrayView utf8, bool spreadsheetSafe = true);
    /// One record of UTF-8 values and its CRLF, appended to `out`.
    static void appendLine(QByteArray& out, std::initializer_list<QByteArrayView> utf8Values,
                           bool spreadsheetSafe = true);
    static void appendLine(QByteArray& out, const QList<QByteArrayView>& utf8Values, bool spreadsheetSafe = true);
    /// One record and its CRLF.
    static QString line(const QStringList& values, bool spreadsheetSafe = true);
    static QByteArray write(const QList<QStringList>& rows);
};

} // namespace kontor
