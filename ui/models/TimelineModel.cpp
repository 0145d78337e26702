// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineModel.h"
#include "Translations.h"

#include "Clock.h"
#include "domain/DateText.h"

#include "domain/Stage.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/ReminderRepository.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace kontor::ui {

QString TimelineModel::nowText()
{
    // Here, not in the delegate: lupdate files a tr() under the class as it is named where it is called.
    return tr("Now", "the line between planned and past entries");
}

namespace {

QString stamp(const QDateTime& when)
{
    return DateText::dateTime(when);
}

} // namespace

TimelineModel::TimelineModel(QObject* parent) : QAbstractListModel(parent) {}

void TimelineModel::setContact(const QSqlDatabase& db, qint64 contactId)
{
    m_db = db;
    m_contactId = contactId;
    reload();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_items.clear();
    m_pending.clear();
    m_oldestInteraction = QDateTime();
    m_atEnd = m_contactId <= 0;
    endResetModel();
    if (m_atEnd)
        return;
    readDealsAndReminders();
    fetchMore({});
}

TimelineModel::Entry TimelineModel::fromInteraction(const Interaction& item)
{
    Entry entry;
    entry.type = EntryType::Interaction;
    entry.id = item.id;
    entry.when = item.occurredAt;
    entry.kind = item.kind;
    entry.subject = item.subject;
    entry.notes = item.notes;
    entry.outcome = item.outcome;
    const bool complaint = item.kind == InteractionKinds::complaint;
    entry.openComplaint = complaint && !item.resolvedAt.isValid();
    entry.planned = item.occurredAt > Clock::now();
    QStringList header{stamp(item.occurredAt)};
    // A meeting booked for next week has not happened: it says so, not to be read as one that took place.
    if (entry.planned)
        header << tr("Planned", "an interaction still to come");
    header << InteractionKinds::displayName(item.kind);
    if (!item.outcome.isEmpty())
        header << InteractionOutcomes::displayName(item.outcome);
    if (item.durationSeconds > 0)
        header << tr("%n min", nullptr, (item.durationSeconds + 59) / 60);
    if (entry.openComplaint)
        header << tr("open");
    else if (complaint)
        header << tr("resolved %1").arg(DateText::date(item.resolvedAt.toLocalTime().date()));
    entry.header = joinParts(header);
    return entry;
}

void TimelineModel::readDealsAndReminders()
{
    const QLocale locale;
    if (auto steps = DealRepository(m_db).stepsForContact(m_contactId); steps) {
        for (const DealStep& step : steps.value()) {
            Entry entry;
            entry.type = EntryType::DealStep;
            entry.id = step.dealId;
            entry.when = step.at;
            entry.kind = dealKind;
            const QString what = step.fromStage.isEmpty() ? tr("Deal created in %1").arg(step.toStage)
                                 : step.toKind == stageKindKey(StageKind::Won) ? tr("Deal won")
                                 : step.toKind == stageKindKey(StageKind::Lost)
                                     ? tr("Deal lost")
                                     : tr("Deal moved to %1").arg(step.toStage);
            // The amount on the line below, before the deal's title: neither a long stage name nor a long title cuts
            // it.
            entry.header = joinParts(QStringList{stamp(step.at), what});
            entry.subject =
                step.amount.minor == 0 ? step.title : joinParts(QStringList{step.amount.format(locale), step.title});
            if (step.toKind == stageKindKey(StageKind::Lost))
                entry.notes = step.lostReason;
            m_pending.append(entry);
        }
    }
    if (auto reminders = ReminderRepository(m_db).forContact(m_contactId, true); reminders) {
        for (const Reminder& reminder : reminders.value()) {
            Entry entry;
            entry.type = EntryType::Reminder;
            entry.id = reminder.id;
            entry.kind = reminderKind;
            entry.when = reminder.isDone() ? reminder.doneAt : reminder.effectiveDueAt();
            entry.planned = !reminder.isDone() && entry.when > Clock::now();
            entry.header =
                QStringList{stamp(entry.when), reminder.isDone() ? tr("Reminder done") : tr("Reminder due")}.join(
                    partSeparator());
            entry.subject = reminder.title;
            entry.notes = reminder.notes;
            m_pending.append(entry);
        }
    }
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const Entry& a, const Entry& b) { return a.when > b.when; });
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

bool TimelineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void TimelineModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    auto batch = InteractionRepository(m_db).forContact(m_contactId, batchSize, m_oldestInteraction);
    QList<Entry> entries;
    if (batch) {
        for (const Interaction& interaction : batch.value())
            entries.append(fromInteraction(interaction));
    }
    m_atEnd = !batch || batch->size() < batchSize;
    if (!m_atEnd)
        m_oldestInteraction = batch->last().occurredAt;
    // The deal steps and reminders of the same span of time; at the end, all that are left.
    const auto firstOlder =
        m_atEnd ? m_pending.end() : std::find_if(m_pending.begin(), m_pending.end(), [this](const Entry& entry) {
            return entry.when < m_oldestInteraction;
        });
    entries.append(QList<Entry>(m_pending.begin(), firstOlder));
    m_pending.erase(m_pending.begin(), firstOlder);
    if (entries.isEmpty())
        return;
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.when > b.when; });
    beginInsertRows({}, static_cast<int>(m_items.size()), static_cast<int>(m_items.size() + entries.size() - 1));
    m_items += entries;
    endInsertRows();
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& item = m_items.at(index.row());
    switch (role) {
    case HeaderRole:
        return item.header;
    case SubjectRole:
        return item.subject;
    case Qt::DisplayRole: {
        QString text = item.header;
        if (!item.subject.isEmpty())
            text += u'\n' + item.subject;
        if (!item.notes.isEmpty())
            text += u'\n' + item.notes;
        return text;
    }
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return item.notes.isEmpty() ? QVariant() : QVariant(item.notes);
    case Qt::ForegroundRole:
        return item.openComplaint ? QVariant(QBrush(QColor(0xB0, 0x20, 0x20))) : QVariant();
    case IdRole:
        return item.id;
    case KindRole:
        return item.kind;
    case WhenRole:
        return item.when;
    case OutcomeRole:
        return item.outcome;
    case NotesRole:
        return item.notes;
    case OpenComplaintRole:
        return item.openComplaint;
    case TypeRole:
        return int(item.type);
    case PlannedRole:
        return item.planned;
    case NowAboveRole:
        return !item.planned && index.row() > 0 && m_items.at(index.row() - 1).planned;
    default:
        return {};
    }
}

} // namespace kontor::ui
