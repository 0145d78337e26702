// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsPage.h"

#include "Clock.h"
#include "dialogs/Ask.h"
#include "dialogs/ReportDetailsDialog.h"
#include "io/CsvWriter.h"
#include "reports/ActivityReport.h"
#include "reports/FunnelReport.h"
#include "reports/LeadSourceReport.h"
#include "reports/WeeklyReport.h"
#include "repositories/UserRepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace kontor::ui {

namespace {

QString percent(const std::optional<double>& share)
{
    return share ? QLocale().toString(*share * 100, 'f', 1) + QStringLiteral("\u00A0%") : QStringLiteral("–");
}

QString money(const QList<Money>& amounts)
{
    if (amounts.isEmpty())
        return QStringLiteral("–");
    QStringList parts;
    for (const Money& amount : amounts)
        parts << amount.format();
    return parts.join(QStringLiteral(" + "));
}

QString money(const std::optional<Money>& amount)
{
    return amount ? amount->format() : QStringLiteral("–");
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// The first currency's amount in major units, for a chart (tables show every currency).
double major(const QList<Money>& amounts)
{
    if (amounts.isEmpty())
        return 0;
    return static_cast<double>(amounts.first().minor) / std::pow(10.0, Money::minorDigits(amounts.first().currency));
}

struct Column
{
    QString title;
    QString definition;
};

void setColumns(QTableWidget* table, const QList<Column>& columns)
{
    table->clear();
    table->setColumnCount(static_cast<int>(columns.size()));
    for (int i = 0; i < columns.size(); ++i) {
        auto* header = new QTableWidgetItem(columns[i].title);
        header->setToolTip(columns[i].definition);
        table->setHorizontalHeaderItem(i, header);
    }
    table->setRowCount(0);
}

void addRow(QTableWidget* table, const QStringList& cells, const QList<Column>& columns)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int i = 0; i < cells.size(); ++i) {
        auto* item = new QTableWidgetItem(cells[i]);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (i > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (i < columns.size())
            item->setToolTip(columns[i].definition);
        table->setItem(row, i, item);
    }
}

void paintChart(QChart* chart, const QBrush& background, const QBrush& text)
{
    chart->setBackgroundBrush(background);
    chart->setTitleBrush(text);
    for (QAbstractAxis* axis : chart->axes())
        axis->setLabelsBrush(text);
    chart->legend()->setLabelBrush(text);
}

// Replaces the chart's content with `series` over categories (vertical bars, or horizontal for a funnel).
void showBars(QChartView* view, QAbstractBarSeries* series, const QStringList& categories, const QString& title,
              bool horizontal)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    // Many names under vertical bars are slanted rather than cut short.
    if (!horizontal && categories.size() > 6)
        categoryAxis->setLabelsAngle(-45);
    auto* valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    // A period without data has every bar at 0: an empty range that nice numbers would turn into NaN.
    if (valueAxis->max() <= valueAxis->min())
        valueAxis->setRange(0, 1);
    valueAxis->applyNiceNumbers();
    chart->legend()->setVisible(series->count() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    paintChart(chart, view->palette().base(), view->palette().text());
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

ReportsPage::ReportsPage(QWidget* parent) : QWidget(parent), m_today(Clock::now().toLocalTime().date())
{
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setAccessibleName(tr("Period"));
    for (ReportPeriod::Kind kind :
         {ReportPeriod::Kind::ThisWeek, ReportPeriod::Kind::LastWeek, ReportPeriod::Kind::ThisMonth,
          ReportPeriod::Kind::LastMonth, ReportPeriod::Kind::ThisQuarter, ReportPeriod::Kind::LastQuarter,
          ReportPeriod::Kind::ThisYear, ReportPeriod::Kind::Custom})
        m_period->addItem(ReportPeriod::kindName(kind), static_cast<int>(kind));
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(ReportPeriod::Kind::ThisQuarter)));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setAccessibleName(tr("Last day"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setAccessibleName(tr("Salesperson"));

    auto* bar = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto* ownerLabel = new QLabel(tr("&Salesperson:"), this);
    ownerLabel->setBuddy(m_owner);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addSpacing(16);
    bar->addWidget(ownerLabel);
    bar->addWidget(m_owner);
    bar->addStretch();
    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("export"));
    // Alt+E and Alt+F belong to the Edit and File menus, Alt+S to the salesperson.
    exportButton->setText(tr("E&xport"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Table as CSV…"), this, [this] { exportCurrent(false); });
    exportMenu->addAction(tr("Chart as PNG…"), this, [this] { exportCurrent(true); });
    exportMenu->addSeparator();
    QAction* pdf = exportMenu->addAction(tr("All reports as PDF…"), this, &ReportsPage::exportPdfChosen);
    pdf->setObjectName(QStringLiteral("exportPdf"));
    QAction* print = exportMenu->addAction(tr("&Print…"), this, &ReportsPage::printChosen);
    print->setObjectName(QStringLiteral("print"));
    print->setShortcut(QKeySequence::Print);
    print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(print);
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reports"));
    m_names = QStringList{tr("F&unnel"), tr("&Lead sources"), tr("&Week"), tr("&Activity"), tr("F&orecast")};
    for (int report = 0; report < ReportCount; ++report) {
        auto* page = new QWidget(m_tabs);
        auto* layout = new QVBoxLayout(page);
        m_summaries[report] = new QLabel(page);
        m_summaries[report]->setObjectName(QStringLiteral("summary"));
        m_summaries[report]->setWordWrap(true);
        m_summaries[report]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* splitter = new QSplitter(Qt::Horizontal, page);
        m_charts[report] = new QChartView(splitter);
        m_charts[report]->setRenderHint(QPainter::Antialiasing);
        m_charts[report]->setMinimumSize(360, 280);
        m_tables[report] = new QTableWidget(splitter);
        m_tables[report]->setObjectName(QStringLiteral("table"));
        m_tables[report]->setAccessibleName(reportName(static_cast<Report>(report)));
        m_tables[report]->verticalHeader()->hide();
        m_tables[report]->setAlternatingRowColors(true);
        // The week's and the activity's figures each list their own rows: the cell chosen is the one that counts.
        m_tables[report]->setSelectionBehavior(report == Weekly || report == Activity ? QAbstractItemView::SelectItems
                                                                                      : QAbstractItemView::SelectRows);
        m_tables[report]->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_tables[report]->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_tables[report]->horizontalHeader()->setStretchLastSection(true);
        splitter->setStretchFactor(0, 1);
        splitter->setStretchFactor(1, 1);
        splitter->setSizes({550, 450});
        m_tables[report]->setToolTip(tr("Double-click a figure, or press Enter, for what lies behind it."));
        connect(m_tables[report], &QTableWidget::cellActivated, this,
                [this, report](int row, int column) { showDetails(static_cast<Report>(report), row, column); });
        layout->addWidget(m_summaries[report]);
        layout->addWidget(splitter, 1);
        m_tabs->addTab(page, m_names[report]);
    }

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Reports"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    updateDateEdits();
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updateDateEdits();
        refresh();
    });
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (static_cast<ReportPeriod::Kind>(m_period->currentData().toInt()) == ReportPeriod::Kind::Custom)
                refresh();
        });
    }
    connect(m_owner, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReportsPage::refresh);
}

