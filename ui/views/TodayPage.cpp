// SPDX-License-Identifier: GPL-3.0-or-later
#include "TodayPage.h"

#include "actions/ReminderActions.h"

#include "Clock.h"
#include "domain/DateText.h"
#include "reports/CallNext.h"
#include "repositories/AgendaRepository.h"
#include "repositories/ReminderRepository.h"
#include "views/TimelineDelegate.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

// "Call back — Karen Hall", unless the text names the contact already ("Call back Karen Hall").
QString withContact(const QString& text, const QString& contact)
{
    if (contact.isEmpty() || text.contains(contact, Qt::CaseInsensitive))
        return text;
    return TodayPage::tr("%1 — %2", "an item of the day and its contact").arg(text, contact);
}

// Sections as bands of their own across the row, with the fold arrow inside the band, in the palette in use when
// painted (light, dark, or changed while the window is open).
class AgendaDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        // The kind is kept in the first column; the others are plain cells.
        if (index.column() != 0 || index.data(TodayPage::KindRole).toInt() != TodayPage::Section) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        const auto* view = qobject_cast<const QTreeView*>(option.widget);
        const bool selected = item.state & QStyle::State_Selected;
        const bool rightToLeft = item.direction == Qt::RightToLeft;
        painter->save();
        painter->fillRect(item.rect, selected ? item.palette.highlight() : item.palette.button());
        const int arrowSize = item.fontMetrics.height();
        const int margin = item.fontMetrics.averageCharWidth();
        QStyleOption arrow;
        arrow.initFrom(option.widget);
        arrow.rect = QRect(rightToLeft ? item.rect.right() - margin - arrowSize : item.rect.left() + margin,
                           item.rect.top(), arrowSize, item.rect.height());
        arrow.palette.setColor(QPalette::ButtonText, selected ? item.palette.color(QPalette::HighlightedText)
                                                              : item.palette.color(QPalette::ButtonText));
        const bool expanded = view && view->isExpanded(index);
        const QStyle::PrimitiveElement shape = expanded      ? QStyle::PE_IndicatorArrowDown
                                               : rightToLeft ? QStyle::PE_IndicatorArrowLeft
                                                             : QStyle::PE_IndicatorArrowRight;
        QApplication::style()->drawPrimitive(shape, &arrow, painter, option.widget);
        const QVariant foreground = index.data(Qt::ForegroundRole);
        painter->setPen(selected               ? item.palette.color(QPalette::HighlightedText)
                        : foreground.isValid() ? foreground.value<QBrush>().color()
                                               : item.palette.color(QPalette::ButtonText));
        painter->setFont(item.font);
        const QRect text = item.rect.adjusted(rightToLeft ? margin : 2 * margin + arrowSize, 0,
                                              rightToLeft ? -(2 * margin + arrowSize) : -margin, 0);
        // Absolute: a painter on a mirrored view would flip a plain AlignRight back to the left, away from the arrow.
        painter->drawText(text, Qt::AlignVCenter | Qt::AlignAbsolute | (rightToLeft ? Qt::AlignRight : Qt::AlignLeft),
                          item.text);
        painter->restore();
    }
};

QTreeWidgetItem* addItem(QTreeWidgetItem* section, const QString& when, const QString& what, int kind, qint64 id,
                         qint64 contactId)
{
    auto* row = new QTreeWidgetItem(section, {when, what});
    row->setData(0, TodayPage::KindRole, kind);
    row->setData(0, TodayPage::IdRole, id);
    row->setData(0, TodayPage::ContactRole, contactId);
    row->setToolTip(1, what);
    return row;
}

} // namespace

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
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("When"), tr("What")});
    // A plan, not a table: sections that fold, no column headings.
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemDelegate(new AgendaDelegate(m_tree));
    m_tree->setIndentation(m_tree->fontMetrics().averageCharWidth() * 2);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    connect(m_tree, &QTreeWidget::itemCollapsed, this,
            [this](QTreeWidgetItem* item) { m_folded.insert(item->data(0, SectionRole).toInt()); });
    connect(m_tree, &QTreeWidget::itemExpanded, this,
            [this](QTreeWidgetItem* item) { m_folded.remove(item->data(0, SectionRole).toInt()); });

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
    m_snooze = new QPushButton(tr("&Snooze Until Tomorrow"), this);
    m_snooze->setObjectName(QStringLiteral("snooze"));
    m_snooze->setToolTip(tr("Ask again tomorrow at 9:00 (S)"));
    m_open = new QPushButton(tr("&Open Contact"), this);
    m_open->setObjectName(QStringLiteral("open"));
    m_open->setToolTip(tr("Show the contact's card (Enter)"));
    connect(m_done, &QPushButton::clicked, this, &TodayPage::markCurrentDone);
    connect(m_snooze, &QPushButton::clicked, this, &TodayPage::snoozeCurrent);
    connect(m_open, &QPushButton::clicked, this, &TodayPage::openCurrent);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { activate(item); });
    // A click on a section's band folds or opens it, as on its arrow.
    connect(m_tree, &QTreeWidget::itemClicked, this, [](QTreeWidgetItem* item) {
        if (item->data(0, KindRole).toInt() == Section)
            item->setExpanded(!item->isExpanded());
    });
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

    m_keys = new QLabel(tr("<b>D</b> done · <b>S</b> snooze until tomorrow · <b>Enter</b> open · <b>Ctrl+L</b> log a "
                           "call or meeting · <b>←</b> <b>→</b> fold a section"),
                        this);
    m_keys->setObjectName(QStringLiteral("keys"));
    m_keys->setWordWrap(true);
    m_keys->setForegroundRole(QPalette::PlaceholderText);

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
    layout->addWidget(m_keys);
    updateButtons();
}

