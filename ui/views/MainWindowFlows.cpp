// SPDX-License-Identifier: GPL-3.0-or-later
// The window's flows that span its pages: Ctrl+L from any page, the welcome page's ways in and the demo database,
// and the Help menu. The rest of MainWindow is in MainWindow.cpp.
#include "MainWindow.h"
#include "PageRefresh.h"

#include "CompaniesPage.h"
#include "ContactsPage.h"
#include "PipelinePage.h"
#include "RemindersPage.h"
#include "ReportsPage.h"
#include "TodayPage.h"
#include "WelcomePage.h"
#include "dialogs/DemoDatabase.h"
#include "dialogs/LogInteractionDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "dialogs/UserGuideDialog.h"
#include "repositories/ContactRepository.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace kontor::ui {

void MainWindow::connectWelcomePage()
{
    // The welcome's answers are an action of their own, so that undoing the first contact keeps the user's name.
    connect(m_welcome, &WelcomePage::addContactRequested, this, [this] {
        showPage(ContactsPageIndex);
        m_contacts->newContact();
    });
    connect(m_welcome, &WelcomePage::importRequested, this, [this] {
        importContacts();
        const auto any = m_database ? ContactRepository(m_database->connection()).any() : Result<bool>(false);
        if (any && any.value())
            showPage(ContactsPageIndex);
    });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoDatabase);
}

void MainWindow::createHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User Guide"), this, [this] {
        UserGuideDialog dialog(this);
        dialog.exec();
    });
    guide->setObjectName(QStringLiteral("userGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    keys->setObjectName(QStringLiteral("keyboardShortcuts"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QAction* demo = help->addAction(tr("Open &Demo Database"), this, &MainWindow::openDemoDatabase);
    demo->setObjectName(QStringLiteral("openDemo"));
    help->addSeparator();
    help->addAction(tr("&About Kontor"), this, &MainWindow::about);
}

void MainWindow::logInteraction()
{
    if (!m_database)
        return;
    LogTarget target;
    switch (currentPage()) {
    case ContactsPageIndex:
        m_contacts->logInteraction();
        return;
    case TodayPageIndex:
        target = m_today->logTarget();
        break;
    case CompaniesPageIndex:
        target = m_companies->logTarget();
        break;
    case PipelinePageIndex:
        target = m_pipeline->logTarget();
        break;
    case RemindersPageIndex:
        target = m_reminders->logTarget();
        break;
    case ReportsPageIndex:
    case WelcomePageIndex:
        break;
    }
    LogInteractionDialog dialog(m_database->connection(), target.contactId, this, target.reminderId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The action put its own step on the undo stack.
    statusBar()->showMessage(dialog.savedMessage(), 6000);
    refreshWhatChanged();
}

void MainWindow::refreshWhatChanged()
{
    // The actions' events marked the pages that show what they changed; the page in view reads again now, the
    // others when shown.
    m_pageRefresh->refreshVisibleIfStale();
    updateTodayBadge();
}

void MainWindow::refreshAllPages()
{
    // Undo and redo publish no events: a step may have changed anything.
    m_pageRefresh->markStale(PageRefresh::Everything);
    m_pageRefresh->refreshVisibleIfStale();
    updateTodayBadge();
}

void MainWindow::setDemoDatabase(const QString& path, qint64 contacts)
{
    m_demoPath = path;
    m_demoContacts = contacts;
}

void MainWindow::openDemoDatabase()
{
    if (m_database && QFileInfo(m_database->path()) == QFileInfo(m_demoPath)) {
        showPage(TodayPageIndex);
        return;
    }
    auto opened = DemoDatabase::open(m_demoPath, m_demoContacts, this);
    if (!opened)
        return;
    waitForBackup();
    setDatabase(std::move(opened));
    statusBar()->showMessage(tr("The demo database: made-up data in a file of its own. File → Open Database… goes "
                                "back to yours."),
                             10000);
}

} // namespace kontor::ui
