// SPDX-License-Identifier: GPL-3.0-or-later
// The dialogs MainWindow's menus open and what the window does with their outcome: import and its history,
// duplicates, data health, search, settings, the archive, a copy or a backup of the file, About. Kept apart from
// MainWindow.cpp (the window, its pages and its open database) so that each file reads in one sitting.
#include "MainWindow.h"
#include "PageRefresh.h"
#include "Translations.h"
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

void MainWindow::runWithoutJournal(const std::function<void()>& work)
{
    // Bulk work would write a row of the undo journal for every row it writes: a million of them for a big import
    // file, or for the phone numbers the first health check of an older file reads. Imports are taken back from
    // their history instead, and the health check writes only derived data; the session's earlier steps stay on the
    // undo stack.
    if (Status paused = m_history->pause(tr("Edit")); !paused) {
        Ask::warning(this, tr("Kontor"), paused.error());
        return;
    }
    work();
    if (Status resumed = m_history->resume(); !resumed)
        statusBar()->showMessage(resumed.error(), 8000);
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
        if (wizard.importReport().has_value()) {
            const ImportReport& report = *wizard.importReport();
            const QString fileName = QFileInfo(wizard.file()).fileName();
            statusBar()->showMessage(
                wizard.summaryPage()->undone()
                    ? tr("The import of %1 was taken back.").arg(fileName)
                    : tr("Imported from %1: %2 created, %3 updated, %4 merged, %5 skipped, %6 rejected.")
                          .arg(fileName, QLocale().toString(report.created), QLocale().toString(report.updated),
                               QLocale().toString(report.merged), QLocale().toString(report.skipped),
                               QLocale().toString(report.rejected)),
                15000);
            if (wizard.showImportedChosen()) {
                show.emplace();
                show->importId = report.importId;
                importLabel = tr("From %1").arg(fileName);
            }
        }
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
    });
}

void MainWindow::findDuplicates()
{
    if (!m_database)
        return;
    // Each merge is an action: its own undo step, and its event marks the pages to read again.
    DuplicatesDialog dialog(m_database->connection(), m_database->path(),
                            SettingsRepository(m_database->connection()).backupsToKeep(), {}, this);
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
    });
    if (shown) {
        showPage(ContactsPageIndex);
        m_contacts->showOnly(*shown);
    }
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
    statusBar()->showMessage(tr("Saved a copy as %1.").arg(shownPath(target)), 6000);
}

void MainWindow::chooseBackupToRestore()
{
    if (!m_database)
        return;
    const Backups backups(m_database->path(),
                          std::max(1, SettingsRepository(m_database->connection()).backupsToKeep()));
    RestoreBackupDialog dialog(backups.list(), backups.folder(), this, m_database->connection());
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty())
        return;
    if (Status restored = restoreBackup(dialog.chosenPath()); !restored)
        Ask::warning(this, tr("Restore from Backup"), restored.error());
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
        m_reports->reloadChoices();
        m_pipeline->setDatabase(m_database->connection());
    });
    connect(&dialog, &SettingsDialog::scoresRescored, this,
            [this] { m_pageRefresh->markStale(PageRefresh::Contacts); });
    bool openAnother = false;
    bool createNew = false;
    connect(&dialog, &SettingsDialog::openDatabaseRequested, this, [&openAnother] { openAnother = true; });
    connect(&dialog, &SettingsDialog::newDatabaseRequested, this, [&createNew] { createNew = true; });
    bool otherLanguage = false;
    connect(&dialog, &SettingsDialog::languageChanged, this, [&otherLanguage] { otherLanguage = true; });
    dialog.exec();
    refreshWhatChanged();
    if (openAnother)
        openDatabase();
    else if (createNew)
        newDatabase();
    // After the database asked for: the window is made again in the language on whichever is open then.
    if (otherLanguage)
        emit languageChanged();
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

} // namespace kontor::ui
