// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "Result.h"
#include "io/ContactFields.h"
#include "io/CsvReader.h"
#include "io/ImportHistory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

class QIODevice;

namespace kontor {

/// What to do with a row whose email or phone number belongs to a contact already there (or to an earlier row).
enum class DuplicatePolicy {
    /// Leave the existing contact as it is and the row out.
    Skip,
    /// The row's values replace the existing contact's (empty cells change nothing); emails, phones and tags are
    /// added.
    Update,
    /// The existing contact keeps its values and gains what it lacks: empty fields filled, emails, phones and tags
    /// added.
    Merge,
    /// A new contact all the same.
    CreateAnyway,
};

struct ImportOptions
{
    CsvFormat format;
    ColumnMapping mapping;
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    /// Work out everything, report it row by row, and change nothing.
    bool dryRun = false;
    /// The file's name, for the import history.
    QString fileName;
    /// The file's first record is a header, not a contact.
    bool hasHeader = true;
};

enum class ImportAction { Create, Update, Merge, Skip, Reject };

/// What happened (or, in a dry run, would happen) to one row of the file.
struct ImportRowOutcome
{
    qint64 line = 0;
    ImportAction action = ImportAction::Create;
    QString name;
    /// Why it was not simply created: "Same email as Ada Lovelace", "No name".
    QString reason;
    /// Values kept but doubtful (an email that is not one), or kept in the notes (a status Kontor does not know).
    QStringList warnings;
    qint64 contactId = 0;

    /// Why, in one line: the reason and the warnings, as the wizard, its summary and kontor-cli show them.
    QString explanation() const { return QStringList(QStringList{reason} + warnings).join(u' ').trimmed(); }
};

struct ImportReport
{
    bool dryRun = false;
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 merged = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    /// Rows with at least one warning.
    qint64 flagged = 0;
    /// New contacts without an owner that the assignment rules gave one (as they were written, or ImportActions
    /// afterwards).
    qint64 assigned = 0;
    /// The rules were applied as the contacts were written: nothing is left to assign afterwards.
    bool rulesApplied = false;
    /// The rows, those that were not plain creations first in importance: every skipped, merged, updated, rejected
    /// or flagged row up to maxListed, and plain creations up to maxListedCreated.
    QList<ImportRowOutcome> outcomes;
    /// What the CSV reader had to guess (quotes never closed, undecodable bytes), with lines.
    QStringList fileWarnings;
    /// The import history's id; 0 for a dry run.
    qint64 importId = 0;

    static constexpr int maxListed = 10000;
    static constexpr int maxListedCreated = 1000;
};

/// Contacts from a CSV file, column by column as mapped: cleaned (names cased, emails and phones checked, an
/// apostrophe that Kontor's spreadsheet-safe export put before a formula taken off again), checked for duplicates
/// by email and phone against the database and the rows before, and written in one transaction: a failure or a
/// cancel leaves the database as it was. A dry run does all of it and rolls back, so its report is exactly what
/// the import would do. Each import is kept in the history, from which ImportHistory undoes it.
class ContactImport
{
    Q_DECLARE_TR_FUNCTIONS(ContactImport)

public:
    explicit ContactImport(QSqlDatabase db) : m_db(std::move(db)) {}

    /// A CSV file, read as options.format says and mapped by options.mapping.
    Result<ImportReport> run(QIODevice* file, const ImportOptions& options, const ProgressCallback& progress = {});
    /// A vCard file (2.1, 3.0 or 4.0), every card a row; options.format and options.mapping are not used.
    Result<ImportReport> runVCards(const QByteArray& data, const ImportOptions& options,
                                   const ProgressCallback& progress = {});

    static QString actionName(ImportAction action);

private:
    QSqlDatabase m_db;
};

} // namespace kontor
