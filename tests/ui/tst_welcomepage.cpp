// SPDX-License-Identifier: GPL-3.0-or-later
// A newcomer's start: an empty database opens on the welcome page; Help has the guide, the keys and the demo.
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "dialogs/ContactDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "dialogs/UserGuideDialog.h"
#include "domain/PhoneNumbers.h"
#include "repositories/ContactRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/UserRepository.h"
#include "views/ContactCard.h"
#include "views/ContactsPage.h"
#include "views/MainWindow.h"
#include "views/ReportsPage.h"
#include "views/WelcomePage.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUndoStack>

using namespace kontor;

class TestWelcomePage : public QObject
{
    Q_OBJECT

private slots:

    void anEmptyDatabaseAsksNameAndCountryThenAddsTheFirstContact()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        ui::MainWindow window(fixture.take());
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForBackup();
        QCOMPARE(window.currentPage(), ui::MainWindow::WelcomePageIndex);
        ui::WelcomePage* welcome = window.welcomePage();
        // "Owner" is no name to greet anyone with: the field starts empty. The tests run under C.UTF-8, a locale
        // without a country, so the country is asked for.
        QCOMPARE(welcome->nameEdit()->text(), QString());
        QVERIFY(welcome->nameEdit()->hasFocus());
        QCOMPARE(welcome->regionBox()->currentIndex(), -1);
        auto* hint = welcome->findChild<QLabel*>(QStringLiteral("regionHint"));
        QCOMPARE(hint->text(), QStringLiteral("Choose your country. Phone numbers written without a country code, "
                                              "such as 030 1234567, are read as numbers of that country."));
        // The hint has the height of its lines, none cut at the top or bottom.
        QTRY_VERIFY2(
            hint->height() >= hint->heightForWidth(hint->width()),
            qPrintable(QStringLiteral("%1 < %2").arg(hint->height()).arg(hint->heightForWidth(hint->width()))));
        test::screenshot(&window, QStringLiteral("welcome-page"));

