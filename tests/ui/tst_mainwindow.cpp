// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocaleDigits.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "dialogs/ImportHistoryDialog.h"
#include "dialogs/ImportSummaryPage.h"
#include "dialogs/ImportWizard.h"
#include "repositories/ContactRepository.h"
#include "repositories/ReminderRepository.h"

#include "Clock.h"
#include "Translations.h"
#include "demo/DemoGenerator.h"
#include "dialogs/DatabaseProblemDialog.h"
#include "dialogs/LogInteractionDialog.h"
#include "dialogs/RestoreBackupDialog.h"
#include "models/ContactListModel.h"
#include "repositories/SettingsRepository.h"
#include "storage/Backups.h"
#include "views/ContactCard.h"
#include "views/ContactsPage.h"
#include "views/DailyBackup.h"
#include "views/Icons.h"
#include "views/KontorStyle.h"
#include "views/MainWindow.h"
#include "views/PipelinePage.h"
#include "views/ReportsPage.h"
#include "views/SelectRow.h"
#include "views/SoftText.h"
#include "views/TodayPage.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>

using namespace kontor;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    // A daily backup that fails for another reason than damage (a full disk: the file itself checks sound) asks
    // at once, offering the restore. (A damaged file gets the damage dialog: tst_damageddatabase.)
    void aFailedDailyBackupAsksToRestore()
    {
        test::TestDatabase fixture;
        ui::MainWindow window(fixture.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The real daily backup first, its message shown, so that it does not come after the failure below.
        QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Daily backup saved")));
        auto* daily = window.findChild<ui::DailyBackup*>();
        QVERIFY(daily);
        const QString why = QStringLiteral("No backup was made: the disk is full.");
        test::Answers answers({QMessageBox::No});
        emit daily->finished(why, false);
        QTRY_COMPARE(answers.asked.size(), 1);
        QVERIFY2(answers.asked.first().text.contains(why) &&
                     answers.asked.first().text.contains(QStringLiteral("restore")),
                 qPrintable(answers.asked.first().text));
        QCOMPARE(window.statusBar()->currentMessage(), why);
        // One that went well says so in the status bar only.
        emit daily->finished(QStringLiteral("Daily backup saved."), true);
        window.waitForBackup();
        QTest::qWait(50);
        QCOMPARE(answers.asked.size(), 1);
    }

    void navigationAndDemoData()
    {
        test::TestDatabase fixture;
        QVERIFY(DemoGenerator(fixture.db()).generate({2000, 1, 10}).ok());
        ui::MainWindow window(fixture.take());
        window.resize(1400, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Today is the start page, and its badge counts what is overdue or due today.
        QCOMPARE(window.currentPage(), ui::MainWindow::TodayPageIndex);
        const int open = window.todayPage()->openCount();
        QVERIFY(open > 0);
        QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("navigation"))->item(0)->text(),
                 QStringLiteral("Today (%1)").arg(open));
        test::screenshot(&window, QStringLiteral("main-window-today"));
        // Enter on an agenda item opens its contact.
        window.todayPage()->tree()->setFocus();
        QTest::keyClick(window.todayPage()->tree(), Qt::Key_Return);
        QCOMPARE(window.currentPage(), ui::MainWindow::ContactsPageIndex);
        QVERIFY(window.contactsPage()->card()->contactId() != 0);

        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), ui::MainWindow::ContactsPageIndex);
        // Counted in the background (while the day's backup may be running too).
        QTRY_COMPARE(window.contactsPage()->model()->rowCount(), 2000);
        // A contact with a history, for the picture.
        auto* model = window.contactsPage()->model();
        int row = 0;
        while (model->data(model->index(row, ui::ContactListModel::LastContact)).toString().isEmpty())
            ++row;
        // Not QTableView::selectRow: right to left it makes no row current (see ui::selectRow).
        ui::selectRow(window.contactsPage()->table(), row, ui::ContactListModel::Name);
        QTRY_VERIFY(window.contactsPage()->currentContactId() != 0);
        // The card follows the list, also after a contact was opened from elsewhere.
        QCOMPARE(window.contactsPage()->card()->contactId(), window.contactsPage()->currentContactId());
        test::screenshot(&window, QStringLiteral("main-window-contacts"));

        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), ui::MainWindow::TodayPageIndex);
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), ui::MainWindow::ReportsPageIndex);
        // Shown, the reports are computed: the funnel lists every stage.
        QCOMPARE(window.reportsPage()->table(ui::ReportsPage::Funnel)->model()->rowCount(), 8);

        // Ctrl+F jumps to the search box of the contacts page.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), ui::MainWindow::ContactsPageIndex);
        QVERIFY(window.contactsPage()->searchBox()->hasFocus());

        // Ctrl+L opens the log dialog for the selected contact; Escape closes it.
        bool opened = false;
        test::whenModalShown([&opened](QWidget* modal) {
            opened = qobject_cast<ui::LogInteractionDialog*>(modal) != nullptr;
            test::screenshot(modal, QStringLiteral("log-interaction-from-window"));
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(opened);
    }

    // Each page and main action has an icon of its own, drawn in the palette's text colour: dark on light, light
    // on dark, and again when the palette changes.
    void pagesAndActionsHaveTheirOwnIcons()
    {
        test::TestDatabase fixture;
        ui::MainWindow window(fixture.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForBackup();
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        const auto image = [](const QIcon& icon) { return icon.pixmap(QSize(24, 24), 1.0).toImage(); };
        // The darkest or lightest drawn pixel, by the icon's strokes.
        const auto strokeLightness = [](const QImage& picture) {
            int lightness = -1;
            for (int y = 0; y < picture.height(); ++y) {
                for (int x = 0; x < picture.width(); ++x) {
                    const QColor pixel = picture.pixelColor(x, y);
                    if (pixel.alpha() > 200)
                        lightness = std::max(lightness, pixel.lightness());
                }
            }
            return lightness;
        };
        QList<QImage> pages;
        for (int i = 0; i < navigation->count(); ++i) {
            const QImage picture = image(navigation->item(i)->icon());
            QVERIFY2(!navigation->item(i)->icon().isNull(), qPrintable(navigation->item(i)->text()));
            QVERIFY2(!pages.contains(picture), qPrintable(navigation->item(i)->text()));
            pages << picture;
        }
        QCOMPARE(pages.size(), 6);
        for (const char* name : {"newContact", "logInteraction", "newDeal", "newReminder", "searchEverything",
                                 "importContacts", "settings", "showArchive"}) {
            auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
            QVERIFY2(action && !action->icon().isNull(), name);
        }
        const bool lightPalette = window.palette().color(QPalette::Window).lightness() > 128;
        QCOMPARE(strokeLightness(pages.first()) < 128, lightPalette);
        // Another palette: the icons follow it.
        QPalette other = window.palette();
        other.setColor(QPalette::Window, lightPalette ? QColor(40, 40, 40) : QColor(240, 240, 240));
        other.setColor(QPalette::WindowText, lightPalette ? QColor(235, 235, 235) : QColor(20, 20, 20));
        window.setPalette(other);
        QCOMPARE(strokeLightness(image(navigation->item(0)->icon())) < 128, !lightPalette);

        // A search field's clear button is Kontor's, not the style's filled pixmap.
        ui::installStyle();
        QLineEdit search;
        const QIcon clear = search.style()->standardIcon(QStyle::SP_LineEditClearButton, nullptr, &search);
        QPalette soft = search.palette();
        soft.setColor(QPalette::Active, QPalette::WindowText, ui::softText(search.palette()));
        QCOMPARE(image(clear), image(ui::Icons::icon(QStringLiteral("clear"), soft)));
    }

    // Each menu's items have their own Alt letters, its groups are set apart, and Quit has a key.
    void menusHaveOwnLettersAndGroups()
    {
        test::TestDatabase fixture;
        ui::MainWindow window(fixture.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (QAction* menuAction : window.menuBar()->actions()) {
            QMenu* menu = menuAction->menu();
            QVERIFY(menu);
            QStringList letters;
            for (QAction* action : menu->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                const QString text = action->text().section(u'\t', 0, 0);
                const qsizetype at = text.indexOf(u'&');
                if (at < 0 || at + 1 >= text.size())
                    continue;
                const QString letter = text.mid(at + 1, 1).toLower();
                QVERIFY2(!letters.contains(letter),
                         qPrintable(QStringLiteral("%1: %2 twice").arg(menuAction->text(), letter)));
                letters << letter;
            }
        }
        const auto separators = [](QMenu* menu) {
            return std::count_if(menu->actions().cbegin(), menu->actions().cend(),
                                 [](const QAction* action) { return action->isSeparator(); });
        };
        QMenu* deal = nullptr;
        QMenu* contact = nullptr;
        for (QAction* menuAction : window.menuBar()->actions()) {
            if (menuAction->text() == QStringLiteral("&Deal"))
                deal = menuAction->menu();
            if (menuAction->text() == QStringLiteral("&Contact"))
                contact = menuAction->menu();
        }
        QVERIFY(deal && contact);
        QCOMPARE(separators(deal), 3);
        QCOMPARE(separators(contact), 2);
        bool quitHasKey = false;
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->text() == QStringLiteral("&Quit"))
                quitHasKey = !action->shortcut().isEmpty();
        }
        QVERIFY(quitHasKey);
    }

    void importsFromTheFileMenuAndTakesItBack()
    {
        test::TestDatabase fixture;
        ui::MainWindow window(fixture.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForBackup();
        window.showPage(ui::MainWindow::ContactsPageIndex);
        QTRY_COMPARE(window.contactsPage()->model()->rowCount(), 0);
        // An edit before the import stays undoable after it.
        Contact kept;
        kept.firstName = QStringLiteral("Kept");
        QVERIFY(ContactRepository(window.database()->connection()).create(kept).ok());
        window.recordUndoStep(QStringLiteral("New contact"));
        QCOMPARE(window.undoStack()->count(), 1);

        bool walked = false;
        test::whenModalShown([&window, &walked](QWidget*) {
            ui::ImportWizard* wizard = window.importWizard();
            QVERIFY(wizard);
            wizard->setFile(QStringLiteral(KONTOR_TEST_DATA "/import/google-messy.csv"));
            wizard->next();
            wizard->next();
            QCOMPARE(wizard->currentId(), int(ui::ImportWizard::CheckPage));
            wizard->button(QWizard::CommitButton)->click();
            // The last page: the counts, the rejected rows and why, and what to do next.
            QCOMPARE(wizard->currentId(), int(ui::ImportWizard::SummaryPage));
            QVERIFY(wizard->summaryPage()->counts()->text().contains(QStringLiteral("<b>4</b> created")));
            test::screenshot(wizard, QStringLiteral("import-summary"));
            wizard->summaryPage()->showButton()->click();
            walked = true;
        });
        // Ctrl+Shift+I, from the File menu.
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(walked);
        QVERIFY(window.importWizard() == nullptr);
        // "Show the imported contacts": the list shows only them, with a filter that says so; the status bar says
        // what came in, and the import is no undo step.
        QCOMPARE(window.currentPage(), ui::MainWindow::ContactsPageIndex);
        QTRY_COMPARE(window.contactsPage()->model()->rowCount(), 4);
        auto* importFilter = window.contactsPage()->findChild<QComboBox*>(QStringLiteral("importFilter"));
        QVERIFY(importFilter->isVisible());
        QCOMPARE(importFilter->currentText(), QStringLiteral("From google-messy.csv"));
        test::screenshot(&window, QStringLiteral("import-shown"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("4 created")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(window.undoStack()->count(), 1);
        importFilter->setCurrentIndex(0);
        QTRY_COMPARE(window.contactsPage()->model()->rowCount(), 5);
        QVERIFY(!importFilter->isVisible());

        test::whenModalShown([](QWidget* modal) {
            auto* dialog = qobject_cast<ui::ImportHistoryDialog*>(modal);
            QVERIFY(dialog);
            QVERIFY(dialog->undoChosen(false));
            dialog->accept();
        });
        window.findChild<QAction*>(QStringLiteral("importHistory"))->trigger();
        QTRY_COMPARE(window.contactsPage()->model()->rowCount(), 1);
        // Undo still takes back the edit from before.
        window.undoStack()->undo();
        QTRY_COMPARE(window.contactsPage()->model()->rowCount(), 0);
    }

    void exportsEveryKindFromTheFileMenu()
    {
        test::TestDatabase fixture;
        QVERIFY(DemoGenerator(fixture.db()).generate({60, 3, 5}).ok());
        ui::MainWindow window(fixture.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForBackup();
        auto* menu = window.findChild<QMenu*>(QStringLiteral("exportMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 6);
        QTemporaryDir dir;
        using Kind = ui::MainWindow::ExportKind;
        const std::pair<Kind, QByteArray> kinds[] = {
            {Kind::ContactsCsv, "\xEF\xBB\xBF"
                                "first_name,"},
            {Kind::ContactsVCard, "BEGIN:VCARD"},
            {Kind::CompaniesCsv, "\xEF\xBB\xBF"
                                 "name,"},
            {Kind::InteractionsCsv, "\xEF\xBB\xBF"
                                    "occurred_at,"},
            {Kind::DealsCsv, "\xEF\xBB\xBF"
                             "title,"},
            {Kind::Calendar, "BEGIN:VCALENDAR"},
        };
        int index = 0;
        for (const auto& [kind, start] : kinds) {
            const QString path = dir.filePath(QStringLiteral("export-%1").arg(index++));
            const auto written = window.exportTo(kind, path);
            QVERIFY2(written.ok(), qPrintable(written.error()));
            QVERIFY(written.value() > 0);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(file.readAll().startsWith(start), qPrintable(path));
        }
        // Nowhere to write: an error, and no file.
        const auto refused = window.exportTo(Kind::DealsCsv, dir.filePath(QStringLiteral("missing/deals.csv")));
        QVERIFY(!refused.ok());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing/deals.csv"))));
    }

    void layoutIsRememberedBetweenRuns()
    {
        QSettings().clear();
        test::TestDatabase fixture;
        const QString path = fixture.path();
        {
            ui::MainWindow window(fixture.take());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(ui::MainWindow::ContactsPageIndex);
            window.contactsPage()->table()->setColumnHidden(ui::ContactListModel::Email, true);
            auto* splitter = window.contactsPage()->findChild<QSplitter*>(QStringLiteral("contactsSplitter"));
            splitter->setSizes({900, 300});
            // Won and Lost start folded; Won unfolded stays so.
            QCOMPARE(window.pipelinePage()->foldedStageKinds(),
                     (QStringList{QStringLiteral("lost"), QStringLiteral("won")}));
            window.pipelinePage()->setFoldedStageKinds({QStringLiteral("lost")});
            QVERIFY(window.close());
        }
        auto reopened = Database::open(path);
        QVERIFY(reopened.ok());
        ui::MainWindow again(std::move(reopened).value());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.contactsPage()->table()->isColumnHidden(ui::ContactListModel::Email));
        QVERIFY(!again.contactsPage()->table()->isColumnHidden(ui::ContactListModel::Phone));
        again.showPage(ui::MainWindow::ContactsPageIndex);
        auto* splitter = again.contactsPage()->findChild<QSplitter*>(QStringLiteral("contactsSplitter"));
        QVERIFY(splitter->sizes().first() > splitter->sizes().last() * 2);
        QCOMPARE(again.pipelinePage()->foldedStageKinds(), QStringList{QStringLiteral("lost")});
        QSettings().clear();
    }

    void refusedDatabaseOffersAlternatives()
    {
        ui::DatabaseProblemDialog dialog(QStringLiteral("“x.txt” is not a Kontor database."));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.message(), QStringLiteral("“x.txt” is not a Kontor database."));
        test::screenshot(&dialog, QStringLiteral("database-problem-dialog"));
        // Without an icon theme (as here), Kontor's own warning sign, not Qt's stock pixmap.
        if (QIcon::themeName().isEmpty() || !QIcon::hasThemeIcon(QStringLiteral("dialog-warning"))) {
            const QPixmap shown = dialog.findChild<QLabel*>(QStringLiteral("icon"))->pixmap();
            QCOMPARE(shown.toImage(),
                     ui::Icons::icon(QStringLiteral("warning"), dialog.palette()).pixmap(48, 48).toImage());
        }
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("createNew")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(ui::DatabaseProblemDialog::CreateNew));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        QString shownMessage;
        test::whenModalShown([&shownMessage](QWidget* modal) {
            auto* problem = qobject_cast<ui::DatabaseProblemDialog*>(modal);
            shownMessage = problem ? problem->message() : QString();
            QTest::mouseClick(modal->findChild<QPushButton*>(QStringLiteral("quit")), Qt::LeftButton);
        });
        auto database = ui::DatabaseProblemDialog::openWithRecovery(path);
        QVERIFY(!database);
        QVERIFY2(shownMessage.contains(QStringLiteral("not a Kontor database")), qPrintable(shownMessage));
        QCOMPARE(test::fileDigest(path), QCryptographicHash::hash("hello", QCryptographicHash::Sha256));
    }

    void backsUpDailySavesCopiesAndRestores()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        const auto contactCount = [](const QSqlDatabase& db) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT count(*) FROM contacts"));
            query.next();
            return query.value(0).toInt();
        };
        const auto addContact = [](const QSqlDatabase& db, const QString& name) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO contacts (first_name, created_at, updated_at) VALUES (?, 0, 0)"));
            query.addBindValue(name);
            QVERIFY(query.exec());
        };
        addContact(opened.value()->connection(), QStringLiteral("Ada"));

        // Opening the window makes the day's backup in the background.
        ui::MainWindow window(std::move(opened).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForBackup();
        const Backups backups(path);
        QTRY_COMPARE(backups.list().size(), 1);
        QCOMPARE(backups.list().first().reason, QStringLiteral("daily"));
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Daily backup saved")));

        // A copy saved by hand holds what is there now.
        addContact(window.database()->connection(), QStringLiteral("Bob"));
        const QString copy = dir.filePath(QStringLiteral("elsewhere/copy.sqlite"));
        QVERIFY(window.saveCopyTo(copy).ok());
        QCOMPARE(contactCount(Database::open(copy).value()->connection()), 2);

        // File → Restore from Backup: the daily one, chosen with Enter; Bob is gone, and the database with him kept.
        QString shownWhy;
        test::whenModalShown([&shownWhy](QWidget* modal) {
            auto* dialog = qobject_cast<ui::RestoreBackupDialog*>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->table()->rowCount(), 1);
            shownWhy = dialog->table()->item(0, 1)->text();
            test::screenshot(dialog, QStringLiteral("restore-backup-dialog"));
            // "Why" takes the room; when and how big are as wide as their texts.
            QTableWidget* table = dialog->table();
            QCOMPARE(table->horizontalHeader()->sectionResizeMode(1), QHeaderView::Stretch);
            for (int column : {0, 2}) {
                const int text = std::max(static_cast<QAbstractItemView*>(table)->sizeHintForColumn(column),
                                          table->horizontalHeader()->sectionSizeHint(column));
                QVERIFY(table->columnWidth(column) >= text);
                QVERIFY(table->columnWidth(column) <= text + 4 * table->fontMetrics().averageCharWidth());
            }
            QVERIFY(table->columnWidth(1) > table->columnWidth(2));
            // Show Folder at the start of the row, away from Restore and Cancel, with room around its text.
            auto* showFolder = dialog->findChild<QPushButton*>(QStringLiteral("showFolder"));
            QVERIFY(showFolder);
            auto* box = dialog->findChild<QDialogButtonBox*>();
            QVERIFY(!box->isAncestorOf(showFolder));
            // The start is on the right in a mirrored dialog: compared as if it were not.
            const auto fromStart = [dialog](QWidget* widget) {
                return QStyle::visualRect(dialog->layoutDirection(), dialog->rect(),
                                          QRect(widget->mapTo(dialog, QPoint()), widget->size()));
            };
            QVERIFY(fromStart(showFolder).x() + showFolder->width() < fromStart(box).x());
            const int textWidth = showFolder->fontMetrics().horizontalAdvance(QStringLiteral("Show Folder"));
            QVERIFY(showFolder->width() >= textWidth + 2 * (showFolder->fontMetrics().averageCharWidth() + 4));
            QVERIFY(!showFolder->autoDefault());
            QTest::keyClick(dialog->table(), Qt::Key_Return);
        });
        window.findChild<QAction*>(QStringLiteral("restoreBackup"))->trigger();
        QCOMPARE(shownWhy, QStringLiteral("Daily"));
        QVERIFY(window.database());
        QCOMPARE(contactCount(window.database()->connection()), 1);
        window.waitForBackup();
        QCOMPARE(backups.list().first().reason, QStringLiteral("before-restore"));
        QCOMPARE(contactCount(Database::open(backups.list().first().path).value()->connection()), 2);
    }

    void noDailyBackupWhenTurnedOff()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        QVERIFY(SettingsRepository(opened.value()->connection()).setBackupsToKeep(0).ok());
        ui::MainWindow window(std::move(opened).value());
        window.waitForBackup();
        QVERIFY(Backups(path).list().isEmpty());
    }

    void olderDatabaseIsUpgradedWhileTheWindowSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(KONTOR_TEST_DATA "/kontor-schema-5.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        // The busy dialog is caught as it is shown: a small file may be upgraded before a timer could look.
        struct ShownWatcher : QObject
        {
            QString text;
            bool eventFilter(QObject* watched, QEvent* event) override
            {
                if (event->type() == QEvent::Show && watched->objectName() == QStringLiteral("busy"))
                    text = static_cast<QProgressDialog*>(watched)->labelText();
                return false;
            }
        } watcher;
        qApp->installEventFilter(&watcher);
        auto database = ui::DatabaseProblemDialog::openWithRecovery(path);
        qApp->removeEventFilter(&watcher);
        QVERIFY(database);
        QVERIFY2(watcher.text.contains(QStringLiteral("Upgrading")), qPrintable(watcher.text));
        QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(database->check()->problems.isEmpty());

        // A current file opens without it.
        database.reset();
        watcher.text.clear();
        qApp->installEventFilter(&watcher);
        database = ui::DatabaseProblemDialog::openWithRecovery(path);
        qApp->removeEventFilter(&watcher);
        QVERIFY(database);
        QVERIFY(watcher.text.isEmpty());
    }

    void todayBadgeInPersianDigits()
    {
        test::InPersian persian;
        test::TestDatabase fixture;
        // A database with a contact opens on Today, not on the welcome page.
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        const qint64 adaId = ContactRepository(fixture.db()).create(ada).value();
        for (int i = 0; i < 12; ++i) {
            Reminder reminder;
            reminder.title = QStringLiteral("Call back");
            reminder.contactId = adaId;
            reminder.dueAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
            QVERIFY(ReminderRepository(fixture.db()).create(reminder).ok());
        }
        ui::MainWindow window(fixture.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForBackup();
        const QString today = window.findChild<QListWidget*>(QStringLiteral("navigation"))->item(0)->text();
        QVERIFY2(test::hasPersianDigitsOnly(today) && today.contains(QStringLiteral("۱۲")), qPrintable(today));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
