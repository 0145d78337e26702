// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTableModel.h"

#include "views/SoftText.h"

#include <QFont>
#include <QGuiApplication>
#include <cstdlib>

namespace kontor::ui {

void ReportTableModel::setColumns(const QList<Column>& columns)
{
    beginResetModel();
    m_columns = columns;
    m_rows.clear();
    endResetModel();
}

void ReportTableModel::setTitlesWrapped(bool wrapped)
{
    if (m_titlesWrapped == wrapped)
        return;
    m_titlesWrapped = wrapped;
    if (!m_columns.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
}

namespace {

// Breaks at the space nearest the middle, so that both lines are about as long.
QString onTwoLines(const QString& title)
{
    const qsizetype middle = title.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < title.size(); ++i) {
        if (title[i] == u' ' && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    }
    if (best < 0)
        return title;
    QString wrapped = title;
    wrapped[best] = u'\n';
    return wrapped;
}

} // namespace

void ReportTableModel::clearRows()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ReportTableModel::addRow(const QStringList& cells, const QVariant& key, const QStringList& tips)
{
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({cells, tips, key, false, false});
    endInsertRows();
    return row;
}

void ReportTableModel::setRowAlert(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].alert = true;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1), {Qt::ForegroundRole});
}

void ReportTableModel::setRowTotal(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].total = true;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1), {Qt::FontRole});
}

bool ReportTableModel::isTotal(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].total;
}

QString ReportTableModel::text(int row, int column) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].cells.value(column) : QString();
}

bool ReportTableModel::isAlert(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].alert;
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.value(index.column());
    case Qt::ToolTipRole: {
        const QString tip =
            row.tips.isEmpty() ? m_columns.value(index.column()).definition : row.tips.value(index.column());
        // A name may be cut on a narrow window: the tooltip has it whole.
        return index.column() == 0 && !row.cells.value(0).isEmpty()
                   ? QVariant(row.cells.value(0) + (tip.isEmpty() ? QString() : QLatin1Char('\n') + tip))
                   : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        // Figures stand right, under each other; names left.
        return isFigure(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return row.alert ? QVariant(alertText(QGuiApplication::palette())) : QVariant();
    case Qt::FontRole:
        if (row.total) {
            QFont bold = QGuiApplication::font();
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_titlesWrapped ? onTwoLines(m_columns[section].title) : m_columns[section].title;
    if (role == Qt::ToolTipRole)
        return m_columns[section].definition;
    return {};
}

Qt::ItemFlags ReportTableModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace kontor::ui
