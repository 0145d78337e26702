// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <initializer_list>

namespace kontor::ui {

/// Room on each side of a text that the style leaves too tight (a word touching a column's or a button's border).
inline int textRoom(const QWidget* widget)
{
    return widget->fontMetrics().averageCharWidth();
}

/// Sizes `columns` of `table` to their contents and their header, with room on both sides of the widest text; the
/// other columns keep their resize modes (one of them stretched, say). Call it again once the rows change.
inline void sizeColumnsToText(QTableView* table, std::initializer_list<int> columns)
{
    QHeaderView* header = table->horizontalHeader();
    for (int column : columns) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        // QTableView hides the hint that QAbstractItemView makes public.
        const int cells = static_cast<const QAbstractItemView*>(table)->sizeHintForColumn(column);
        const int text = std::max(cells, header->sectionSizeHint(column));
        table->setColumnWidth(column, text + 2 * textRoom(table));
    }
}

/// Makes `button` as wide as its text with room on both sides, however thin the style's own margin is.
inline void sizeButtonToText(QAbstractButton* button)
{
    button->setMinimumWidth(button->sizeHint().width() + 2 * textRoom(button));
}

} // namespace kontor::ui
