// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrderedListPage.h"
#include "assignment/AssignmentRules.h"

#include <QSqlDatabase>

namespace kontor::ui {

class FieldConditionEditor;

/// Settings' Assignment tab: the assignment rules in their order (the first whose conditions a contact meets gives it
/// an owner), each with its conditions and whom it gives contacts to; a tick switches one off. Each change is saved
/// at once as one undoable step.
class AssignmentSettingsPage : public OrderedListPage
{
    Q_OBJECT

public:
    explicit AssignmentSettingsPage(const QSqlDatabase& db, QWidget* parent = nullptr);

protected:
    Status read() override;
    int count() const override { return static_cast<int>(m_rules.size()); }
    QStringList cells(int row) const override;
    bool isActive(int row) const override { return m_rules.at(row).active; }
    bool edit(int row) override;
    void remove(int row) override { m_rules.removeAt(row); }
    void move(int from, int to) override { m_rules.move(from, to); }
    void setActive(int row, bool active) override { m_rules[row].active = active; }
    Status write() override;

private:
    QSqlDatabase m_db;
    QList<AssignmentRule> m_rules;
    QHash<qint64, QString> m_userNames;
    FieldConditionEditor* m_describer;
};

} // namespace kontor::ui
