// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"
#include "domain/ContactStatus.h"
#include "io/ContactImport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace kontor {

struct VCard;

/// A row read into a contact, with the names of what it refers to (ContactRowWriter looks them up).
struct ParsedRow
{
    Contact contact;
    QString company;
    QString leadSource;
    QString campaign;
    QStringList warnings;
    /// The fields the row gave a value (for updates, which change only those).
    QStringList given;
    /// Each phone's match key (E.164 when it parses) and whether it is valid, worked out once.
    QStringList phoneKeys;
    QList<bool> phoneValid;
    /// Custom fields that link to a contact or a company, as the file names the record: found by the writer, which
    /// may read the database.
    QHash<qint64, QString> customLinks;
    /// Why the row is refused whole: a value no one could have meant (a "phone number" of 20,000 characters, a name
    /// of a megabyte), which would also stall the import. Empty for a row that goes on.
    QString rejection;
};

/// The most characters an import reads in one value: generous for anything typed, small enough that no step of the
/// import (libphonenumber's parse grows with the square of its input) can be stalled by a value nobody typed.
namespace ImportLimits {
constexpr int phoneChars = 100;
constexpr int notesChars = 100000;
constexpr int fieldChars = 1000;
int forField(const QString& key);
} // namespace ImportLimits

/// The first half of a contact import: a CSV row, as the options' mapping says, or a vCard read into a contact;
/// names cased, emails and phones checked, and what has no field of its own (a status Kontor does not know) kept in
/// the notes with a warning. It writes nothing and reads the database only when it is made: RowPipeline calls it on
/// its own thread.
class ContactRowParser
{
    // Its warnings are the import's, in the import's report: ContactImport's translations.
    Q_DECLARE_TR_FUNCTIONS(ContactImport)

public:
    /// `region`: the phone region numbers without a country code are read in.
    ContactRowParser(const QSqlDatabase& db, const ImportOptions& options, QString region);

    ParsedRow parse(const QStringList& fields) const;
    ParsedRow fromCard(const VCard& card) const;

private:
    void checkPhones(ParsedRow& row) const;
    /// Refuses the row when a value of `key` (a ContactFields key) is longer than ImportLimits allow.
    /// `limit` 0: ImportLimits::forField(key).
    static bool refuseTooLong(ParsedRow& row, const QString& key, const QString& value, int limit = 0);

    const ImportOptions& m_options;
    QString m_region;
    QHash<QString, qint64> m_users;
    QHash<QString, ContactStatus> m_statuses;
    /// The contacts' own fields by key, read where the parser is made.
    QHash<QString, CustomField> m_customFields;
    // Read once where the parser is made: parse() runs on the import's reader thread, and the clock is not shared.
    int m_thisYear;
};

} // namespace kontor
