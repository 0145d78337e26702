// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/PipelineRepository.h"

#include <QAbstractListModel>

namespace kontor::ui {

/// The deal cards of one stage of the board. Cards are dragged out as a deal id; a card dropped here asks for
/// the move with dealDropped() instead of inserting a row: the page moves the deal in the database and reloads.
class DealCardModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        DealIdRole = Qt::UserRole + 1,
        ContactIdRole,
        SubtitleRole,
        AmountRole,
        /// "۳۶۶ میلیارد IRR", where a narrow card has no room for the whole units.
        CompactAmountRole,
        DaysRole,
        /// "12 days", for the card; DaysRole says "in stage".
        ShortDaysRole,
        /// "34 d", where a narrow card has no room for "34 days".
        CompactDaysRole,
        StaleRole,
        OwnerRole,
    };

    static QString mimeType() { return QStringLiteral("application/x-kontor-deal"); }

    explicit DealCardModel(qint64 stageId, QObject* parent = nullptr);

    qint64 stageId() const { return m_stageId; }
    void setCards(const QList<PipelineCard>& cards);
    const QList<PipelineCard>& cards() const { return m_cards; }
    /// The row of the deal, or -1.
    int rowOf(qint64 dealId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    /// The deal id a drag carries, or 0.
    static qint64 draggedDeal(const QMimeData* data);

signals:
    void dealDropped(qint64 dealId, qint64 toStageId);

private:
    qint64 m_stageId;
    QList<PipelineCard> m_cards;
};

} // namespace kontor::ui
