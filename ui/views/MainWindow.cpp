// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "Translations.h"

#include "Icons.h"
#include "PageRefresh.h"
#include "dialogs/Ask.h"

#include "Clock.h"
#include "ColumnFitter.h"
#include "CompaniesPage.h"
#include "ContactsPage.h"
#include "DerivedDataKeeper.h"
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
#include "storage/BusyWait.h"

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
#include <utility>

namespace kontor::ui {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_history = new UndoHistory(this);
    connect(m_history, &UndoHistory::stepApplied, this, [this](const QString& label) {
        // Every page may show what the step changed; the segments and scores follow.
        refreshAllPages();
        m_derivedData->refreshSoon();
        statusBar()->showMessage(tr("Done again or taken back: %1").arg(label), 6000);
    });
    connect(m_history, &UndoHistory::stepFailed, this, [this](const QString& error) {
        statusBar()->showMessage(error, 8000);
        Ask::warning(this, tr("Undo"), error);
    });
    m_dailyBackup = new DailyBackup(this);
    m_derivedData = new DerivedDataKeeper(this);
    for (auto changed : {&DerivedDataKeeper::segmentsChanged, &DerivedDataKeeper::scoresChanged}) {
        connect(m_derivedData, changed, this, [this] {
            m_pageRefresh->markStale(PageRefresh::Contacts);
            m_pageRefresh->refreshVisibleIfStale();
        });
    }
    connect(m_derivedData, &DerivedDataKeeper::failed, this, [this](const QString& message) {
        if (!m_readOnly)
            statusBar()->showMessage(message, 8000);
    });
    m_damageCheck = new DamageCheck(this);
    watchForDamage();
    watchForOtherWriters();
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
    const QStringList entries = {tr("Today"),    tr("Contacts"),  tr("Companies"),
                                 tr("Pipeline"), tr("Reminders"), tr("Reports")};
    for (int i = 0; i < entries.size(); ++i) {
        auto* item = new QListWidgetItem(entries[i], m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(entries[i]).arg(i + 1));
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
        m_navigation->item(TodayPageIndex)
            ->setText(count > 0 ? tr("Today (%1)").arg(QLocale().toString(count)) : tr("Today"));
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
    m_contacts->restoreColumns(settings.value(QStringLiteral("contacts/columns")).toByteArray());
    m_contacts->columnFitter()->setSizedByUser(settings.value(QStringLiteral("contacts/columnsSizedByUser")).toBool());
    m_contacts->setShownFields(settings.value(QStringLiteral("contacts/fieldColumns")).toStringList());
    // Won and Lost start folded, so that the whole board is seen at once; unfolded, they stay so.
    m_pipeline->setFoldedStageKinds(
        settings.value(QStringLiteral("pipeline/folded"), QStringList{QStringLiteral("lost"), QStringLiteral("won")})
            .toStringList());
}

MainWindow::~MainWindow()
{
    BusyWait::setNotifier({});
    waitForBackup();
    m_pageRefresh->listenTo(nullptr);
    m_derivedData->setDatabase(QSqlDatabase(), nullptr);
    m_history->start(QSqlDatabase());
    // Child widgets outlive the members: they must let go of the connection before the database closes.
    connectPages(QSqlDatabase());
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
    exports->menuAction()->setObjectName(QStringLiteral("exportMenuAction"));
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
    // Some platforms' themes name no key for Quit: Ctrl+Q, as on the desktops Kontor is made for.
    if (quit->shortcut().isEmpty())
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    // Named in the language's own word order ("Undo %1" translated whole), not QUndoStack's word glued before the
    // step, which read as two commands in Persian, Bengali and German.
    QUndoStack* stack = m_history->stack();
    const auto stepAction = [this, stack](const QString& bare, const QString& named, void (QUndoStack::*run)(),
                                          void (QUndoStack::*canChanged)(bool),
                                          void (QUndoStack::*textChanged)(const QString&), bool can) {
        auto* action = new QAction(bare, this);
        action->setEnabled(can);
        connect(action, &QAction::triggered, stack, run);
        connect(stack, canChanged, action, &QAction::setEnabled);
        connect(stack, textChanged, action, [action, bare, named](const QString& step) {
            // A step named after "Smith & Sons" keeps its "&" rather than making it a keyboard letter.
            action->setText(step.isEmpty() ? bare : named.arg(QString(step).replace(u'&', QStringLiteral("&&"))));
        });
        return action;
    };
    QAction* undo = stepAction(tr("&Undo"), tr("&Undo %1", "menu item: %1 is the step to take back"), &QUndoStack::undo,
                               &QUndoStack::canUndoChanged, &QUndoStack::undoTextChanged, stack->canUndo());
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::ApplicationShortcut);
    QAction* redo = stepAction(tr("&Redo"), tr("&Redo %1", "menu item: %1 is the step to do again"), &QUndoStack::redo,
                               &QUndoStack::canRedoChanged, &QUndoStack::redoTextChanged, stack->canRedo());
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
    edit->setObjectName(QStringLiteral("editContact"));
    edit->setShortcut(Qt::Key_F2);
    QAction* log = contact->addAction(tr("&Log Interaction…"), this, &MainWindow::logInteraction);
    log->setObjectName(QStringLiteral("logInteraction"));
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    log->setShortcutContext(Qt::ApplicationShortcut);
    QAction* archive = contact->addAction(tr("&Archive or Restore Contact"), m_contacts, &ContactsPage::archiveContact);
    archive->setObjectName(QStringLiteral("archiveContact"));
    archive->setShortcut(QKeySequence::Delete);
    archive->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_contacts->table()->addAction(archive);
    QAction* newReminder = contact->addAction(tr("New &Reminder…"), this, [this] {
        showPage(RemindersPageIndex);
        m_reminders->newReminder();
    });
    newReminder->setObjectName(QStringLiteral("newReminder"));
    newReminder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    newReminder->setShortcutContext(Qt::ApplicationShortcut);
    // What is done to one contact; finding; looking after the whole base.
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
    // The page's own actions, so that their keys work only on the pipeline and the menu shows them: opening the
    // deal, moving it, archiving it, each group apart.
    const QList<QAction*> dealActions = m_pipeline->dealActions();
    for (int i = 0; i < dealActions.size(); ++i) {
        if (i == 0 || i == 2 || i == dealActions.size() - 1)
            deal->addSeparator();
        deal->addAction(dealActions[i]);
    }

