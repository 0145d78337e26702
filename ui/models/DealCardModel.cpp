// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealCardModel.h"
#include "Translations.h"

#include "domain/ContactText.h"
#include "domain/DateText.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

namespace kontor::ui {

DealCardModel::DealCardModel(qint64 stageId, QObject* parent) : QAbstractListModel(parent), m_stageId(stageId) {}

void DealCardModel::setCards(const QList<PipelineCard>& cards)
{
    beginResetModel();
    m_cards = cards;
    endResetModel();
}

int DealCardModel::rowOf(qint64 dealId) const
{
    for (int row = 0; row < m_cards.size(); ++row) {
        if (m_cards[row].dealId == dealId)
            return row;
    }
    return -1;
}

int DealCardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cards.size());
}

QVariant DealCardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size())
        return {};
    const PipelineCard& card = m_cards[index.row()];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        // The contact's name is on the line below: the title need not say it again.
        return ContactText::withoutName(card.title, card.contactName);
    case DealIdRole:
        return card.dealId;
    case ContactIdRole:
        return card.contactId;
    case SubtitleRole: {
        QStringList parts;
        if (!card.contactName.isEmpty())
            parts << card.contactName;
        if (!card.companyName.isEmpty())
            parts << card.companyName;
        return joinParts(parts);
    }
    case AmountRole:
        // Whole units on the card, where room is short; the exact amount is in its tooltip and the deal.
        return card.amount.formatRounded(locale);
    case CompactAmountRole:
        return card.amount.formatCompact(locale);
    case DaysRole:
        return tr("%n day(s) in stage", nullptr, card.daysInStage);
    case CompactDaysRole:
        return card.lostReason.isEmpty() ? tr("%n d", "days in the stage, on a narrow card", card.daysInStage)
                                         : card.lostReason;
    case ShortDaysRole:
        // A lost deal says why rather than how long ago.
        return card.lostReason.isEmpty() ? tr("%n day(s)", nullptr, card.daysInStage) : card.lostReason;
    case StaleRole:
        return card.stale;
    case OwnerRole:
        return card.ownerName;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text = tr("%1, %2, %3, %4")
                           .arg(card.title, data(index, SubtitleRole).toString(), card.amount.format(locale),
                                data(index, DaysRole).toString());
        if (card.stale)
            text += tr(", stale");
        if (card.expectedClose.isValid())
            text += tr(", expected to close %1").arg(DateText::date(card.expectedClose, locale));
        if (!card.lostReason.isEmpty())
            text += tr(", lost: %1").arg(card.lostReason);
        return text;
    }
    default:
        return {};
    }
}

Qt::ItemFlags DealCardModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList DealCardModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* DealCardModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << m_cards[indexes.first().row()].dealId << m_stageId;
    auto* data = new QMimeData;
    data->setData(mimeType(), encoded);
    return data;
}

Qt::DropActions DealCardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions DealCardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

qint64 DealCardModel::draggedDeal(const QMimeData* data)
{
    if (!data || !data->hasFormat(mimeType()))
        return 0;
    QDataStream stream(data->data(mimeType()));
    qint64 dealId = 0;
    stream >> dealId;
    return stream.status() == QDataStream::Ok ? dealId : 0;
}

bool DealCardModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex&) const
{
    const qint64 dealId = draggedDeal(data);
    return dealId > 0 && rowOf(dealId) < 0;
}

bool DealCardModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                 const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit dealDropped(draggedDeal(data), m_stageId);
    // Not taken as a row move: the source keeps its row until the page reloads both columns from the database.
    return false;
}

} // namespace kontor::ui
