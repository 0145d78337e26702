// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace kontor::ui {

/// Draws a timeline entry as a card: a coloured mark for its kind, a bold line with when, what and how it went,
/// then the subject and the wrapped notes.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor kindColor(const QString& kind);
};

} // namespace kontor::ui
