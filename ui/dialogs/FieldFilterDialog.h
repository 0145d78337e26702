// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CustomField.h"
#include "repositories/FieldConditions.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace kontor::ui {

class ErrorLabel;

/// A filter on one field of the contacts, as the filter bar shows it: the conditions a contact meets (two for a
/// range) and how it reads ("Budget ≥ 5,000.00 EUR").
struct FieldFilter
{
    QList<FieldCondition> conditions;
    QString text;
    friend bool operator==(const FieldFilter&, const FieldFilter&) = default;
};

/// Chooses a filter on a contact field, with the comparisons its type has: a range for numbers and amounts, on,
/// after or before a date, any or none of a choice's options, contains for text, and empty or not for all. Values
/// are typed as the dialogs type them (the user's number conventions and calendar).
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
    /// The comparisons a field's type has, and the value editor they need.
    enum class Op {
        Contains,
        Is,
        IsNot,
        AtLeast,
        AtMost,
        Between,
        On,
        OnOrAfter,
        OnOrBefore,
        AnyOf,
        NoneOf,
        Empty,
        NotEmpty
    };
    void fieldChosen();
    void opChosen();
    /// The chosen field's definition (a built-in one as a text or date field named by its key).
    CustomField currentField() const;
    /// Reads the editors into m_filter, or says what is wrong.
    bool read(QString* problem);

    QSqlDatabase m_db;
    QList<CustomField> m_fields;
    QComboBox* m_field;
    QComboBox* m_op;
    QStackedWidget* m_editors;
    QLineEdit* m_text;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QDateEdit* m_date;
    QDateEdit* m_dateTo;
    QComboBox* m_yesNo;
    QListWidget* m_options;
    ErrorLabel* m_problem;
    QDialogButtonBox* m_buttons;
    FieldFilter m_filter;
};

} // namespace kontor::ui
