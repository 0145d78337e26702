// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CustomField.h"
#include "repositories/FieldConditions.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace kontor::ui {

/// Conditions on one field of the contacts, and how they read ("Budget ≥ 5,000.00 EUR"). Two for a range.
struct FieldFilter
{
    QList<FieldCondition> conditions;
    QString text;
    friend bool operator==(const FieldFilter&, const FieldFilter&) = default;
};

/// Three form rows that make a condition on a contact field: the field, the comparisons its type has (a range for
/// numbers and amounts, on, after or before a date, any or none of a choice's options, contains for text, and empty
/// or not for all) and the value, typed as the dialogs type it (the user's number conventions and calendar).
class FieldConditionEditor : public QWidget
{
    Q_OBJECT

public:
    /// What the condition is for: the contacts list's More Filters (fields the filter bar has no box for, ranges
    /// allowed) or a lead scoring rule (one condition; also email, phone, company, country and lead source).
    enum class Use { Filter, ScoreRule };

    FieldConditionEditor(const QSqlDatabase& db, Use use, QWidget* parent = nullptr);

    /// Chooses the field `key`; false when it is not offered.
    bool setField(const QString& key);
    /// Shows `condition` to be changed; false when it cannot be shown (a field not offered, a comparison its type
    /// does not have here).
    bool setCondition(const FieldCondition& condition);
    /// What is typed, or false with `problem` saying what is missing (and the editor in question focused).
    bool read(FieldFilter* filter, QString* problem);
    /// How `condition` reads ("Title contains “director”"); its typed form when it cannot be shown.
    QString describe(const FieldCondition& condition);
    /// Its rows, for a dialog to add its own below them with the labels in line.
    QFormLayout* form() const { return m_form; }

signals:
    /// The field, the comparison or the value changed.
    void edited();

private:
    enum class Op;
    void fieldChosen();
    void opChosen();
    CustomField currentField() const;
    Op currentOp() const;

    QSqlDatabase m_db;
    Use m_use;
    QList<CustomField> m_fields;
    QFormLayout* m_form;
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
};

} // namespace kontor::ui
