// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoringSettingsPage.h"

#include "Ask.h"
#include "BusyWork.h"
#include "FieldConditionEditor.h"
#include "ScoreRuleDialog.h"

#include "Clock.h"
#include "actions/LifecycleRules.h"
#include "actions/ScoreActions.h"
#include "actions/SettingsActions.h"
#include "scoring/LeadScoring.h"

#include "FormRows.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

namespace kontor::ui {

namespace {

constexpr int IndexRole = Qt::UserRole + 1;
enum Column { RuleName, RuleWhen, RulePoints };

} // namespace

ScoringSettingsPage::ScoringSettingsPage(const QSqlDatabase& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("scoringSettings"));
    auto* intro = new QLabel(tr("Each contact scores 0 to 100: the points of the fit rules they meet (who they are) "
                                "and of the engagement rules their interactions meet (what they did lately). The "
                                "contact's card says which rules gave the points."),
                             this);
    intro->setWordWrap(true);
    m_rules = new QTreeWidget(this);
    m_rules->setObjectName(QStringLiteral("scoreRules"));
    m_rules->setAccessibleName(tr("Lead scoring rules"));
    m_rules->setColumnCount(3);
    m_rules->setHeaderLabels({tr("Rule"), tr("Counts when"), tr("Points")});
    m_rules->setRootIsDecorated(false);
    m_rules->setItemsExpandable(false);
    m_rules->setUniformRowHeights(true);
    m_rules->header()->setStretchLastSection(false);
    m_rules->header()->setSectionResizeMode(RuleName, QHeaderView::Stretch);
    m_rules->header()->setSectionResizeMode(RuleWhen, QHeaderView::Stretch);
    m_rules->header()->setSectionResizeMode(RulePoints, QHeaderView::ResizeToContents);
    m_fitGroup = new QTreeWidgetItem(m_rules, {tr("Fit: who they are")});
    m_engagementGroup = new QTreeWidgetItem(m_rules, {tr("Engagement: what they did lately")});
    for (QTreeWidgetItem* group : {m_fitGroup, m_engagementGroup}) {
        QFont bold = group->font(RuleName);
        bold.setBold(true);
        group->setFont(RuleName, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }

    auto* addFit = namedButton(this, tr("&Add Fit Rule…"), QStringLiteral("addFitRule"));
    auto* addEngagement = namedButton(this, tr("Add Engage&ment Rule…"), QStringLiteral("addEngagementRule"));
    m_edit = namedButton(this, tr("Ed&it…"), QStringLiteral("editRule"));
    m_remove = namedButton(this, tr("&Remove"), QStringLiteral("removeRule"));
    m_up = namedButton(this, tr("Move &Up"), QStringLiteral("ruleUp"));
    m_down = namedButton(this, tr("Move &Down"), QStringLiteral("ruleDown"));
    m_starter = namedButton(this, tr("Add Starter Ru&les"), QStringLiteral("starterRules"));
    m_starter->setToolTip(tr("Nine rules to start from: titles of decision makers, a way to reach them, meetings, "
                             "answered calls, emails and complaints. Change them to suit your business."));
    m_rescore = namedButton(this, tr("Res&core Everyone…"), QStringLiteral("rescore"));
    m_rescore->setToolTip(tr("Scores are kept up to date as you work and worked out afresh each day; this does it "
                             "now."));
    connect(addFit, &QPushButton::clicked, this, [this] { addRule(ScoreGroup::Fit); });
    connect(addEngagement, &QPushButton::clicked, this, [this] { addRule(ScoreGroup::Engagement); });
    connect(m_edit, &QPushButton::clicked, this, &ScoringSettingsPage::editRule);
    connect(m_remove, &QPushButton::clicked, this, &ScoringSettingsPage::removeRule);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRule(1); });
    connect(m_starter, &QPushButton::clicked, this, &ScoringSettingsPage::addStarterRules);
    connect(m_rescore, &QPushButton::clicked, this, &ScoringSettingsPage::rescoreEveryone);
    // Both queued: saving reads the rules again, replacing the items, which the tree must not be using then.
    connect(
        m_rules, &QTreeWidget::itemActivated, this, [this] { editRule(); }, Qt::QueuedConnection);
    connect(m_rules, &QTreeWidget::currentItemChanged, this, &ScoringSettingsPage::updateButtons);
    // Ticking a rule on or off saves it.
    connect(m_rules, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (!m_loading && item->parent() && column == RuleName)
            QMetaObject::invokeMethod(
                this, [this] { save(shownRules()); }, Qt::QueuedConnection);
    });
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_rules, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &ScoringSettingsPage::removeRule);

    m_mqlScore = new QSpinBox(this);
    m_mqlScore->setObjectName(QStringLiteral("mqlScore"));
    m_mqlScore->setRange(0, 100);
    m_mqlScore->setSpecialValueText(tr("never", "a lead becomes marketing qualified at score: never"));
    // Saved when typed and left (Enter, Tab), not at each step of the arrows on the way.
    m_mqlScore->setKeyboardTracking(false);
    m_mqlScore->setFocusPolicy(Qt::StrongFocus);
    connect(m_mqlScore, &QSpinBox::editingFinished, this, &ScoringSettingsPage::saveThreshold);
    auto* thresholdLabel = new QLabel(tr("A lead becomes marketing &qualified at score:"), this);
    thresholdLabel->setBuddy(m_mqlScore);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scoringStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* each : {addFit, addEngagement, m_edit, m_remove, m_up, m_down})
        buttons->addWidget(each);
    buttons->addStretch();
    buttons->addWidget(m_starter);
    buttons->addWidget(m_rescore);
    auto* row = new QHBoxLayout;
    row->addWidget(m_rules, 1);
    row->addLayout(buttons);
    auto* threshold = new QHBoxLayout;
    threshold->addWidget(thresholdLabel);
    threshold->addWidget(m_mqlScore);
    threshold->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addLayout(threshold);
    layout->addWidget(m_status);
    reload();
}

