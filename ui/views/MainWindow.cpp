// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "PageRefresh.h"
#include "dialogs/Ask.h"

#include "Clock.h"
#include "CompaniesPage.h"
#include "ContactsPage.h"
#include "PipelinePage.h"
#include "ReminderNotifier.h"
#include "RemindersPage.h"
#include "ReportsPage.h"
#include "TodayPage.h"
#include "WelcomePage.h"
#include "dialogs/ArchiveDialog.h"
#include "dialogs/BusyWork.h"
#include "dialogs/DataHealthDialog.h"
#include "dialogs/DatabaseProblemDialog.h"
#include "dialogs/DemoDatabase.h"
#include "dialogs/DuplicatesDialog.h"
#include "dialogs/GlobalSearchDialog.h"
#include "dialogs/ImportHistoryDialog.h"
#include "dialogs/ImportSummaryPage.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/RestoreBackupDialog.h"
#include "dialogs/SettingsDialog.h"
#include "repositories/ContactRepository.h"
#include "repositories/SettingsRepository.h"
#include "storage/Backups.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <optional>

namespace kontor::ui {

namespace {

/// One step of the session's undo history: what an action wrote, reversed by the journal.
class JournalCommand : public QUndoCommand
{
public:
    JournalCommand(MainWindow* window, UndoJournal::Step step)
        : QUndoCommand(step.label), m_window(window), m_undo(std::move(step))
    {
    }
    void undo() override { apply(m_undo, &m_redo); }
    void redo() override
    {
        // Pushed after the action has been done.
        if (m_pushed) {
            m_pushed = false;
            return;
        }
        apply(m_redo, &m_undo);
    }

private:
    void apply(const UndoJournal::Step& step, UndoJournal::Step* reverse)
    {
        auto applied = m_window->applyUndoStep(step);
        if (applied)
            *reverse = applied.value();
        else
            setObsolete(true); // leaves the stack: the records changed in a way it cannot take back
    }

    MainWindow* m_window;
    UndoJournal::Step m_undo;
    UndoJournal::Step m_redo;
    bool m_pushed = true;
};

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_undoStack = new QUndoStack(this);
    m_dailyBackup = new DailyBackup(this);
    connect(m_dailyBackup, &DailyBackup::finished, this,
            [this](const QString& message, bool ok) { statusBar()->showMessage(message, ok ? 6000 : 15000); });
    setWindowIcon(QIcon(QStringLiteral(":/icons/kontor.svg")));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(170);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    const QList<QPair<QString, QStyle::StandardPixmap>> entries = {{tr("Today"), QStyle::SP_FileDialogDetailedView},
                                                                   {tr("Contacts"), QStyle::SP_DirHomeIcon},
                                                                   {tr("Companies"), QStyle::SP_DirIcon},
                                                                   {tr("Pipeline"), QStyle::SP_ArrowRight},
                                                                   {tr("Reminders"), QStyle::SP_MessageBoxInformation},
                                                                   {tr("Reports"), QStyle::SP_FileDialogInfoView}};
    for (int i = 0; i < entries.size(); ++i) {
        auto* item = new QListWidgetItem(style()->standardIcon(entries[i].second), entries[i].first, m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(entries[i].first).arg(i + 1));
        item->setSizeHint(QSize(150, 34));
    }

