// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CustomField.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QStackedWidget;

namespace kontor::ui {

class CustomFieldsForm;
class ErrorLabel;

/// Change Selected's "Set Field": one of the contact fields and the value the selected contacts get, typed in the
/// editor of the field's type (left empty, it empties the field).
class SetFieldDialog : public QDialog
{
    Q_OBJECT

public:
    SetFieldDialog(const QSqlDatabase& db, int selectedCount, QWidget* parent = nullptr);

    /// Whether there is any contact field to set.
    bool hasFields() const { return !m_fields.isEmpty(); }
    /// The field and value chosen, once accepted.
    const CustomField& field() const { return m_chosen; }
    const FieldValue& value() const { return m_value; }
    /// What the dialog says is wrong after a refused accept(); empty otherwise.
    QString problem() const;

    void accept() override;

private:
    QList<CustomField> m_fields;
    QComboBox* m_field;
    QStackedWidget* m_editors;
    QList<CustomFieldsForm*> m_forms;
    ErrorLabel* m_problem;
    CustomField m_chosen;
    FieldValue m_value;
};

} // namespace kontor::ui
