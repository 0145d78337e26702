// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InputProblem.h"
#include "Result.h"
#include "domain/CustomField.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace kontor {

/// Settings' custom fields as user actions: each is one undo step ("Add field Budget") and publishes
/// SettingsChanged with the area "custom_fields", so that the dialogs, the lists' columns and the filters follow.
class CustomFieldActions
{
    Q_DECLARE_TR_FUNCTIONS(CustomFieldActions)

public:
    /// What is wrong with a field's definition: a key that is not lower-case letters, digits and underscores
    /// starting with a letter, or is a built-in field's or another field's of the record; an empty label; a choice
    /// field without options or with two of one name; a money field without a currency code.
    static std::optional<InputProblem> check(const QSqlDatabase& db, const CustomField& field);

    /// Adds the field (its options too); returns its id.
    static Result<qint64> add(const QSqlDatabase& db, const CustomField& field);
    /// Saves the label, key, required, searchable, currency and options of a field that exists ("Rename field").
    static Status save(const QSqlDatabase& db, const CustomField& field);
    /// Archives the field: it leaves the dialogs, columns and filters, and its values stay for restore().
    static Status archive(const QSqlDatabase& db, qint64 fieldId);
    static Status restore(const QSqlDatabase& db, qint64 fieldId);
    /// The fields of `record` in the order of `orderedIds`.
    static Status reorder(const QSqlDatabase& db, RecordKind record, const QList<qint64>& orderedIds);
    /// How many values a change of the field's type to `type` would lose: to be said before changeType().
    static Result<qint64> valuesLostByTypeChange(const QSqlDatabase& db, qint64 fieldId, FieldType type);
    /// Changes the field's type, keeping every value that converts (a money field gets the default currency).
    static Status changeType(const QSqlDatabase& db, qint64 fieldId, FieldType type);

    /// The fields a lead is qualified by: Budget, Need, Timeline, Decision maker, Authority, Competitors, Objections
    /// and Lead status, as contact fields. Added once as one action; those whose key exists already are skipped.
    /// Returns how many were added.
    static Result<int> addQualificationFields(const QSqlDatabase& db);
    /// The qualification fields as addQualificationFields() adds them (labels and options translated).
    static QList<CustomField> qualificationFields(const QString& currency);

    /// Whether the values in `values` leave a required field of `fields` empty: a problem naming it.
    static std::optional<InputProblem> checkRequired(const QList<CustomField>& fields, const CustomValues& values);
    /// The same for a record about to be saved: `values` over what record `recordId` has stored (0: a new one).
    static std::optional<InputProblem> checkRequired(const QSqlDatabase& db, RecordKind record, qint64 recordId,
                                                     const CustomValues& values);
};

} // namespace kontor
