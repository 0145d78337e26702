// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreRuleDialog.h"

#include "FieldConditionEditor.h"
#include "FormRows.h"

#include "domain/Interaction.h"
#include "scoring/LeadScoring.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kontor::ui {

ScoreRuleDialog::ScoreRuleDialog(const QSqlDatabase& db, const ScoreRule& rule, QWidget* parent)
    : QDialog(parent), m_db(db), m_rule(rule)
{
    const bool fit = rule.group == ScoreGroup::Fit;
    const bool adding = rule.id == 0 && rule.name.isEmpty();
    setWindowTitle(fit ? (adding ? tr("Add Fit Rule") : tr("Fit Rule"))
                       : (adding ? tr("Add Engagement Rule") : tr("Engagement Rule")));
    auto* explanation = new QLabel(fit ? tr("Contacts who meet the condition get the points.")
                                       : tr("Contacts get the points for their interactions of this kind. Archived "
                                            "interactions do not count."),
                                   this);
    explanation->setWordWrap(true);

    QFormLayout* form = nullptr;
    if (fit) {
        m_condition = new FieldConditionEditor(db, FieldConditionEditor::Use::ScoreRule, this);
        // A condition the editor cannot show (a field since removed, "> 50" typed in a script) is kept as it is
        // unless another is chosen: OK to change the points must not change what the rule asks.
        m_keepCondition = !rule.condition.key.isEmpty() && !m_condition->setCondition(rule.condition);
        connect(m_condition, &FieldConditionEditor::edited, this, [this] { m_keepCondition = false; });
        // The points and the name under the condition's rows, their labels in line.
        form = m_condition->form();
    } else {
        form = new QFormLayout;
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("kind"));
        for (const QString& kind : InteractionKinds::all())
            m_kind->addItem(InteractionKinds::displayName(kind), kind);
        if (const int known = m_kind->findData(rule.interactionKind); known >= 0)
            m_kind->setCurrentIndex(known);
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(QStringLiteral("outcome"));
        m_outcome->addItem(tr("Any outcome"), QString());
        for (const QString& outcome : InteractionOutcomes::all())
            m_outcome->addItem(InteractionOutcomes::displayName(outcome), outcome);
        if (const int known = m_outcome->findData(rule.outcome); known >= 0)
            m_outcome->setCurrentIndex(known);
        m_counts = new QComboBox(this);
        m_counts->setObjectName(QStringLiteral("counts"));
        m_counts->addItem(tr("Once, if there was one in the last"), false);
        m_counts->addItem(tr("For each one, halving every"), true);
        m_counts->setCurrentIndex(rule.decays ? 1 : 0);
        m_days = new QSpinBox(this);
        m_days->setObjectName(QStringLiteral("days"));
        m_days->setRange(1, 3650);
        m_days->setValue(std::max(1, rule.days));
        auto* days = new QHBoxLayout;
        days->addWidget(m_counts, 1);
        days->addWidget(m_days);
        days->addWidget(new QLabel(tr("days", "after a number: halving every 14 days"), this));
        form->addRow(tr("&Interaction:"), m_kind);
        form->addRow(tr("&Outcome:"), m_outcome);
        auto* countsLabel = new QLabel(tr("Co&unts:"), this);
        countsLabel->setBuddy(m_counts);
        form->addRow(countsLabel, days);
    }
    m_points = new QSpinBox(this);
    m_points->setObjectName(QStringLiteral("points"));
    m_points->setRange(-100, 100);
    m_points->setValue(rule.points != 0 ? rule.points : 10);
    m_points->setToolTip(tr("Negative points take away: a complaint, no way to reach them."));
    form->addRow(tr("&Points:"), m_points);
    m_name = new QLineEdit(rule.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("What the contact card says, such as “Decision maker”"));
    form->addRow(tr("&Name:"), m_name);

    m_problem = new ErrorLabel(this);
    if (m_keepCondition)
        m_problem->setMessage(tr("This rule's condition, “%1”, cannot be shown here; it stays as it is unless you "
                                 "choose another.")
                                  .arg(FieldConditions::text(rule.condition)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    if (m_condition)
        layout->addWidget(m_condition);
    else
        layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(std::max(sizeHint().width(), 520), sizeHint().height());
}

QString ScoreRuleDialog::problem() const
{
    return m_problem->message();
}

QString ScoreRuleDialog::engagementText(const ScoreRule& rule)
{
    const QString kind = InteractionKinds::displayName(rule.interactionKind);
    const QString what = rule.outcome.isEmpty() ? kind
                                                : tr("%1 (%2)", "an interaction's kind and outcome: Call (successful)")
                                                      .arg(kind, InteractionOutcomes::displayName(rule.outcome));
    return rule.decays ? tr("%1, each halving every %Ln day(s)", nullptr, rule.days).arg(what)
                       : tr("%1 in the last %Ln day(s)", nullptr, rule.days).arg(what);
}

void ScoreRuleDialog::accept()
{
    ScoreRule rule = m_rule;
    rule.points = m_points->value();
    QString described;
    if (m_condition && m_keepCondition) {
        described = FieldConditions::text(rule.condition);
    } else if (m_condition) {
        FieldFilter filter;
        QString problem;
        if (!m_condition->read(&filter, &problem)) {
            m_problem->setMessage(problem);
            return;
        }
        rule.condition = filter.conditions.value(0);
        described = filter.text;
    } else {
        rule.interactionKind = m_kind->currentData().toString();
        rule.outcome = m_outcome->currentData().toString();
        rule.decays = m_counts->currentData().toBool();
        rule.days = m_days->value();
        described = engagementText(rule);
    }
    rule.name = m_name->text().trimmed();
    if (rule.name.isEmpty())
        rule.name = described;
    if (Status fits = LeadScoring(m_db).check(rule); !fits) {
        m_problem->setMessage(fits.error());
        return;
    }
    m_rule = rule;
    QDialog::accept();
}

} // namespace kontor::ui