void ReportsPage::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    fillOwners();
    for (int report = 0; report < ReportCount; ++report) {
        m_tables[report]->setRowCount(0);
        m_summaries[report]->clear();
    }
    // A million contacts' figures are not worth computing for a page nobody looks at: showing it computes them.
    if (isVisible())
        refresh();
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ReportsPage::setToday(QDate today)
{
    m_today = today;
    updateDateEdits();
    refresh();
}

void ReportsPage::fillOwners()
{
    const QSignalBlocker blocker(m_owner);
    const qint64 chosen = m_owner->currentData().toLongLong();
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), qint64(0));
    if (m_db.isOpen()) {
        if (auto users = UserRepository(m_db).list(); users) {
            for (const User& user : users.value())
                m_owner->addItem(user.name, user.id);
        }
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(chosen)));
}

void ReportsPage::updateDateEdits()
{
    const auto kind = static_cast<ReportPeriod::Kind>(m_period->currentData().toInt());
    const bool custom = kind == ReportPeriod::Kind::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const ReportPeriod chosen = period();
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(chosen.first);
        m_to->setDate(chosen.last);
    }
}

ReportPeriod ReportsPage::period() const
{
    const auto kind = static_cast<ReportPeriod::Kind>(m_period->currentData().toInt());
    const QTimeZone zone = QTimeZone::systemTimeZone();
    if (kind == ReportPeriod::Kind::Custom)
        return ReportPeriod::days(m_from->date(), m_to->date(), zone);
    return ReportPeriod::of(kind, m_today, QLocale().firstDayOfWeek(), zone);
}

void ReportsPage::refresh()
{
    if (!m_db.isOpen() || !isVisible())
        return;
    const ReportFilter filter{period(), m_owner->currentData().toLongLong()};
    switch (static_cast<Report>(m_tabs->currentIndex())) {
    case Funnel:
        showFunnel(filter);
        break;
    case Sources:
        showSources(filter);
        break;
    case Weekly:
        showWeekly(filter);
        break;
    case Activity:
        showActivity(filter);
        break;
    case Forecast:
        showForecast(filter);
        break;
    case ReportCount:
        break;
    }
}

