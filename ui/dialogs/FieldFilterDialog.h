// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldConditionEditor.h"

#include <QDialog>
#include <QSqlDatabase>

class QDialogButtonBox;

namespace kontor::ui {

class ErrorLabel;

/// Chooses a filter on a contact field for the contacts list's More Filters (FieldConditionEditor), refusing a value
/// the field cannot compare before the list runs it.
class FieldFilterDialog : public QDialog
{
    Q_OBJECT

public:
    /// Offers the contact fields of `db` (custom ones first, then the built-in address and title), `fieldKey`
    /// chosen when given.
    explicit FieldFilterDialog(const QSqlDatabase& db, const QString& fieldKey = {}, QWidget* parent = nullptr);

    /// The filter chosen; valid once the dialog is accepted.
    FieldFilter filter() const { return m_filter; }
    /// What is wrong with the input, after a refused accept(); empty otherwise.
    QString problem() const;

    void accept() override;

private:
    QSqlDatabase m_db;
    FieldConditionEditor* m_editor;
    ErrorLabel* m_problem;
    QDialogButtonBox* m_buttons;
    FieldFilter m_filter;
};

} // namespace kontor::ui
