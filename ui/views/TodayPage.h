// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogTarget.h"

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace kontor::ui {

/// The start page: overdue and today's reminders, meetings of today and tomorrow, birthdays of the week, contacts
/// whose stay-in-touch interval ran out, deals gone stale in their stage. A reminder is done with D, snoozed to
/// tomorrow morning with S; Enter opens a deal on the pipeline board and any other item's contact.
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    enum ItemKind { Section = 0, ReminderItem, MeetingItem, BirthdayItem, LosingTouchItem, StaleDealItem };
    enum Role { KindRole = Qt::UserRole + 1, IdRole, ContactRole };

    explicit TodayPage(QWidget* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);
    QTreeWidget* tree() const { return m_tree; }
    /// Reminders overdue or due today: what the navigation shows as a badge.
    int openCount() const { return m_openCount; }
    /// The contact of the selected item (and the reminder, when it is one), for Ctrl+L.
    LogTarget logTarget() const;

public slots:
    void refresh();
    void markCurrentDone();
    void snoozeCurrent();
    void openCurrent();

signals:
    void openContactRequested(qint64 contactId);
    void openDealRequested(qint64 dealId);
    void openCountChanged(int count);
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QTreeWidgetItem* section(const QString& title, int count);
    void updateButtons();

    QSqlDatabase m_db;
    QLabel* m_heading;
    QLabel* m_empty;
    QTreeWidget* m_tree;
    QPushButton* m_done;
    QPushButton* m_snooze;
    QPushButton* m_open;
    int m_openCount = 0;
};

} // namespace kontor::ui
