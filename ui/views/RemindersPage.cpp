// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemindersPage.h"

#include "domain/DateText.h"

#include "actions/ArchiveActions.h"
#include "actions/ReminderActions.h"
#include "dialogs/Ask.h"

#include "Clock.h"
#include "dialogs/ReminderDialog.h"
#include "domain/Interaction.h"
#include "repositories/ReminderRepository.h"
#include "views/Icons.h"
#include "views/TimelineDelegate.h"

#include <QAction>
#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextCharFormat>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kontor::ui {

namespace {

constexpr int listLimit = 200;
constexpr int upcomingDays = 30;

} // namespace

RemindersPage::RemindersPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("RemindersPage"));
    auto* heading = new QLabel(tr("Reminders"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* create = new QPushButton(tr("&New Reminder…"), this);
    create->setObjectName(QStringLiteral("newReminder"));
    create->setToolTip(tr("A follow-up, a call to make, anything with a date (Ctrl+Shift+R)"));
    connect(create, &QPushButton::clicked, this, &RemindersPage::newReminder);
    m_done = new QPushButton(tr("&Done"), this);
    m_done->setObjectName(QStringLiteral("done"));
    m_done->setToolTip(tr("Mark the reminder done; a repeating one moves to its next date (D)"));
    m_snooze = new QPushButton(tr("&Snooze Until Tomorrow"), this);
    m_snooze->setObjectName(QStringLiteral("snooze"));
    m_snooze->setToolTip(tr("Ask again tomorrow at 9:00 (S)"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_edit->setToolTip(tr("Change the reminder (Enter)"));
    m_delete = new QPushButton(tr("De&lete"), this);
    m_delete->setObjectName(QStringLiteral("delete"));
    m_delete->setToolTip(tr("Remove the reminder (Delete)"));
    connect(m_done, &QPushButton::clicked, this, &RemindersPage::markCurrentDone);
    connect(m_snooze, &QPushButton::clicked, this, &RemindersPage::snoozeCurrent);
    connect(m_edit, &QPushButton::clicked, this, &RemindersPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &RemindersPage::deleteCurrent);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("reminders"));
    m_list->setAccessibleName(tr("Reminders"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("When"), tr("What"), tr("Contact"), tr("Repeats")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->viewport()->installEventFilter(this);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, IdRole).toLongLong() > 0)
            setCurrent(item->data(0, IdRole).toLongLong(), item->data(0, DoneRole).toBool());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, &RemindersPage::editCurrent);

    m_calendar = new QCalendarWidget(this);
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->setAccessibleName(tr("Calendar of reminders"));
    m_calendar->setCalendar(DateText::calendar());
    // Qt 6.4 keeps the cell of the day selected when the calendar changes: the Solar Hijri month would highlight
    // another day (4 Azar for 11 Azar) until the next click. Selecting the day again puts it in its cell.
    m_calendar->setSelectedDate(m_calendar->selectedDate());
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    m_calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    // The weekend as the language's country has it (Friday in Iran and Bangladesh), not always Saturday and Sunday.
    const QTextCharFormat workday = m_calendar->weekdayTextFormat(Qt::Monday);
    const QTextCharFormat weekend = m_calendar->weekdayTextFormat(Qt::Sunday);
    const QList<Qt::DayOfWeek> workdays = DateText::workdays();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        const auto weekday = static_cast<Qt::DayOfWeek>(day);
        m_calendar->setWeekdayTextFormat(weekday, workdays.contains(weekday) ? workday : weekend);
    }
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] { showDay(m_calendar->selectedDate()); });
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &RemindersPage::markCalendar);
    updateCalendarArrows();
    connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate& day) {
        if (!m_db.isOpen())
            return;
        ReminderDialog dialog(m_db, 0, this, 0, QDateTime(day, QTime(9, 0)));
        if (dialog.exec() == QDialog::Accepted) {
            refresh();
            emit remindersChanged();
        }
    });
    m_dayHeading = new QLabel(this);
    m_dayHeading->setObjectName(QStringLiteral("dayHeading"));
    QFont dayFont = m_dayHeading->font();
    dayFont.setBold(true);
    m_dayHeading->setFont(dayFont);
    m_dayList = new QListWidget(this);
    m_dayList->setObjectName(QStringLiteral("dayList"));
    m_dayList->setAccessibleName(tr("Reminders of the selected day"));
    connect(m_dayList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            setCurrent(item->data(IdRole).toLongLong(), false);
    });
    connect(m_dayList, &QListWidget::itemActivated, this, &RemindersPage::editCurrent);

    // Single keys while a list has the focus, as on the Today page.
    for (QWidget* view : std::initializer_list<QWidget*>{m_list, m_dayList}) {
        auto add = [view, this](const QKeySequence& key, void (RemindersPage::*slot)()) {
            auto* action = new QAction(view);
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetShortcut);
            connect(action, &QAction::triggered, this, slot);
            view->addAction(action);
        };
        add(Qt::Key_D, &RemindersPage::markCurrentDone);
        add(Qt::Key_S, &RemindersPage::snoozeCurrent);
        add(QKeySequence::Delete, &RemindersPage::deleteCurrent);
    }

    m_empty =
        new QLabel(tr("No reminders yet.\n\nCreate one with “New Reminder…”, or schedule a follow-up when you log "
                      "a call (Ctrl+L). Double-click a day in the calendar to add one for that day."),
                   this);
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(create);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_done, m_snooze, m_edit, m_delete})
        buttons->addWidget(button);
    buttons->addStretch();

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_empty, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_calendar);
    rightLayout->addWidget(m_dayHeading);
    rightLayout->addWidget(m_dayList, 1);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("remindersSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    // The calendar needs little more than its seven columns; the list gets the rest.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    updateButtons();
}

