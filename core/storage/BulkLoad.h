// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace kontor {

/// For loading many rows inside one transaction: an index filled in random order costs a b-tree search per row
/// and, once larger than the page cache, a read per row; built afterwards it costs one sort. dropIndexes()
/// removes the named tables' indexes except those the load itself reads, recreateIndexes() builds them again.
/// Both belong inside the caller's transaction, so a rollback restores the indexes too.
namespace BulkLoad {
Result<QStringList> dropIndexes(const QSqlDatabase& db, const QStringList& tables, const QStringList& keep);
Status recreateIndexes(const QSqlDatabase& db, const QStringList& indexSql);
/// Drops the triggers whose names start with `prefix` and returns their definitions; the caller brings what they
/// maintain up to date before running the definitions again (recreate()).
Result<QStringList> dropTriggers(const QSqlDatabase& db, const QString& prefix);
/// Runs saved CREATE statements again.
Status recreate(const QSqlDatabase& db, const QStringList& definitions);
} // namespace BulkLoad

} // namespace kontor
