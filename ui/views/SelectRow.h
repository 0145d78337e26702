// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace kontor::ui {

/// Makes `row` the current, selected row of a table. Not QTableView::selectRow: right to left it takes the column at
/// the viewport's right edge, which is none when the columns do not fill the view, and then no row becomes current
/// (the card or the details beside the table go blank). `column` must be one that is always shown.
inline void selectRow(QAbstractItemView* view, int row, int column = 0)
{
    if (!view->model() || row < 0 || row >= view->model()->rowCount())
        return;
    view->selectionModel()->setCurrentIndex(view->model()->index(row, column),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace kontor::ui