void RemindersPage::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    if (isVisible() || !m_db.isValid())
        refresh();
}

void RemindersPage::updateCalendarArrows()
{
    const bool mirrored = layoutDirection() == Qt::RightToLeft;
    const QString back = mirrored ? QStringLiteral("next") : QStringLiteral("previous");
    const QString on = mirrored ? QStringLiteral("previous") : QStringLiteral("next");
    if (auto* previous = m_calendar->findChild<QToolButton*>(QStringLiteral("qt_calendar_prevmonth")))
        previous->setIcon(Icons::icon(back, palette()));
    if (auto* next = m_calendar->findChild<QToolButton*>(QStringLiteral("qt_calendar_nextmonth")))
        next->setIcon(Icons::icon(on, palette()));
}

void RemindersPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The calendar sets Qt's stock arrows again when the style, palette or direction changes: ours go back on after.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::LayoutDirectionChange)
        QTimer::singleShot(0, this, &RemindersPage::updateCalendarArrows);
}

void RemindersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

QTreeWidgetItem* RemindersPage::section(const QString& title, int count, int limit)
{
    const QLocale locale;
    const QString shown = count >= limit ? tr("%1+").arg(locale.toString(count)) : locale.toString(count);
    auto* item = new QTreeWidgetItem(m_list, {tr("%1 (%2)").arg(title, shown)});
    item->setFirstColumnSpanned(true);
    item->setFlags(Qt::ItemIsEnabled);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setExpanded(true);
    return item;
}