void TodayPage::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    m_folded.clear();
    m_showingAll.clear();
    // A hidden page reads its agenda when it is shown.
    if (isVisible() || !m_db.isValid())
        refresh();
}

void TodayPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    // When the window opens on Today, the keyboard starts on its first item, not in the side bar.
    if (!m_focusedOnce) {
        m_focusedOnce = true;
        focusAgenda();
    }
}

void TodayPage::focusAgenda()
{
    if (!m_tree->isVisibleTo(this))
        return;
    if (!m_tree->currentItem() && !items().isEmpty())
        m_tree->setCurrentItem(items().first());
    m_tree->setFocus();
}

QTreeWidgetItem* TodayPage::section(SectionId id, const QString& title, int count)
{
    const QLocale locale;
    const QString shown =
        count >= AgendaRepository::maxItems ? tr("%1+").arg(locale.toString(count)) : locale.toString(count);
    auto* item = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(title, shown)});
    item->setFirstColumnSpanned(true);
    // Selectable, so that the keyboard can fold it; D and S do nothing on it.
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    QFont font = item->font(0);
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    item->setFont(0, font);
    // The delegate paints it as a band across the row.
    item->setSizeHint(0, QSize(0, QFontMetrics(font).height() * 2));
    item->setData(0, KindRole, Section);
    item->setData(0, SectionRole, id);
    item->setExpanded(!m_folded.contains(id));
    return item;
}

int TodayPage::shownIn(SectionId id, qsizetype count) const
{
    return static_cast<int>(m_showingAll.contains(id) ? count : std::min<qsizetype>(count, shownPerSection));
}

void TodayPage::addShowAll(QTreeWidgetItem* section, qsizetype count)
{
    if (section->childCount() >= count)
        return;
    // The agenda reads at most maxItems of a kind: past that it says how many it can show, not "all".
    const int shown = static_cast<int>(count);
    auto* more = new QTreeWidgetItem(section, {QString(), count >= AgendaRepository::maxItems
                                                              ? tr("Show the first %n…", nullptr, shown)
                                                              : tr("Show all %n…", nullptr, shown)});
    more->setData(0, KindRole, ShowAllItem);
    more->setData(0, SectionRole, section->data(0, SectionRole));
    more->setForeground(1, palette().link());
    more->setToolTip(1, tr("Enter lists every item of the section"));
}

QList<QTreeWidgetItem*> TodayPage::items() const
{
    // The items a person can reach: those of folded sections are out of the way until unfolded.
    QList<QTreeWidgetItem*> found;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QTreeWidgetItem* parent = (*it)->parent();
        if ((*it)->data(0, KindRole).toInt() != Section && (!parent || parent->isExpanded()))
            found << *it;
    }
    return found;
}