    contact->addSeparator();
    QAction* duplicates = contact->addAction(tr("Find &Duplicates…"), this, &MainWindow::findDuplicates);
    duplicates->setObjectName(QStringLiteral("findDuplicates"));
    QAction* health = contact->addAction(tr("Data &Health…"), this, &MainWindow::showDataHealth);
    health->setObjectName(QStringLiteral("dataHealth"));

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction* action = go->addAction(m_navigation->item(i)->text(), this, [this, i] {
            showPage(Page(i));
            // Going to Today by key is going to the day's first item.
            if (i == TodayPageIndex)
                m_today->focusAgenda();
        });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    createHelpMenu();
    applyIcons();
}

void MainWindow::applyIcons()
{
    // Kontor's own icons, drawn in the palette's colours: read again when the palette changes (dark mode).
    static const char* const pages[] = {"today", "contacts", "companies", "pipeline", "reminders", "reports"};
    for (int i = 0; i < m_navigation->count() && i < int(std::size(pages)); ++i)
        m_navigation->item(i)->setIcon(Icons::icon(QString::fromLatin1(pages[i]), palette()));
    static const QList<std::pair<const char*, const char*>> actions = {
        {"newContact", "new-contact"},  {"logInteraction", "log-interaction"},
        {"newDeal", "new-deal"},        {"newReminder", "new-reminder"},
        {"searchEverything", "search"}, {"importContacts", "import"},
        {"exportMenuAction", "export"}, {"settings", "settings"},
        {"showArchive", "archive"}};
    for (const auto& [action, icon] : actions) {
        if (auto* found = findChild<QAction*>(QString::fromLatin1(action)))
            found->setIcon(Icons::icon(QString::fromLatin1(icon), palette()));
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyIcons();
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

void MainWindow::recordUndoStep(const QString& label)
{
    m_history->recordStep(label);
}

QUndoStack* MainWindow::undoStack() const
{
    return m_history->stack();
}

void MainWindow::connectPages(const QSqlDatabase& db)
{
    // Everything that reads the open database through its own handle: the pages, and the reminders' notifier.
    m_contacts->setDatabase(db);
    m_today->setDatabase(db);
    m_pipeline->setDatabase(db);
    m_companies->setDatabase(db);
    m_reminders->setDatabase(db);
    m_reports->setDatabase(db);
    m_notifier->setDatabase(db);
    m_welcome->setDatabase(db);
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    m_pageRefresh->listenTo(nullptr);
    m_derivedData->setDatabase(QSqlDatabase(), nullptr);
    QString problem;
    m_history->start(database ? database->connection() : QSqlDatabase(), &problem);
    if (!problem.isEmpty())
        statusBar()->showMessage(problem, 8000);
    m_pageRefresh->listenTo(m_history->session());
    // The pages drop their handles to the old connection before it is closed.
    connectPages(database ? database->connection() : QSqlDatabase());
    m_database = std::move(database);
    m_readOnly = false;
    enableWriting(true);
    m_derivedData->setDatabase(m_database ? m_database->connection() : QSqlDatabase(), m_history->session());
    ++m_generation;
    m_backupFailure.clear();
    m_pendingDamage.clear();
    // A new, empty database opens on the welcome page; any other on Today.
    const auto any = m_database ? ContactRepository(m_database->connection()).any() : Result<bool>(true);
    showPage(any && !any.value() ? WelcomePageIndex : TodayPageIndex);
    const QString path = m_database ? QDir::toNativeSeparators(m_database->path()) : QString();
    setWindowTitle(m_database ? tr("%1 — Kontor").arg(QFileInfo(path).fileName()) : tr("Kontor"));
    statusBar()->showMessage(m_database ? tr("Database: %1").arg(shownPath(path)) : tr("No database open"));
    backUpIfDue();
}

void MainWindow::updateTodayBadge()
{
    int count = 0;
    if (m_database) {
        const QDateTime endOfToday = Clock::now().toLocalTime().date().addDays(1).startOfDay();
        if (auto due = ReminderRepository(m_database->connection()).countOpenBefore(endOfToday); due)
            count = due.value();
    }
    m_navigation->item(TodayPageIndex)
        ->setText(count > 0 ? tr("Today (%1)").arg(QLocale().toString(count)) : tr("Today"));
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
        Ask::warning(this, tr("New Database"),
                     tr("“%1” already exists. Choose a new name, or use Open Database.").arg(shownPath(path)));
        return;
    }
    auto opened = DatabaseProblemDialog::openWithRecovery(path, this);
    if (opened)
        setDatabase(std::move(opened));
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
    settings.setValue(QStringLiteral("contacts/columnsSizedByUser"), m_contacts->columnFitter()->sizedByUser());
    settings.setValue(QStringLiteral("contacts/fieldColumns"), m_contacts->shownFields());
    settings.setValue(QStringLiteral("pipeline/folded"), m_pipeline->foldedStageKinds());
    event->accept();
}

} // namespace kontor::ui
