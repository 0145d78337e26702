// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "actions/InputProblem.h"
#include "domain/CustomField.h"

#include <QSqlDatabase>
#include <QWidget>

#include <optional>

class QLayout;
class QTabWidget;
class QVBoxLayout;

namespace kontor::ui {

/// The edit dialogs' section for a record's own fields: an editor per field of the type it has (a line for text,
/// numbers and amounts, a date field in the user's calendar, a checkbox, a list of choices, ticks for multiple
/// choice, a contact or company to pick), in the fields' order, required ones marked. It reads the values typed as
/// FieldValueText does everywhere else, and says which field is wrong.
class CustomFieldsForm : public QWidget
{
    Q_OBJECT

public:
    CustomFieldsForm(const QSqlDatabase& db, RecordKind record, QWidget* parent = nullptr);
    /// An editor for each of `fields` only (Change Selected's "Set Field" has one).
    CustomFieldsForm(const QSqlDatabase& db, const QList<CustomField>& fields, QWidget* parent = nullptr);

    bool isEmpty() const { return m_fields.isEmpty(); }
    const QList<CustomField>& fields() const { return m_fields; }
    void setValues(const CustomValues& values);
    /// The values of every field shown; a value that cannot be read fails naming the field, which gets the focus.
    Result<CustomValues> values() const;
    /// Puts the cursor in the editor of the field with this key; false when there is none.
    bool focusField(const QString& key) const;
    /// The editor of the field with this key (named "field_<key>"), for tests.
    QWidget* editor(const QString& key) const;

private:
    QWidget* createEditor(const CustomField& field);
    Result<FieldValue> valueOf(const CustomField& field, QWidget* editor) const;

    QSqlDatabase m_db;
    QList<CustomField> m_fields;
    QList<QWidget*> m_editors;
};

/// Puts an edit dialog's `form` into `layout`: alone while there are no custom fields, else on a "Details" tab beside
/// a "More fields" tab that holds `fields` (scrolled when long). Returns the tabs, or nullptr.
QTabWidget* layOutWithCustomFields(QVBoxLayout* layout, QLayout* form, CustomFieldsForm* fields, QWidget* parent);

/// The values `fields` holds, or the message of the first that cannot be read or is required and empty: its tab
/// (of `tabs`, which may be nullptr) comes to the front and its editor gets the cursor.
Result<CustomValues> takeCustomValues(CustomFieldsForm* fields, QTabWidget* tabs);

} // namespace kontor::ui