void ReportsPage::showDetails(Report report, int row, int column)
{
    const QTableWidgetItem* first = m_tables[report]->item(row, 0);
    if (!first || !m_db.isOpen())
        return;
    const ReportFilter filter{period(), m_owner->currentData().toLongLong()};
    const QVariant key = first->data(Qt::UserRole);
    const auto asRows = [](Result<QList<qint64>> ids, FigureRows::Kind kind) -> Result<FigureRows> {
        if (!ids)
            return Result<FigureRows>::failure(ids.error());
        return FigureRows{kind, ids.value()};
    };
    switch (report) {
    case Funnel:
        openDetails(asRows(kontor::Funnel(m_db).dealsReaching(filter, key.toLongLong()), FigureRows::Kind::Deals),
                    tr("Deals that reached “%1”").arg(first->text()));
        break;
    case Sources: {
        const QVariantList source = key.toList();
        if (source.size() != 2)
            return;
        openDetails(asRows(LeadSources(m_db).leadsOf(filter, source.at(0).toLongLong(), source.at(1).toLongLong()),
                           FigureRows::Kind::Contacts),
                    tr("Leads from “%1”").arg(first->text().trimmed()));
        break;
    }
    case Weekly: {
        if (m_chartWeeks.size() < 2 || !key.isValid())
            return;
        // The column says which week: the one before in its column, else the week shown.
        const bool before = column == 2;
        const ReportPeriod& week = before ? m_chartWeeks.at(m_chartWeeks.size() - 2) : m_chartWeeks.last();
        openDetails(WeeklyStats(m_db).behind(week, static_cast<WeekFigure>(key.toInt()), filter.ownerId,
                                             ReportDetailsDialog::maxRows),
                    tr("%1, week of %2").arg(first->text(), QLocale().toString(week.first, QLocale::ShortFormat)));
        break;
    }
    case Activity: {
        const QVariantList who = key.toList(); // the salesperson's id, the week (none for the total), their name
        if (who.size() != 3)
            return;
        // A week's row covers the week (clipped to the period); a total the whole period.
        const QDate weekOf = who.at(1).toDate();
        ReportPeriod days = filter.period;
        if (weekOf.isValid()) {
            const ReportPeriod week = ReportPeriod::week(weekOf, QLocale().firstDayOfWeek(), filter.period.zone);
            days = ReportPeriod::days(std::max(week.first, filter.period.first),
                                      std::min(week.last, filter.period.last), filter.period.zone);
        }
        static const ActivityFigure figures[] = {
            ActivityFigure::Logged, ActivityFigure::Logged,     ActivityFigure::Calls,   ActivityFigure::Meetings,
            ActivityFigure::Emails, ActivityFigure::DealsMoved, ActivityFigure::DealsWon};
        const ActivityFigure figure = figures[std::clamp(column, 0, 6)];
        openDetails(kontor::Activity(m_db).behind(days, who.at(0).toLongLong(), figure, ReportDetailsDialog::maxRows),
                    tr("%1: %2, %3 to %4")
                        .arg(who.value(2).toString(),
                             m_tables[report]->horizontalHeaderItem(std::max(column, 2))->text(),
                             QLocale().toString(days.first, QLocale::ShortFormat),
                             QLocale().toString(days.last, QLocale::ShortFormat)));
        break;
    }
    case Forecast: {
        const QVariantList month = key.toList();
        if (month.size() != 2)
            return;
        const qint64 owner = month.at(1).toLongLong();
        openDetails(asRows(kontor::Forecast(m_db).dealsIn(month.at(0).toDate(), owner > 0 ? owner : -1),
                           FigureRows::Kind::Deals),
                    tr("Open deals expected in %1").arg(first->text()));
        break;
    }
    case ReportCount:
        break;
    }
}

void ReportsPage::openDetails(const Result<FigureRows>& rows, const QString& title)
{
    if (!rows) {
        emit statusMessage(rows.error());
        return;
    }
    const auto kind = rows.value().kind == FigureRows::Kind::Deals      ? ReportDetailsDialog::Kind::Deals
                      : rows.value().kind == FigureRows::Kind::Contacts ? ReportDetailsDialog::Kind::Contacts
                                                                        : ReportDetailsDialog::Kind::Interactions;
    ReportDetailsDialog dialog(m_db, kind, rows.value().ids, title, this, rows.value().more);
    connect(&dialog, &ReportDetailsDialog::openDealRequested, this, &ReportsPage::openDealRequested);
    connect(&dialog, &ReportDetailsDialog::openContactRequested, this, &ReportsPage::openContactRequested);
    connect(&dialog, &ReportDetailsDialog::interactionLogged, this, &ReportsPage::interactionLogged);
    dialog.exec();
}