QTreeWidgetItem* ScoringSettingsPage::groupItem(ScoreGroup group) const
{
    return group == ScoreGroup::Fit ? m_fitGroup : m_engagementGroup;
}

void ScoringSettingsPage::reload()
{
    m_loading = true;
    // Kept by id: a move or an added rule changes the places.
    const qint64 selected = m_rules->currentItem() && m_rules->currentItem()->parent()
                                ? m_loaded.value(m_rules->currentItem()->data(RuleName, IndexRole).toInt()).id
                                : -1;
    const ScoreGroup selectedGroup = m_rules->currentItem() && m_rules->currentItem()->parent() == m_engagementGroup
                                         ? ScoreGroup::Engagement
                                         : ScoreGroup::Fit;
    for (QTreeWidgetItem* group : {m_fitGroup, m_engagementGroup})
        qDeleteAll(group->takeChildren());
    // Made again: a field added or renamed on the Fields tab reads with its name.
    delete m_describer;
    m_describer = new FieldConditionEditor(m_db, FieldConditionEditor::Use::ScoreRule, this);
    m_describer->hide();
    auto rules = LeadScoring(m_db).rules();
    m_loaded = rules ? rules.value() : QList<ScoreRule>{};
    if (!rules)
        m_status->setText(rules.error());
    for (qsizetype i = 0; i < m_loaded.size(); ++i) {
        QTreeWidgetItem* item = addRuleItem(m_loaded.at(i));
        item->setData(RuleName, IndexRole, int(i));
    }
    m_rules->expandAll();
    // The same place after a save: the rule moved or changed, else the first of its group.
    QTreeWidgetItem* current = nullptr;
    for (QTreeWidgetItem* group : {m_fitGroup, m_engagementGroup}) {
        for (int i = 0; i < group->childCount(); ++i) {
            if (m_loaded.value(group->child(i)->data(RuleName, IndexRole).toInt()).id == selected)
                current = group->child(i);
        }
    }
    if (!current && selected >= 0 && groupItem(selectedGroup)->childCount() > 0)
        current = groupItem(selectedGroup)->child(0);
    for (QTreeWidgetItem* group : {m_fitGroup, m_engagementGroup}) {
        if (!current && group->childCount() > 0)
            current = group->child(0);
    }
    m_rules->setCurrentItem(current ? current : m_fitGroup);
    {
        const QSignalBlocker block(m_mqlScore);
        m_mqlScore->setValue(LifecycleRules::settings(m_db).mqlScore);
    }
    m_loading = false;
    updateButtons();
}