void RemindersPage::refresh()
{
    const qint64 previous = m_currentId;
    m_list->clear();
    m_currentId = 0;
    if (!m_db.isValid() || !m_db.isOpen()) {
        m_dayList->clear();
        updateButtons();
        return;
    }
    const QLocale locale;
    const QDate today = Clock::now().toLocalTime().date();
    const QDateTime startOfToday = today.startOfDay();
    const QDateTime startOfTomorrow = today.addDays(1).startOfDay();
    ReminderRepository reminders(m_db);
    auto add = [&](QTreeWidgetItem* parent, const ReminderItem& item, const QString& when, bool done) {
        auto* row = new QTreeWidgetItem(parent, {when, item.reminder.title, item.contactName,
                                                 item.reminder.recurrence == Recurrence::None
                                                     ? QString()
                                                     : ReminderDialog::recurrenceName(item.reminder.recurrence)});
        row->setData(0, IdRole, item.reminder.id);
        row->setData(0, ContactRole, item.reminder.contactId);
        row->setData(0, DoneRole, done);
        if (!item.reminder.notes.isEmpty())
            row->setToolTip(1, item.reminder.notes);
        if (item.reminder.snoozedUntil.isValid())
            row->setToolTip(0, tr("Snoozed; first due %1").arg(DateText::dateTime(item.reminder.dueAt, locale)));
        if (done) {
            QFont font = row->font(1);
            font.setStrikeOut(true);
            row->setFont(1, font);
        }
    };
    auto fill = [&](const QString& title, const Result<QList<ReminderItem>>& items, auto when, bool done,
                    bool overdue = false) {
        if (!items) {
            emit statusMessage(items.error());
            return;
        }
        if (items->isEmpty())
            return;
        QTreeWidgetItem* parent = section(title, static_cast<int>(items->size()), listLimit);
        if (overdue)
            parent->setForeground(0, TimelineDelegate::kindColor(InteractionKinds::complaint));
        for (const ReminderItem& item : items.value())
            add(parent, item, when(item), done);
    };
    auto dateAndTime = [&](const ReminderItem& item) {
        return DateText::dateTime(item.reminder.effectiveDueAt(), locale);
    };
    fill(tr("Overdue"), reminders.open({}, startOfToday, listLimit), dateAndTime, false, true);
    fill(
        tr("Today"), reminders.open(startOfToday, startOfTomorrow, listLimit),
        [&](const ReminderItem& item) {
            return DateText::time(item.reminder.effectiveDueAt().toLocalTime().time(), locale);
        },
        false);
    fill(tr("Next %n day(s)", nullptr, upcomingDays),
         reminders.open(startOfTomorrow, today.addDays(upcomingDays + 1).startOfDay(), listLimit), dateAndTime, false);
    fill(
        tr("Done in the last %n day(s)", nullptr, upcomingDays),
        reminders.done(today.addDays(-upcomingDays).startOfDay(), listLimit),
        [&](const ReminderItem& item) { return DateText::dateTime(item.reminder.doneAt, locale); }, true);
    fitColumns();
    const bool empty = m_list->topLevelItemCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    markCalendar();
    showDay(m_calendar->selectedDate());
    if (!selectInList(previous)) {
        // Start at the first reminder.
        for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
            if ((*it)->data(0, IdRole).toLongLong() > 0) {
                m_list->setCurrentItem(*it);
                break;
            }
        }
    }
    updateButtons();
}

void RemindersPage::fitColumns()
{
    // A long name is cut in the Contact column (the title often names them anyway), and Repeats is as wide as its
    // words. In Bengali the dates alone took a third of the list at 1024 px, and every title was cut to a name.
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(3);
    const int left = m_list->viewport()->width() - m_list->columnWidth(0) - m_list->columnWidth(3);
    m_list->resizeColumnToContents(2);
    m_list->setColumnWidth(
        2, std::max(m_list->fontMetrics().averageCharWidth() * 8, std::min(m_list->columnWidth(2), left * 2 / 5)));
}

bool RemindersPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

bool RemindersPage::selectInList(qint64 id)
{
    if (id <= 0)
        return false;
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        if ((*it)->data(0, IdRole).toLongLong() == id) {
            m_list->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void RemindersPage::markCalendar()
{
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat());
    if (!m_db.isValid() || !m_db.isOpen())
        return;
    // The visible page shows parts of the months before and after.
    const QDate first = QDate(m_calendar->yearShown(), m_calendar->monthShown(), 1, m_calendar->calendar()).addDays(-7);
    const QDate last = first.addDays(7 + 31 + 14);
    auto days = ReminderRepository(m_db).openPerDay(first, last);
    if (!days) {
        emit statusMessage(days.error());
        return;
    }
    const QDate today = Clock::now().toLocalTime().date();
    for (auto it = days->cbegin(); it != days->cend(); ++it) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setForeground(it.key() < today ? TimelineDelegate::kindColor(InteractionKinds::complaint)
                                              : palette().color(QPalette::Highlight));
        format.setToolTip(tr("%n reminder(s)", nullptr, it.value()));
        m_calendar->setDateTextFormat(it.key(), format);
    }
}

