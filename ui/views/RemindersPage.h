// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogTarget.h"

#include <QDate>

#include <QSqlDatabase>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace kontor::ui {

/// Every reminder: overdue, today, the coming 30 days and what was done in the last 30, beside a month calendar
/// whose days with reminders stand out; a day picked in the calendar lists its reminders. D marks the selected
/// reminder done, S snoozes it until tomorrow, Enter edits it, Delete removes it.
class RemindersPage : public QWidget
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, ContactRole, DoneRole };

    explicit RemindersPage(QWidget* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);
    QTreeWidget* list() const { return m_list; }
    QCalendarWidget* calendar() const { return m_calendar; }
    QListWidget* dayList() const { return m_dayList; }
    /// The reminder selected in the list or the day's list, whichever was used last; 0 for none.
    qint64 currentReminderId() const { return m_currentId; }
    /// The selected reminder and its contact, for Ctrl+L (a reminder already done is not offered again).
    LogTarget logTarget() const;

public slots:
    void refresh();
    void newReminder();
    void editCurrent();
    void markCurrentDone();
    void snoozeCurrent();
    void deleteCurrent();
    void showDay(const QDate& day);

signals:
    /// After any change, so that the Today page's badge follows.
    void remindersChanged();
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// What is to be done takes the room the list has: Contact at most two fifths of what When and Repeats leave.
    void fitColumns();
    /// The calendar's month arrows in Kontor's icons and the palette's text colour, pointing the way the page reads.
    void updateCalendarArrows();
    QTreeWidgetItem* section(const QString& title, int count, int limit);
    void markCalendar();
    void setCurrent(qint64 id, bool done);
    void updateButtons();
    bool selectInList(qint64 id);

    QSqlDatabase m_db;
    QTreeWidget* m_list;
    QCalendarWidget* m_calendar;
    QLabel* m_dayHeading;
    QListWidget* m_dayList;
    QLabel* m_empty;
    QPushButton* m_done;
    QPushButton* m_snooze;
    QPushButton* m_edit;
    QPushButton* m_delete;
    qint64 m_currentId = 0;
    bool m_currentDone = false;
};

} // namespace kontor::ui
