// SPDX-License-Identifier: GPL-3.0-or-later
#include "TodayPage.h"

#include "actions/ReminderActions.h"

#include "Clock.h"
#include "repositories/AgendaRepository.h"
#include "repositories/ReminderRepository.h"
#include "views/TimelineDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kontor::ui {

TodayPage::TodayPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("TodayPage"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("agenda"));
    m_tree->setAccessibleName(tr("Today's agenda"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("When"), tr("What"), tr("Contact")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    // Columns are sized once per refresh: sizing to contents on every insertion is quadratic in the items.
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    m_empty = new QLabel(tr("Nothing is due today.\n\nLog a call or meeting with Ctrl+L and schedule the next step "
                            "in the same dialog: it will show up here on its day."),
                         this);
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    m_done = new QPushButton(tr("&Done"), this);
    m_done->setObjectName(QStringLiteral("done"));
    m_done->setToolTip(tr("Mark the reminder done (D)"));
    m_snooze = new QPushButton(tr("&Snooze until tomorrow"), this);
    m_snooze->setObjectName(QStringLiteral("snooze"));
    m_snooze->setToolTip(tr("Ask again tomorrow at 9:00 (S)"));
    m_open = new QPushButton(tr("&Open contact"), this);
    m_open->setObjectName(QStringLiteral("open"));
    m_open->setToolTip(tr("Show the contact's card (Enter)"));
    connect(m_done, &QPushButton::clicked, this, &TodayPage::markCurrentDone);
    connect(m_snooze, &QPushButton::clicked, this, &TodayPage::snoozeCurrent);
    connect(m_open, &QPushButton::clicked, this, &TodayPage::openCurrent);
    connect(m_tree, &QTreeWidget::itemActivated, this, &TodayPage::openCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TodayPage::updateButtons);

    // Single keys while the agenda has the focus, as in a mail program.
    auto* done = new QAction(m_tree);
    done->setShortcut(Qt::Key_D);
    done->setShortcutContext(Qt::WidgetShortcut);
    connect(done, &QAction::triggered, this, &TodayPage::markCurrentDone);
    m_tree->addAction(done);
    auto* snooze = new QAction(m_tree);
    snooze->setShortcut(Qt::Key_S);
    snooze->setShortcutContext(Qt::WidgetShortcut);
    connect(snooze, &QAction::triggered, this, &TodayPage::snoozeCurrent);
    m_tree->addAction(snooze);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_done);
    buttons->addWidget(m_snooze);
    buttons->addWidget(m_open);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_heading);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty, 1);
    updateButtons();
}

void TodayPage::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    // A hidden page reads its agenda when it is shown.
    if (isVisible() || !m_db.isValid())
        refresh();
}

void TodayPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

QTreeWidgetItem* TodayPage::section(const QString& title, int count)
{
    const QString shown = count >= AgendaRepository::maxItems ? tr("%1+").arg(count) : QString::number(count);
    auto* item = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(title, shown)});
    item->setFirstColumnSpanned(true);
    item->setFlags(Qt::ItemIsEnabled);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setData(0, KindRole, Section);
    item->setExpanded(true);
    return item;
}

