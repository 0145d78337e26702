// SPDX-License-Identifier: GPL-3.0-or-later
#include "LifecycleSettingsPage.h"

#include "actions/LifecycleRules.h"
#include "actions/SettingsActions.h"
#include "io/ContactFields.h"
#include "repositories/CustomFieldRepository.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;

QStringList checkedKeys(const QListWidget* list)
{
    QStringList keys;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            keys << list->item(row)->data(KeyRole).toString();
    }
    return keys;
}

} // namespace

LifecycleSettingsPage::LifecycleSettingsPage(const QSqlDatabase& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("lifecycleSettings"));
    m_meeting =
        new QCheckBox(tr("A &meeting booked makes a lead or marketing qualified contact sales qualified"), this);
    m_meeting->setObjectName(QStringLiteral("meetingRule"));
    m_deal = new QCheckBox(tr("A new &deal makes the contact an opportunity"), this);
    m_deal->setObjectName(QStringLiteral("dealRule"));
    m_won = new QCheckBox(tr("A &won deal makes the contact a customer"), this);
    m_won->setObjectName(QStringLiteral("wonRule"));
    m_mqlFields = fieldList(tr("Fields that make a lead marketing qualified"));
    m_mqlFields->setObjectName(QStringLiteral("mqlFields"));
    m_sqlFields = fieldList(tr("Fields that make a contact sales qualified"));
    m_sqlFields->setObjectName(QStringLiteral("sqlFields"));
    for (QCheckBox* box : {m_meeting, m_deal, m_won})
        connect(box, &QCheckBox::toggled, this, &LifecycleSettingsPage::save);
    for (QListWidget* list : {m_mqlFields, m_sqlFields})
        connect(list, &QListWidget::itemChanged, this, &LifecycleSettingsPage::save);

    auto* mqlLabel = new QLabel(tr("Mar&keting qualified once all of these are filled:"), this);
    mqlLabel->setBuddy(m_mqlFields);
    mqlLabel->setWordWrap(true);
    auto* sqlLabel = new QLabel(tr("Sales &qualified once all of these are filled:"), this);
    sqlLabel->setBuddy(m_sqlFields);
    sqlLabel->setWordWrap(true);
    auto* fields = new QGridLayout;
    fields->addWidget(mqlLabel, 0, 0);
    fields->addWidget(sqlLabel, 0, 1);
    fields->addWidget(m_mqlFields, 1, 0);
    fields->addWidget(m_sqlFields, 1, 1);
    auto* hint = new QLabel(tr("Rules only move contacts forward, and a contact's history names the rule that moved "
                               "it. A deal also brings back a disqualified or inactive contact. No field ticked: "
                               "that rule is off."),
                            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_meeting);
    layout->addWidget(m_deal);
    layout->addWidget(m_won);
    layout->addLayout(fields, 1);
    layout->addWidget(hint);
    reload();
}

QListWidget* LifecycleSettingsPage::fieldList(const QString& accessibleName)
{
    auto* list = new QListWidget(this);
    list->setAccessibleName(accessibleName);
    return list;
}

void LifecycleSettingsPage::reload()
{
    m_loading = true;
    const LifecycleRuleSettings rules = LifecycleRules::settings(m_db);
    m_meeting->setChecked(rules.sqlOnMeeting);
    m_deal->setChecked(rules.opportunityOnDeal);
    m_won->setChecked(rules.customerOnWon);
    // The built-in fields a lead is qualified by, then the business's own.
    QList<std::pair<QString, QString>> choices;
    const QStringList builtIn = {QStringLiteral("email"),   QStringLiteral("phone"),       QStringLiteral("company"),
                                 QStringLiteral("title"),   QStringLiteral("lead_source"), QStringLiteral("owner"),
                                 QStringLiteral("country"), QStringLiteral("city")};
    for (const ContactField& field : ContactFields::all()) {
        if (builtIn.contains(field.key))
            choices << std::pair{field.key, field.name};
    }
    if (auto custom = CustomFieldRepository(m_db).fields(RecordKind::Contact); custom) {
        for (const CustomField& field : custom.value())
            choices << std::pair{field.key, field.label};
    }
    for (auto [list, keys] : {std::pair{m_mqlFields, rules.mqlFields}, std::pair{m_sqlFields, rules.sqlFields}}) {
        list->clear();
        for (const auto& [key, name] : choices) {
            auto* item = new QListWidgetItem(name, list);
            item->setData(KeyRole, key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(keys.contains(key) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_loading = false;
}

void LifecycleSettingsPage::save()
{
    if (m_loading)
        return;
    // The score threshold is set on the Lead scoring tab: kept as it is.
    LifecycleRuleSettings rules = LifecycleRules::settings(m_db);
    rules.sqlOnMeeting = m_meeting->isChecked();
    rules.opportunityOnDeal = m_deal->isChecked();
    rules.customerOnWon = m_won->isChecked();
    rules.mqlFields = checkedKeys(m_mqlFields);
    rules.sqlFields = checkedKeys(m_sqlFields);
    const Status saved = SettingsActions::setLifecycleRules(m_db, rules);
    emit changed(saved.ok() ? QString() : saved.error());
}

} // namespace kontor::ui