QTreeWidgetItem* ScoringSettingsPage::addRuleItem(const ScoreRule& rule)
{
    auto* item = new QTreeWidgetItem(groupItem(rule.group));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    showRule(item, rule);
    return item;
}

void ScoringSettingsPage::showRule(QTreeWidgetItem* item, const ScoreRule& rule)
{
    item->setText(RuleName, rule.name);
    item->setCheckState(RuleName, rule.active ? Qt::Checked : Qt::Unchecked);
    // Whole in the tooltip, where a narrow window cuts the text short.
    item->setToolTip(RuleName,
                     rule.active ? rule.name : rule.name + u'\n' + tr("Off: counts nothing until ticked again."));
    item->setText(RuleWhen, rule.group == ScoreGroup::Fit ? m_describer->describe(rule.condition)
                                                          : ScoreRuleDialog::engagementText(rule));
    item->setToolTip(RuleWhen, item->text(RuleWhen));
    // A sign always, so that a rule that takes points away shows it.
    const QLocale locale;
    item->setText(RulePoints, rule.points > 0 ? locale.positiveSign() + locale.toString(rule.points)
                                              : locale.toString(rule.points));
    item->setTextAlignment(RulePoints, Qt::AlignRight | Qt::AlignVCenter);
}

QList<ScoreRule> ScoringSettingsPage::shownRules() const
{
    QList<ScoreRule> rules;
    for (QTreeWidgetItem* group : {m_fitGroup, m_engagementGroup}) {
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            ScoreRule rule = m_loaded.value(item->data(RuleName, IndexRole).toInt());
            rule.active = item->checkState(RuleName) == Qt::Checked;
            rules << rule;
        }
    }
    return rules;
}

void ScoringSettingsPage::save(const QList<ScoreRule>& rules)
{
    const Status saved = ScoreActions::setRules(m_db, rules);
    m_status->clear();
    emit changed(saved.ok() ? QString() : saved.error());
    // What was saved, with the new rules' ids; after a failure, what is still there.
    reload();
}

void ScoringSettingsPage::saveThreshold()
{
    if (m_loading)
        return;
    LifecycleRuleSettings rules = LifecycleRules::settings(m_db);
    if (rules.mqlScore == m_mqlScore->value())
        return;
    rules.mqlScore = m_mqlScore->value();
    const Status saved = SettingsActions::setLifecycleRules(m_db, rules);
    emit changed(saved.ok() ? QString() : saved.error());
    if (!saved || rules.mqlScore == 0)
        return;
    // From now on a lead moves when its score reaches the threshold; those above it already move only if asked.
    auto above = LifecycleRules::leadsAtThreshold(m_db);
    if (!above || above->isEmpty())
        return;
    const auto answer = Ask::question(
        this, tr("Lead Scoring"),
        tr("%Ln lead(s) score %1 or more already. Make them marketing qualified now?", nullptr, int(above->size()))
            .arg(QLocale().toString(rules.mqlScore)));
    if (answer != QMessageBox::Yes)
        return;
    auto moved = ScoreActions::qualifyLeads(m_db);
    if (!moved)
        emit changed(moved.error());
    else
        m_status->setText(tr("%Ln lead(s) made marketing qualified.", nullptr, moved.value()));
}

