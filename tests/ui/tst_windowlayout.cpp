// SPDX-License-Identifier: GPL-3.0-or-later
// The window's layout as a whole: one row density, columns that fit the screen, no page wider than 1024 px, menus.
// The window's other behaviour is in tst_mainwindow.cpp.
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "Translations.h"
#include "demo/DemoGenerator.h"
#include "models/ContactListModel.h"
#include "views/ColumnFitter.h"
#include "views/ContactsPage.h"
#include "views/KontorStyle.h"
#include "views/MainWindow.h"
#include "views/PipelinePage.h"
#include "views/ReportsPage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace kontor;

class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    // Today, Contacts, Companies, the pipeline's list, Reminders and a report: one row height, that of a line of text
    // with room around it (before, a tree's row was 14 px beside a table's 30).
    void rowsHaveOneHeightOnEveryPage()
    {
        ui::installStyle();
        test::TestDatabase fixture;
        QVERIFY(DemoGenerator(fixture.db()).generate({60, 3, 5}).ok());
        ui::MainWindow window(fixture.take());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto rowHeight = [&](ui::MainWindow::Page page, const char* name) {
            window.showPage(page);
            QAbstractItemView* view = nullptr;
            for (auto* candidate : window.findChildren<QAbstractItemView*>(QLatin1String(name))) {
                if (candidate->isVisible())
                    view = candidate;
            }
            if (!view || view->model()->rowCount() == 0)
                return -1;
            // An item, not a section: Today's sections are bands of a larger font.
            QModelIndex first = view->model()->index(0, 0);
            if (view->model()->hasChildren(first))
                first = view->model()->index(0, 0, first);
            // A table's cell leaves a pixel to its grid line: the row's height is the pitch.
            auto* table = qobject_cast<QTableView*>(view);
            const int height = table ? table->rowHeight(0) : view->visualRect(first).height();
            return height == ui::KontorStyle::rowHeight(view->fontMetrics()) ? height : -height;
        };
        const int expected = ui::KontorStyle::rowHeight(window.fontMetrics());
        QCOMPARE(rowHeight(ui::MainWindow::TodayPageIndex, "agenda"), expected);
        QCOMPARE(rowHeight(ui::MainWindow::ContactsPageIndex, "contacts"), expected);
        QCOMPARE(rowHeight(ui::MainWindow::CompaniesPageIndex, "companyTree"), expected);
        QCOMPARE(rowHeight(ui::MainWindow::RemindersPageIndex, "reminders"), expected);
        window.pipelinePage()->setListMode(true);
        QCOMPARE(rowHeight(ui::MainWindow::PipelinePageIndex, "dealList"), expected);
        QCOMPARE(rowHeight(ui::MainWindow::ReportsPageIndex, "table"), expected);
    }

    // The contact list's default columns fit beside the card at 1440 px; at 1920 the spare width goes to names,
    // companies and emails rather than to the last column; a column the user sized stays as they made it.
    void contactColumnsFitTheWindow()
    {
        QSettings().clear();
        test::TestDatabase fixture;
        QVERIFY(DemoGenerator(fixture.db()).generate({60, 3, 5}).ok());
        ui::MainWindow window(fixture.take());
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ui::MainWindow::ContactsPageIndex);
        QTableView* table = window.contactsPage()->table();
        QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
        const int company = table->columnWidth(ui::ContactListModel::Company);
        const int email = table->columnWidth(ui::ContactListModel::Email);

        window.resize(1920, 1080);
        QTRY_VERIFY(table->columnWidth(ui::ContactListModel::Company) > company + 40);
        // The columns follow the window's new width one after the other: on a busy machine the email's comes later.
        QTRY_VERIFY2(
            table->columnWidth(ui::ContactListModel::Email) > email + 40,
            qPrintable(
                QStringLiteral("email %1 -> %2").arg(email).arg(table->columnWidth(ui::ContactListModel::Email))));
        QVERIFY2(table->columnWidth(ui::ContactListModel::LastContact) < 2 * 90,
                 qPrintable(QString::number(table->columnWidth(ui::ContactListModel::LastContact))));
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);

        // Dragging the divider beside the list (a mouse button held, not on the header) is not sizing a column.
        auto* splitter = window.contactsPage()->findChild<QSplitter*>(QStringLiteral("contactsSplitter"));
        QTest::mousePress(splitter->handle(1), Qt::LeftButton);
        splitter->setSizes({splitter->sizes().first() - 80, splitter->sizes().last() + 80});
        QTest::mouseRelease(splitter->handle(1), Qt::LeftButton);
        QVERIFY(!window.contactsPage()->columnFitter()->sizedByUser());

        // The user drags the Name column's edge: from then on the widths are theirs. Its end edge and the way to
        // widen it are on the left where the table is mirrored.
        QHeaderView* header = table->horizontalHeader();
        const bool mirrored = header->isRightToLeft();
        const int start = header->sectionViewportPosition(ui::ContactListModel::Name);
        const int edge = mirrored ? start : start + header->sectionSize(ui::ContactListModel::Name) - 1;
        const int wider = mirrored ? edge - 60 : edge + 60;
        const int y = header->height() / 2;
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(edge, y));
        QTest::mouseMove(header->viewport(), QPoint(wider, y));
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(wider, y));
        QVERIFY(window.contactsPage()->columnFitter()->sizedByUser());
        const int name = table->columnWidth(ui::ContactListModel::Name);
        window.resize(1440, 900);
        QTest::qWait(50);
        QCOMPARE(table->columnWidth(ui::ContactListModel::Name), name);
        QVERIFY(window.close());
        QSettings().clear();
    }

    // The Reports page is not seen at first: the window's resizes before its first figures must not touch its tables
    // (a header was asked to size a column it did not have yet, and the window crashed).
    void resizesBeforeTheFirstReport()
    {
        test::TestDatabase fixture;
        QVERIFY(DemoGenerator(fixture.db()).generate({60, 3, 5}).ok());
        ui::MainWindow window(fixture.take());
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ui::MainWindow::ContactsPageIndex);
        QTest::qWait(50);
        window.resize(1440, 900);
        QTest::qWait(50);
        window.showPage(ui::MainWindow::ReportsPageIndex);
        QTRY_VERIFY(window.reportsPage()->table(ui::ReportsPage::Funnel)->model()->columnCount() > 0);
    }

    // Every page, in every mode, fits a 1024 px wide screen: the window never needs to be wider.
    void everyPageFitsA1024Screen()
    {
        test::TestDatabase fixture;
        QVERIFY(DemoGenerator(fixture.db()).generate({200, 3, 5}).ok());
        ui::MainWindow window(fixture.take());
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList tooWide;
        const auto check = [&](const QString& what) {
            QApplication::processEvents();
            const int needed = window.minimumSizeHint().width();
            if (needed > 1024 || window.width() > 1024)
                tooWide << QStringLiteral("%1 needs %2 px").arg(what).arg(std::max(needed, window.width()));
        };
        for (auto page : {ui::MainWindow::TodayPageIndex, ui::MainWindow::ContactsPageIndex,
                          ui::MainWindow::CompaniesPageIndex, ui::MainWindow::PipelinePageIndex,
                          ui::MainWindow::RemindersPageIndex, ui::MainWindow::ReportsPageIndex}) {
            window.showPage(page);
            check(QString::number(int(page)));
        }
        window.showPage(ui::MainWindow::PipelinePageIndex);
        window.pipelinePage()->setListMode(true);
        check(QStringLiteral("pipeline list"));
        window.showPage(ui::MainWindow::ReportsPageIndex);
        auto* tabs = window.reportsPage()->findChild<QTabWidget*>();
        for (int tab = 0; tabs && tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            check(QStringLiteral("report %1").arg(tab));
        }
        QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
