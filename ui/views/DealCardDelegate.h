// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QStyledItemDelegate>

namespace kontor::ui {

/// Draws a deal of the board as a card: title, contact and company, amount, days in the stage (red when stale)
/// and owner, in the colours of the palette so that it follows a dark theme.
class DealCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor staleColor();
    /// The amount as the card writes it in `width` pixels of `metrics`: whole units ("24,820 EUR"), or, when they do
    /// not fit (billions of rials), the language's short words ("۳۶۶ میلیارد IRR") rather than a cut number.
    static QString amountText(const QModelIndex& index, const QFontMetrics& metrics, int width);

    /// The owner's initials: the first letter, as written (a Bengali consonant with its vowel sign), of the first two
    /// words.
    static QString initials(const QString& owner);
    /// The font of the owner's badge of `diameter` pixels: as large as its initials fit, never below 9 px, where
    /// Bengali's vowel signs smudged.
    static QFont badgeFont(const QFont& base, int diameter, const QString& initials);
    /// What the badge shows in `font`: the initials, or the first alone where two do not fit (two Bengali letters
    /// with their vowel signs).
    static QString badgeText(const QString& initials, const QFont& font, int diameter);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace kontor::ui
