// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/CustomField.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace kontor {

/// A contact field an imported column can fill, by its key (DESIGN.md's field keys: "first_name", "email2"...).
struct ContactField
{
    QString key;
    /// What the import wizard shows ("First name"), translated.
    QString name;
};

/// A mapping from a file's column headers to field keys, by name: the ready ones for the big exporters, and those
/// a user saved.
struct ImportPreset
{
    QString name;
    /// Header (as written in the file, compared without case) to field key.
    QHash<QString, QString> columns;
    bool builtIn = false;
};

/// Which column of a file fills which field: column index to field key; columns not in it are left out.
using ColumnMapping = QHash<int, QString>;

class ContactFields
{
    Q_DECLARE_TR_FUNCTIONS(ContactFields)

public:
    static QList<ContactField> all();
    static bool isKey(const QString& key);
    /// The ready presets: Google Contacts, Outlook and a generic CRM export.
    static QList<ImportPreset> builtInPresets();
    /// The built-in presets and those saved in the database (settings key "import_presets").
    static QList<ImportPreset> presets(const QSqlDatabase& db);
    /// Saves (or replaces, by name) a preset of the user's.
    static Status savePreset(const QSqlDatabase& db, const ImportPreset& preset);
    /// The mapping `preset` gives `headers`; a header that is itself a field key ("first_name", as Kontor's export
    /// writes them), or a common name of a field in a language Kontor ships ("Given Name", "Vorname", "E-Mail",
    /// "PLZ"), maps itself, whatever the preset. Headers compare without case and punctuation (headerKey()). A key
    /// is given to one column only, the first.
    static ColumnMapping map(const QStringList& headers, const ImportPreset& preset);
    /// Adds to `mapping` the columns not mapped yet whose header is a custom field's key or name (compared as
    /// headerKey() does), each field to one column only.
    static void mapCustomFields(const QList<CustomField>& fields, const QStringList& headers, ColumnMapping& mapping);
    /// The field key a header names by itself (a key, the field's name in the wizard, or a common name of the field
    /// such as "Given Name", "Organisation" or "E-Mail"), or an empty string. Case and punctuation do not count.
    static QString keyNamedBy(const QString& header);
    /// What headers are compared by: letters and digits, case-folded ("E-mail 2" and "email2" are the same).
    static QString headerKey(const QString& header);
    /// The preset whose own columns match the most of `headers` (ties: the first), for a file nobody has chosen
    /// one for; a preset without a name or columns when none matches any header (the file is no known program's).
    static ImportPreset bestPreset(const QStringList& headers, const QList<ImportPreset>& presets);
};

} // namespace kontor