void TodayPage::refresh()
{
    const QLocale locale;
    const QDate today = Clock::now().toLocalTime().date();
    m_heading->setText(locale.toString(today, QLocale::LongFormat));
    // Ids are only unique within a kind: remember both.
    const QTreeWidgetItem* current = m_tree->currentItem();
    const int previousKind = current ? current->data(0, KindRole).toInt() : Section;
    const qint64 previous = current ? current->data(0, IdRole).toLongLong() : 0;
    m_tree->clear();
    m_openCount = 0;
    if (!m_db.isValid() || !m_db.isOpen()) {
        m_tree->hide();
        m_empty->show();
        updateButtons();
        return;
    }
    auto agenda = AgendaRepository(m_db).forDay(today);
    if (!agenda) {
        emit statusMessage(agenda.error());
        return;
    }
    auto addReminders = [&](QTreeWidgetItem* parent, const QList<AgendaReminder>& items, bool showDate) {
        for (const AgendaReminder& item : items) {
            const QDateTime when = item.reminder.effectiveDueAt().toLocalTime();
            auto* row = new QTreeWidgetItem(parent, {showDate ? locale.toString(when, QLocale::ShortFormat)
                                                              : locale.toString(when.time(), QLocale::ShortFormat),
                                                     item.reminder.title, item.contactName});
            row->setData(0, KindRole, ReminderItem);
            row->setData(0, IdRole, item.reminder.id);
            row->setData(0, ContactRole, item.reminder.contactId);
            if (item.reminder.snoozedUntil.isValid())
                row->setToolTip(1, tr("Snoozed; first due %1")
                                       .arg(locale.toString(item.reminder.dueAt.toLocalTime(), QLocale::ShortFormat)));
        }
    };
    if (!agenda->overdue.isEmpty()) {
        QTreeWidgetItem* overdue = section(tr("Overdue"), static_cast<int>(agenda->overdue.size()));
        overdue->setForeground(0, TimelineDelegate::kindColor(InteractionKinds::complaint));
        addReminders(overdue, agenda->overdue, true);
    }
    if (!agenda->dueToday.isEmpty())
        addReminders(section(tr("Due today"), static_cast<int>(agenda->dueToday.size())), agenda->dueToday, false);
    if (!agenda->meetings.isEmpty()) {
        QTreeWidgetItem* meetings =
            section(tr("Meetings today and tomorrow"), static_cast<int>(agenda->meetings.size()));
        for (const AgendaMeeting& item : agenda->meetings) {
            const QDateTime when = item.meeting.occurredAt.toLocalTime();
            const QString day = when.date() == today ? tr("Today") : tr("Tomorrow");
            auto* row = new QTreeWidgetItem(meetings, {day + u' ' + locale.toString(when.time(), QLocale::ShortFormat),
                                                       item.meeting.subject.isEmpty()
                                                           ? InteractionKinds::displayName(item.meeting.kind)
                                                           : item.meeting.subject,
                                                       item.contactName});
            row->setData(0, KindRole, MeetingItem);
            row->setData(0, IdRole, item.meeting.id);
            row->setData(0, ContactRole, item.meeting.contactId);
        }
    }
    if (!agenda->birthdays.isEmpty()) {
        QTreeWidgetItem* birthdays = section(tr("Birthdays this week"), static_cast<int>(agenda->birthdays.size()));
        for (const AgendaBirthday& item : agenda->birthdays) {
            const QString day =
                item.date == today ? tr("Today") : locale.toString(item.date, QStringLiteral("ddd d MMM"));
            auto* row = new QTreeWidgetItem(birthdays, {day, tr("Turns %1").arg(item.turning), item.name});
            row->setData(0, KindRole, BirthdayItem);
            row->setData(0, IdRole, item.contactId);
            row->setData(0, ContactRole, item.contactId);
        }
    }
    if (!agenda->losingTouch.isEmpty()) {
        QTreeWidgetItem* touch = section(tr("Losing touch"), static_cast<int>(agenda->losingTouch.size()));
        for (const AgendaLosingTouch& item : agenda->losingTouch) {
            const QString last = item.lastContact.isValid()
                                     ? tr("%n day(s) ago", nullptr,
                                          static_cast<int>(item.lastContact.toLocalTime().date().daysTo(today)))
                                     : tr("Never");
            auto* row = new QTreeWidgetItem(
                touch, {last, tr("Stay in touch every %n day(s)", nullptr, item.everyDays), item.name});
            row->setData(0, KindRole, LosingTouchItem);
            row->setData(0, IdRole, item.contactId);
            row->setData(0, ContactRole, item.contactId);
        }
    }
    if (!agenda->staleDeals.isEmpty()) {
        QTreeWidgetItem* stale = section(tr("Stale deals"), static_cast<int>(agenda->staleDeals.size()));
        for (const PipelineCard& card : agenda->staleDeals) {
            auto* row = new QTreeWidgetItem(
                stale,
                {tr("%n day(s) in stage", nullptr, card.daysInStage),
                 tr("%1 (%2, %3)").arg(card.title, card.stageName, card.amount.format(locale)), card.contactName});
            row->setData(0, KindRole, StaleDealItem);
            row->setData(0, IdRole, card.dealId);
            row->setData(0, ContactRole, card.contactId);
            row->setToolTip(
                1, tr("No move for %n day(s): Enter shows the deal on the pipeline board.", nullptr, card.daysInStage));
        }
    }
    m_openCount = agenda->openItemCount();
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(2);
    const bool empty = m_tree->topLevelItemCount() == 0;
    m_tree->setVisible(!empty);
    m_empty->setVisible(empty);
    // Keep the place in the list after an action; otherwise start at the first item.
    QTreeWidgetItem* select = nullptr;
    QTreeWidgetItem* first = nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it && !select; ++it) {
        const int kind = (*it)->data(0, KindRole).toInt();
        if (kind == Section)
            continue;
        if (!first)
            first = *it;
        if (kind == previousKind && (*it)->data(0, IdRole).toLongLong() == previous)
            select = *it;
    }
    if (!select)
        select = first;
    m_tree->setCurrentItem(select);
    updateButtons();
    emit openCountChanged(m_openCount);
}

void TodayPage::updateButtons()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const int kind = item ? item->data(0, KindRole).toInt() : Section;
    m_done->setEnabled(kind == ReminderItem);
    m_snooze->setEnabled(kind == ReminderItem);
    m_open->setEnabled(item && (kind == StaleDealItem || item->data(0, ContactRole).toLongLong() > 0));
    m_open->setText(kind == StaleDealItem ? tr("&Open deal") : tr("&Open contact"));
    m_open->setToolTip(kind == StaleDealItem ? tr("Show the deal on the pipeline board (Enter)")
                                             : tr("Show the contact's card (Enter)"));
}

void TodayPage::markCurrentDone()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item->data(0, KindRole).toInt() != ReminderItem)
        return;
    auto done = ReminderActions::done(m_db, item->data(0, IdRole).toLongLong());
    emit statusMessage(done ? done->message : done.error());
    if (done)
        refresh();
}

void TodayPage::snoozeCurrent()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item->data(0, KindRole).toInt() != ReminderItem)
        return;
    const QDateTime tomorrowMorning(Clock::now().toLocalTime().date().addDays(1), QTime(9, 0));
    auto snoozed = ReminderActions::snooze(m_db, item->data(0, IdRole).toLongLong(), tomorrowMorning);
    if (!snoozed) {
        emit statusMessage(snoozed.error());
        return;
    }
    emit statusMessage(tr("“%1” snoozed until tomorrow.").arg(item->text(1)));
    refresh();
}

LogTarget TodayPage::logTarget() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return {};
    const int kind = item->data(0, KindRole).toInt();
    return {item->data(0, ContactRole).toLongLong(), kind == ReminderItem ? item->data(0, IdRole).toLongLong() : 0};
}

void TodayPage::openCurrent()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (item && item->data(0, KindRole).toInt() == StaleDealItem) {
        emit openDealRequested(item->data(0, IdRole).toLongLong());
        return;
    }
    const qint64 contact = item ? item->data(0, ContactRole).toLongLong() : 0;
    if (contact > 0)
        emit openContactRequested(contact);
}

} // namespace kontor::ui
