// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page's lifecycle funnel: the figures the core computes, a bar per stage of the journey, and the
// contacts behind a row or a column.
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "UtcTime.h"

#include "Clock.h"
#include "Translations.h"
#include "demo/DemoGenerator.h"
#include "dialogs/ReportDetailsDialog.h"
#include "reports/LifecycleReport.h"
#include "views/ReportsPage.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLocale>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace kontor;
using kontor::ui::ReportsPage;

class TestLifecycleReport : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_fixture;
    const QDate m_today{2026, 11, 20};

private slots:
    void initTestCase()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        FixedClock clock(utcAt(m_today, QTime(9, 0)));
        Clock::setInstance(&clock);
        QVERIFY(DemoGenerator(m_fixture.db()).generate({800, 3, 8}).ok());
        Clock::setInstance(nullptr);
    }

    void showsTheFunnelAndListsTheContactsBehindIt()
    {
        ReportsPage page;
        page.resize(1400, 800);
        page.setToday(m_today);
        page.setDatabase(m_fixture.db());
        page.periodChooser()->setCurrentIndex(page.periodChooser()->findText(QStringLiteral("This year")));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTabBar* bar = page.tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(ReportsPage::Lifecycle).center());
        QCOMPARE(page.tabs()->currentIndex(), int(ReportsPage::Lifecycle));

        // A row per stage, the figures as the core has them; bars for the five stages of the journey.
        const ReportFilter year{page.period()};
        const auto report = LifecycleFunnel(m_fixture.db()).compute(year).value();
        QTableView* table = page.table(ReportsPage::Lifecycle);
        QCOMPARE(table->model()->rowCount(), 7);
        const LifecycleStageFigures& leads = report.figures(ContactStatus::Lead);
        QVERIFY(leads.entered > 0);
        QCOMPARE(table->model()->index(0, 1).data().toString(), QLocale().toString(leads.entered));
        QCOMPARE(table->model()->index(0, 2).data().toString(), QLocale().toString(leads.advanced));
        auto* series = static_cast<QAbstractBarSeries*>(page.chart(ReportsPage::Lifecycle)->chart()->series().first());
        QCOMPARE(series->barSets().first()->count(), 5);
        test::screenshot(&page, QStringLiteral("reports-lifecycle"));

        // Enter on "Went on" of Lead: the leads that went further; Enter again opens the first.
        QSignalSpy contacts(&page, &ReportsPage::openContactRequested);
        const QList<qint64> wentOn = LifecycleFunnel(m_fixture.db())
                                         .contacts(year, ContactStatus::Lead, LifecycleFunnel::Group::All, 0, true)
                                         .value();
        test::whenModalShown([&wentOn](QWidget* modal) {
            auto* dialog = qobject_cast<ui::ReportDetailsDialog*>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->table()->rowCount(),
                     int(std::min<qsizetype>(wentOn.size(), ui::ReportDetailsDialog::maxRows)));
            QTest::keyClick(dialog->table(), Qt::Key_Return);
        });
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 2));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(contacts.size(), 1);

        // A click on the Customer bar (the bottom one) lists who became a customer.
        const qint64 customers = report.figures(ContactStatus::Customer).entered;
        test::whenModalShown([customers](QWidget* modal) {
            auto* dialog = qobject_cast<ui::ReportDetailsDialog*>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->table()->rowCount(), int(std::min<qint64>(customers, ui::ReportDetailsDialog::maxRows)));
            dialog->reject();
        });
        emit series->barSets().first()->clicked(0);
    }

    // "Show" groups the table by lead source or salesperson: a row per group, a column per stage of the journey,
    // the figures as the core has them; Enter on one lists that group's contacts that entered the stage.
    void groupsBySourceAndSalesperson()
    {
        ReportsPage page;
        page.resize(1400, 800);
        page.setToday(m_today);
        page.setDatabase(m_fixture.db());
        page.periodChooser()->setCurrentIndex(page.periodChooser()->findText(QStringLiteral("This year")));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.tabs()->setCurrentIndex(ReportsPage::Lifecycle);
        auto* grouping = page.tabs()->widget(ReportsPage::Lifecycle)->findChild<QComboBox*>(QStringLiteral("grouping"));
        QVERIFY(grouping && grouping->isVisible());
        const ReportFilter year{page.period()};
        const auto report = LifecycleFunnel(m_fixture.db()).compute(year).value();
        QTableView* table = page.table(ReportsPage::Lifecycle);

        grouping->setCurrentIndex(grouping->findText(QStringLiteral("By lead source")));
        QCOMPARE(table->model()->rowCount(), int(report.bySource.size()));
        QCOMPARE(table->model()->columnCount(), 6);
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), contactStatusShortName(ContactStatus::Lead));
        const LifecycleGroup& first = report.bySource.first();
        QCOMPARE(table->model()->index(0, 0).data().toString(), first.name);
        for (int column = 1; column <= 5; ++column) {
            const ContactStatus stage = ContactStatus(column - 1);
            const auto figures =
                std::find_if(first.stages.cbegin(), first.stages.cend(),
                             [stage](const LifecycleStageFigures& each) { return each.stage == stage; });
            QCOMPARE(table->model()->index(0, column).data().toString(), QLocale().toString(figures->entered));
        }
        test::screenshot(&page, QStringLiteral("reports-lifecycle-by-source"));

        const QList<qint64> sqls = LifecycleFunnel(m_fixture.db())
                                       .contacts(year, ContactStatus::Sql, LifecycleFunnel::Group::Source, first.id)
                                       .value();
        test::whenModalShown([&sqls](QWidget* modal) {
            auto* dialog = qobject_cast<ui::ReportDetailsDialog*>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->table()->rowCount(),
                     int(std::min<qsizetype>(sqls.size(), ui::ReportDetailsDialog::maxRows)));
            dialog->reject();
        });
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 3));
        QTest::keyClick(table, Qt::Key_Return);

        grouping->setCurrentIndex(grouping->findText(QStringLiteral("By salesperson")));
        QCOMPARE(table->model()->rowCount(), int(report.byOwner.size()));
        grouping->setCurrentIndex(grouping->findText(QStringLiteral("All contacts")));
        QCOMPARE(table->model()->rowCount(), 7);
    }
};

QTEST_MAIN(TestLifecycleReport)
#include "tst_lifecyclereport.moc"