    m_pages = new QStackedWidget(this);
    m_contacts = new ContactsPage(this);
    m_today = new TodayPage(this);
    m_pages->addWidget(m_today);
    m_pages->addWidget(m_contacts);
    m_companies = new CompaniesPage(this);
    m_pages->addWidget(m_companies);
    m_pipeline = new PipelinePage(this);
    m_pages->addWidget(m_pipeline);
    m_reminders = new RemindersPage(this);
    m_pages->addWidget(m_reminders);
    m_reports = new ReportsPage(this);
    m_pages->addWidget(m_reports);
    m_welcome = new WelcomePage(this);
    m_pages->addWidget(m_welcome);
    // What each page shows, so that an action's events mark exactly those pages out of date.
    using Area = PageRefresh::Area;
    m_pageRefresh = new PageRefresh(m_pages, this);
    // Today, Pipeline, Reminders and Reports read themselves whenever they are shown.
    const auto readsItself = PageRefresh::WhenShown::ReadsItself;
    m_pageRefresh->addPage(
        m_today, Area::Everything, [this] { m_today->refresh(); }, readsItself);
    m_pageRefresh->addPage(m_contacts, Area::Everything, [this] { m_contacts->refresh(); });
    m_pageRefresh->addPage(m_companies, Area::Everything, [this] { m_companies->refresh(); });
    m_pageRefresh->addPage(
        m_pipeline, Area::Deals | Area::Contacts | Area::Companies, [this] { m_pipeline->refresh(); }, readsItself);
    m_pageRefresh->addPage(
        m_reminders, Area::Reminders | Area::Contacts, [this] { m_reminders->refresh(); }, readsItself);
    m_pageRefresh->addPage(
        m_reports, Area::Deals | Area::Interactions | Area::Contacts, [this] { m_reports->refresh(); }, readsItself);
    connectWelcomePage();
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // Every page says what it did in the status bar; the action it called took its own undo step.
    auto showMessage = [this](const QString& message) { statusBar()->showMessage(message, 6000); };
    connect(m_contacts, &ContactsPage::statusMessage, this, showMessage);
    connect(m_today, &TodayPage::statusMessage, this, showMessage);
    connect(m_pipeline, &PipelinePage::statusMessage, this, showMessage);
    connect(m_reminders, &RemindersPage::statusMessage, this, showMessage);
    connect(m_reports, &ReportsPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 6000); });
    connect(m_reminders, &RemindersPage::remindersChanged, this, &MainWindow::updateTodayBadge);
    connect(m_reports, &ReportsPage::interactionLogged, this, [this, showMessage](const QString& message) {
        showMessage(message);
        refreshWhatChanged();
    });
    m_notifier = new ReminderNotifier(this);
    connect(m_notifier, &ReminderNotifier::remindersDue, this, &MainWindow::announceReminders);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/kontor.svg")), this);
        m_tray->setToolTip(tr("Kontor"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
            showPage(RemindersPageIndex);
        });
        m_tray->show();
    }
    auto openContact = [this](qint64 contactId) {
        showPage(ContactsPageIndex);
        m_contacts->showContact(contactId);
    };
    connect(m_today, &TodayPage::openContactRequested, this, openContact);
    connect(m_pipeline, &PipelinePage::openContactRequested, this, openContact);
    connect(m_companies, &CompaniesPage::openContactRequested, this, openContact);
    connect(m_reports, &ReportsPage::openContactRequested, this, openContact);
    connect(m_reports, &ReportsPage::openDealRequested, this, [this](qint64 dealId) {
        showPage(PipelinePageIndex);
        if (!m_pipeline->showDeal(dealId))
            statusBar()->showMessage(tr("The deal is not among the cards shown: choose “All owners”."), 6000);
    });
    connect(m_companies, &CompaniesPage::statusMessage, this, showMessage);
    connect(m_companies, &CompaniesPage::openDealRequested, this, [this](qint64 dealId) {
        showPage(PipelinePageIndex);
        if (!m_pipeline->showDeal(dealId))
            statusBar()->showMessage(tr("The deal is not among the cards shown: choose “All owners”."), 6000);
    });
    connect(m_contacts, &ContactsPage::dealSaved, m_pipeline, &PipelinePage::refresh);
    connect(m_today, &TodayPage::openDealRequested, this, [this](qint64 dealId) {
        showPage(PipelinePageIndex);
        if (!m_pipeline->showDeal(dealId))
            statusBar()->showMessage(tr("The deal is not among the cards shown: choose “All owners”."), 6000);
    });
    // The badge on Today: how many reminders are overdue or due today.
    connect(m_today, &TodayPage::openCountChanged, this, [this](int count) {
        m_navigation->item(TodayPageIndex)->setText(count > 0 ? tr("Today (%1)").arg(count) : tr("Today"));
    });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_demoPath = DemoDatabase::defaultPath();
    createActions();
    setDatabase(std::move(database));

    QSettings settings;
    // The first start fits the screen: 1280×800, or less on a 1024×768 one (what was saved wins afterwards).
    resize(screen() ? QSize(1280, 800).boundedTo(screen()->availableSize()) : QSize(1280, 800));
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (auto* splitter : findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(settings.value(QStringLiteral("splitters/") + splitter->objectName()).toByteArray());
    }
    m_contacts->table()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("contacts/columns")).toByteArray());
}

