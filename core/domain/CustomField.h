// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <variant>

namespace kontor {

/// The records that can have fields of their own.
enum class RecordKind { Contact, Company, Deal };

/// "contact", "company", "deal": as stored, and as the change history names records.
QString recordKindKey(RecordKind record);
std::optional<RecordKind> recordKindFromKey(const QString& key);

/// What a custom field holds. Declared in the order the settings offer them.
enum class FieldType { Text, LongText, Number, Money, Date, Checkbox, Choice, Choices, ContactLink, CompanyLink };

/// The stable key stored and typed on the command line: text, longtext, number, money, date, checkbox, choice,
/// choices, contact, company.
QString fieldTypeKey(FieldType type);
std::optional<FieldType> fieldTypeFromKey(const QString& key);
/// The translated name shown in the settings ("Multiple choice").
QString fieldTypeName(FieldType type);
QList<FieldType> allFieldTypes();

/// One answer of a choice or multiple-choice field. Renaming it renames it everywhere: values point at its id.
struct FieldOption
{
    qint64 id = 0;
    QString label;
    bool archived = false;
    friend bool operator==(const FieldOption&, const FieldOption&) = default;
};

/// A field a business added to its contacts, companies or deals.
struct CustomField
{
    qint64 id = 0;
    RecordKind record = RecordKind::Contact;
    /// Lower-case letters, digits and underscores, starting with a letter: "budget", "decision_maker".
    QString key;
    QString label;
    FieldType type = FieldType::Text;
    int position = 0;
    bool required = false;
    /// Contact text and long text fields only: their values are in the contacts' search index (schema 15).
    bool searchable = false;
    /// Money fields: the currency of a value typed without one.
    QString currency;
    /// Choice fields: their options in order, archived ones too (old values still name them).
    QList<FieldOption> options;
    QDateTime archivedAt;

    bool isArchived() const { return archivedAt.isValid(); }
    bool hasOptions() const { return type == FieldType::Choice || type == FieldType::Choices; }
    /// The option labelled `label`, case and surrounding blanks ignored; archived options too.
    const FieldOption* optionByLabel(const QString& label) const;
    const FieldOption* optionById(qint64 id) const;
    friend bool operator==(const CustomField&, const CustomField&) = default;
};

/// A custom field's value, in the representation of the field's type: QString for text and long text, double for
/// numbers, Money, QDate, bool for checkboxes, qint64 for a choice (the option's id) and for links (the contact's
/// or company's id), a list of option ids for multiple choice. std::monostate: empty.
using FieldValue = std::variant<std::monostate, QString, double, Money, QDate, bool, qint64, QList<qint64>>;

inline bool isEmptyValue(const FieldValue& value)
{
    if (std::holds_alternative<std::monostate>(value))
        return true;
    if (const auto* text = std::get_if<QString>(&value))
        return text->trimmed().isEmpty();
    if (const auto* options = std::get_if<QList<qint64>>(&value))
        return options->isEmpty();
    return false;
}

/// A record's custom values by field id. A field missing from the map is left as stored when the record is saved;
/// one mapped to an empty value is emptied.
using CustomValues = QMap<qint64, FieldValue>;

} // namespace kontor
