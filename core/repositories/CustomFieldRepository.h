// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/CustomField.h"
#include "domain/FieldValueText.h"
#include "storage/BulkStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace kontor {

/// The definitions of custom fields (schema 13's custom_fields and their options) and the values records have.
/// Each write runs in a transaction of its own or joins the caller's; actions (CustomFieldActions) make them user
/// actions with an undo step.
class CustomFieldRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomFieldRepository)

public:
    explicit CustomFieldRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The fields of `record` in their order, with their options; archived ones only when asked for.
    Result<QList<CustomField>> fields(RecordKind record, bool withArchived = false) const;
    Result<CustomField> field(qint64 id) const;
    /// The field of `record` whose key is `key`, archived ones too; fails saying there is none.
    Result<CustomField> byKey(RecordKind record, const QString& key) const;

    /// Adds `field` after the others, with its options; returns its id.
    Result<qint64> create(const CustomField& field);
    /// Writes the label, key, required, searchable, currency and options of `field`: options with an id are
    /// renamed (and archived or restored as marked), those without one added, those no longer listed archived.
    /// The type is changeType()'s.
    Status update(const CustomField& field);
    Status setArchived(qint64 id, bool archived);
    /// Puts the fields of `record` in the order of `ids` (the others after them, as they were).
    Status reorder(RecordKind record, const QList<qint64>& ids);

    /// How many records have a value in the field.
    Result<qint64> valueCount(qint64 fieldId) const;
    /// How many of the field's values would not survive a change to `type`.
    Result<qint64> valuesLostByTypeChange(const CustomField& field, FieldType type, const LinkText& links) const;
    /// Changes the field's type, converting each value through its text (FieldValueText::exportText, then parse):
    /// those that do not convert are removed. To a choice field, values become options (made as needed).
    Status changeType(const CustomField& field, FieldType type, const LinkText& links);

    /// The record's values by field id, for every field that has one.
    Result<CustomValues> values(RecordKind record, qint64 recordId) const;
    /// The values of many records at once.
    Result<QHash<qint64, CustomValues>> values(RecordKind record, const QList<qint64>& recordIds) const;
    /// Writes the values in `values` for the record (an empty value removes the stored one; fields not in the map
    /// are left alone), only where they differ from what is stored.
    Status write(RecordKind record, qint64 recordId, const CustomValues& values);

    /// Writes every text field value's sort key (schema 16's sort_text) from its text: for the upgrade to 16, whose
    /// SQL cannot fold text as sortKey() does.
    static Status refreshSortTexts(const QSqlDatabase& db);

private:
    Status writeOne(const CustomField& field, qint64 recordId, const FieldValue& value, const FieldValue& stored);
    QSqlDatabase m_db;
};

/// LinkText over the database: contacts named "Name <email>" (or "Name #id" without an address) and found by
/// number, email address, phone or "Name <email>"; companies by their name.
LinkText databaseLinks(const QSqlDatabase& db);

/// The values of records that have none yet (those an import makes), in the caller's transaction: no reads, and
/// statements prepared once that go through SQLite's own API (BulkStatement), as ContactInserter writes the contacts.
class CustomValueInserter
{
    Q_DECLARE_TR_FUNCTIONS(CustomValueInserter)

public:
    /// `fields` are the record kind's fields by id.
    CustomValueInserter(const QSqlDatabase& db, QHash<qint64, CustomField> fields);
    Status insert(qint64 recordId, const CustomValues& values);

private:
    QHash<qint64, CustomField> m_fields;
    BulkStatement m_value;
    BulkStatement m_choice;
};

} // namespace kontor
