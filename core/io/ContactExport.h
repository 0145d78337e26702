// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

class QIODevice;

namespace kontor {

/// Writes the contacts (not archived, in the order they were added) out of Kontor: as CSV with one column per
/// field, or as vCard 4.0.
/// CSV is spreadsheet-safe by default (a cell a spreadsheet would run as a formula starts with an apostrophe);
/// the exact mode keeps every value as it is, for Kontor's own import and for scripts. Phone numbers such as
/// +44 20 7946 0958 stay as written in both. It streams: a million contacts never sit in memory at once.
class ContactExport
{
    Q_DECLARE_TR_FUNCTIONS(ContactExport)

public:
    enum class Format { Csv, VCard };
    enum class CsvMode { SpreadsheetSafe, Exact };

    explicit ContactExport(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The number of contacts written; a cancelled or failed export says so (the caller removes the file, or
    /// writes through QSaveFile).
    Result<qint64> write(QIODevice* out, Format format, CsvMode mode = CsvMode::SpreadsheetSafe,
                         const ProgressCallback& progress = {}) const;
    /// The CSV header: the columns Kontor's import maps by name.
    static QStringList csvColumns();

private:
    QSqlDatabase m_db;
};

} // namespace kontor
