// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace kontor {

/// The order in which to insert a list that replaces a table's rows (scoring rules, territories, assignment rules):
/// the places of the rows that keep their ids first, then those of the new ones, so that SQLite gives a new row an
/// id after the highest kept one and never one that a kept row, inserted later, would need.
template <typename Row>
QList<qsizetype> keptFirst(const QList<Row>& rows)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id > 0)
            order << i;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id <= 0)
            order << i;
    }
    return order;
}

} // namespace kontor
