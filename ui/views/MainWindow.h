// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DailyBackup.h"
#include "DamageCheck.h"
#include "RecordExporter.h"
#include "UndoHistory.h"

#include "repositories/ReminderRepository.h"
#include "storage/Database.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QSystemTrayIcon;
class QThread;
class QUndoStack;
class QStackedWidget;

namespace kontor::ui {

class CompaniesPage;
class DerivedDataKeeper;
class PageRefresh;
class DataHealthDialog;
class DuplicatesDialog;
class ImportWizard;
class ContactsPage;
class PipelinePage;
class ReminderNotifier;
class RemindersPage;
class ReportsPage;
class TodayPage;
class WelcomePage;

/// The main window: a navigation side bar (Today, Contacts, Companies, Pipeline, Reminders, Reports) and the
/// page it selects. It owns the open database; opening another one replaces it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page {
        TodayPageIndex,
        ContactsPageIndex,
        CompaniesPageIndex,
        PipelinePageIndex,
        RemindersPageIndex,
        ReportsPageIndex,
        /// Not in the side bar: what an empty database opens on.
        WelcomePageIndex
    };

    explicit MainWindow(std::unique_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database* database() const { return m_database.get(); }
    void setDatabase(std::unique_ptr<Database> database);
    void showPage(Page page);
    Page currentPage() const;
    ContactsPage* contactsPage() const { return m_contacts; }
    TodayPage* todayPage() const { return m_today; }
    PipelinePage* pipelinePage() const { return m_pipeline; }
    CompaniesPage* companiesPage() const { return m_companies; }
    RemindersPage* remindersPage() const { return m_reminders; }
    ReportsPage* reportsPage() const { return m_reports; }
    WelcomePage* welcomePage() const { return m_welcome; }
    /// Help → Open Demo Database and the welcome page: generates the demo on first use, then opens it.
    void openDemoDatabase();
    /// Where the demo database is made and how big, for tests (default: beside the user's own, 5,000 contacts).
    void setDemoDatabase(const QString& path, qint64 contacts);
    ReminderNotifier* reminderNotifier() const { return m_notifier; }
    /// The text of the last reminder notification, for tests and the status bar.
    QString lastAnnouncement() const { return m_lastAnnouncement; }

public slots:
    /// The count on Today: reminders overdue or due today.
    void updateTodayBadge();
    void announceReminders(const QList<kontor::ReminderItem>& reminders);
    /// The settings dialog, open at `tab` (SettingsDialog::Tab).
    void showSettings(int tab = 0);
    /// The archive, from which archived and deleted records come back.
    void showArchive();
    /// Ctrl+L from any page: logs an interaction with the contact of what is selected on the current page.
    void logInteraction();
    /// Makes what was written since the last step one step of the undo history, called `label`.
    void recordUndoStep(const QString& label);

public:
    QUndoStack* undoStack() const;
    /// Runs `work` with the undo journal detached, as imports run (the bench times them so); the pages its actions'
    /// events touched read again after.
    void runWithoutJournal(const std::function<void()>& work);

    /// Copies the open database to `target` (a consistent copy, also while it is in use) behind a busy dialog.
    Status saveCopyTo(const QString& target);
    /// Puts the backup at `backupPath` in place of the open database (which is kept as a backup first) and opens
    /// it again; the database stays as it was when the backup is refused.
    Status restoreBackup(const QString& backupPath);
    /// Starts the daily backup on another thread when the last one is a day old; nothing for an in-memory database.
    void backUpIfDue();
    /// Waits for a backup running in the background, and stops a check for damage (its file is being left).
    void waitForBackup();
    /// Says the open database is damaged (`findings`: where) and goes on as the user chooses: a backup restored,
    /// what can be read saved into a new file, or the file kept open read only.
    void showDamage(const QStringList& findings);
    /// Saves what can be read of the open database into `target` (which must not exist) and opens that instead.
    Status salvageInto(const QString& target);
    /// Keeps the open database to read: every change is refused, in words (the actions' transactions say so), the
    /// menu items that only write are greyed, and the title and the status bar say so.
    void setReadOnly();
    bool isReadOnly() const { return m_readOnly; }
    /// The import wizard, on `file` when given; the pages read again after an import.
    void importContacts(const QString& file = QString());
    void showImportHistory();
    /// The duplicate finder; each merge becomes an undo step.
    void findDuplicates();
    DuplicatesDialog* duplicatesDialog() const { return m_duplicatesDialog; }
    using ExportKind = RecordExporter::Kind;
    /// Writes `kind` to `path` with a progress dialog and Cancel; the number of records, or why not.
    Result<qint64> exportTo(ExportKind kind, const QString& path);
    /// The data health check; Show lists the contacts it found on the Contacts page.
    void showDataHealth();
    DataHealthDialog* dataHealthDialog() const { return m_dataHealthDialog; }
    /// The wizard while it is open, for tests.
    ImportWizard* importWizard() const { return m_importWizard; }

signals:
    /// Settings chose another language or calendar: the window is to be made again in it (the application does).
    void languageChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    /// Kontor's icons on the side bar and the main actions, in the colours of the palette in use.
    void applyIcons();
    void openDatabase();
    void newDatabase();
    void refreshWhatChanged();
    /// Hands `db` (or no database) to every page.
    void connectPages(const QSqlDatabase& db);
    void refreshAllPages();
    void connectWelcomePage();
    void createHelpMenu();
    void about();
    void searchEverything();
    void saveCopyAs();
    void chooseBackupToRestore();
    void chooseSalvageFile();
    /// Hears the daily backup and the check for damage, and says what they found once no dialog is open.
    void watchForDamage();
    void showDamageWhenFree();
    /// Says in the status bar, while a write waits for another program that is writing to the database (kontor-cli,
    /// another window), that it is waiting, and for how long at most.
    void watchForOtherWriters();
    void chooseExportFile(ExportKind kind);
    /// Greys, or gives back, the menu items whose only use is to write (new contact, log, import...).
    void enableWriting(bool enabled);

    std::unique_ptr<Database> m_database;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    ContactsPage* m_contacts;
    TodayPage* m_today;
    PipelinePage* m_pipeline;
    CompaniesPage* m_companies;
    RemindersPage* m_reminders;
    ReportsPage* m_reports;
    WelcomePage* m_welcome;
    QString m_demoPath;
    qint64 m_demoContacts = 5000;
    ReminderNotifier* m_notifier;
    QSystemTrayIcon* m_tray = nullptr;
    // The actions' session on the open database: their undo steps go onto its stack, their events to the pages.
    UndoHistory* m_history;
    PageRefresh* m_pageRefresh;
    QString m_lastAnnouncement;
    DailyBackup* m_dailyBackup;
    DerivedDataKeeper* m_derivedData = nullptr;
    DamageCheck* m_damageCheck;
    bool m_readOnly = false;
    /// "Read only" in the status bar while the file is open that way.
    QLabel* m_readOnlyBadge = nullptr;
    /// Counts the databases opened, so that a backup's or a check's result is taken for the one it was made of.
    quint64 m_generation = 0;
    quint64 m_backupGeneration = 0;
    /// Why the daily backup failed, while the file is checked for damage.
    QString m_backupFailure;
    /// Damage found while a dialog or a long task was open, said when it closes.
    QStringList m_pendingDamage;
    ImportWizard* m_importWizard = nullptr;
    DuplicatesDialog* m_duplicatesDialog = nullptr;
    DataHealthDialog* m_dataHealthDialog = nullptr;
};

} // namespace kontor::ui
