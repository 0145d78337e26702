// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <atomic>

namespace kontor::Damage {

/// SQLite's own check of a database's pages (PRAGMA integrity_check, or the quicker quick_check that skips
/// comparing indexes with their tables), its findings in words a user understands: which tables and indexes are
/// damaged ("contacts, interactions (an index of it)"), not "Tree 12 page 4 cell 0". Empty when the file is sound,
/// and when `stop` (set from another thread) ended the check early: then nothing is known.
QStringList findings(const QSqlDatabase& db, bool quick, const std::atomic<bool>* stop = nullptr);

/// The same for a file Kontor just wrote (a backup's copy), read as it is, with no file made beside it.
QStringList findingsInFile(const QString& path);

/// What a user is told a damaged database offers: restore the newest good backup, or salvage what can be read.
QString whatCanBeDone();

} // namespace kontor::Damage