void TodayPage::refresh()
{
    const QLocale locale;
    const QDate today = Clock::now().toLocalTime().date();
    m_heading->setText(DateText::atLineStart(DateText::longDate(today, locale), locale));
    // Ids are only unique within a kind: remember both, and the place, so that the next item is selected when the
    // current one goes (done, snoozed, logged).
    const QTreeWidgetItem* current = m_tree->currentItem();
    const int previousKind = current ? current->data(0, KindRole).toInt() : -1;
    const qint64 previous = current ? current->data(0, IdRole).toLongLong() : 0;
    const int previousSection = current ? current->data(0, SectionRole).toInt() : -1;
    const qsizetype previousPlace = current ? items().indexOf(current) : -1;
    const bool hadFocus = m_tree->hasFocus();
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
    auto addReminders = [&](SectionId id, const QString& title, const QList<AgendaReminder>& reminders) {
        if (reminders.isEmpty())
            return static_cast<QTreeWidgetItem*>(nullptr);
        QTreeWidgetItem* parent = section(id, title, static_cast<int>(reminders.size()));
        for (const AgendaReminder& item : reminders.first(shownIn(id, reminders.size()))) {
            const QDateTime when = item.reminder.effectiveDueAt().toLocalTime();
            QTreeWidgetItem* row = addItem(
                parent, id == Overdue ? DateText::date(when.date(), locale) : DateText::time(when.time(), locale),
                withContact(item.reminder.title, item.contactName), ReminderItem, item.reminder.id,
                item.reminder.contactId);
            row->setToolTip(0, DateText::dateTime(when, locale));
            if (item.reminder.snoozedUntil.isValid())
                row->setToolTip(1, tr("Snoozed; first due %1").arg(DateText::dateTime(item.reminder.dueAt, locale)));
        }
        addShowAll(parent, reminders.size());
        return parent;
    };
    if (QTreeWidgetItem* overdue = addReminders(Overdue, tr("Overdue"), agenda->overdue))
        overdue->setForeground(0, TimelineDelegate::kindColor(InteractionKinds::complaint));
    addReminders(DueToday, tr("Due today"), agenda->dueToday);
    if (!agenda->meetings.isEmpty()) {
        QTreeWidgetItem* meetings =
            section(Meetings, tr("Meetings today and tomorrow"), static_cast<int>(agenda->meetings.size()));
        for (const AgendaMeeting& item : agenda->meetings.first(shownIn(Meetings, agenda->meetings.size()))) {
            const QDateTime when = item.meeting.occurredAt.toLocalTime();
            const QString day = when.date() == today ? tr("Today") : tr("Tomorrow");
            addItem(
                meetings,
                tr("%1 %2", "a meeting's day (Today, Tomorrow) and time").arg(day, DateText::time(when.time(), locale)),
                withContact(item.meeting.subject.isEmpty() ? InteractionKinds::displayName(item.meeting.kind)
                                                           : item.meeting.subject,
                            item.contactName),
                MeetingItem, item.meeting.id, item.meeting.contactId);
        }
        addShowAll(meetings, agenda->meetings.size());
    }
    if (!agenda->birthdays.isEmpty()) {
        QTreeWidgetItem* birthdays =
            section(Birthdays, tr("Birthdays this week"), static_cast<int>(agenda->birthdays.size()));
        for (const AgendaBirthday& item : agenda->birthdays.first(shownIn(Birthdays, agenda->birthdays.size()))) {
            const QString day = item.date == today ? tr("Today") : locale.dayName(item.date.dayOfWeek());
            addItem(birthdays, day, tr("%1 turns %2").arg(item.name, locale.toString(item.turning)), BirthdayItem,
                    item.contactId, item.contactId);
        }
        addShowAll(birthdays, agenda->birthdays.size());
    }
    if (!agenda->losingTouch.isEmpty()) {
        QTreeWidgetItem* touch = section(LosingTouch, tr("Losing touch"), static_cast<int>(agenda->losingTouch.size()));
        for (const AgendaLosingTouch& item :
             agenda->losingTouch.first(shownIn(LosingTouch, agenda->losingTouch.size()))) {
            const QString last = item.lastContact.isValid()
                                     ? tr("%n day(s) ago", nullptr,
                                          static_cast<int>(item.lastContact.toLocalTime().date().daysTo(today)))
                                     : tr("Never");
            addItem(touch, last,
                    tr("%1 — stay in touch every %n day(s)", "a contact's name", item.everyDays).arg(item.name),
                    LosingTouchItem, item.contactId, item.contactId);
        }
        addShowAll(touch, agenda->losingTouch.size());
    }
    // Ten at most, all on show: customers slipping away and the best leads without a next step, with why.
    if (auto calls = CallNext(m_db).list(Clock::now()); !calls) {
        emit statusMessage(calls.error());
    } else if (!calls->isEmpty()) {
        QTreeWidgetItem* who = section(WhoToCall, tr("Who to call next"), static_cast<int>(calls->size()));
        for (const CallNextItem& item : calls.value()) {
            const QString why = CallNext::reason(item, Clock::now());
            const bool lead = item.kind == CallNextItem::Kind::Lead;
            const QString label = lead ? contactStatusShortName(item.status) : rfmSegmentName(item.segment);
            QTreeWidgetItem* row =
                addItem(who, label, tr("%1 — %2").arg(item.name, why), WhoToCallItem, item.contactId, item.contactId);
            row->setToolTip(0, lead ? contactStatusDefinition(item.status) : rfmSegmentDefinition(item.segment));
            row->setToolTip(1, tr("%1 — %2\nEnter opens the contact; Ctrl+L logs the call.").arg(item.name, why));
        }
    }
    if (!agenda->staleDeals.isEmpty()) {
        QTreeWidgetItem* stale = section(StaleDeals, tr("Stale deals"), static_cast<int>(agenda->staleDeals.size()));
        for (const PipelineCard& card : agenda->staleDeals.first(shownIn(StaleDeals, agenda->staleDeals.size()))) {
            QTreeWidgetItem* row =
                addItem(stale, tr("%n day(s) in stage", nullptr, card.daysInStage),
                        withContact(tr("%1 (%2, %3)").arg(card.title, card.stageName, card.amount.format(locale)),
                                    card.contactName),
                        StaleDealItem, card.dealId, card.contactId);
            row->setToolTip(
                1, tr("No move for %n day(s): Enter shows the deal on the pipeline board.", nullptr, card.daysInStage));
        }
        addShowAll(stale, agenda->staleDeals.size());
    }
    m_openCount = agenda->openItemCount();
    const bool empty = m_tree->topLevelItemCount() == 0;
    m_tree->setVisible(!empty);
    m_empty->setVisible(empty);
    m_keys->setVisible(!empty);

    // The same item if it is still there; else the one that took its place (the next); else the first.
    QTreeWidgetItem* select = nullptr;
    const QList<QTreeWidgetItem*> now = items();
    for (QTreeWidgetItem* item : now) {
        if (item->data(0, KindRole).toInt() == previousKind && item->data(0, IdRole).toLongLong() == previous &&
            (previousKind != ShowAllItem || item->data(0, SectionRole).toInt() == previousSection)) {
            select = item;
            break;
        }
    }
    if (!select && previousKind == Section) {
        for (int i = 0; i < m_tree->topLevelItemCount() && !select; ++i) {
            if (m_tree->topLevelItem(i)->data(0, SectionRole).toInt() == previousSection)
                select = m_tree->topLevelItem(i);
        }
    }
    if (!select && !now.isEmpty())
        select = now.value(std::clamp<qsizetype>(previousPlace, 0, now.size() - 1));
    m_tree->setCurrentItem(select);
    if (hadFocus)
        m_tree->setFocus();
    updateButtons();
    emit openCountChanged(m_openCount);
}

