// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "Result.h"
#include "io/ContactImport.h"
#include "io/RecordImport.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class QIODevice;

namespace kontor {

/// Bringing a file in, and taking an import back, as actions: one transaction that begins with BEGIN IMMEDIATE
/// (another program writing waits instead of breaking the import half way), and an ImportFinished or ImportUndone
/// event after it commits. An import is taken back from its history (File → Import History, `kontor-cli
/// undo-import`), not by Edit → Undo: the window detaches its undo journal while an import runs, since it would
/// copy every row. The backup made before an import is the caller's, which shows its progress.
class ImportActions
{
    Q_DECLARE_TR_FUNCTIONS(ImportActions)

public:
    /// What the file holds: CSV of `kind`, or vCards (contacts only).
    enum class Format { Csv, VCard };

    /// Imports `file` (or, with `options.dryRun`, checks every row and writes nothing). Events: ImportFinished,
    /// none for a dry run, a failure or a cancel.
    static Result<ImportReport> importFile(const QSqlDatabase& db, QIODevice* file, Format format, ImportKind kind,
                                           const ImportOptions& options, const ProgressCallback& progress = {});
    /// Takes the import back: what it created is removed (archived when history was logged since), what it changed
    /// is put back. Events: ImportUndone.
    static Result<ImportHistory::UndoReport> undo(const QSqlDatabase& db, qint64 importId,
                                                  const ProgressCallback& progress = {});
};

} // namespace kontor