QString ReportsPage::suggestedFileName(const QString& suffix) const
{
    static const char* const names[] = {"funnel", "lead-sources", "week", "activity", "forecast"};
    const ReportPeriod chosen = period();
    return QStringLiteral("kontor-%1-%2-%3.%4")
        .arg(QLatin1String(names[std::clamp(m_tabs->currentIndex(), 0, int(ReportCount) - 1)]),
             chosen.first.toString(Qt::ISODate), chosen.last.toString(Qt::ISODate), suffix);
}

bool ReportsPage::exportTable(Report report, const QString& path, QString* error) const
{
    const QTableWidget* table = m_tables[report];
    QList<QStringList> rows;
    QStringList header;
    for (int column = 0; column < table->columnCount(); ++column)
        header << (table->horizontalHeaderItem(column) ? table->horizontalHeaderItem(column)->text() : QString());
    rows << header;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
        rows << cells;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(CsvWriter::write(rows)) < 0 || !file.commit()) {
        if (error)
            *error = cannotWrite(path, file);
        return false;
    }
    return true;
}

bool ReportsPage::exportChart(Report report, const QString& path, QString* error) const
{
    // Twice the size on screen, so that the image stays sharp in a document or a slide.
    const QImage image = chartImage(report, m_charts[report]->size().expandedTo(QSize(640, 420)), 2, false);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = cannotWrite(path, file);
        return false;
    }
    return true;
}

QImage ReportsPage::chartImage(Report report, QSize size, qreal scale, bool onPaper) const
{
    QChart* chart = m_charts[report]->chart();
    QImage image(size * scale, QImage::Format_ARGB32);
    image.fill(onPaper ? QColor(Qt::white) : palette().base().color());
    const QSizeF onScreen = chart->size();
    if (onPaper)
        paintChart(chart, QBrush(Qt::white), QBrush(Qt::black));
    // The chart is laid out again at the picture's size (a tab never shown has no size of its own), then put back.
    chart->resize(size);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        chart->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())),
                               QRectF(chart->pos(), QSizeF(size)));
    }
    chart->resize(onScreen);
    if (onPaper)
        paintChart(chart, m_charts[report]->palette().base(), m_charts[report]->palette().text());
    return image;
}

QString ReportsPage::cannotWrite(const QString& path, const QSaveFile& file)
{
    return tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
}

QString ReportsPage::reportName(Report report) const
{
    return QString(m_names.value(report)).remove(u'&');
}

void ReportsPage::computeAll()
{
    if (!m_db.isOpen())
        return;
    const ReportFilter filter{period(), m_owner->currentData().toLongLong()};
    showFunnel(filter);
    showSources(filter);
    showWeekly(filter);
    showActivity(filter);
    showForecast(filter);
}

