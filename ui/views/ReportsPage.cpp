// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsPage.h"

#include "Translations.h"
#include "repositories/CustomFieldRepository.h"

#include "DateEdits.h"
#include "Mnemonics.h"
#include "domain/DateText.h"

#include "Clock.h"
#include "dialogs/Ask.h"
#include "dialogs/ReportDetailsDialog.h"
#include "io/CsvWriter.h"
#include "reports/ActivityReportView.h"
#include "reports/CustomersReportView.h"
#include "reports/ForecastReportView.h"
#include "reports/FunnelReportView.h"
#include "reports/LeadSourceReportView.h"
#include "reports/LifecycleReportView.h"
#include "reports/WeeklyReportView.h"
#include "repositories/UserRepository.h"
#include "territories/Territories.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kontor::ui {

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
        showUserDates(edit, false);
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setAccessibleName(tr("Last day"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setAccessibleName(tr("Salesperson"));
    // Every report narrowed to one answer of a choice field of your own ("Industry: Retail").
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("choice"));
    m_choice->setAccessibleName(tr("Only records with"));
    m_choice->setToolTip(tr("Narrows every report to the contacts, companies or deals with this answer of a choice "
                            "field (Settings → Fields), or to a sales territory (Settings → Territories)."));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(12);

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
    bar->addSpacing(8);
    bar->addWidget(m_choice);
    bar->addStretch();
    // A push button with a menu: the style leaves room for its arrow (a tool button drew it over the text).
    auto* exportButton = new QPushButton(this);
    exportButton->setObjectName(QStringLiteral("export"));
    // Alt+E and Alt+F belong to the Edit and File menus, Alt+S to the salesperson.
    exportButton->setText(tr("E&xport"));
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
    m_names = QStringList{tr("F&unnel"),   tr("&Lead sources"), tr("&Week"),     tr("&Activity"),
                          tr("F&orecast"), tr("L&ifecycle"),    tr("Cus&tomers")};
    // The week's and the activity's figures each list their own rows: the cell chosen is the one that counts.
    m_views[Funnel] = new FunnelReportView(reportName(Funnel), QAbstractItemView::SelectRows, m_tabs);
    m_views[Sources] = new LeadSourceReportView(reportName(Sources), QAbstractItemView::SelectRows, m_tabs);
    m_views[Weekly] = new WeeklyReportView(reportName(Weekly), QAbstractItemView::SelectItems, m_tabs);
    m_views[Activity] = new ActivityReportView(reportName(Activity), QAbstractItemView::SelectItems, m_tabs);
    m_views[Forecast] = new ForecastReportView(reportName(Forecast), QAbstractItemView::SelectRows, m_tabs);
    m_views[Lifecycle] = new LifecycleReportView(reportName(Lifecycle), QAbstractItemView::SelectItems, m_tabs);
    m_views[Customers] = new CustomersReportView(reportName(Customers), QAbstractItemView::SelectItems, m_tabs);
    for (int report = 0; report < ReportCount; ++report) {
        ReportView* view = m_views[report];
        connect(view, &ReportView::detailsWanted, this,
                [this, report](int row, int column) { showDetails(static_cast<Report>(report), row, column); });
        connect(view, &ReportView::rowsChosen, this, &ReportsPage::openDetails);
        connect(view, &ReportView::statusMessage, this, &ReportsPage::statusMessage);
        m_tabs->addTab(view, m_names[report]);
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
    connect(m_choice, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReportsPage::refresh);
}

void ReportsPage::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    fillOwners();
    for (ReportView* view : m_views)
        view->setDatabase(db);
    // A million contacts' figures are not worth computing for a page nobody looks at: showing it computes them.
    if (isVisible())
        refresh();
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Fields and their answers may have changed in Settings since.
    fillChoices();
    refresh();
}

void ReportsPage::setToday(QDate today)
{
    m_today = today;
    updateDateEdits();
    refresh();
}

void ReportsPage::reloadChoices()
{
    fillChoices();
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
    fillChoices();
}

void ReportsPage::fillChoices()
{
    // Each answer of each choice field, contacts' first: "Industry: Retail"; the data is "field id:option id".
    const QSignalBlocker blocker(m_choice);
    const QString chosen = m_choice->currentData().toString();
    m_choice->clear();
    m_choice->addItem(tr("All records"), QString());
    // Territories first: a manager's weekly look is most often at one region. The data is "t:territory id".
    if (auto territories = m_db.isOpen() ? Territories(m_db).list() : Result<QList<Territory>>(QList<Territory>());
        territories && !territories->isEmpty()) {
        for (const Territory& territory : territories.value())
            m_choice->addItem(tr("Territory: %1").arg(territory.name), QStringLiteral("t:%1").arg(territory.id));
        m_choice->addItem(tr("In no territory"), QStringLiteral("t:0"));
    }
    if (m_db.isOpen()) {
        for (RecordKind record : {RecordKind::Contact, RecordKind::Company, RecordKind::Deal}) {
            auto fields = CustomFieldRepository(m_db).fields(record);
            if (!fields)
                continue;
            for (const CustomField& field : fields.value()) {
                if (!field.hasOptions())
                    continue;
                const QString label =
                    record == RecordKind::Contact ? field.label
                    : record == RecordKind::Company
                        ? tr("%1 (company)", "a company's field in the reports' filter").arg(field.label)
                        : tr("%1 (deal)", "a deal's field in the reports' filter").arg(field.label);
                for (const FieldOption& option : field.options) {
                    if (!option.archived)
                        m_choice->addItem(tr("%1: %2", "field: answer").arg(label, option.label),
                                          QStringLiteral("%1:%2").arg(field.id).arg(option.id));
                }
            }
        }
    }
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(chosen)));
    // Nothing to narrow by: no box.
    m_choice->setVisible(m_choice->count() > 1);
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
        return ReportPeriod::days(m_from->date(), m_to->date(), zone, DateText::calendar());
    return ReportPeriod::of(kind, m_today, QLocale().firstDayOfWeek(), zone, DateText::calendar());
}

