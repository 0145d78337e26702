// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/Figures.h"
#include "reports/ReportPeriod.h"

#include <QDate>
#include <QPageSize>
#include <QSqlDatabase>
#include <QWidget>

#include <memory>

class QChartView;
class QPagedPaintDevice;
class QPrinter;
class QSaveFile;
class QTextDocument;
class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableView;

namespace kontor::ui {

class ReportView;

/// The numbers: funnel, lead sources, the week, activity per salesperson and the forecast, each as a chart beside
/// a table, for a period and optionally one salesperson. Only the report on show is computed; every figure says
/// what it counts in its tooltip.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    enum Report { Funnel, Sources, Weekly, Activity, Forecast, Lifecycle, Customers, ReportCount };

    explicit ReportsPage(QWidget* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);
    /// Computes the report on show again (after an edit elsewhere, or a new day); nothing while the page is hidden.
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

public:
    /// The period as picked: a kind around today, or the custom days.
    ReportPeriod period() const;
    /// The day "this week" and "this month" are counted from; today unless a test says otherwise.
    void setToday(QDate today);

    QTabWidget* tabs() const { return m_tabs; }
    QTableView* table(Report report) const;
    QChartView* chart(Report report) const;
    QLabel* summary(Report report) const;
    QComboBox* periodChooser() const { return m_period; }
    QComboBox* ownerChooser() const { return m_owner; }

    /// Writes the report's table as spreadsheet-safe CSV, or its chart as a PNG image; false with `error` set when the
    /// file cannot be written (nothing is left half written).
    bool exportTable(Report report, const QString& path, QString* error) const;
    bool exportChart(Report report, const QString& path, QString* error) const;
    /// A file name for an export of the report on show: its name and the period's days.
    QString suggestedFileName(const QString& suffix) const;
    /// Computes all five reports and lays them out for paper: each with its summary, chart and table, a report to a
    /// page or more, the period and salesperson on top.
    std::unique_ptr<QTextDocument> document();
    /// Writes every report as a PDF on `paper`; false with `error` set when the file cannot be written.
    bool exportPdf(const QString& path, QPageSize::PageSizeId paper, QString* error);
    /// Prints every report on `printer`, as the PDF has them.
    void print(QPrinter* printer);
    /// A4, or Letter where the locale's country uses it.
    static QPageSize::PageSizeId paperFor(const QLocale& locale);
    /// The report's name without its mnemonic, as its tab and the PDF name it.
    QString reportName(Report report) const;

    /// Lists what lies behind a cell of the report's table: the deals of a stage or month, the leads of a source,
    /// the interactions, leads or deals of a weekly figure (in the week before for its column), the interactions
    /// or deals of a salesperson's figure in the week or the period.
    void showDetails(Report report, int row, int column = 1);
    /// Offers the choice fields' answers and the territories again, after Settings changed them.
    void reloadChoices();

signals:
    void statusMessage(const QString& message);
    void openDealRequested(qint64 dealId);
    void openContactRequested(qint64 contactId);
    /// An interaction was logged from a figure's details (Ctrl+L there).
    void interactionLogged(const QString& message);

private:
    void fillOwners();
    /// Offers each answer of the choice fields, keeping the one chosen.
    void fillChoices();
    void updateDateEdits();
    /// The period, salesperson and choice as picked.
    ReportFilter filter() const;
    void openDetails(const FigureRows& rows, const QString& title);
    void exportCurrent(bool chart);
    void exportPdfChosen();
    void printChosen();
    void computeAll();
    static QString cannotWrite(const QString& path, const QSaveFile& file);

    QSqlDatabase m_db;
    QDate m_today;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_choice = nullptr;
    QTabWidget* m_tabs = nullptr;
    ReportView* m_views[ReportCount] = {};
    QStringList m_names;
};

} // namespace kontor::ui
