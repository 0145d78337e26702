// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssignmentSettingsPage.h"

#include "AssignmentRuleDialog.h"
#include "FieldConditionEditor.h"

#include "actions/AssignActions.h"
#include "repositories/UserRepository.h"

namespace kontor::ui {

AssignmentSettingsPage::AssignmentSettingsPage(const QSqlDatabase& db, QWidget* parent)
    : OrderedListPage({tr("&Add Rule…"),
                       tr("Ed&it…"),
                       tr("Remo&ve"),
                       tr("Move &Up"),
                       tr("Move &Down"),
                       {tr("Rule"), tr("When"), tr("Gives the contact to")},
                       tr("Assignment rules"),
                       tr("A new contact without an owner, added here, imported or added by a script, gets one from "
                          "the first rule, in this order, whose conditions it meets; a contact no rule holds for "
                          "stays without one. Contacts → select → Apply Assignment Rules… applies them to contacts "
                          "you already have. The tick switches a rule off."),
                       QStringLiteral("AssignmentRule"),
                       true},
                      parent),
      m_db(db)
{
    setObjectName(QStringLiteral("assignmentSettings"));
    m_describer = new FieldConditionEditor(db, FieldConditionEditor::Use::ScoreRule, this);
    m_describer->hide();
    reload();
}

Status AssignmentSettingsPage::read()
{
    m_userNames.clear();
    if (auto users = UserRepository(m_db).list(); users) {
        for (const User& user : users.value())
            m_userNames.insert(user.id, user.name);
    }
    auto rules = AssignmentRules(m_db).list();
    m_rules = rules ? rules.value() : QList<AssignmentRule>{};
    return rules ? Status() : Status::failure(rules.error());
}

QStringList AssignmentSettingsPage::cells(int row) const
{
    const AssignmentRule& rule = m_rules.at(row);
    QStringList conditions;
    for (const FieldCondition& condition : rule.conditions)
        conditions << m_describer->describe(condition);
    return {rule.name, conditions.isEmpty() ? tr("every contact") : conditions.join(tr(" and ", "between conditions")),
            AssignmentRuleDialog::targetText(rule, m_userNames)};
}

bool AssignmentSettingsPage::edit(int row)
{
    AssignmentRuleDialog dialog(m_db, row >= 0 ? m_rules.at(row) : AssignmentRule{}, this);
    if (dialog.exec() != QDialog::Accepted || (row >= 0 && dialog.rule() == m_rules.at(row)))
        return false;
    if (row >= 0)
        m_rules[row] = dialog.rule();
    else
        m_rules << dialog.rule();
    return true;
}

Status AssignmentSettingsPage::write()
{
    return AssignActions::setRules(m_db, m_rules);
}

} // namespace kontor::ui
