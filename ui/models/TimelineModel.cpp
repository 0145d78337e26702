// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineModel.h"

#include "repositories/InteractionRepository.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace kontor::ui {

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
    m_atEnd = m_contactId <= 0;
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
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
    const QDateTime before = m_items.isEmpty() ? QDateTime() : m_items.last().occurredAt;
    auto batch = InteractionRepository(m_db).forContact(m_contactId, batchSize, before);
    if (!batch || batch->isEmpty()) {
        m_atEnd = true;
        return;
    }
    m_atEnd = batch->size() < batchSize;
    beginInsertRows({}, static_cast<int>(m_items.size()), static_cast<int>(m_items.size() + batch->size() - 1));
    m_items += batch.value();
    endInsertRows();
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Interaction& item = m_items.at(index.row());
    const bool openComplaint = item.kind == InteractionKinds::complaint && !item.resolvedAt.isValid();
    switch (role) {
    case HeaderRole: {
        const QLocale locale;
        const QDateTime local = item.occurredAt.toLocalTime();
        QStringList header{locale.toString(local.date(), QLocale::ShortFormat) + u' ' +
                               locale.toString(local.time(), QStringLiteral("HH:mm")),
                           InteractionKinds::displayName(item.kind)};
        if (!item.outcome.isEmpty())
            header << InteractionOutcomes::displayName(item.outcome);
        if (item.durationSeconds > 0)
            header << tr("%n min", nullptr, (item.durationSeconds + 59) / 60);
        if (openComplaint)
            header << tr("open");
        return header.join(QStringLiteral(" · "));
    }
    case SubjectRole:
        return item.subject;
    case Qt::DisplayRole: {
        QString text = data(index, HeaderRole).toString();
        if (!item.subject.isEmpty())
            text += u'\n' + item.subject;
        if (!item.notes.isEmpty())
            text += u'\n' + item.notes;
        return text;
    }
    case Qt::ToolTipRole:
        return item.notes.isEmpty() ? QVariant() : QVariant(item.notes);
    case Qt::ForegroundRole:
        return openComplaint ? QVariant(QBrush(QColor(0xB0, 0x20, 0x20))) : QVariant();
    case IdRole:
        return item.id;
    case KindRole:
        return item.kind;
    case WhenRole:
        return item.occurredAt;
    case OutcomeRole:
        return item.outcome;
    case NotesRole:
        return item.notes;
    case OpenComplaintRole:
        return openComplaint;
    default:
        return {};
    }
}

} // namespace kontor::ui