void ReportsPage::exportCurrent(bool chart)
{
    const auto report = static_cast<Report>(m_tabs->currentIndex());
    const QString path = Ask::saveFileName(
        this, chart ? tr("Save the Chart") : tr("Save the Table"),
        QDir::home().filePath(suggestedFileName(chart ? QStringLiteral("png") : QStringLiteral("csv"))),
        chart ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(chart ? exportChart(report, path, &error) : exportTable(report, path, &error))) {
        Ask::warning(this, tr("Export"), error);
        return;
    }
    emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportsPage::showError(Report report, const QString& message)
{
    m_summaries[report]->setText(message);
    m_tables[report]->setRowCount(0);
    emit statusMessage(message);
}

void ReportsPage::showFunnel(const ReportFilter& filter)
{
    auto report = kontor::Funnel(m_db).compute(filter);
    if (!report) {
        showError(Funnel, report.error());
        return;
    }
    const QList<Column> columns = {
        {tr("Stage"), tr("The stages in the order of the pipeline.")},
        {tr("Reached"), tr("Deals that first reached the stage in the period (a deal that skipped it is not "
                           "counted; one that came back is counted once).")},
        {tr("Went on"), tr("Of those, the deals that have gone on to a later stage other than Lost.")},
        {tr("Conversion"), tr("Went on ÷ reached.")},
        {tr("Value"), tr("The amounts of the deals that reached the stage.")},
        {tr("Days to go on"), tr("Average days those that went on took to, from first reaching the stage.")}};
    QTableWidget* table = m_tables[Funnel];
    setColumns(table, columns);
    auto* set = new QBarSet(tr("Deals"));
    QStringList categories;
    for (const FunnelStage& stage : report->stages) {
        addRow(table,
               {stage.name, number(stage.reached), number(stage.wentOn), percent(stage.conversion()),
                money(stage.value),
                stage.averageDays ? QLocale().toString(*stage.averageDays, 'f', 1) : QStringLiteral("–")},
               columns);
        table->item(table->rowCount() - 1, 0)->setData(Qt::UserRole, stage.stageId);
        if (stage.kind == QStringLiteral("lost"))
            continue;
        // Horizontal bars are drawn from the bottom up: the first stage goes last to be on top.
        set->insert(0, static_cast<qreal>(stage.reached));
        categories.prepend(stage.name);
    }
    // A click on a bar lists its deals, as the row of the table does (bars count up from the bottom).
    const int bars = set->count();
    connect(set, &QBarSet::clicked, this, [this, bars](int index) { showDetails(Funnel, bars - 1 - index); });
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    showBars(m_charts[Funnel], series, categories, tr("Deals reaching each stage"), true);
    const bool anyDeal = report->entered > 0 || report->won > 0 || report->lost > 0 ||
                         std::any_of(report->stages.cbegin(), report->stages.cend(),
                                     [](const FunnelStage& stage) { return stage.reached > 0; });
    m_summaries[Funnel]->setText(
        anyDeal ? tr("<b>%1</b> deals created · <b>%2</b> won (%3) · <b>%4</b> lost · win rate <b>%5</b> · from "
                     "created to won <b>%6</b>")
                      .arg(number(report->entered), number(report->won), money(report->wonValue).toHtmlEscaped(),
                           number(report->lost), percent(report->winRate()), percent(report->overallConversion()))
                : tr("No deal moved in this period: add deals with Ctrl+Shift+N and move them on the pipeline, or "
                     "choose a longer period."));
    m_summaries[Funnel]->setToolTip(tr("Win rate: won ÷ (won + lost) in the period. From created to won: deals won "
                                       "in the period ÷ deals created in it."));
}

void ReportsPage::showSources(const ReportFilter& filter)
{
    auto report = LeadSources(m_db).compute(filter);
    if (!report) {
        showError(Sources, report.error());
        return;
    }
    const QList<Column> columns = {
        {tr("Source"), tr("Lead sources, most revenue first; campaigns indented under their source.")},
        {tr("Leads"), tr("Contacts from the source created in the period.")},
        {tr("Qualified"), tr("Of those, the ones now qualified or customers.")},
        {tr("Customers"), tr("Contacts with a deal from the source won in the period.")},
        {tr("Conversion"), tr("Customers ÷ leads.")},
        {tr("Revenue"), tr("The amounts of the deals from the source won in the period.")},
        {tr("Spend"), tr("Campaign spend falling in the period, spread evenly over each campaign's days.")},
        {tr("Cost per lead"), tr("Spend ÷ leads.")},
        {tr("Cost per customer"), tr("Spend ÷ customers.")},
        {tr("ROI"), tr("(Revenue − spend) ÷ spend.")}};
    QTableWidget* table = m_tables[Sources];
    setColumns(table, columns);
    // What each source brought against what it cost: the best and the worst stand out.
    auto* revenue = new QBarSet(tr("Revenue"));
    auto* spend = new QBarSet(tr("Spend"));
    QStringList categories;
    QList<int> sourceRows;
    const auto row = [&](const SourceFigures& source, const QString& indent) {
        addRow(table,
               {indent + source.name, number(source.leads), number(source.qualified), number(source.customers),
                percent(source.conversion()), money(source.revenue), money(source.spend), money(source.costPerLead()),
                money(source.costPerCustomer()), percent(source.roi())},
               columns);
        table->item(table->rowCount() - 1, 0)->setData(Qt::UserRole, QVariantList{source.sourceId, source.campaignId});
    };
    for (const SourceFigures& source : report->sources) {
        sourceRows.prepend(table->rowCount());
        row(source, QString());
        for (const SourceFigures& campaign : report->campaigns.value(source.sourceId))
            row(campaign, QStringLiteral("    "));
        // Horizontal bars are drawn from the bottom up: the best source goes last to be on top.
        revenue->insert(0, major(source.revenue));
        spend->insert(0, major(source.spend));
        categories.prepend(source.roi() ? tr("%1 (ROI %2)").arg(source.name, percent(source.roi())) : source.name);
    }
    row(report->unattributed, QString());
    for (QBarSet* set : {revenue, spend}) {
        connect(set, &QBarSet::clicked, this,
                [this, sourceRows](int index) { showDetails(Sources, sourceRows.value(index, -1)); });
    }
    auto* series = new QHorizontalBarSeries;
    series->append(revenue);
    series->append(spend);
    showBars(m_charts[Sources], series, categories,
             report->sources.isEmpty() || report->sources.first().revenue.isEmpty()
                 ? tr("Revenue and spend by source")
                 : tr("Revenue and spend by source (%1)").arg(report->sources.first().revenue.first().currency),
             true);
    const auto best = report->sources.isEmpty() ? nullptr : &report->sources.first();
    m_summaries[Sources]->setText(
        best && !best->revenue.isEmpty()
            ? tr("Most revenue: <b>%1</b> (%2 from %3 customers)")
                  .arg(best->name.toHtmlEscaped(), money(best->revenue).toHtmlEscaped(), number(best->customers))
        : std::none_of(report->sources.cbegin(), report->sources.cend(),
                       [](const SourceFigures& source) { return source.leads > 0; })
            ? tr("No leads in this period: give contacts a lead source (in the contact dialog or when "
                 "importing), or choose a longer period.")
            : tr("No deal from a lead source was won in this period."));
}

void ReportsPage::showWeekly(const ReportFilter& filter)
{
    const ReportPeriod week =
        ReportPeriod::week(std::min(filter.period.last, m_today), QLocale().firstDayOfWeek(), filter.period.zone);
    auto report = WeeklyStats(m_db).compute(week, filter.ownerId);
    if (!report) {
        showError(Weekly, report.error());
        return;
    }
    const QList<Column> columns = {{tr("Figure"), tr("What the notebook asked each week.")},
                                   {tr("This week"), tr("The week shown.")},
                                   {tr("Week before"), tr("The week before it.")},
                                   {tr("Change"), tr("This week less the week before.")}};
    QTableWidget* table = m_tables[Weekly];
    setColumns(table, columns);
    const WeekFigures& now = report->current();
    const WeekFigures& before = report->previous();
    // Each row remembers its figure, for listing what lies behind it.
    const auto line = [&](WeekFigure figure, const QString& label, const QString& definition, qint64 value,
                          qint64 previous) {
        addRow(table,
               {label, number(value), number(previous),
                (value > previous ? QStringLiteral("+") : QString()) + number(value - previous)},
               {{label, definition}, {label, definition}, {label, definition}, {label, definition}});
        table->item(table->rowCount() - 1, 0)->setData(Qt::UserRole, static_cast<int>(figure));
    };
    line(WeekFigure::Calls, tr("Calls held"), tr("Calls logged in the week."), now.calls, before.calls);
    line(WeekFigure::SuccessfulCalls, tr("… successful"), tr("Calls with the outcome “successful”."),
         now.successfulCalls, before.successfulCalls);
    line(WeekFigure::Meetings, tr("Meetings held"), tr("Meetings that took place in the week."), now.meetings,
         before.meetings);
    line(WeekFigure::SuccessfulMeetings, tr("… successful"), tr("Meetings with the outcome “successful”."),
         now.successfulMeetings, before.successfulMeetings);
    line(WeekFigure::LedToAppointment, tr("Led to another appointment"),
         tr("Calls and meetings whose next step booked a meeting."), now.ledToAppointment, before.ledToAppointment);
    line(WeekFigure::AppointmentsAhead, tr("Appointments in the next 30 days"),
         tr("Meetings booked for the 30 days after the week."), now.appointmentsAhead, before.appointmentsAhead);
    line(WeekFigure::NewLeads, tr("New leads"), tr("Contacts created in the week."), now.newLeads, before.newLeads);
    line(WeekFigure::DealsWon, tr("Deals won"), tr("Deals moved to Won in the week."), now.dealsWon, before.dealsWon);
    line(WeekFigure::DealsLost, tr("Deals lost"), tr("Deals moved to Lost in the week."), now.dealsLost,
         before.dealsLost);
    addRow(table, {tr("Revenue won"), money(now.revenueWon), money(before.revenueWon), QString()},
           {{tr("Revenue won"), tr("The amounts of the deals won in the week.")}});
    table->item(table->rowCount() - 1, 0)->setData(Qt::UserRole, static_cast<int>(WeekFigure::RevenueWon));
    line(WeekFigure::ComplaintsOpened, tr("Complaints opened"), tr("Complaints logged in the week."),
         now.complaintsOpened, before.complaintsOpened);
    line(WeekFigure::ComplaintsResolved, tr("Complaints resolved"),
         tr("Complaints marked resolved in the week, whenever they were logged."), now.complaintsResolved,
         before.complaintsResolved);

    auto* calls = new QBarSet(tr("Calls"));
    auto* meetings = new QBarSet(tr("Meetings"));
    auto* successful = new QBarSet(tr("Successful"));
    QStringList categories;
    m_chartWeeks.clear();
    for (const WeekFigures& figures : report->weeks) {
        m_chartWeeks << figures.week;
        *calls << static_cast<qreal>(figures.calls);
        *meetings << static_cast<qreal>(figures.meetings);
        *successful << static_cast<qreal>(figures.successfulCalls + figures.successfulMeetings);
        categories << QLocale().toString(figures.week.first, QStringLiteral("d MMM"));
    }
    auto* series = new QBarSeries;
    series->append(calls);
    series->append(meetings);
    series->append(successful);
    // A click on a bar lists that week's calls, meetings or successful ones.
    const auto listWeek = [this](const QList<WeekFigure>& figures, int index) {
        if (index < 0 || index >= m_chartWeeks.size())
            return;
        const ReportPeriod week = m_chartWeeks.at(index);
        const qint64 owner = m_owner->currentData().toLongLong();
        FigureRows all{FigureRows::Kind::Interactions, {}};
        for (WeekFigure figure : figures) {
            auto rows = WeeklyStats(m_db).behind(week, figure, owner, ReportDetailsDialog::maxRows);
            if (!rows) {
                emit statusMessage(rows.error());
                return;
            }
            all.ids += rows.value().ids;
            all.more = all.more || rows.value().more;
        }
        openDetails(all, tr("Week of %1").arg(QLocale().toString(week.first, QLocale::ShortFormat)));
    };
    connect(calls, &QBarSet::clicked, this, [listWeek](int index) { listWeek({WeekFigure::Calls}, index); });
    connect(meetings, &QBarSet::clicked, this, [listWeek](int index) { listWeek({WeekFigure::Meetings}, index); });
    connect(successful, &QBarSet::clicked, this, [listWeek](int index) {
        listWeek({WeekFigure::SuccessfulCalls, WeekFigure::SuccessfulMeetings}, index);
    });
    showBars(m_charts[Weekly], series, categories, tr("The last 12 weeks"), false);
    const bool quiet = now.calls == 0 && now.meetings == 0 && now.newLeads == 0 && now.dealsWon == 0 &&
                       now.dealsLost == 0 && now.complaintsOpened == 0 && now.complaintsResolved == 0 &&
                       now.appointmentsAhead == 0;
    m_summaries[Weekly]->setText(
        (quiet ? tr("Week of <b>%1</b>: nothing logged yet. Log calls and meetings with Ctrl+L as they happen.")
               : tr("Week of <b>%1</b>, compared with the week before."))
            .arg(QLocale().toString(now.week.first, QLocale::LongFormat)));
}

void ReportsPage::showActivity(const ReportFilter& filter)
{
    auto report = kontor::Activity(m_db).compute(filter, QLocale().firstDayOfWeek());
    if (!report) {
        showError(Activity, report.error());
        return;
    }
    const QList<Column> columns = {{tr("Salesperson"), tr("Who logged the interactions or made the moves.")},
                                   {tr("Week of"), tr("The week's first day; “total” for the whole period.")},
                                   {tr("Calls"), tr("Calls the salesperson logged.")},
                                   {tr("Meetings"), tr("Meetings the salesperson logged.")},
                                   {tr("Emails"), tr("Emails the salesperson logged.")},
                                   {tr("Deals moved"), tr("Stage changes the salesperson made.")},
                                   {tr("Deals won"), tr("The salesperson's deals moved to Won.")}};
    QTableWidget* table = m_tables[Activity];
    setColumns(table, columns);
    auto* calls = new QBarSet(tr("Calls"));
    auto* meetings = new QBarSet(tr("Meetings"));
    auto* emails = new QBarSet(tr("Emails"));
    auto* won = new QBarSet(tr("Deals won"));
    QStringList categories;
    m_chartUsers.clear();
    // Each row remembers whose week it is, for listing what lies behind a figure.
    const auto remember = [table](const ActivityFigures& figures, const QString& user) {
        table->item(table->rowCount() - 1, 0)
            ->setData(Qt::UserRole, QVariantList{figures.userId, figures.weekOf, user});
    };
    for (const ActivityFigures& total : report->totals) {
        addRow(table,
               {total.user, tr("total"), number(total.calls), number(total.meetings), number(total.emails),
                number(total.dealsMoved), number(total.dealsWon)},
               columns);
        remember(total, total.user);
        for (const ActivityFigures& week : report->rows) {
            if (week.userId != total.userId)
                continue;
            addRow(table,
                   {QString(), QLocale().toString(week.weekOf, QLocale::ShortFormat), number(week.calls),
                    number(week.meetings), number(week.emails), number(week.dealsMoved), number(week.dealsWon)},
                   columns);
            remember(week, total.user);
        }
        m_chartUsers << total.userId;
        *calls << static_cast<qreal>(total.calls);
        *meetings << static_cast<qreal>(total.meetings);
        *emails << static_cast<qreal>(total.emails);
        *won << static_cast<qreal>(total.dealsWon);
        categories << total.user;
    }
    auto* series = new QBarSeries;
    for (QBarSet* set : {calls, meetings, emails, won})
        series->append(set);
    // A click on a bar lists what the salesperson did in the period: the total row's cell of that column.
    const QList<QPair<QBarSet*, int>> columnOf = {{calls, 2}, {meetings, 3}, {emails, 4}, {won, 6}};
    for (const auto& [set, column] : columnOf) {
        connect(set, &QBarSet::clicked, this, [this, column](int index) {
            QTableWidget* activity = m_tables[Activity];
            for (int row = 0; row < activity->rowCount(); ++row) {
                const QVariantList who = activity->item(row, 0)->data(Qt::UserRole).toList();
                if (who.size() == 3 && who.at(0).toLongLong() == m_chartUsers.value(index) &&
                    !who.at(1).toDate().isValid()) {
                    showDetails(Activity, row, column);
                    return;
                }
            }
        });
    }
    showBars(m_charts[Activity], series, categories, tr("Activity per salesperson"), false);
    m_summaries[Activity]->setText(
        report->totals.isEmpty()
            ? tr("Nobody logged anything in this period: log calls, meetings and emails "
                 "with Ctrl+L, or choose a longer period.")
            : tr("%n salesperson(s) active in the period.", nullptr, static_cast<int>(report->totals.size())));
}

void ReportsPage::showForecast(const ReportFilter& filter)
{
    auto report = kontor::Forecast(m_db).compute(m_today, filter.ownerId);
    if (!report) {
        showError(Forecast, report.error());
        return;
    }
    const QList<Column> columns = {
        {tr("Expected close"), tr("The month the deals are expected to close; overdue months come first.")},
        {tr("Salesperson"), tr("The deals' owner.")},
        {tr("Deals"), tr("Open deals expected to close in the month.")},
        {tr("Amount"), tr("Their amounts.")},
        {tr("Weighted"), tr("Their amounts times the probability of their stage.")},
        {tr("Overdue"), tr("Deals whose expected close date has passed while they are still open.")}};
    QTableWidget* table = m_tables[Forecast];
    setColumns(table, columns);
    auto* amount = new QBarSet(tr("Amount"));
    auto* weighted = new QBarSet(tr("Weighted"));
    QStringList categories;
    qint64 overdue = 0;
    for (const ForecastMonth& month : report->months) {
        const QString name =
            month.month.isValid() ? QLocale().toString(month.month, QStringLiteral("MMM yyyy")) : tr("No date");
        addRow(table,
               {name, month.owner.isEmpty() ? tr("(nobody)") : month.owner, number(month.deals), money(month.amount),
                money(month.weighted), number(month.overdue)},
               columns);
        table->item(table->rowCount() - 1, 0)->setData(Qt::UserRole, QVariantList{month.month, month.ownerId});
        if (month.overdue > 0) {
            for (int column = 0; column < table->columnCount(); ++column)
                table->item(table->rowCount() - 1, column)->setForeground(QColor(0xc6, 0x28, 0x28));
        }
        overdue += month.overdue;
        // One bar per month, all owners together, named short enough to stand under it.
        const QString shortName =
            month.month.isValid() ? QLocale().toString(month.month, QStringLiteral("MMM yy")) : tr("No date");
        if (categories.isEmpty() || categories.last() != shortName) {
            categories << shortName;
            *amount << 0;
            *weighted << 0;
        }
        amount->replace(amount->count() - 1, amount->at(amount->count() - 1) + major(month.amount));
        weighted->replace(weighted->count() - 1, weighted->at(weighted->count() - 1) + major(month.weighted));
    }
    auto* series = new QBarSeries;
    series->append(amount);
    series->append(weighted);
    showBars(m_charts[Forecast], series, categories, tr("Open deals by expected close"), false);
    m_summaries[Forecast]->setText(
        report->months.isEmpty() ? tr("No open deals: add one with Ctrl+Shift+N and give it an expected close date.")
        : overdue > 0
            ? tr("<b>%n</b> open deal(s) are past their expected close date.", nullptr, static_cast<int>(overdue))
            : tr("No open deal is past its expected close date."));
}

} // namespace kontor::ui
