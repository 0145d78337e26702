// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace kontor::ui {

ColumnFitter::ColumnFitter(QTableView* table, const QList<QPair<int, int>>& defaults, const QList<int>& growing)
    : QObject(table), m_table(table), m_defaults(defaults), m_growing(growing)
{
    QHeaderView* header = table->horizontalHeader();
    // A column dragged wider or narrower on the header, or sized to its contents with a double click, is the user's
    // choice. The header also resizes its last column as the window or a divider moves (a mouse button held then
    // too): only a resize while the button was pressed on the header counts.
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting && m_pressedOnHeader)
            m_sizedByUser = true;
    });
    connect(header, &QHeaderView::sectionHandleDoubleClicked, this, [this] { m_sizedByUser = true; });
    header->viewport()->installEventFilter(this);
    table->viewport()->installEventFilter(this);
}

void ColumnFitter::setSizedByUser(bool sized)
{
    m_sizedByUser = sized;
    fit();
}

void ColumnFitter::fit()
{
    if (m_sizedByUser)
        return;
    int used = 0;
    int growingDefaults = 0;
    for (const auto& [column, width] : m_defaults) {
        if (m_table->isColumnHidden(column))
            continue;
        used += width;
        if (m_growing.contains(column))
            growingDefaults += width;
    }
    // Columns it does not size (the user's own fields) take their room first.
    for (int column = 0; column < m_table->model()->columnCount(); ++column) {
        const bool sized = std::any_of(m_defaults.cbegin(), m_defaults.cend(),
                                       [column](const QPair<int, int>& entry) { return entry.first == column; });
        if (!sized && !m_table->isColumnHidden(column))
            used += m_table->columnWidth(column);
    }
    const int spare = std::max(0, m_table->viewport()->width() - used);
    m_fitting = true;
    for (const auto& [column, width] : m_defaults) {
        if (m_table->isColumnHidden(column))
            continue;
        const int extra = m_growing.contains(column) && growingDefaults > 0
                              ? std::min(width, int(qint64(spare) * width / growingDefaults))
                              : 0;
        m_table->setColumnWidth(column, width + extra);
    }
    m_fitting = false;
}

void ColumnFitter::fitContents(QTableView* table, const QList<int>& shrinkable, int stretchColumn)
{
    table->resizeColumnsToContents();
    const int floor = table->fontMetrics().averageCharWidth() * 12;
    int fixed = floor * 2; // the stretching column's least
    int room = 0;
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        if (column == stretchColumn || table->isColumnHidden(column))
            continue;
        const int width = table->columnWidth(column);
        fixed += width;
        if (shrinkable.contains(column))
            room += std::max(0, width - floor);
    }
    const int excess = fixed - table->viewport()->width();
    if (excess <= 0 || room == 0)
        return;
    for (int column : shrinkable) {
        const int width = table->columnWidth(column);
        if (table->isColumnHidden(column) || width <= floor)
            continue;
        const int cut = int(std::min<qint64>(width - floor, qint64(excess) * (width - floor) / room + 1));
        table->setColumnWidth(column, width - cut);
    }
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fit();
    if (watched == m_table->horizontalHeader()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress)
            m_pressedOnHeader = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_pressedOnHeader = false;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kontor::ui
