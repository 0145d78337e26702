// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealCardDelegate.h"

#include "models/DealCardModel.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextBoundaryFinder>

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
    const int lines = 2 * QFontMetrics(boldFont(option.font)).height() + QFontMetrics(option.font).height();
    // As wide as the column lets it be: a narrow column (the open stages sharing a small window) must not scroll
    // its cards sideways.
    return QSize(120, 2 * outer + 2 * inner + lines + 2 * lineGap);
}

QString DealCardDelegate::amountText(const QModelIndex& index, const QFontMetrics& metrics, int width)
{
    const QString whole = index.data(DealCardModel::AmountRole).toString();
    if (metrics.horizontalAdvance(whole) < width)
        return whole;
    return index.data(DealCardModel::CompactAmountRole).toString();
}

QString DealCardDelegate::initials(const QString& owner)
{
    QString letters;
    const QStringList words = owner.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < std::min<qsizetype>(2, words.size()); ++i) {
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, words[i]);
        const qsizetype end = graphemes.toNextBoundary();
        letters += words[i].left(end > 0 ? end : 1).toUpper();
    }
    return letters;
}

QFont DealCardDelegate::badgeFont(const QFont& base, int diameter, const QString& initials)
{
    QFont font = base;
    font.setBold(true);
    // Down from half the badge until the letters fit inside the circle with a little air.
    for (int size = std::max(9, diameter / 2); size >= 9; --size) {
        font.setPixelSize(size);
        if (QFontMetrics(font).horizontalAdvance(initials) <= diameter * 4 / 5)
            break;
    }
    return font;
}

QString DealCardDelegate::badgeText(const QString& initials, const QFont& font, int diameter)
{
    if (QFontMetrics(font).horizontalAdvance(initials) <= diameter * 4 / 5)
        return initials;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, initials);
    const qsizetype first = graphemes.toNextBoundary();
    return initials.left(first > 0 ? first : 1);
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
        // At the card's start edge: its right one when the board is mirrored.
        const qreal x = option.direction == Qt::RightToLeft ? card.right() - 5 : card.left() + 1;
        painter->drawRoundedRect(QRectF(x, card.top() + inner, 4, card.height() - 2 * inner), 2, 2);
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
    int y = text.top();
    painter->setFont(bold);
    painter->setPen(textColor);
    painter->drawText(QRect(text.left(), y, text.width(), boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width()));
    y += boldMetrics.height() + lineGap;

    const QFontMetrics normal(option.font);
    painter->setFont(option.font);
    painter->setPen(dim);
    painter->drawText(
        QRect(text.left(), y, text.width(), normal.height()), Qt::AlignLeft | Qt::AlignVCenter,
        normal.elidedText(index.data(DealCardModel::SubtitleRole).toString(), Qt::ElideRight, text.width()));
    y += normal.height() + lineGap;

    // Amount on the left; days in the stage (red when stale) and owner on the right. The amount first, in up to two
    // thirds of the line; shortened (billions of rials), in all but the owner's badge: the days give way, the stale
    // mark on the card's edge still says when a deal waits too long.
    const QString owner = index.data(DealCardModel::OwnerRole).toString();
    const int badgeSpace = owner.isEmpty() ? 0 : boldMetrics.height() + 2 + inner / 2;
    const int twoThirds = text.width() * 2 / 3;
    const QString amount = amountText(index, boldMetrics, twoThirds);
    const int amountRoom = amount == index.data(DealCardModel::AmountRole).toString()
                               ? twoThirds
                               : std::max(twoThirds, text.width() - badgeSpace);
    painter->setFont(bold);
    painter->setPen(textColor);
    const int amountWidth = std::min(amountRoom, boldMetrics.horizontalAdvance(amount) + 1);
    painter->drawText(QRect(text.left(), y, amountWidth, boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(amount, Qt::ElideRight, amountWidth));
    // The owner as initials in a round badge, in a colour of their own.
    int right = text.right() + 1;
    if (!owner.isEmpty()) {
        const int diameter = boldMetrics.height() + 2;
        const QFont font = badgeFont(option.font, diameter, initials(owner));
        const QString letters = badgeText(initials(owner), font, diameter);
        const QRect badge(right - diameter, y - 1, diameter, diameter);
        QColor colour = QColor::fromHsv(int(qHash(owner) % 360), 110, 190);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawEllipse(badge);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, letters);
        right = badge.left() - inner / 2;
    }
    painter->setFont(smallFont(option.font));
    const QFontMetrics small = painter->fontMetrics();
    const int daysWidth = std::max(0, right - (text.left() + amountWidth + inner / 2));
    // Every card of a column says its days the same way ("12 days" or "12 d"), chosen by the card's width for a
    // typical amount and two-digit days, not card by card.
    const int typicalLine =
        boldMetrics.horizontalAdvance(QStringLiteral("00,000 EUR")) + inner / 2 +
        small.horizontalAdvance(QCoreApplication::translate("kontor::ui::DealCardModel", "%n day(s)", nullptr, 99)) +
        inner / 2 + (owner.isEmpty() ? 0 : boldMetrics.height() + 2);
    QString days =
        index.data(text.width() >= typicalLine ? DealCardModel::ShortDaysRole : DealCardModel::CompactDaysRole)
            .toString();
    // A longer text than typical still gets the short form rather than being cut, and none where even that is cut.
    if (small.elidedText(days, Qt::ElideRight, daysWidth) != days)
        days = index.data(DealCardModel::CompactDaysRole).toString();
    if (small.elidedText(days, Qt::ElideRight, daysWidth) != days)
        days.clear();
    painter->setPen(stale ? staleColor() : dim);
    painter->drawText(QRect(right - daysWidth, y, daysWidth, boldMetrics.height()), Qt::AlignRight | Qt::AlignVCenter,
                      small.elidedText(days, Qt::ElideRight, daysWidth));
    painter->restore();
}

} // namespace kontor::ui
