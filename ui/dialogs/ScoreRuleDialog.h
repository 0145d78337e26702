// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/ScoreRule.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace kontor::ui {

class ErrorLabel;
class FieldConditionEditor;

/// Adds or changes one lead scoring rule: its name and points, and for a fit rule a condition on a contact field,
/// for an engagement rule the kind and outcome of interactions, how long they count and whether their points halve.
/// A rule left without a name is named after what it counts.
class ScoreRuleDialog : public QDialog
{
    Q_OBJECT

public:
    ScoreRuleDialog(const QSqlDatabase& db, const ScoreRule& rule, QWidget* parent = nullptr);

    /// The rule as typed; valid once the dialog is accepted.
    ScoreRule rule() const { return m_rule; }
    /// What is wrong with the input, after a refused accept(); empty otherwise.
    QString problem() const;

    /// What an engagement rule counts: "Meeting (successful) in the last 30 days".
    static QString engagementText(const ScoreRule& rule);

    void accept() override;

private:
    QSqlDatabase m_db;
    ScoreRule m_rule;
    QLineEdit* m_name;
    FieldConditionEditor* m_condition = nullptr;
    /// The rule's condition stays as saved: the editor could not show it and nothing else was chosen.
    bool m_keepCondition = false;
    QComboBox* m_kind = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_counts = nullptr;
    QSpinBox* m_days = nullptr;
    QSpinBox* m_points;
    ErrorLabel* m_problem;
};

} // namespace kontor::ui