void ReportsPage::refresh()
{
    if (!m_db.isOpen() || !isVisible())
        return;
    // A territory or an answer taken away since (Ctrl+Z, a script) goes back to "All records" in the box too,
    // rather than the box naming it over everyone's figures.
    fillChoices();
    const int report = m_tabs->currentIndex();
    if (report >= 0 && report < ReportCount)
        m_views[report]->compute(filter(), m_today);
}

ReportFilter ReportsPage::filter() const
{
    ReportFilter filter{period(), m_owner->currentData().toLongLong(), {}};
    const QStringList choice = m_choice->currentData().toString().split(u':');
    if (choice.size() == 2 && choice.at(0) == u't') {
        if (auto read = ReportChoice::ofTerritory(m_db, choice.at(1).toLongLong()); read)
            filter.choice = read.value();
    } else if (choice.size() == 2) {
        if (auto read = ReportChoice::of(m_db, choice.at(0).toLongLong(), {choice.at(1).toLongLong()}); read)
            filter.choice = read.value();
    }
    return filter;
}

QTableView* ReportsPage::table(Report report) const
{
    return m_views[report]->table();
}

QChartView* ReportsPage::chart(Report report) const
{
    return m_views[report]->chart();
}

QLabel* ReportsPage::summary(Report report) const
{
    return m_views[report]->summary();
}

void ReportsPage::showDetails(Report report, int row, int column)
{
    if (report < 0 || report >= ReportCount || !m_db.isOpen())
        return;
    m_views[report]->showDetails(filter(), row, column);
}

void ReportsPage::openDetails(const FigureRows& rows, const QString& title)
{
    const auto kind = rows.kind == FigureRows::Kind::Deals      ? ReportDetailsDialog::Kind::Deals
                      : rows.kind == FigureRows::Kind::Contacts ? ReportDetailsDialog::Kind::Contacts
                                                                : ReportDetailsDialog::Kind::Interactions;
    ReportDetailsDialog dialog(m_db, kind, rows.ids, title, this, rows.more);
    connect(&dialog, &ReportDetailsDialog::openDealRequested, this, &ReportsPage::openDealRequested);
    connect(&dialog, &ReportDetailsDialog::openContactRequested, this, &ReportsPage::openContactRequested);
    connect(&dialog, &ReportDetailsDialog::interactionLogged, this, &ReportsPage::interactionLogged);
    dialog.exec();
}

QString ReportsPage::suggestedFileName(const QString& suffix) const
{
    static const char* const names[] = {"funnel",   "lead-sources", "week",     "activity",
                                        "forecast", "lifecycle",    "customers"};
    const ReportPeriod chosen = period();
    return QStringLiteral("kontor-%1-%2-%3.%4")
        .arg(QLatin1String(names[std::clamp(m_tabs->currentIndex(), 0, int(ReportCount) - 1)]),
             chosen.first.toString(Qt::ISODate), chosen.last.toString(Qt::ISODate), suffix);
}

bool ReportsPage::exportTable(Report report, const QString& path, QString* error) const
{
    const ReportTableModel* table = m_views[report]->model();
    QList<QStringList> rows;
    QStringList header;
    for (int column = 0; column < table->columnCount(); ++column)
        header << table->title(column);
    rows << header;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << table->text(row, column);
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
    const QImage image = m_views[report]->chartImage(chart(report)->size().expandedTo(QSize(640, 420)), 2, false);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = cannotWrite(path, file);
        return false;
    }
    return true;
}

QString ReportsPage::cannotWrite(const QString& path, const QSaveFile& file)
{
    return tr("“%1” could not be written: %2").arg(shownPath(path), file.errorString());
}

QString ReportsPage::reportName(Report report) const
{
    return withoutMnemonic(m_names.value(report));
}

void ReportsPage::computeAll()
{
    if (!m_db.isOpen())
        return;
    const ReportFilter chosen = filter();
    for (ReportView* view : m_views)
        view->compute(chosen, m_today);
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
    emit statusMessage(tr("Saved %1.").arg(shownPath(path)));
}

} // namespace kontor::ui
