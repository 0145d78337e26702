// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace kontor::ui {

/// The table of one report: its columns, each explained by a definition, and rows of formatted figures. Each row
/// keeps a typed key that says what lies behind its figures (a stage, a lead source, a salesperson's week).
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString title;
        QString definition;
        /// Names (a salesperson) stand left like the first column; figures right.
        bool text = false;
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces the columns and empties the table.
    void setColumns(const QList<Column>& columns);
    /// Empties the table, keeping its columns.
    void clearRows();
    /// Appends a row of `cells` (the first names the row, the others are figures, right-aligned), each explained by
    /// `tips` (the column's definitions when empty), remembering `key`; returns the row's number.
    int addRow(const QStringList& cells, const QVariant& key, const QStringList& tips = {});
    /// Sets the row apart as late or wrong (overdue forecasts): in red, light enough on a dark screen, dark on paper.
    void setRowAlert(int row);
    /// Sets the row apart as a total of the rows under it: in bold.
    void setRowTotal(int row);
    /// Whether the header shows titles of several words on two lines, so that a narrow table's figure columns need
    /// no more than their figures' width ("Cost per customer" is wider than any cost).
    void setTitlesWrapped(bool wrapped);
    bool titlesWrapped() const { return m_titlesWrapped; }

    QString text(int row, int column) const;
    QString title(int column) const { return m_columns.value(column).title; }
    /// Whether the column holds figures (right-aligned) rather than names.
    bool isFigure(int column) const { return column > 0 && !m_columns.value(column).text; }
    bool isAlert(int row) const;
    bool isTotal(int row) const;
    /// The row's key, if it is a `Key`.
    template <typename Key>
    std::optional<Key> key(int row) const
    {
        if (row < 0 || row >= m_rows.size() || m_rows[row].key.metaType() != QMetaType::fromType<Key>())
            return std::nullopt;
        return m_rows[row].key.template value<Key>();
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row
    {
        QStringList cells;
        QStringList tips;
        QVariant key;
        bool alert = false;
        bool total = false;
    };
    QList<Column> m_columns;
    QList<Row> m_rows;
    bool m_titlesWrapped = false;
};

} // namespace kontor::ui