void ScoringSettingsPage::updateButtons()
{
    QTreeWidgetItem* current = m_rules->currentItem();
    const bool rule = current && current->parent();
    const int row = rule ? current->parent()->indexOfChild(current) : -1;
    m_edit->setEnabled(rule);
    m_remove->setEnabled(rule);
    m_up->setEnabled(rule && row > 0);
    m_down->setEnabled(rule && row + 1 < current->parent()->childCount());
    m_starter->setEnabled(m_loaded.isEmpty());
    m_rescore->setEnabled(std::any_of(m_loaded.cbegin(), m_loaded.cend(), [](const ScoreRule& r) { return r.active; }));
}

void ScoringSettingsPage::addRule(ScoreGroup group)
{
    ScoreRule rule;
    rule.group = group;
    if (group == ScoreGroup::Engagement)
        rule.interactionKind = QStringLiteral("meeting");
    ScoreRuleDialog dialog(m_db, rule, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<ScoreRule> rules = shownRules();
    // At the end of its group: the tree shows the fit rules first.
    qsizetype place = rules.size();
    if (group == ScoreGroup::Fit)
        place =
            std::count_if(rules.cbegin(), rules.cend(), [](const ScoreRule& r) { return r.group == ScoreGroup::Fit; });
    rules.insert(place, dialog.rule());
    save(rules);
    // The new rule is current, for Edit or Move at once.
    QTreeWidgetItem* groupOf = groupItem(group);
    if (groupOf->childCount() > 0)
        m_rules->setCurrentItem(groupOf->child(groupOf->childCount() - 1));
}

void ScoringSettingsPage::editRule()
{
    QTreeWidgetItem* current = m_rules->currentItem();
    if (!current || !current->parent())
        return;
    const int index = current->data(RuleName, IndexRole).toInt();
    ScoreRule rule = m_loaded.value(index);
    rule.active = current->checkState(RuleName) == Qt::Checked;
    ScoreRuleDialog dialog(m_db, rule, this);
    if (dialog.exec() != QDialog::Accepted || dialog.rule() == rule)
        return;
    m_loaded[index] = dialog.rule();
    save(shownRules());
}

void ScoringSettingsPage::removeRule()
{
    QTreeWidgetItem* current = m_rules->currentItem();
    if (!current || !current->parent())
        return;
    // No question asked: Undo brings it back.
    QTreeWidgetItem* group = current->parent();
    const int row = group->indexOfChild(current);
    delete group->takeChild(row);
    if (group->childCount() > 0)
        m_rules->setCurrentItem(group->child(std::min(row, group->childCount() - 1)));
    save(shownRules());
}

void ScoringSettingsPage::moveRule(int step)
{
    QTreeWidgetItem* current = m_rules->currentItem();
    if (!current || !current->parent())
        return;
    QTreeWidgetItem* group = current->parent();
    const int row = group->indexOfChild(current);
    const int to = row + step;
    if (to < 0 || to >= group->childCount())
        return;
    m_loading = true;
    group->insertChild(to, group->takeChild(row));
    m_loading = false;
    m_rules->setCurrentItem(current);
    save(shownRules());
}

void ScoringSettingsPage::addStarterRules()
{
    if (!m_loaded.isEmpty())
        return;
    m_loaded = LeadScoring::starterRules();
    save(m_loaded);
}

void ScoringSettingsPage::rescoreEveryone()
{
    QProgressDialog progress(tr("Working out every contact's score…"), tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("rescoreProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    auto changed = ScoreActions::rescoreEveryone(m_db, Clock::now(), followProgress(progress));
    progress.reset();
    if (!changed) {
        // A stop leaves every score as it was: nothing to say but that.
        m_status->setText(progress.wasCanceled() ? tr("Stopped: the scores are as they were.") : changed.error());
        return;
    }
    m_status->setText(tr("Scores worked out again: %Ln changed.", nullptr,
                         int(std::min<qint64>(changed.value(), std::numeric_limits<int>::max()))));
    emit rescored();
}

} // namespace kontor::ui
