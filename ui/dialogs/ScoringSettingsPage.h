// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/ScoreRule.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace kontor::ui {

class FieldConditionEditor;

/// Settings' Lead scoring tab: the rules in two groups, fit (who the contact is) and engagement (what they did
/// lately), each with its points; add, change, switch off, remove and reorder them, put in the starter set, rescore
/// everyone with progress, and the score at which a lead becomes marketing qualified. Each change is saved at once as
/// one undoable step.
class ScoringSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ScoringSettingsPage(const QSqlDatabase& db, QWidget* parent = nullptr);

    QTreeWidget* rules() const { return m_rules; }
    QSpinBox* mqlScore() const { return m_mqlScore; }

public slots:
    /// Reads the rules again (a field added on the Fields tab can be a fit rule's).
    void reload();
    void addRule(kontor::ScoreGroup group);
    void editRule();
    void removeRule();
    void moveRule(int step);
    void addStarterRules();
    /// Works out every contact's score again, with progress and Cancel.
    void rescoreEveryone();

signals:
    /// The rules or the threshold were saved, or `error` says why not.
    void changed(const QString& error);
    /// Everyone was rescored: lists showing scores read again.
    void rescored();

private:
    QTreeWidgetItem* groupItem(ScoreGroup group) const;
    QTreeWidgetItem* addRuleItem(const ScoreRule& rule);
    void showRule(QTreeWidgetItem* item, const ScoreRule& rule);
    /// The rules as the tree has them: fit ones first, each group in its order.
    QList<ScoreRule> shownRules() const;
    void save(const QList<ScoreRule>& rules);
    void saveThreshold();
    void updateButtons();

    QSqlDatabase m_db;
    bool m_loading = false;
    /// The rules as read; each item keeps its place in this list.
    QList<ScoreRule> m_loaded;
    QTreeWidget* m_rules;
    QTreeWidgetItem* m_fitGroup;
    QTreeWidgetItem* m_engagementGroup;
    /// Only to say how a fit rule's condition reads.
    FieldConditionEditor* m_describer = nullptr;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_starter;
    QPushButton* m_rescore;
    QSpinBox* m_mqlScore;
    QLabel* m_status;
};

} // namespace kontor::ui