MainWindow::~MainWindow()
{
    waitForBackup();
    m_undoStack->clear();
    m_pageRefresh->listenTo(nullptr);
    m_session.reset();
    m_journal.reset();
    m_checkpointer.reset();
    // Child widgets outlive the members: they must let go of the connection before the database closes.
    m_contacts->setDatabase(QSqlDatabase());
    m_today->setDatabase(QSqlDatabase());
    m_pipeline->setDatabase(QSqlDatabase());
    m_companies->setDatabase(QSqlDatabase());
    m_reminders->setDatabase(QSqlDatabase());
    m_reports->setDatabase(QSqlDatabase());
    m_notifier->setDatabase(QSqlDatabase());
    m_welcome->setDatabase(QSqlDatabase());
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newDb = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newDb->setObjectName(QStringLiteral("newDatabase"));
    QAction* openDb = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    openDb->setObjectName(QStringLiteral("openDatabase"));
    openDb->setShortcut(QKeySequence::Open);
    QAction* saveCopy = file->addAction(tr("Save a &Copy As…"), this, &MainWindow::saveCopyAs);
    saveCopy->setObjectName(QStringLiteral("saveCopy"));
    saveCopy->setShortcut(QKeySequence::SaveAs);
    QAction* restore = file->addAction(tr("&Restore from Backup…"), this, &MainWindow::chooseBackupToRestore);
    restore->setObjectName(QStringLiteral("restoreBackup"));
    file->addSeparator();
    QAction* importContacts = file->addAction(tr("&Import Contacts…"), this, [this] { this->importContacts(); });
    importContacts->setObjectName(QStringLiteral("importContacts"));
    importContacts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction* importHistory = file->addAction(tr("Import &History…"), this, &MainWindow::showImportHistory);
    importHistory->setObjectName(QStringLiteral("importHistory"));
    QMenu* exports = file->addMenu(tr("&Export"));
    exports->setObjectName(QStringLiteral("exportMenu"));
    const std::pair<ExportKind, QString> exportChoices[] = {
        {ExportKind::ContactsCsv, tr("&Contacts as CSV…")},
        {ExportKind::ContactsVCard, tr("Contacts as &vCard…")},
        {ExportKind::CompaniesCsv, tr("C&ompanies as CSV…")},
        {ExportKind::InteractionsCsv, tr("&Interactions as CSV…")},
        {ExportKind::DealsCsv, tr("&Deals as CSV…")},
        {ExportKind::Calendar, tr("&Reminders and Meetings as iCalendar…")},
    };
    for (const auto& [kind, text] : exportChoices)
        exports->addAction(text, this, [this, kind = kind] { chooseExportFile(kind); });
    file->addSeparator();
    QAction* archiveView = file->addAction(tr("&Archive…"), this, &MainWindow::showArchive);
    archiveView->setObjectName(QStringLiteral("showArchive"));
    archiveView->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QAction* settings = file->addAction(tr("&Settings…"), this, [this] { showSettings(); });
    settings->setObjectName(QStringLiteral("settings"));
    settings->setShortcut(QKeySequence::Preferences);
    if (settings->shortcut().isEmpty())
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::ApplicationShortcut);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::ApplicationShortcut);
    editMenu->addAction(undo);
    editMenu->addAction(redo);

    QMenu* contact = menuBar()->addMenu(tr("&Contact"));
    QAction* add = contact->addAction(tr("&New Contact…"), m_contacts, &ContactsPage::newContact);
    add->setObjectName(QStringLiteral("newContact"));
    add->setShortcut(QKeySequence::New);
    QAction* edit = contact->addAction(tr("&Edit Contact…"), m_contacts, &ContactsPage::editContact);
    edit->setShortcut(Qt::Key_F2);
    QAction* log = contact->addAction(tr("&Log Interaction…"), this, &MainWindow::logInteraction);
    log->setObjectName(QStringLiteral("logInteraction"));
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    log->setShortcutContext(Qt::ApplicationShortcut);
    QAction* archive = contact->addAction(tr("&Archive or Restore Contact"), m_contacts, &ContactsPage::archiveContact);
    archive->setShortcut(QKeySequence::Delete);
    archive->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_contacts->table()->addAction(archive);
    contact->addSeparator();
    QAction* find = contact->addAction(tr("&Find…"), this, [this] {
        showPage(ContactsPageIndex);
        m_contacts->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    QAction* searchEverything = contact->addAction(tr("&Search Everything…"), this, &MainWindow::searchEverything);
    searchEverything->setObjectName(QStringLiteral("searchEverything"));
    searchEverything->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    searchEverything->setShortcutContext(Qt::ApplicationShortcut);

    QMenu* deal = menuBar()->addMenu(tr("&Deal"));
    QAction* newDeal = deal->addAction(tr("&New Deal…"), this, [this] {
        if (currentPage() == ContactsPageIndex) {
            m_contacts->newDeal();
            return;
        }
        showPage(PipelinePageIndex);
        m_pipeline->newDeal();
    });
    newDeal->setObjectName(QStringLiteral("newDeal"));
    newDeal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newDeal->setShortcutContext(Qt::ApplicationShortcut);
    // The page's own actions, so that their keys work only on the pipeline and the menu shows them.
    deal->addActions(m_pipeline->dealActions());

    QAction* duplicates = contact->addAction(tr("Find &Duplicates…"), this, &MainWindow::findDuplicates);
    duplicates->setObjectName(QStringLiteral("findDuplicates"));
    QAction* health = contact->addAction(tr("Data &Health…"), this, &MainWindow::showDataHealth);
    health->setObjectName(QStringLiteral("dataHealth"));
    QAction* newReminder = contact->addAction(tr("New &Reminder…"), this, [this] {
        showPage(RemindersPageIndex);
        m_reminders->newReminder();
    });
    newReminder->setObjectName(QStringLiteral("newReminder"));
    newReminder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    newReminder->setShortcutContext(Qt::ApplicationShortcut);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction* action = go->addAction(m_navigation->item(i)->text(), this, [this, i] { showPage(Page(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    createHelpMenu();
}

void MainWindow::runWithoutJournal(const std::function<bool()>& work)
{
    // Bulk work would write a row of the undo journal for every row it writes: a million of them for a big import
    // file, or for the phone numbers the first health check of an older file reads. Imports are taken back from
    // their history instead, and the health check writes only derived data; the session's earlier steps stay on the
    // undo stack.
    if (m_journal) {
        recordUndoStep(tr("Edit"));
        if (Status detached = m_journal->detach(); !detached) {
            Ask::warning(this, tr("Kontor"), detached.error());
            return;
        }
    }
    work();
    if (m_journal) {
        if (Status attached = m_journal->attach(); !attached)
            statusBar()->showMessage(attached.error(), 8000);
    }
    refreshWhatChanged();
}

void MainWindow::importContacts(const QString& file)
{
    if (!m_database)
        return;
    std::optional<ContactFilter> show;
    QString importLabel;
    runWithoutJournal([this, &file, &show, &importLabel] {
        ImportWizard wizard(m_database->connection(), m_database->path(),
                            SettingsRepository(m_database->connection()).backupsToKeep(), this);
        if (!file.isEmpty())
            wizard.setFile(file);
        m_importWizard = &wizard;
        wizard.exec();
        m_importWizard = nullptr;
        // Closed on its summary page in any way, the import has happened (and may have been undone there).
        const bool imported = wizard.importReport().has_value();
        if (imported) {
            const ImportReport& report = *wizard.importReport();
            const QString fileName = QFileInfo(wizard.file()).fileName();
            statusBar()->showMessage(
                wizard.summaryPage()->undone()
                    ? tr("The import of %1 was taken back.").arg(fileName)
                    : tr("Imported from %1: %2 created, %3 updated, %4 merged, %5 skipped, %6 rejected.")
                          .arg(fileName)
                          .arg(report.created)
                          .arg(report.updated)
                          .arg(report.merged)
                          .arg(report.skipped)
                          .arg(report.rejected),
                15000);
            if (wizard.showImportedChosen()) {
                show.emplace();
                show->importId = report.importId;
                importLabel = tr("From %1").arg(fileName);
            }
        }
        return imported;
    });
    if (show) {
        showPage(ContactsPageIndex);
        m_contacts->showOnly(*show, importLabel);
    }
}

void MainWindow::showImportHistory()
{
    if (!m_database)
        return;
    runWithoutJournal([this] {
        ImportHistoryDialog dialog(m_database->connection(), this);
        dialog.exec();
        return dialog.changedData();
    });
}

void MainWindow::chooseExportFile(ExportKind kind)
{
    if (m_database)
        RecordExporter::chooseAndWrite(m_database->connection(), kind, this,
                                       [this](const QString& message) { statusBar()->showMessage(message, 8000); });
}

Result<qint64> MainWindow::exportTo(ExportKind kind, const QString& path)
{
    if (!m_database)
        return Result<qint64>::failure(tr("No database is open."));
    return RecordExporter::write(m_database->connection(), kind, path, this);
}

void MainWindow::findDuplicates()
{
    if (!m_database)
        return;
    DuplicatesDialog dialog(
        m_database->connection(), m_database->path(), SettingsRepository(m_database->connection()).backupsToKeep(),
        // Each merge is an action: its own undo step, and its event refreshes the pages.
        [](const QString&) {}, this);
    m_duplicatesDialog = &dialog;
    dialog.exec();
    refreshWhatChanged();
    m_duplicatesDialog = nullptr;
}

void MainWindow::showDataHealth()
{
    if (!m_database)
        return;
    std::optional<ContactFilter> shown;
    // The first check of an older file stores whether each phone number is valid: derived data, nothing for the
    // user to take back, and a million rows the undo journal would copy for nothing.
    runWithoutJournal([this, &shown] {
        DataHealthDialog dialog(m_database->connection(), this);
        m_dataHealthDialog = &dialog;
        QTimer::singleShot(0, &dialog, &DataHealthDialog::check);
        if (dialog.exec() == QDialog::Accepted && dialog.chosen())
            shown = dialog.chosen()->filter;
        m_dataHealthDialog = nullptr;
        return false;
    });
    if (shown) {
        showPage(ContactsPageIndex);
        m_contacts->showOnly(*shown);
    }
}

void MainWindow::recordUndoStep(const QString& label)
{
    if (!m_journal)
        return;
    auto step = m_journal->take(label);
    if (step && !step->isEmpty())
        m_undoStack->push(new JournalCommand(this, step.value()));
}

Result<UndoJournal::Step> MainWindow::applyUndoStep(const UndoJournal::Step& step)
{
    if (!m_journal)
        return Result<UndoJournal::Step>::failure(tr("No database is open."));
    auto applied = m_journal->apply(step);
    if (!applied) {
        statusBar()->showMessage(applied.error(), 8000);
        Ask::warning(this, tr("Undo"), applied.error());
        return applied;
    }
    // Every page may show what the step changed.
    refreshAllPages();
    statusBar()->showMessage(tr("Done again or taken back: %1").arg(step.label), 6000);
    return applied;
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    m_undoStack->clear();
    m_pageRefresh->listenTo(nullptr);
    m_session.reset();
    m_journal.reset();
    m_checkpointer.reset();
    if (database) {
        m_checkpointer = std::make_unique<WalCheckpointer>(database->connection());
        // Where it cannot run (an in-memory file, a Qt with its own SQLite), SQLite checkpoints as it always did.
        if (qEnvironmentVariableIsSet("KONTOR_SQLITE_CHECKPOINTS") || !m_checkpointer->start())
            m_checkpointer.reset();
        m_journal = std::make_unique<UndoJournal>(database->connection());
        if (Status attached = m_journal->attach(); !attached) {
            statusBar()->showMessage(attached.error(), 8000);
            m_journal.reset();
        }
        m_session = std::make_unique<Session>(database->connection());
        m_session->setUndo(m_journal.get(),
                           [this](UndoJournal::Step step) { m_undoStack->push(new JournalCommand(this, step)); });
        m_pageRefresh->listenTo(m_session.get());
    }
    // The pages drop their handles to the old connection before it is closed.
    m_contacts->setDatabase(database ? database->connection() : QSqlDatabase());
    m_today->setDatabase(database ? database->connection() : QSqlDatabase());
    m_pipeline->setDatabase(database ? database->connection() : QSqlDatabase());
    m_companies->setDatabase(database ? database->connection() : QSqlDatabase());
    m_reminders->setDatabase(database ? database->connection() : QSqlDatabase());
    m_reports->setDatabase(database ? database->connection() : QSqlDatabase());
    m_notifier->setDatabase(database ? database->connection() : QSqlDatabase());
    m_welcome->setDatabase(database ? database->connection() : QSqlDatabase());
    m_database = std::move(database);
    // A new, empty database opens on the welcome page; any other on Today.
    const auto any = m_database ? ContactRepository(m_database->connection()).any() : Result<bool>(true);
    showPage(any && !any.value() ? WelcomePageIndex : TodayPageIndex);
    const QString path = m_database ? QDir::toNativeSeparators(m_database->path()) : QString();
    setWindowTitle(m_database ? tr("%1 — Kontor").arg(QFileInfo(path).fileName()) : tr("Kontor"));
    statusBar()->showMessage(m_database ? tr("Database: %1").arg(path) : tr("No database open"));
    backUpIfDue();
}

void MainWindow::backUpIfDue()
{
    if (m_database)
        m_dailyBackup->startIfDue(m_database->path(), SettingsRepository(m_database->connection()).backupsToKeep());
}

void MainWindow::waitForBackup()
{
    m_dailyBackup->wait();
}

Status MainWindow::saveCopyTo(const QString& target)
{
    if (!m_database)
        return Status::failure(tr("No database is open."));
    const QString path = m_database->path();
    return runWhileBusy(
        tr("Saving a copy in “%1”…").arg(QDir::toNativeSeparators(target)),
        [path, target]() -> Status {
            auto copy = Database::open(path, Database::Missing::Refuse);
            if (!copy)
                return Status::failure(copy.error());
            return copy.value()->backupTo(target);
        },
        this);
}

void MainWindow::saveCopyAs()
{
    if (!m_database)
        return;
    const QFileInfo current(m_database->path());
    const QString target =
        Ask::saveFileName(this, tr("Save a Copy As"),
                          current.absoluteDir().filePath(current.completeBaseName() + QStringLiteral("-copy.sqlite")),
                          tr("Kontor databases (*.sqlite)"));
    if (target.isEmpty())
        return;
    if (Status saved = saveCopyTo(target); !saved) {
        Ask::warning(this, tr("Save a Copy"), saved.error());
        return;
    }
    statusBar()->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(target)), 6000);
}

Status MainWindow::restoreBackup(const QString& backupPath)
{
    if (!m_database)
        return Status::failure(tr("No database is open."));
    waitForBackup();
    const QString path = m_database->path();
    const int keep = SettingsRepository(m_database->connection()).backupsToKeep();
    // Closed first: the file is replaced underneath, and the pages must not read the old one meanwhile.
    setDatabase(nullptr);
    const Status restored = runWhileBusy(
        tr("Restoring the backup…"), [path, keep, backupPath] { return Backups(path, keep).restore(backupPath); },
        this);
    setDatabase(DatabaseProblemDialog::openWithRecovery(path, this));
    if (restored)
        statusBar()->showMessage(tr("Restored the backup; the database as it was is kept as a backup."), 8000);
    return restored;
}

void MainWindow::chooseBackupToRestore()
{
    if (!m_database)
        return;
    const Backups backups(m_database->path(),
                          std::max(1, SettingsRepository(m_database->connection()).backupsToKeep()));
    RestoreBackupDialog dialog(backups.list(), backups.folder(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty())
        return;
    if (Status restored = restoreBackup(dialog.chosenPath()); !restored)
        Ask::warning(this, tr("Restore from Backup"), restored.error());
}

void MainWindow::updateTodayBadge()
{
    int count = 0;
    if (m_database) {
        const QDateTime endOfToday = Clock::now().toLocalTime().date().addDays(1).startOfDay();
        if (auto due = ReminderRepository(m_database->connection()).countOpenBefore(endOfToday); due)
            count = due.value();
    }
    m_navigation->item(TodayPageIndex)->setText(count > 0 ? tr("Today (%1)").arg(count) : tr("Today"));
}

void MainWindow::announceReminders(const QList<ReminderItem>& reminders)
{
    if (reminders.isEmpty())
        return;
    QString text;
    if (reminders.size() == 1) {
        const ReminderItem& item = reminders.first();
        text =
            item.contactName.isEmpty() ? item.reminder.title : tr("%1 — %2").arg(item.reminder.title, item.contactName);
    } else {
        text = tr("%n reminder(s) are due.", nullptr, static_cast<int>(reminders.size()));
    }
    m_lastAnnouncement = text;
    statusBar()->showMessage(tr("Reminder: %1").arg(text), 15000);
    if (m_tray)
        m_tray->showMessage(tr("Kontor reminder"), text, QSystemTrayIcon::Information, 15000);
    QApplication::alert(this);
    updateTodayBadge();
    if (m_today->isVisible())
        m_today->refresh();
}

void MainWindow::showPage(Page page)
{
    if (page == WelcomePageIndex) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(-1);
        m_pages->setCurrentWidget(m_welcome);
        m_welcome->nameEdit()->setFocus();
        return;
    }
    if (m_navigation->currentRow() == page && m_pages->currentIndex() != page)
        m_pages->setCurrentIndex(page);
    m_navigation->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::openDatabase()
{
    const QString path =
        Ask::openFileName(this, tr("Open Database"), QString(), tr("Kontor databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    auto opened = DatabaseProblemDialog::openWithRecovery(path, this);
    if (opened)
        setDatabase(std::move(opened));
}

void MainWindow::newDatabase()
{
    const QString path = Ask::saveFileName(this, tr("New Database"), QString(), tr("Kontor databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        Ask::warning(
            this, tr("New Database"),
            tr("“%1” already exists. Choose a new name, or use Open Database.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    auto opened = DatabaseProblemDialog::openWithRecovery(path, this);
    if (opened)
        setDatabase(std::move(opened));
}

void MainWindow::searchEverything()
{
    if (!m_database)
        return;
    GlobalSearchDialog dialog(m_database->connection(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SearchHit& hit = dialog.chosen();
    if (hit.kind == SearchHit::Kind::Deal) {
        showPage(PipelinePageIndex);
        if (!m_pipeline->showDeal(hit.id))
            statusBar()->showMessage(tr("The deal is not among the cards shown: choose “All owners”."), 6000);
        return;
    }
    if (hit.kind == SearchHit::Kind::Company) {
        showPage(CompaniesPageIndex);
        m_companies->showCompany(hit.id);
        return;
    }
    showPage(ContactsPageIndex);
    m_contacts->showContact(hit.contactId);
}

void MainWindow::showSettings(int tab)
{
    if (!m_database)
        return;
    SettingsDialog dialog(m_database->connection(), m_database->path(), this);
    dialog.tabs()->setCurrentIndex(tab);
    connect(&dialog, &SettingsDialog::settingsChanged, this, [this] {
        m_contacts->reloadChoices();
        m_pipeline->setDatabase(m_database->connection());
    });
    bool openAnother = false;
    bool createNew = false;
    connect(&dialog, &SettingsDialog::openDatabaseRequested, this, [&openAnother] { openAnother = true; });
    connect(&dialog, &SettingsDialog::newDatabaseRequested, this, [&createNew] { createNew = true; });
    dialog.exec();
    refreshWhatChanged();
    if (openAnother)
        openDatabase();
    else if (createNew)
        newDatabase();
}

void MainWindow::showArchive()
{
    if (!m_database)
        return;
    ArchiveDialog dialog(m_database->connection(), this);
    connect(&dialog, &ArchiveDialog::statusMessage, this, [this](const QString& message) {
        statusBar()->showMessage(message, 6000);
        updateTodayBadge();
    });
    dialog.exec();
    refreshWhatChanged();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Kontor"),
        tr("<h3>Kontor %1</h3><p>An offline CRM for small businesses and salespeople: clients, what "
           "was said, and what to do next, in one local file.</p><p>SQLite %2</p>")
            .arg(QApplication::applicationVersion(), m_database ? m_database->sqliteVersion() : QString()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    // Every splitter and the contact list's columns (which, in what order, how wide) come back next time.
    for (auto* splitter : findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(QStringLiteral("splitters/") + splitter->objectName(), splitter->saveState());
    }
    settings.setValue(QStringLiteral("contacts/columns"), m_contacts->table()->horizontalHeader()->saveState());
    event->accept();
}

} // namespace kontor::ui
