// SPDX-License-Identifier: GPL-3.0-or-later
// How the Reports page lays itself out and takes keys: tables never cut at any width, the letters of its tabs and
// menus. What the reports show is in tst_reportspage.cpp.
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "UtcTime.h"

#include "Clock.h"
#include "Translations.h"
#include "demo/DemoGenerator.h"
#include "views/ReportsPage.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QMenu>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace kontor;
using kontor::ui::ReportsPage;

class TestReportsLayout : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 11, 24};
    test::TestDatabase m_fixture;

    static void clickTab(ReportsPage& page, ReportsPage::Report report)
    {
        QTabBar* bar = page.tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(report).center());
        QCOMPARE(page.tabs()->currentIndex(), int(report));
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        FixedClock clock(utcAt(m_today, QTime(9, 0)));
        Clock::setInstance(&clock);
        QVERIFY(DemoGenerator(m_fixture.db()).generate({1500, 5, 8}).ok());
        Clock::setInstance(nullptr);
    }

    // No report's table is cut: beside its chart when both fit, below it on a 1024 px window.
    void tablesAreNeverCut()
    {
        ReportsPage page;
        page.resize(1024 - 170, 700);
        page.setToday(m_today);
        page.setDatabase(m_fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Beside the side bar at 1024, at 1280 (a 2x screen's 2560) and at 1920 px.
        for (int width : {1024 - 170, 1280 - 170, 1920 - 170}) {
            page.resize(width, 700);
            for (auto report : {ReportsPage::Funnel, ReportsPage::Sources, ReportsPage::Weekly, ReportsPage::Activity,
                                ReportsPage::Forecast}) {
                clickTab(page, report);
                QTableView* table = page.table(report);
                QTRY_VERIFY(table->model()->rowCount() > 0);
                QTRY_VERIFY2(table->horizontalScrollBar()->maximum() == 0,
                             qPrintable(QStringLiteral("report %1 at %2 px: %3 px too wide")
                                            .arg(int(report))
                                            .arg(width)
                                            .arg(table->horizontalScrollBar()->maximum())));
            }
        }
        page.resize(1024 - 170, 700);
        clickTab(page, ReportsPage::Sources);
        // Below the chart, the table has a third of the room or more.
        auto* sourcesSplitter = qobject_cast<QSplitter*>(page.table(ReportsPage::Sources)->parentWidget());
        QTRY_VERIFY2(
            sourcesSplitter->sizes().last() * 3 >= sourcesSplitter->height() * 9 / 10,
            qPrintable(QStringLiteral("%1 of %2").arg(sourcesSplitter->sizes().last()).arg(sourcesSplitter->height())));
        test::screenshot(&page, QStringLiteral("reports-sources-narrow"));
        // On a wide window the funnel's table stands beside its chart.
        page.resize(1900 - 170, 900);
        clickTab(page, ReportsPage::Funnel);
        auto* splitter = qobject_cast<QSplitter*>(page.table(ReportsPage::Funnel)->parentWidget());
        QVERIFY(splitter);
        QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
    }

    void mnemonicsDoNotClashWithTheMenus()
    {
        ReportsPage page;
        page.setToday(m_today);
        page.setDatabase(m_fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Alt+L: lead sources (Alt+S is the salesperson); Alt+X: the export menu (Alt+E and Alt+F are Edit and File).
        QTest::keyClick(&page, Qt::Key_L, Qt::AltModifier);
        QCOMPARE(page.tabs()->currentIndex(), int(ReportsPage::Sources));
        QTest::keyClick(&page, Qt::Key_U, Qt::AltModifier);
        QCOMPARE(page.tabs()->currentIndex(), int(ReportsPage::Funnel));
        // A push button's letter clicks it after a short animation (Qt 6.8) or at once (6.4): the menu is looked
        // for until it shows.
        QStringList entries;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, &page, [&entries, &poll] {
            if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
                for (QAction* action : menu->actions())
                    entries << action->text();
                menu->close();
                poll.stop();
            }
        });
        poll.start();
        QTest::keyClick(&page, Qt::Key_X, Qt::AltModifier);
        QTRY_VERIFY2(entries.contains(QStringLiteral("All reports as PDF…")), qPrintable(entries.join(u'|')));
    }

    // Every salesperson is named under the activity chart, however long the names (Bengali's are): slanted, Qt Charts
    // hides a label that reaches past the chart's edge, the first one.
    void everySalespersonIsNamedUnderTheChart()
    {
        QSqlQuery rename(m_fixture.db());
        // The shared demo's names are given back afterwards, for the tests that follow.
        QVERIFY(rename.exec(QStringLiteral("CREATE TEMP TABLE user_names AS SELECT id, name FROM users")));
        const auto giveNamesBack = qScopeGuard([this] {
            QSqlQuery(m_fixture.db())
                .exec(QStringLiteral("UPDATE users SET name = (SELECT name FROM temp.user_names t WHERE t.id = "
                                     "users.id)"));
            QSqlQuery(m_fixture.db()).exec(QStringLiteral("DROP TABLE temp.user_names"));
        });
        QVERIFY(rename.exec(QStringLiteral("UPDATE users SET name = 'তানিয়া আক্তার ' || id")));
        installTranslations(*qApp, QStringLiteral("bn"));
        const auto backToEnglish = qScopeGuard([] { installTranslations(*qApp, QStringLiteral("en")); });
        ReportsPage page;
        page.resize(1024 - 170, 700);
        page.setToday(m_today);
        page.setDatabase(m_fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        clickTab(page, ReportsPage::Activity);
        QSqlQuery users(m_fixture.db());
        QVERIFY(users.exec(QStringLiteral("SELECT name FROM users")));
        QStringList names;
        while (users.next())
            names << users.value(0).toString();
        QVERIFY(names.size() >= 5);
        const auto shown = [&page] {
            QStringList labels;
            for (QGraphicsItem* item : page.chart(ReportsPage::Activity)->scene()->items()) {
                if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
                    labels << text->toPlainText().simplified(); // a name may stand on two lines
            }
            return labels;
        };
        test::screenshot(&page, QStringLiteral("reports-activity-long-names"));
        // Beside the side bar at 1024 px, and at 1440 px where the chart stands beside its table.
        for (int width : {1024 - 170, 1440 - 170}) {
            page.resize(width, 700);
            for (const QString& name : names)
                QTRY_VERIFY2(shown().contains(name),
                             qPrintable(QStringLiteral("%1 px: %2 is not under the chart").arg(width).arg(name)));
        }
    }
};

QTEST_MAIN(TestReportsLayout)
#include "tst_reportslayout.moc"
