// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QListWidget;

namespace kontor::ui {

/// Settings' Lifecycle tab: the rules that move contacts forward by themselves (a meeting booked, a deal, a won
/// deal, fields filled), saved at once as one undoable change each.
class LifecycleSettingsPage : public QWidget
{
    Q_OBJECT

public:
    LifecycleSettingsPage(const QSqlDatabase& db, QWidget* parent = nullptr);

    QCheckBox* meetingRule() const { return m_meeting; }
    QCheckBox* dealRule() const { return m_deal; }
    QCheckBox* wonRule() const { return m_won; }
    QListWidget* mqlFields() const { return m_mqlFields; }
    QListWidget* sqlFields() const { return m_sqlFields; }

public slots:
    /// Reads the rules and the fields again (a field added on the Fields tab can be chosen).
    void reload();

signals:
    /// The rules were saved, or `error` says why not.
    void changed(const QString& error);

private:
    void save();
    QListWidget* fieldList(const QString& accessibleName);

    QSqlDatabase m_db;
    bool m_loading = false;
    QCheckBox* m_meeting;
    QCheckBox* m_deal;
    QCheckBox* m_won;
    QListWidget* m_mqlFields;
    QListWidget* m_sqlFields;
};

} // namespace kontor::ui
