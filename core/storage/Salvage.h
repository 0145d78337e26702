// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace kontor {

/// What a salvage saved of one table.
struct SalvagedTable
{
    QString table;
    qint64 rowsSaved = 0;
    /// Stretches of rows that could not be read and were skipped (each one damaged page, or more).
    int gapsSkipped = 0;
    /// Nothing at all could be read: the new file keeps what a new database has there (its stages, its settings).
    bool unreadable = false;

    /// What the table holds, in the user's words ("calls, meetings and notes" for interactions), for a summary.
    QString title() const;
};

struct SalvageReport
{
    QList<SalvagedTable> tables;
    /// Rows saved that refer to a row that was not (a deal whose contact was on a damaged page).
    qint64 danglingReferences = 0;
    /// Why the file's -wal (its latest changes, not yet in the file) could not be read: the copy of it that reading
    /// takes could not be made (no room). Empty when it was read, or there is none.
    QString walLeftOut;

    /// What the user should know besides the tables (the -wal left out), in a sentence; empty when nothing.
    QString caveat() const;
};

/// Saves what can still be read of a damaged Kontor database into a new one, table by table and row range by row
/// range, skipping what cannot be read: Debian's SQLite has no sqlite_dbpage, so SQLite's own .recover cannot work.
/// The damaged file is only read (nothing is written beside it); `newPath` must not exist yet. The new file gets the
/// current schema, its search indexes and summaries are built from what was saved, and it is private like every
/// database Kontor makes. `progress` gets 0-100 and may return false to stop (then no new file is left behind).
Result<SalvageReport> salvage(const QString& damagedPath, const QString& newPath,
                              const std::function<bool(int)>& progress = {});

} // namespace kontor
