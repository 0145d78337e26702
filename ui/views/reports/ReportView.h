// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "reports/Figures.h"
#include "reports/ReportPeriod.h"

#include "models/ReportTableModel.h"
#include <QAbstractItemView>
#include <QSqlDatabase>

#include <QTableView>
#include <QWidget>

#include <optional>

class QAbstractBarSeries;
class QChart;
class QChartView;
class QLabel;
class QSplitter;
class QTimer;

namespace kontor::ui {

/// One report on the Reports page: its summary over a chart beside a table. A subclass computes its report and fills
/// the three; each row of the table keeps a typed key, which says what lies behind the row's figures.
class ReportView : public QWidget
{
    Q_OBJECT

public:
    /// `name` is read out for the table; `selection` says whether a row or a single figure is chosen.
    ReportView(const QString& name, QAbstractItemView::SelectionBehavior selection, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    const ReportTableModel* model() const { return m_model; }
    QChartView* chart() const { return m_chart; }
    QLabel* summary() const { return m_summary; }

    void setDatabase(const QSqlDatabase& db);
    /// Empties the table and the summary (the chart stays until the next report replaces it).
    void clear();
    /// Computes the report for `filter` and shows it; `today` is the day weeks and overdue deals are counted from.
    virtual void compute(const ReportFilter& filter, QDate today) = 0;
    /// Lists what lies behind the figure in `column` of `row`, for `filter`; nothing for a row that is not there.
    void showDetails(const ReportFilter& filter, int row, int column);
    /// The chart drawn at `size` (times `scale` pixels), in the screen's colours or in black on white for paper.
    QImage chartImage(QSize size, qreal scale, bool onPaper) const;

signals:
    /// A row's figure was chosen (Enter or a double-click on it, or a click on its bar): the page lists it for the
    /// period and salesperson picked.
    void detailsWanted(int row, int column);
    /// What lies behind a figure, to be listed under `title`.
    void rowsChosen(const kontor::FigureRows& rows, const QString& title);
    void statusMessage(const QString& message);

protected:
    using Column = ReportTableModel::Column;

    /// Lists what lies behind `column` of `row` (a row that is there).
    virtual void listBehind(const ReportFilter& filter, int row, int column) = 0;

    void setColumns(const QList<Column>& columns) { m_model->setColumns(columns); }
    /// Appends a row of `cells`, figures right-aligned, each explained by `tips` (by its column's definition when
    /// none are given), with the key that says what lies behind it; returns the row's number.
    template <typename Key>
    int addRow(const QStringList& cells, const Key& key, const QStringList& tips = {})
    {
        return m_model->addRow(cells, QVariant::fromValue(key), tips);
    }
    template <typename Key>
    std::optional<Key> rowKey(int row) const
    {
        return m_model->key<Key>(row);
    }
    ReportTableModel* rows() const { return m_model; }
    void showError(const QString& message);
    /// Replaces the chart's content with `series` over categories (vertical bars, or horizontal for a funnel), the
    /// values' axis in round steps labelled the locale's way, with `unit` (a currency, "deals") as its title.
    /// `shortCategories` (names only, say) stand in for `categories` when the chart is too narrow for them.
    void showBars(QAbstractBarSeries* series, const QStringList& categories, const QString& title, bool horizontal,
                  const QString& unit = QString(), const QStringList& shortCategories = {});
    /// The category of a bar clicked (QBarSet::clicked's index): right to left the vertical bars stand in the
    /// reverse order.
    int categoryOfBar(int bar) const;
    bool eventFilter(QObject* watched, QEvent* event) override;
    /// Passes the rows on to be listed, or says why there are none.
    void list(const Result<FigureRows>& rows, const QString& title);
    static Result<FigureRows> asRows(const Result<QList<qint64>>& ids, FigureRows::Kind kind);

    static QString percent(const std::optional<double>& share);
    static QString money(const QList<Money>& amounts);
    static QString money(const std::optional<Money>& amount);
    static QString number(qint64 value);
    /// A round step (1, 2, 2.5 or 5 times a power of ten) that reaches `largest` in about `steps` steps.
    static double niceStep(double largest, int steps);
    /// The first currency's amount in major units, for a chart (tables show every currency).
    static double major(const QList<Money>& amounts);

    QSqlDatabase m_db;

private:
    static void paintChart(QChart* chart, const QBrush& background, const QBrush& text);
    /// Names under or beside the bars whole at the chart's width: slanted under narrow vertical bars, the short
    /// names beside horizontal ones when the long ones would take more than half the chart.
    void fitCategoryLabels();
    /// The table beside the chart when both fit side by side, below it otherwise, so that no column is cut.
    void fitLayout();

    QStringList m_categories;
    QStringList m_shortCategories;
    bool m_horizontal = false;
    /// Whether the vertical bars stand right to left, the first category on the right.
    bool m_barsReversed = false;

    QLabel* m_summary = nullptr;
    QChartView* m_chart = nullptr;
    QSplitter* m_splitter = nullptr;
    QTimer* m_fitLater = nullptr;
    bool m_sharesSeen = false;
    QTableView* m_table = nullptr;
    ReportTableModel* m_model = nullptr;
};

} // namespace kontor::ui
