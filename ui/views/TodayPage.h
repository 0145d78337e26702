// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogTarget.h"

#include <QDate>
#include <QSet>
#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace kontor::ui {

/// The start page, a plan for the day: overdue and today's reminders, meetings of today and tomorrow, birthdays of
/// the week, contacts whose stay-in-touch interval ran out, who to call next (CallNext), deals gone stale in their
/// stage. Each is a section that folds, with its count, the most urgent first and long ones shortened behind "Show
/// all". A reminder is done with D, snoozed to tomorrow morning with S, and the next item is selected; Enter opens a
/// deal on the pipeline board and any other item's contact.
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    enum ItemKind {
        Section = 0,
        ReminderItem,
        MeetingItem,
        BirthdayItem,
        LosingTouchItem,
        StaleDealItem,
        ShowAllItem,
        WhoToCallItem
    };
    enum Role { KindRole = Qt::UserRole + 1, IdRole, ContactRole, SectionRole };
    /// Items a section shows before "Show all".
    static constexpr int shownPerSection = 8;

    explicit TodayPage(QWidget* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);
    QTreeWidget* tree() const { return m_tree; }
    /// Reminders overdue or due today: what the navigation shows as a badge.
    int openCount() const { return m_openCount; }
    /// The contact of the selected item (and the reminder, when it is one), for Ctrl+L.
    LogTarget logTarget() const;
    /// Puts the keyboard on the agenda, on the item selected (the first when none is).
    void focusAgenda();

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
    // Kept by number (which sections are folded): new ones go last.
    enum SectionId { Overdue, DueToday, Meetings, Birthdays, LosingTouch, StaleDeals, WhoToCall };

    /// A section of `count` items, folded if the user folded it; `shown` is how many it lists.
    QTreeWidgetItem* section(SectionId id, const QString& title, int count);
    /// Whether a section lists all its items or the first shownPerSection.
    int shownIn(SectionId id, qsizetype count) const;
    /// Ends a section that lists fewer items than it has with a "Show all" row.
    void addShowAll(QTreeWidgetItem* section, qsizetype count);
    QList<QTreeWidgetItem*> items() const;
    void activate(QTreeWidgetItem* item);
    void updateButtons();

    QSqlDatabase m_db;
    QLabel* m_heading;
    QLabel* m_empty;
    QTreeWidget* m_tree;
    QPushButton* m_done;
    QPushButton* m_snooze;
    QPushButton* m_open;
    QLabel* m_keys;
    int m_openCount = 0;
    QSet<int> m_folded;
    QSet<int> m_showingAll;
    bool m_focusedOnce = false;
};

} // namespace kontor::ui
