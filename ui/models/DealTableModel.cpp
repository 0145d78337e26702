// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealTableModel.h"

#include "domain/DateText.h"

#include "views/DealCardDelegate.h"

#include <QLocale>

namespace kontor::ui {

void DealTableModel::setCards(const QList<PipelineCard>& cards)
{
    beginResetModel();
    m_cards = cards;
    endResetModel();
}

int DealTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cards.size());
}

int DealTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size())
        return {};
    const PipelineCard& card = m_cards[index.row()];
    if (role == DealIdRole)
        return card.dealId;
    if (role == ContactIdRole)
        return card.contactId;
    const QLocale locale;
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TitleColumn:
            return card.title;
        case ContactColumn:
            return card.contactName;
        case CompanyColumn:
            return card.companyName;
        case StageColumn:
            return card.stageName;
        case AmountColumn:
            return card.amount.format(locale);
        case DaysColumn:
            return card.stale ? tr("%1 (stale)").arg(locale.toString(card.daysInStage))
                              : locale.toString(card.daysInStage);
        case OwnerColumn:
            return card.ownerName;
        case ExpectedCloseColumn:
            return card.expectedClose.isValid() ? DateText::date(card.expectedClose, locale) : QString();
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case AmountColumn:
            // Amounts of different currencies are not comparable: they sort by currency, then amount.
            return QStringLiteral("%1 %2").arg(card.amount.currency).arg(card.amount.minor, 20, 10, QLatin1Char('0'));
        case DaysColumn:
            return card.daysInStage;
        case ExpectedCloseColumn:
            return card.expectedClose;
        case StageColumn:
            return index.row(); // rows arrive in pipeline order
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::TextAlignmentRole && (column == AmountColumn || column == DaysColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == DaysColumn && card.stale)
        return DealCardDelegate::staleColor();
    return {};
}

QVariant DealTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TitleColumn:
        return tr("Deal");
    case ContactColumn:
        return tr("Contact");
    case CompanyColumn:
        return tr("Company");
    case StageColumn:
        return tr("Stage");
    case AmountColumn:
        return tr("Amount");
    case DaysColumn:
        return tr("Days in stage");
    case OwnerColumn:
        return tr("Owner");
    case ExpectedCloseColumn:
        return tr("Expected close");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kontor::ui
