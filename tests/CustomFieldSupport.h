// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Custom fields and contacts with values, made as the window makes them (through the actions), for the tests of the
// fields in lists, filters, searches and reports.
#include "actions/ContactActions.h"
#include "actions/CustomFieldActions.h"
#include "repositories/CustomFieldRepository.h"

#include <QStringList>

namespace kontor::test {

/// A field of `record` named `label` (the key when empty), money in EUR, with `options` for a choice; as stored.
inline CustomField addCustomField(const QSqlDatabase& db, const char* key, FieldType type,
                                  const QStringList& options = {}, const char* label = nullptr,
                                  RecordKind record = RecordKind::Contact)
{
    CustomField field;
    field.record = record;
    field.key = QString::fromLatin1(key);
    field.label = label ? QString::fromUtf8(label) : field.key;
    field.type = type;
    field.currency = type == FieldType::Money ? QStringLiteral("EUR") : QString();
    for (const QString& option : options)
        field.options << FieldOption{0, option, false};
    auto added = CustomFieldActions::add(db, field);
    if (!added)
        qFatal("%s", qPrintable(added.error()));
    return CustomFieldRepository(db).field(added.value()).value();
}

/// A contact with the first name `name` and the custom `values`, saved as the contact dialog saves it.
inline qint64 addContactWithValues(const QSqlDatabase& db, const QString& name, const CustomValues& values = {})
{
    Contact contact;
    contact.firstName = name;
    contact.custom = values;
    auto saved = ContactActions::save(db, contact, QString());
    if (!saved)
        qFatal("%s", qPrintable(saved.error()));
    return saved->contactId;
}

} // namespace kontor::test
