// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assignment/AssignmentRules.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kontor::ui {

class ErrorLabel;
class FieldConditionEditor;

/// Adds or changes an assignment rule: its name, the conditions that must all hold for a contact (none: every
/// contact), and whom it gives the contact to: one salesperson, the owner of the contact's company, or a group
/// in turn or by fewest open deals.
class AssignmentRuleDialog : public QDialog
{
    Q_OBJECT

public:
    AssignmentRuleDialog(const QSqlDatabase& db, const AssignmentRule& rule, QWidget* parent = nullptr);

    AssignmentRule rule() const { return m_rule; }
    QString problem() const;
    QListWidget* conditions() const { return m_conditions; }

    /// Opens the condition editor for a new condition (-1) or the one at `row`.
    void editCondition(int row);
    void accept() override;

    /// "Anna", "the company's owner", "Ben, Cem in turn", "whoever of Ben, Cem has the fewest open deals".
    static QString targetText(const AssignmentRule& rule, const QHash<qint64, QString>& userNames);

private:
    void showConditions();
    void targetChosen();

    QSqlDatabase m_db;
    AssignmentRule m_rule;
    FieldConditionEditor* m_describer;
    QLineEdit* m_name;
    QListWidget* m_conditions;
    QPushButton* m_removeCondition;
    QComboBox* m_target;
    QLabel* m_salespersonLabel;
    QComboBox* m_salesperson;
    QLabel* m_groupLabel;
    QListWidget* m_group;
    ErrorLabel* m_problem;
};

} // namespace kontor::ui
