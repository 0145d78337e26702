// SPDX-License-Identifier: GPL-3.0-or-later
#include "KontorStyle.h"

#include "Icons.h"
#include "SoftText.h"

#include <QApplication>
#include <QFontMetrics>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTreeView>
#include <QWidget>

#include <algorithm>

namespace kontor::ui {

int KontorStyle::rowHeight(const QFontMetrics& metrics)
{
    // A line of text with room above and below for the eye and the mouse, like the contact list had.
    return metrics.height() + 10;
}

QSize KontorStyle::sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                                    const QWidget* widget) const
{
    QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
    if (type == CT_ItemViewItem && option) {
        result.setHeight(std::max(result.height(), rowHeight(option->fontMetrics)));
        // A tree's column sized to its contents keeps a little air before the next one ("Tomorrow 10:00" touched its
        // text on Today). Tables draw grid lines between their columns, and wide report tables need every pixel.
        if (qobject_cast<const QTreeView*>(widget))
            result.setWidth(result.width() + option->fontMetrics.averageCharWidth());
    }
    return result;
}

int KontorStyle::pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const
{
    // A table's rows take the vertical header's default section size, not the item's size.
    if (metric == PM_HeaderDefaultSectionSizeVertical)
        return rowHeight(widget ? widget->fontMetrics() : QFontMetrics(QApplication::font()));
    return QProxyStyle::pixelMetric(metric, option, widget);
}

QString KontorStyle::cellText(const QString& text, Qt::LayoutDirection direction)
{
    if (direction != Qt::RightToLeft || text.isRightToLeft() || text.isEmpty())
        return text;
    // Marked left to right at its end: the neutral characters there would take the paragraph's direction. A text
    // with no letter at all (a phone number) is marked at its start too, or it would be laid out in runs from the
    // right ("1234567 40 49+"); an amount ("۳٬۶۰۰ IRR") is not, so that its number is read first, as in Persian.
    const QChar mark(0x200E); // LEFT-TO-RIGHT MARK
    const bool hasLetter = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
    return hasLetter ? QString(text + mark) : QString(mark + text + mark);
}

void KontorStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                              const QWidget* widget) const
{
    if (element == CE_ItemViewItem && option && option->direction == Qt::RightToLeft) {
        if (const auto* item = qstyleoption_cast<const QStyleOptionViewItem*>(option)) {
            const QString text = cellText(item->text, item->direction);
            if (text != item->text) {
                QStyleOptionViewItem marked = *item;
                marked.text = text;
                QProxyStyle::drawControl(element, &marked, painter, widget);
                return;
            }
        }
    }
    if (element == CE_MenuItem && option && option->direction == Qt::RightToLeft) {
        if (const auto* item = qstyleoption_cast<const QStyleOptionMenuItem*>(option)) {
            // The shortcut after the tab is drawn in the menu's direction: "Ctrl+," read ",+Ctrl" in Persian.
            const qsizetype tab = item->text.indexOf(u'\t');
            if (tab >= 0) {
                QStyleOptionMenuItem marked = *item;
                marked.text = item->text.left(tab + 1) + cellText(item->text.mid(tab + 1), Qt::RightToLeft);
                QProxyStyle::drawControl(element, &marked, painter, widget);
                return;
            }
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

QIcon KontorStyle::standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const
{
    if (icon == SP_LineEditClearButton) {
        // In the soft colour of hints, so that it stands back from what was typed.
        QPalette palette = widget ? widget->palette() : option ? option->palette : QApplication::palette();
        palette.setColor(QPalette::Active, QPalette::WindowText, softText(palette));
        return Icons::icon(QStringLiteral("clear"), palette);
    }
    return QProxyStyle::standardIcon(icon, option, widget);
}

void KontorStyle::polish(QPalette& palette)
{
    QProxyStyle::polish(palette);
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor text = palette.color(group, QPalette::Text);
        const QColor base = palette.color(group, QPalette::Base);
        // Three fifths of the way from the field's background to its text: 5.7:1 on white, where the desktop's
        // half-transparent text gives 3.9:1, below what WCAG asks for text.
        const auto mix = [](int from, int to) { return (from * 2 + to * 3) / 5; };
        palette.setColor(
            group, QPalette::PlaceholderText,
            QColor(mix(base.red(), text.red()), mix(base.green(), text.green()), mix(base.blue(), text.blue())));
    }
}

void installStyle()
{
    if (qobject_cast<KontorStyle*>(QApplication::style()))
        return;
    // The style by name, so that the proxy owns its own copy of the desktop's style.
    QApplication::setStyle(new KontorStyle(QStyleFactory::create(QApplication::style()->name())));
}

} // namespace kontor::ui