void RemindersPage::showDay(const QDate& day)
{
    const QLocale locale;
    m_dayList->clear();
    if (!m_db.isValid() || !m_db.isOpen())
        return;
    auto items = ReminderRepository(m_db).open(day.startOfDay(), day.addDays(1).startOfDay(), listLimit);
    if (!items) {
        emit statusMessage(items.error());
        return;
    }
    m_dayHeading->setText(tr("%1: %n reminder(s)", nullptr, static_cast<int>(items->size()))
                              .arg(DateText::atLineStart(DateText::longDate(day, locale), locale)));
    for (const ReminderItem& item : items.value()) {
        QString text =
            DateText::time(item.reminder.effectiveDueAt().toLocalTime().time(), locale) + u' ' + item.reminder.title;
        // The contact's name once: many titles name the contact already ("Call back Ada Lovelace").
        if (!item.contactName.isEmpty() && !item.reminder.title.contains(item.contactName, Qt::CaseInsensitive))
            text += QStringLiteral(" — ") + item.contactName;
        auto* row = new QListWidgetItem(text, m_dayList);
        row->setData(IdRole, item.reminder.id);
        row->setData(ContactRole, item.reminder.contactId);
    }
}

void RemindersPage::setCurrent(qint64 id, bool done)
{
    m_currentId = id;
    m_currentDone = done;
    updateButtons();
}

void RemindersPage::updateButtons()
{
    const bool any = m_currentId > 0;
    m_done->setEnabled(any && !m_currentDone);
    m_snooze->setEnabled(any && !m_currentDone);
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
}

void RemindersPage::newReminder()
{
    if (!m_db.isValid() || !m_db.isOpen())
        return;
    ReminderDialog dialog(m_db, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectInList(dialog.savedReminderId());
    emit statusMessage(tr("Reminder saved."));
    emit remindersChanged();
}

void RemindersPage::editCurrent()
{
    if (m_currentId <= 0)
        return;
    const qint64 id = m_currentId;
    ReminderDialog dialog(m_db, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectInList(id);
    emit statusMessage(tr("Reminder saved."));
    emit remindersChanged();
}

void RemindersPage::markCurrentDone()
{
    if (m_currentId <= 0 || m_currentDone)
        return;
    auto done = ReminderActions::done(m_db, m_currentId);
    if (!done) {
        emit statusMessage(done.error());
        return;
    }
    emit statusMessage(done->message);
    refresh();
    emit remindersChanged();
}

void RemindersPage::snoozeCurrent()
{
    if (m_currentId <= 0 || m_currentDone)
        return;
    const QDateTime tomorrowMorning(Clock::now().toLocalTime().date().addDays(1), QTime(9, 0));
    if (auto snoozed = ReminderActions::snooze(m_db, m_currentId, tomorrowMorning); !snoozed) {
        emit statusMessage(snoozed.error());
        return;
    }
    emit statusMessage(tr("Snoozed until tomorrow."));
    refresh();
    emit remindersChanged();
}

void RemindersPage::deleteCurrent()
{
    if (m_currentId <= 0)
        return;
    auto reminder = ReminderRepository(m_db).get(m_currentId);
    if (!reminder)
        return;
    if (Ask::question(this, tr("Delete Reminder"), tr("Delete the reminder “%1”?").arg(reminder->title)) !=
        QMessageBox::Yes)
        return;
    auto archived = ArchiveActions::archive(m_db, ArchiveActions::Entity::Reminder, m_currentId,
                                            QStringLiteral("“%1”").arg(reminder->title));
    if (!archived) {
        emit statusMessage(archived.error());
        return;
    }
    emit statusMessage(archived.value());
    refresh();
    emit remindersChanged();
}

LogTarget RemindersPage::logTarget() const
{
    if (m_currentId <= 0 || !m_db.isOpen())
        return {};
    auto reminder = ReminderRepository(m_db).get(m_currentId);
    if (!reminder)
        return {};
    return {reminder->contactId, m_currentDone ? 0 : reminder->id};
}

} // namespace kontor::ui