void TodayPage::activate(QTreeWidgetItem* item)
{
    if (!item)
        return;
    switch (item->data(0, KindRole).toInt()) {
    case Section:
        // Enter folds; a click has folded it already (itemClicked), also where a single click activates.
        if (QApplication::mouseButtons() == Qt::NoButton &&
            !m_tree->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_tree))
            item->setExpanded(!item->isExpanded());
        return;
    case ShowAllItem: {
        // The first item that was hidden takes the place of the "Show all" row.
        m_showingAll.insert(item->data(0, SectionRole).toInt());
        QTreeWidgetItem* section = item->parent();
        const int place = section->indexOfChild(item);
        const int sectionId = section->data(0, SectionRole).toInt();
        refresh();
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* shown = m_tree->topLevelItem(i);
            if (shown->data(0, SectionRole).toInt() == sectionId && place < shown->childCount())
                m_tree->setCurrentItem(shown->child(place));
        }
        return;
    }
    default:
        openCurrent();
    }
}

void TodayPage::updateButtons()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const int kind = item ? item->data(0, KindRole).toInt() : Section;
    m_done->setEnabled(kind == ReminderItem);
    m_snooze->setEnabled(kind == ReminderItem);
    m_open->setEnabled(item && (kind == StaleDealItem || item->data(0, ContactRole).toLongLong() > 0));
    m_open->setText(kind == StaleDealItem ? tr("&Open Deal") : tr("&Open Contact"));
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