        QTest::keyClicks(welcome->nameEdit(), QStringLiteral("Maria Rossi"));
        welcome->regionBox()->setCurrentIndex(welcome->regionBox()->findData(QStringLiteral("IT")));
        bool contactDialog = false;
        test::whenModalShown([&contactDialog](QWidget* modal) {
            contactDialog = qobject_cast<ui::ContactDialog*>(modal) != nullptr;
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        QTest::mouseClick(welcome->findChild<QPushButton*>(QStringLiteral("addFirstContact")), Qt::LeftButton);
        QVERIFY(contactDialog);
        QCOMPARE(window.currentPage(), ui::MainWindow::ContactsPageIndex);
        QCOMPARE(UserRepository(db).defaultUser()->name, QStringLiteral("Maria Rossi"));
        QCOMPARE(SettingsRepository(db).phoneRegion(), QStringLiteral("IT"));
        // The answers are a step of their own.
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Your name and country"));
    }

    // The country box starts on the country of the locale: the system's, else that of the language Kontor is shown
    // in (as --lang en_GB sets it); the answer is saved with the name.
    void theCountryComesFromTheLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        ui::MainWindow window(fixture.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForBackup();
        ui::WelcomePage* welcome = window.welcomePage();
        const QString system = PhoneNumbers::regionOf(QLocale::system());
        const QString expected = welcome->regionBox()->findData(system) >= 0 ? system : QStringLiteral("GB");
        QCOMPARE(welcome->regionBox()->currentData().toString(), expected);
        QVERIFY(welcome->findChild<QLabel*>(QStringLiteral("regionHint"))
                    ->text()
                    .startsWith(QStringLiteral("Phone numbers written without a country code")));
        QTest::keyClicks(welcome->nameEdit(), QStringLiteral("Jane Doe"));
        test::whenModalShown([](QWidget* modal) { QTest::keyClick(modal, Qt::Key_Escape); });
        QTest::mouseClick(welcome->findChild<QPushButton*>(QStringLiteral("addFirstContact")), Qt::LeftButton);
        QCOMPARE(SettingsRepository(db).phoneRegion(), expected);
    }

    void theDemoIsOneClickAway()
    {
        test::TestDatabase fixture;
        const QString demo = fixture.dirPath(QStringLiteral("demo.sqlite"));
        ui::MainWindow window(fixture.take());
        window.setDemoDatabase(demo, 60);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForBackup();
        QCOMPARE(window.currentPage(), ui::MainWindow::WelcomePageIndex);
        QTest::mouseClick(window.welcomePage()->findChild<QPushButton*>(QStringLiteral("openDemo")), Qt::LeftButton);
        QCOMPARE(QFileInfo(window.database()->path()), QFileInfo(demo));
        QCOMPARE(ContactRepository(window.database()->connection()).count({}).value(), qint64(60));
        // A database with contacts opens on Today.
        QCOMPARE(window.currentPage(), ui::MainWindow::TodayPageIndex);
        window.waitForBackup();
    }

    void helpListsEveryKeyAndShipsTheGuide()
    {
        test::TestDatabase fixture;
        Contact someone;
        someone.firstName = QStringLiteral("Ada");
        QVERIFY(ContactRepository(fixture.db()).create(someone).ok());
        ui::MainWindow window(fixture.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForBackup();
        QCOMPARE(window.currentPage(), ui::MainWindow::TodayPageIndex);

        QTreeWidget* list = nullptr;
        test::whenModalShown([&list](QWidget* modal) {
            auto* dialog = qobject_cast<ui::ShortcutsDialog*>(modal);
            if (!dialog)
                return;
            test::screenshot(dialog, QStringLiteral("keyboard-shortcuts"));
            // Every menu key is read from the menus: Ctrl+L is there, and the filter finds it.
            auto* filter = dialog->findChild<QLineEdit*>(QStringLiteral("filter"));
            QTest::keyClicks(filter, QStringLiteral("Ctrl+L"));
            int shown = 0;
            for (QTreeWidgetItemIterator it(dialog->list(), QTreeWidgetItemIterator::NotHidden); *it; ++it) {
                if ((*it)->parent() && (*it)->text(0) == QStringLiteral("Log Interaction…") &&
                    (*it)->text(1).remove(QChar(0x200E)) == QStringLiteral("Ctrl+L"))
                    ++shown;
            }
            if (shown >= 1)
                list = dialog->list();
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::keyClick(&window, Qt::Key_Slash, Qt::ControlModifier);
        QVERIFY(list);

        QString guide;
        test::whenModalShown([&guide](QWidget* modal) {
            if (auto* dialog = qobject_cast<ui::UserGuideDialog*>(modal)) {
                guide = dialog->browser()->toPlainText();
                test::screenshot(dialog, QStringLiteral("user-guide"));
            }
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY(guide.contains(QStringLiteral("A working day with Kontor")));
        QVERIFY(guide.contains(QStringLiteral("Closing the loop")));
        // The developers' part stays in the README.
        QVERIFY(!guide.contains(QStringLiteral("Building elsewhere")));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("openDemo")));
    }

    void userGuideIsForUsers()
    {
        ui::UserGuideDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString guide = dialog.browser()->toPlainText();
        // Written for the people who use Kontor: no README, no locales, no figures of speed, no building.
        for (const char* developers : {"README", "C.UTF-8", "a million", "kontor-bench", "cmake", "kontor-cli", "E.164",
                                       "libphonenumber", "1–2 s", " px", "Building elsewhere"})
            QVERIFY2(!guide.contains(QLatin1String(developers), Qt::CaseInsensitive), developers);
        QVERIFY(guide.contains(QStringLiteral("Ctrl+L")));
        QVERIFY(guide.contains(QStringLiteral("Restore from Backup")));

        // A heading for each page, right under the guide's title, in the order of the side bar.
        QStringList sections;
        for (QTextBlock block = dialog.browser()->document()->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 2)
                sections << block.text();
        }
        const QStringList pages = {QStringLiteral("Today"),    QStringLiteral("Contacts"),  QStringLiteral("Companies"),
                                   QStringLiteral("Pipeline"), QStringLiteral("Reminders"), QStringLiteral("Reports")};
        qsizetype previous = -1;
        for (const QString& page : pages) {
            const qsizetype at = sections.indexOf(page);
            QVERIFY2(at > previous, qPrintable(page + QStringLiteral(" in ") + sections.join(u", ")));
            previous = at;
        }
        QVERIFY(sections.contains(QStringLiteral("A working day with Kontor")));
        QVERIFY(sections.contains(QStringLiteral("Keyboard shortcuts")));

        // Ordinary text wraps: no scrolling sideways, at the dialog's size nor in a narrow window. The document is
        // laid out a part at a time; its size is the whole of it.
        QTextBrowser* browser = dialog.browser();
        QScrollBar* sideways = browser->horizontalScrollBar();
        for (const int width : {dialog.width(), 560}) {
            dialog.resize(width, 600);
            QTRY_COMPARE(dialog.width(), width);
            QVERIFY2(browser->document()->size().width() <= browser->viewport()->width(),
                     qPrintable(QStringLiteral("%1 > %2")
                                    .arg(browser->document()->size().width())
                                    .arg(browser->viewport()->width())));
            QTRY_VERIFY2(!sideways->isVisible(), qPrintable(QString::number(sideways->maximum())));
        }
        test::screenshot(&dialog, QStringLiteral("user-guide-narrow"));
    }

    // The empty contact list points to the demo where the window has it, the Help menu, not to a command line.
    void anEmptyListPointsToTheDemoInTheHelpMenu()
    {
        test::TestDatabase fixture;
        ui::MainWindow window(fixture.take());
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForBackup();
        window.showPage(ui::MainWindow::ContactsPageIndex);
        auto* empty = window.contactsPage()->card()->findChild<QLabel*>(QStringLiteral("empty"));
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        auto* demo = window.findChild<QAction*>(QStringLiteral("openDemo"));
        QVERIFY(demo);
        QMenu* help = nullptr;
        for (QMenu* menu : window.menuBar()->findChildren<QMenu*>())
            if (menu->actions().contains(demo))
                help = menu;
        QVERIFY(help);
        const QString path = QStringLiteral("%1 → %2").arg(help->title().remove(u'&'), demo->text().remove(u'&'));
        QCOMPARE(path, QStringLiteral("Help → Open Demo Database"));
        // In one piece: not broken across lines, as "kontor --" / "demo" was at 1024 pixels.
        QString unbroken = path;
        unbroken.replace(u' ', QChar(0xa0));
        QVERIFY2(empty->text().contains(unbroken), qPrintable(empty->text()));
        QVERIFY2(!empty->text().contains(QStringLiteral("--demo")), qPrintable(empty->text()));
        test::screenshot(&window, QStringLiteral("contacts-empty"));
    }

    void emptyListsSayWhatToDo()
    {
        test::TestDatabase fixture;
        Contact someone;
        someone.firstName = QStringLiteral("Ada");
        const qint64 ada = ContactRepository(fixture.db()).create(someone).value();
        ui::MainWindow window(fixture.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForBackup();
        window.showPage(ui::MainWindow::ContactsPageIndex);
        window.contactsPage()->showContact(ada);
        // A contact without history: the history says how to start one.
        auto* timeline = window.contactsPage()->card()->findChild<QListView*>(QStringLiteral("timeline"));
        QLabel* empty = timeline->viewport()->findChild<QLabel*>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Ctrl+L")));
        Interaction call;
        call.contactId = ada;
        call.kind = InteractionKinds::call;
        call.occurredAt = QDateTime::currentDateTimeUtc();
        QVERIFY(InteractionRepository(window.database()->connection()).log(call).ok());
        window.contactsPage()->refresh();
        QTRY_VERIFY(!empty->isVisible());

        // Reports with nothing in the period say what would fill them.
        window.showPage(ui::MainWindow::ReportsPageIndex);
        QLabel* summary = nullptr;
        for (QLabel* label : window.reportsPage()->findChildren<QLabel*>(QStringLiteral("summary"))) {
            if (label->isVisible())
                summary = label;
        }
        QVERIFY(summary);
        QVERIFY2(summary->text().startsWith(QStringLiteral("No deal moved in this period")),
                 qPrintable(summary->text()));
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
