// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealCardDelegate.h"

#include "models/DealCardModel.h"

#include <QPainter>
#include <QPainterPath>

namespace kontor::ui {

namespace {

constexpr int outer = 4;
constexpr int inner = 8;
constexpr int lineGap = 3;

QFont boldFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont smallFont(const QFont& base)
{
    QFont font = base;
    // A font may be sized in pixels, and then has no point size to scale.
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * 0.9);
    else if (base.pixelSize() > 0)
        font.setPixelSize(std::max(8, base.pixelSize() * 9 / 10));
    return font;
}

} // namespace

QColor DealCardDelegate::staleColor()
{
    return QColor(0xC0, 0x39, 0x2B);
}

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const int lines = QFontMetrics(boldFont(option.font)).height() + QFontMetrics(option.font).height() +
                      QFontMetrics(smallFont(option.font)).height();
    return QSize(200, 2 * outer + 2 * inner + lines + 2 * lineGap);
}

void DealCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool stale = index.data(DealCardModel::StaleRole).toBool();
    const QRectF card = QRectF(option.rect).adjusted(outer, outer, -outer, -outer);
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, palette.color(QPalette::Base));
    QPen border(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid));
    border.setWidthF(selected ? 2.0 : 1.0);
    painter->setPen(border);
    painter->drawPath(path);
    if (stale) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(staleColor());
        painter->drawRoundedRect(QRectF(card.left() + 1, card.top() + inner, 4, card.height() - 2 * inner), 2, 2);
    }
    if (option.state & QStyle::State_HasFocus) {
        QPen focus(palette.color(QPalette::Highlight));
        focus.setStyle(Qt::DotLine);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(3, 3, -3, -3), 4, 4);
    }

    const QRect text = card.toRect().adjusted(inner + 2, inner, -inner, -inner);
    const QColor textColor = palette.color(QPalette::Text);
    QColor dim = textColor;
    dim.setAlphaF(0.75f);

    const QFont bold = boldFont(option.font);
    const QFontMetrics boldMetrics(bold);
    const QString amount = index.data(DealCardModel::AmountRole).toString();
    const int amountWidth = boldMetrics.horizontalAdvance(amount);
    int y = text.top();
    painter->setFont(bold);
    painter->setPen(textColor);
    const QRect titleRect(text.left(), y, text.width() - amountWidth - inner, boldMetrics.height());
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleRect.width()));
    painter->drawText(QRect(text.right() - amountWidth, y, amountWidth + 1, boldMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, amount);
    y += boldMetrics.height() + lineGap;

    const QFontMetrics normal(option.font);
    painter->setFont(option.font);
    painter->setPen(dim);
    painter->drawText(
        QRect(text.left(), y, text.width(), normal.height()), Qt::AlignLeft | Qt::AlignVCenter,
        normal.elidedText(index.data(DealCardModel::SubtitleRole).toString(), Qt::ElideRight, text.width()));
    y += normal.height() + lineGap;

    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    const QString owner = index.data(DealCardModel::OwnerRole).toString();
    const int ownerWidth = std::min(text.width() / 2, painter->fontMetrics().horizontalAdvance(owner) + 1);
    painter->setPen(stale ? staleColor() : dim);
    painter->drawText(QRect(text.left(), y, text.width() - ownerWidth - inner, smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      stale ? tr("%1 · stale").arg(index.data(DealCardModel::DaysRole).toString())
                            : index.data(DealCardModel::DaysRole).toString());
    painter->setPen(dim);
    painter->drawText(QRect(text.right() - ownerWidth, y, ownerWidth + 1, smallMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, smallMetrics.elidedText(owner, Qt::ElideRight, ownerWidth));
    painter->restore();
}

} // namespace kontor::ui
