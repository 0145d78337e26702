// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineDelegate.h"

#include "domain/Interaction.h"
#include "models/TimelineModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace kontor::ui {

namespace {

constexpr int margin = 8;
constexpr int markWidth = 4;

struct Layout
{
    QRect header;
    QRect subject;
    QRect notes;
    int height = 0;
};

QFont boldFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

// Room above the first entry of the past for the "now" line and its word.
int nowLineHeight(const QStyleOptionViewItem& option, const QModelIndex& index)
{
    return index.data(TimelineModel::NowAboveRole).toBool() ? QFontMetrics(option.font).height() + margin : 0;
}

Layout layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index, int width)
{
    Layout layout;
    const int left = margin + markWidth + margin;
    const int textWidth = std::max(80, width - left - margin);
    int y = margin + nowLineHeight(option, index);
    const QFontMetrics bold(boldFont(option.font));
    const QFontMetrics normal(option.font);
    layout.header = QRect(left, y, textWidth, bold.height());
    y += bold.height();
    const QString subject = index.data(TimelineModel::SubjectRole).toString();
    if (!subject.isEmpty()) {
        layout.subject = QRect(left, y + 2, textWidth, normal.height());
        y += normal.height() + 2;
    }
    const QString notes = index.data(TimelineModel::NotesRole).toString();
    if (!notes.isEmpty()) {
        const QRect bounds = normal.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, notes);
        layout.notes = QRect(left, y + 2, textWidth, bounds.height());
        y += bounds.height() + 2;
    }
    layout.height = y + margin;
    return layout;
}

int availableWidth(const QStyleOptionViewItem& option)
{
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 400;
}

} // namespace

QColor TimelineDelegate::kindColor(const QString& kind)
{
    if (kind == InteractionKinds::call)
        return QColor(0x2E, 0x86, 0xC1);
    if (kind == InteractionKinds::meeting)
        return QColor(0x28, 0xA7, 0x45);
    if (kind == InteractionKinds::email)
        return QColor(0x8E, 0x44, 0xAD);
    if (kind == InteractionKinds::message)
        return QColor(0x17, 0xA2, 0xB8);
    if (kind == InteractionKinds::complaint)
        return QColor(0xC0, 0x39, 0x2B);
    if (kind == TimelineModel::dealKind)
        return QColor(0xE6, 0x7E, 0x22);
    if (kind == TimelineModel::reminderKind)
        return QColor(0x34, 0x49, 0x5E);
    return QColor(0x95, 0xA5, 0xA6);
}

void TimelineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const Layout layout = layoutFor(option, index, option.rect.width());
    // Laid out left to right, then mirrored as a whole when the window reads right to left: the mark and the "now"
    // word stand at the start of the line either way.
    const QRect row(0, 0, option.rect.width(), layout.height);
    const auto place = [&](const QRect& rect) { return QStyle::visualRect(option.direction, row, rect); };
    const Qt::Alignment start = QStyle::visualAlignment(option.direction, Qt::AlignLeft);
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setRenderHint(QPainter::Antialiasing);
    // Each text in its own direction (a Latin email in a Persian window reads left to right), placed at the start.
    painter->setLayoutDirection(Qt::LayoutDirectionAuto);
    // Between what is still to come and what happened: a line with "now" on it.
    const int nowHeight = nowLineHeight(option, index);
    if (nowHeight > 0) {
        // On a selected row the highlight is the background: the line takes the highlighted text's colour.
        const QColor accent = option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                         : QPalette::Highlight);
        const QFontMetrics metrics(option.font);
        const QString now = TimelineModel::nowText();
        const int y = nowHeight / 2 + margin / 2;
        const int wordWidth = metrics.horizontalAdvance(now);
        painter->setPen(QPen(accent, 2));
        for (const QRect& segment :
             {QRect(margin, y, margin, 1),
              QRect(margin * 3 + wordWidth, y, option.rect.width() - 4 * margin - wordWidth, 1)}) {
            const QRect placed = place(segment);
            painter->drawLine(placed.left(), y, placed.left() + segment.width(), y);
        }
        painter->setFont(option.font);
        painter->drawText(place(QRect(margin * 2 + margin / 2, 0, wordWidth + margin, nowHeight)),
                          Qt::AlignVCenter | start, now);
    }
    const QColor mark = kindColor(index.data(TimelineModel::KindRole).toString());
    const QRect markRect = place(QRect(margin, margin + nowHeight, markWidth, layout.height - 2 * margin - nowHeight));
    // Still to come: the mark outlined, not filled.
    if (index.data(TimelineModel::PlannedRole).toBool()) {
        painter->setPen(QPen(mark, 1.5));
        painter->setBrush(Qt::NoBrush);
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(mark);
    }
    painter->drawRoundedRect(markRect, 2, 2);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const bool openComplaint = index.data(TimelineModel::OpenComplaintRole).toBool();
    painter->setFont(boldFont(option.font));
    painter->setPen(openComplaint && !selected ? kindColor(InteractionKinds::complaint)
                                               : option.palette.color(textRole));
    painter->drawText(place(layout.header), start | Qt::AlignVCenter | Qt::TextSingleLine,
                      painter->fontMetrics().elidedText(index.data(TimelineModel::HeaderRole).toString(),
                                                        Qt::ElideRight, layout.header.width()));
    painter->setFont(option.font);
    painter->setPen(option.palette.color(textRole));
    if (layout.subject.isValid())
        painter->drawText(place(layout.subject), start | Qt::TextSingleLine,
                          painter->fontMetrics().elidedText(index.data(TimelineModel::SubjectRole).toString(),
                                                            Qt::ElideRight, layout.subject.width()));
    if (layout.notes.isValid()) {
        QColor notesColor = option.palette.color(textRole);
        if (!selected)
            notesColor.setAlphaF(0.8f);
        painter->setPen(notesColor);
        painter->drawText(place(layout.notes), start | Qt::TextWordWrap,
                          index.data(TimelineModel::NotesRole).toString());
    }
    painter->restore();
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = availableWidth(option);
    return QSize(width, layoutFor(option, index, width).height);
}

} // namespace kontor::ui
