// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPair>

class QTableView;

namespace kontor::ui {

/// Gives a table's spare width to the columns that read better wider (names, companies, emails), in proportion to
/// their default widths, so that a wide window does not leave it all to the last column while the others are cut.
/// Once the user sizes a column by hand, their widths stay as they made them.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    /// `defaults`: each column's width when there is no room to spare; `growing`: the columns that take the spare
    /// room, up to twice their default width (the last column takes what is left, as the header stretches it).
    ColumnFitter(QTableView* table, const QList<QPair<int, int>>& defaults, const QList<int>& growing);

    bool sizedByUser() const { return m_sizedByUser; }
    void setSizedByUser(bool sized);
    /// Sizes the columns to the table's width now (after a column was shown or hidden).
    void fit();
    /// Sizes `table`'s columns to their contents, then, when they are wider together than the table with
    /// `stretchColumn` at its minimum (a name of a few words), narrows the `shrinkable` ones (names, companies) in
    /// proportion to what they have above a dozen characters, their text elided: every column stays on screen.
    static void fitContents(QTableView* table, const QList<int>& shrinkable, int stretchColumn);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_table;
    QList<QPair<int, int>> m_defaults;
    QList<int> m_growing;
    bool m_sizedByUser = false;
    bool m_fitting = false;
    bool m_pressedOnHeader = false;
};

} // namespace kontor::ui
