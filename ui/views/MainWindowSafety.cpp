// SPDX-License-Identifier: GPL-3.0-or-later
// The open database's safety in the window: the daily backup, copies, restores, and damage (what the window says,
// and the ways on it offers: a backup restored, what can be read saved into a new file, or the file kept open read
// only). The rest of MainWindow is in MainWindow.cpp.
#include "DerivedDataKeeper.h"
#include "MainWindow.h"

#include "Translations.h"
#include "dialogs/Ask.h"
#include "dialogs/BusyWork.h"
#include "dialogs/DatabaseDamageDialog.h"
#include "dialogs/DatabaseProblemDialog.h"
#include "repositories/SettingsRepository.h"
#include "storage/Backups.h"
#include "storage/BusyWait.h"
#include "storage/Database.h"
#include "storage/Salvage.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <utility>

namespace kontor::ui {

void MainWindow::backUpIfDue()
{
    // The daily backup checks its copy for damage; on the day's other openings the file itself is checked.
    if (!m_database)
        return;
    if (m_dailyBackup->startIfDue(m_database->path(), SettingsRepository(m_database->connection()).backupsToKeep()))
        m_backupGeneration = m_generation;
    else
        m_damageCheck->start(m_database->path(), m_generation);
}

void MainWindow::waitForBackup()
{
    m_dailyBackup->wait();
    // A check still running concerns the file being left: not waited for (6 s on a cold disk at 100,000 contacts).
    m_damageCheck->stopAndWait();
}

Status MainWindow::saveCopyTo(const QString& target)
{
    if (!m_database)
        return Status::failure(tr("No database is open."));
    const QString path = m_database->path();
    return runWhileBusy(
        tr("Saving a copy in “%1”…").arg(shownPath(target)),
        [path, target]() -> Status {
            auto copy = Database::open(path, Database::Missing::Refuse);
            if (!copy)
                return Status::failure(copy.error());
            return copy.value()->backupTo(target);
        },
        this);
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

void MainWindow::watchForDamage()
{
    connect(m_dailyBackup, &DailyBackup::finished, this, [this](const QString& message, bool ok) {
        statusBar()->showMessage(message, ok ? 6000 : 15000);
        // A failed daily backup is news, not a status line to miss. A damaged database (the backup refuses to keep
        // a damaged copy) gets the ways on from the check of the file; any other failure (a full disk) asks, with
        // the restore offered.
        if (!ok && m_database && m_backupGeneration == m_generation) {
            m_backupFailure = message;
            m_damageCheck->start(m_database->path(), m_generation);
        }
    });
    connect(m_damageCheck, &DamageCheck::checked, this, [this](quint64 generation, const QStringList& findings) {
        if (!m_database || generation != m_generation)
            return; // a check of the database open before
        if (!findings.isEmpty()) {
            m_backupFailure.clear();
            m_pendingDamage = findings;
            showDamageWhenFree();
            return;
        }
        const QString backupFailure = std::exchange(m_backupFailure, QString());
        if (!backupFailure.isEmpty() &&
            Ask::question(this, tr("Daily Backup"), tr("%1\n\nChoose a backup to restore now?").arg(backupFailure)) ==
                QMessageBox::Yes)
            chooseBackupToRestore();
    });
}

void MainWindow::showDamageWhenFree()
{
    // Not inside the import wizard, a busy dialog or another question: their work holds the database that a
    // restore or a salvage would replace. Said as soon as they close.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(500, this, &MainWindow::showDamageWhenFree);
        return;
    }
    const QStringList findings = std::exchange(m_pendingDamage, QStringList());
    if (!findings.isEmpty())
        showDamage(findings);
}

void MainWindow::showDamage(const QStringList& findings)
{
    if (!m_database)
        return;
    const Backups backups(m_database->path(),
                          std::max(1, SettingsRepository(m_database->connection()).backupsToKeep()));
    DatabaseDamageDialog dialog(findings, !backups.list().isEmpty(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    switch (dialog.choice()) {
    case DatabaseDamageDialog::Choice::RestoreBackup:
        chooseBackupToRestore();
        break;
    case DatabaseDamageDialog::Choice::Salvage:
        chooseSalvageFile();
        break;
    case DatabaseDamageDialog::Choice::ReadOnly:
        setReadOnly();
        break;
    case DatabaseDamageDialog::Choice::KeepWorking:
        break;
    }
}

void MainWindow::chooseSalvageFile()
{
    const QFileInfo damaged(m_database->path());
    const QString suggested = damaged.dir().filePath(
        tr("%1 (saved).sqlite", "a database salvaged from a damaged one").arg(damaged.completeBaseName()));
    const QString target =
        Ask::saveFileName(this, tr("Save What Can Be Read"), suggested, tr("Kontor databases (*.sqlite)"));
    if (target.isEmpty())
        return;
    if (Status saved = salvageInto(target); !saved)
        Ask::warning(this, tr("Save What Can Be Read"), saved.error());
}

Status MainWindow::salvageInto(const QString& target)
{
    if (!m_database)
        return Status::failure(tr("No database is open."));
    if (QFile::exists(target))
        return Status::failure(
            tr("“%1” exists already: choose a new name, so that nothing is written over.").arg(shownPath(target)));
    waitForBackup();
    const QString damaged = m_database->path();
    QProgressDialog progress(tr("Saving what can be read…"), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("salvageProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    const auto report = salvage(damaged, target, [&progress](int percent) {
        progress.setValue(percent);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!report)
        return Status::failure(report.error());
    auto opened = Database::open(target, Database::Missing::Refuse);
    if (!opened)
        return Status::failure(opened.error());
    // The damaged file is left as it was: its connection writes nothing more, not even on closing.
    QSqlQuery(m_database->connection()).exec(QStringLiteral("PRAGMA query_only = ON"));
    setDatabase(std::move(opened.value()));
    qint64 rows = 0;
    QStringList lost;
    for (const SalvagedTable& table : report.value().tables) {
        rows += table.rowsSaved;
        if ((table.unreadable || table.gapsSkipped > 0) && !lost.contains(table.title()))
            lost << table.title();
    }
    QString summary =
        lost.isEmpty()
            ? tr("Every row could be read: %Ln row(s) saved.", nullptr, int(std::min<qint64>(rows, INT_MAX)))
            : tr("%Ln row(s) saved; some could not be read in: %1.", nullptr, int(std::min<qint64>(rows, INT_MAX)))
                  .arg(lost.join(QStringLiteral(", ")));
    statusBar()->showMessage(summary, 15000);
    if (!report->walLeftOut.isEmpty())
        summary += u' ' + report->caveat();
    Ask::information(
        this, tr("Save What Can Be Read"),
        tr("%1\n\nKontor now works with “%2”. The damaged file is left as it was.").arg(summary, shownPath(target)));
    return {};
}

void MainWindow::watchForOtherWriters()
{
    QPointer<MainWindow> window(this);
    BusyWait::setNotifier([window](int limitSeconds) {
        const QString text = tr("Another program is writing to this database: waiting for it, at most %Ln second(s)…",
                                nullptr, limitSeconds);
        if (QThread::currentThread() != QCoreApplication::instance()->thread()) {
            // A write on another thread (an import's): said when the window is free.
            QMetaObject::invokeMethod(
                window.data(), [window, text] { window->statusBar()->showMessage(text, 5000); }, Qt::QueuedConnection);
            return;
        }
        if (!window)
            return;
        // The window's own write waits on this thread, which handles no event meanwhile: the status bar is painted
        // at once (with whatever else was waiting to be painted; the list models read nothing from the database
        // meanwhile, see BusyWait::notifying). Once the wait is over and events flow again, the message goes.
        window->statusBar()->showMessage(text);
        window->statusBar()->repaint();
        QTimer::singleShot(0, window.data(), [window, text] {
            if (window->statusBar()->currentMessage() == text)
                window->statusBar()->clearMessage();
        });
    });
}

void MainWindow::setReadOnly()
{
    if (!m_database)
        return;
    // SQLite refuses every write on this connection from now on, whatever page asks for one.
    QSqlQuery readOnly(m_database->connection());
    if (!readOnly.exec(QStringLiteral("PRAGMA query_only = ON"))) {
        Ask::warning(this, tr("Read Only"), readOnly.lastError().text());
        return;
    }
    m_readOnly = true;
    enableWriting(false);
    // Segments and scores are written as they are worked out: not into a file open only for reading.
    m_derivedData->setDatabase(QSqlDatabase(), nullptr);
    setWindowTitle(tr("%1 (read only) — Kontor").arg(QFileInfo(m_database->path()).fileName()));
    statusBar()->showMessage(tr("Read only: nothing can be changed in this damaged file."));
}

void MainWindow::enableWriting(bool enabled)
{
    // Restore, Save What Can Be Read (through the damage check) and the exports stay: they are the ways on.
    static const QStringList writers = {
        QStringLiteral("importContacts"), QStringLiteral("newContact"),     QStringLiteral("editContact"),
        QStringLiteral("logInteraction"), QStringLiteral("archiveContact"), QStringLiteral("newReminder"),
        QStringLiteral("newDeal"),        QStringLiteral("findDuplicates"), QStringLiteral("dataHealth")};
    for (QAction* action : findChildren<QAction*>()) {
        if (writers.contains(action->objectName()))
            action->setEnabled(enabled);
    }
    if (!m_readOnlyBadge) {
        if (enabled)
            return;
        m_readOnlyBadge = new QLabel(tr("Read only", "the open database can only be read"), this);
        m_readOnlyBadge->setObjectName(QStringLiteral("readOnlyBadge"));
        m_readOnlyBadge->setToolTip(tr("This damaged file is open read only: restore a backup (File → Restore from "
                                       "Backup) or save what can be read into a new file to work on."));
        QFont bold = m_readOnlyBadge->font();
        bold.setBold(true);
        m_readOnlyBadge->setFont(bold);
        statusBar()->addPermanentWidget(m_readOnlyBadge);
    }
    m_readOnlyBadge->setVisible(!enabled);
}

} // namespace kontor::ui
