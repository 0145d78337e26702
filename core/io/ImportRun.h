// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Company.h"
#include "io/ContactImport.h"
#include "storage/BulkStatement.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace kontor {

/// A cell of an imported file as Kontor keeps it: trimmed, line breaks as \n whatever system wrote the file, and
/// without the apostrophe that a spreadsheet-safe export (Kontor's or another program's) put before a value a
/// spreadsheet would run as a formula.
QString cleanImportedCell(const QString& cell);

/// A company as an import found it, for undo to put back (import_changes.before), and back again.
QString companyToJson(const Company& company);
void companyFromJson(const QString& json, Company& company);

/// What every import shares, whatever its records: one transaction; unless it is a dry run, its row in the import
/// history and one row of changes for each record it creates or changes (what undo reads); the report's counts and
/// its list of rows, those that need a look first; progress and cancel every few hundred rows; and at the end a
/// rollback (a dry run), or the history completed and everything committed.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(ImportRun)

public:
    /// `kind`: what the history calls it ("contacts", "companies"...).
    ImportRun(QSqlDatabase db, const ImportOptions& options, QString kind);

    Status start();
    qint64 importId() const { return m_importId; }
    /// Remembers, for undo, that the import created or changed a record; nothing in a dry run.
    Status recordChange(const QString& entity, qint64 id, const QString& action, const QString& before = {});
    /// Counts a row and keeps it for the report; false when `progress` asks to stop.
    bool add(const ImportRowOutcome& outcome, const ProgressCallback& progress, qint64 done, qint64 total);
    /// A dry run's report after rolling back; otherwise `beforeCommit` runs, the history row is completed and all
    /// is committed. On failure nothing was imported.
    Result<ImportReport> finish(const std::function<Status()>& beforeCommit = {});
    ImportReport& report() { return m_report; }

private:
    QSqlDatabase m_db;
    const ImportOptions& m_options;
    QString m_kind;
    std::optional<Transaction> m_transaction;
    ImportReport m_report;
    qint64 m_importId = 0;
    int m_listedCreated = 0;
    std::unique_ptr<BulkStatement> m_change;
};

} // namespace kontor
