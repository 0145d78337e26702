// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/PipelineRepository.h"

#include <QAbstractTableModel>

namespace kontor::ui {

/// The deals of the board as rows, for the pipeline's list view. Qt::UserRole gives each cell a value that sorts
/// right (amounts in minor units, days as numbers, dates as dates).
class DealTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        ContactColumn,
        CompanyColumn,
        StageColumn,
        AmountColumn,
        DaysColumn,
        OwnerColumn,
        ExpectedCloseColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, DealIdRole, ContactIdRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setCards(const QList<PipelineCard>& cards);
    const QList<PipelineCard>& cards() const { return m_cards; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PipelineCard> m_cards;
};

} // namespace kontor::ui
