// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssignmentRuleDialog.h"

#include "FieldConditionEditor.h"
#include "FormRows.h"

#include "repositories/ChangeLogRepository.h"
#include "repositories/UserRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace kontor::ui {

AssignmentRuleDialog::AssignmentRuleDialog(const QSqlDatabase& db, const AssignmentRule& rule, QWidget* parent)
    : QDialog(parent), m_db(db), m_rule(rule)
{
    setWindowTitle(rule.id == 0 && rule.name.isEmpty() ? tr("Add Assignment Rule") : tr("Assignment Rule"));
    m_describer = new FieldConditionEditor(db, FieldConditionEditor::Use::ScoreRule, this);
    m_describer->hide();
    auto* form = new QFormLayout;
    m_name = createLineEdit(this, tr("Name"), tr("Such as “North leads to Anna”"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setText(rule.name);
    form->addRow(tr("&Name:"), m_name);

    m_conditions = new QListWidget(this);
    m_conditions->setObjectName(QStringLiteral("conditions"));
    m_conditions->setAccessibleName(tr("Conditions"));
    m_conditions->setMaximumHeight(fontMetrics().height() * 7);
    auto* addCondition = namedButton(this, tr("Add &Condition…"), QStringLiteral("addCondition"));
    m_removeCondition = namedButton(this, tr("R&emove Condition"), QStringLiteral("removeCondition"));
    connect(addCondition, &QPushButton::clicked, this, [this] { editCondition(-1); });
    connect(m_removeCondition, &QPushButton::clicked, this, [this] {
        const int row = m_conditions->currentRow();
        if (row >= 0 && row < m_rule.conditions.size()) {
            m_rule.conditions.removeAt(row);
            showConditions();
        }
    });
    connect(m_conditions, &QListWidget::itemActivated, this, [this] { editCondition(m_conditions->currentRow()); });
    connect(m_conditions, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeCondition->setEnabled(row >= 0 && row < m_rule.conditions.size()); });
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_conditions, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, m_removeCondition, &QPushButton::click);
    auto* conditionButtons = new QVBoxLayout;
    conditionButtons->addWidget(addCondition);
    conditionButtons->addWidget(m_removeCondition);
    conditionButtons->addStretch();
    auto* conditionRow = new QHBoxLayout;
    conditionRow->addWidget(m_conditions, 1);
    conditionRow->addLayout(conditionButtons);
    addRowWithBuddy(form, tr("&When all hold:"), m_conditions, conditionRow);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->addItem(tr("One salesperson"), int(AssignTarget::Salesperson));
    m_target->addItem(tr("The owner of the contact's company"), int(AssignTarget::CompanyOwner));
    m_target->addItem(tr("Salespeople in turn (round robin)"), int(AssignTarget::RoundRobin));
    m_target->addItem(tr("The salesperson with the fewest open deals"), int(AssignTarget::FewestOpenDeals));
    m_target->setCurrentIndex(std::max(0, m_target->findData(int(rule.target))));
    form->addRow(tr("&Give to:"), m_target);

    m_salesperson = new QComboBox(this);
    m_salesperson->setObjectName(QStringLiteral("salesperson"));
    m_group = new QListWidget(this);
    m_group->setObjectName(QStringLiteral("group"));
    m_group->setAccessibleName(tr("Salespeople"));
    m_group->setMaximumHeight(fontMetrics().height() * 7);
    QList<std::pair<qint64, QString>> people;
    if (auto users = UserRepository(db).list(); users) {
        for (const User& user : users.value())
            people.append({user.id, user.name});
    }
    // A salesperson of the rule who has left is still shown, so that OK does not quietly give the rule to another.
    for (qint64 id : rule.userIds) {
        if (std::none_of(people.cbegin(), people.cend(), [id](const auto& each) { return each.first == id; }))
            people.append({id, ChangeLogRepository(db).referencedName(QStringLiteral("owner_id"), id)});
    }
    for (const auto& [id, name] : std::as_const(people)) {
        m_salesperson->addItem(name, id);
        auto* item = new QListWidgetItem(name, m_group);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(rule.target != AssignTarget::Salesperson && rule.userIds.contains(id) ? Qt::Checked
                                                                                                  : Qt::Unchecked);
    }
    if (rule.target == AssignTarget::Salesperson && !rule.userIds.isEmpty())
        m_salesperson->setCurrentIndex(std::max(0, m_salesperson->findData(rule.userIds.first())));
    m_salespersonLabel = new QLabel(tr("&Salesperson:"), this);
    m_salespersonLabel->setBuddy(m_salesperson);
    form->addRow(m_salespersonLabel, m_salesperson);
    m_groupLabel = new QLabel(tr("&Salespeople:"), this);
    m_groupLabel->setBuddy(m_group);
    form->addRow(m_groupLabel, m_group);
    connect(m_target, &QComboBox::currentIndexChanged, this, &AssignmentRuleDialog::targetChosen);

    auto* explanation = new QLabel(tr("A new contact without an owner gets one from the first rule, in the list's "
                                      "order, whose conditions it meets."),
                                   this);
    explanation->setWordWrap(true);
    m_problem = new ErrorLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    showConditions();
    targetChosen();
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

QString AssignmentRuleDialog::problem() const
{
    return m_problem->message();
}

void AssignmentRuleDialog::showConditions()
{
    const int current = m_conditions->currentRow();
    m_conditions->clear();
    for (const FieldCondition& condition : std::as_const(m_rule.conditions))
        m_conditions->addItem(m_describer->describe(condition));
    if (m_rule.conditions.isEmpty()) {
        // Said in the list itself, greyed: no condition is a rule for everyone, not a mistake.
        auto* everyone = new QListWidgetItem(tr("Every contact (no condition)"), m_conditions);
        everyone->setFlags(Qt::NoItemFlags);
    } else {
        m_conditions->setCurrentRow(std::clamp(current, 0, static_cast<int>(m_rule.conditions.size()) - 1));
    }
    m_removeCondition->setEnabled(!m_rule.conditions.isEmpty());
}

void AssignmentRuleDialog::targetChosen()
{
    const auto target = static_cast<AssignTarget>(m_target->currentData().toInt());
    const bool one = target == AssignTarget::Salesperson;
    const bool group = target == AssignTarget::RoundRobin || target == AssignTarget::FewestOpenDeals;
    m_salespersonLabel->setVisible(one);
    m_salesperson->setVisible(one);
    m_groupLabel->setVisible(group);
    m_group->setVisible(group);
}

void AssignmentRuleDialog::editCondition(int row)
{
    QDialog dialog(this);
    dialog.setWindowTitle(row < 0 ? tr("Add Condition") : tr("Condition"));
    auto* editor = new FieldConditionEditor(m_db, FieldConditionEditor::Use::ScoreRule, &dialog);
    if (row >= 0 && row < m_rule.conditions.size())
        editor->setCondition(m_rule.conditions.at(row));
    auto* problem = new ErrorLabel(&dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    FieldFilter filter;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QString why;
        if (editor->read(&filter, &why))
            dialog.accept();
        else
            problem->setMessage(why);
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(editor);
    layout->addWidget(problem);
    layout->addStretch();
    layout->addWidget(buttons);
    dialog.resize(std::max(dialog.sizeHint().width(), 480), dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted || filter.conditions.isEmpty())
        return;
    if (row >= 0 && row < m_rule.conditions.size())
        m_rule.conditions[row] = filter.conditions.first();
    else
        m_rule.conditions << filter.conditions.first();
    showConditions();
    m_conditions->setCurrentRow(row >= 0 ? row : static_cast<int>(m_rule.conditions.size()) - 1);
}

void AssignmentRuleDialog::accept()
{
    AssignmentRule rule = m_rule;
    rule.name = m_name->text().trimmed();
    rule.target = static_cast<AssignTarget>(m_target->currentData().toInt());
    rule.userIds.clear();
    if (rule.target == AssignTarget::Salesperson && m_salesperson->currentIndex() >= 0) {
        rule.userIds << m_salesperson->currentData().toLongLong();
    } else if (rule.target != AssignTarget::CompanyOwner) {
        for (int i = 0; i < m_group->count(); ++i) {
            if (m_group->item(i)->checkState() == Qt::Checked)
                rule.userIds << m_group->item(i)->data(Qt::UserRole).toLongLong();
        }
    }
    // A rule left without a name is named after what it does.
    if (rule.name.isEmpty()) {
        QHash<qint64, QString> names;
        for (int i = 0; i < m_salesperson->count(); ++i)
            names.insert(m_salesperson->itemData(i).toLongLong(), m_salesperson->itemText(i));
        QStringList conditions;
        for (const FieldCondition& condition : std::as_const(rule.conditions))
            conditions << m_describer->describe(condition);
        const QString to = targetText(rule, names);
        rule.name = conditions.isEmpty() ? tr("Everyone to %1").arg(to)
                                         : tr("%1 to %2", "conditions to a salesperson")
                                               .arg(conditions.join(tr(" and ", "between conditions")), to);
    }
    if (Status fits = AssignmentRules(m_db).check(rule); !fits) {
        m_problem->setMessage(fits.error());
        return;
    }
    m_rule = rule;
    QDialog::accept();
}

QString AssignmentRuleDialog::targetText(const AssignmentRule& rule, const QHash<qint64, QString>& userNames)
{
    QStringList names;
    for (qint64 id : rule.userIds)
        names << userNames.value(id, tr("(gone)", "a salesperson since removed"));
    const QString group = names.join(tr(", ", "between salespeople"));
    switch (rule.target) {
    case AssignTarget::Salesperson:
        return group;
    case AssignTarget::CompanyOwner:
        return tr("the company's owner");
    case AssignTarget::RoundRobin:
        return tr("%1 in turn").arg(group);
    case AssignTarget::FewestOpenDeals:
        return tr("whoever of %1 has the fewest open deals").arg(group);
    }
    return group;
}

} // namespace kontor::ui
