// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ContactImport.h"

namespace kontor {

/// What an imported file holds besides contacts: companies, or the interactions and deals of another CRM.
enum class ImportKind { Contacts, Companies, Interactions, Deals };

/// The fields an imported column can fill for each kind, by key (the headers Kontor's own export writes map by
/// themselves), and the headers of other programs that map to them.
namespace ImportFields {
QList<ContactField> of(ImportKind kind);
QString kindKey(ImportKind kind);
/// The mapping of `headers` for `kind`: contacts by the best preset, the others by key and common names.
ColumnMapping map(ImportKind kind, const QStringList& headers, const QList<ImportPreset>& contactPresets);
/// The key that must be mapped for a row to mean anything ("name" of a company...).
QStringList required(ImportKind kind);
} // namespace ImportFields

/// Companies, interactions and deals from CSV, with the same promises as the contacts' import: every row reported
/// (created, updated, merged, skipped, rejected and why), one transaction, a dry run, the history and undo.
/// Companies are duplicates by name without legal form; interactions and deals find their contact by its email,
/// else by its name (a row whose contact is not there is rejected: import the contacts first), their deal, stage,
/// company, owner and lead source by name. An interaction already there (same contact, kind and time) and a deal
/// already there (same title and contact) are duplicates.
class RecordImport
{
    Q_DECLARE_TR_FUNCTIONS(RecordImport)

public:
    explicit RecordImport(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<ImportReport> run(QIODevice* file, ImportKind kind, const ImportOptions& options,
                             const ProgressCallback& progress = {});

private:
    QSqlDatabase m_db;
};

} // namespace kontor
