// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "UtcTime.h"

#include "Clock.h"
#include "Translations.h"
#include "actions/CustomFieldActions.h"
#include "actions/DealActions.h"
#include "demo/DemoGenerator.h"
#include "dialogs/ReportDetailsDialog.h"
#include "domain/DateText.h"
#include "reports/FunnelReport.h"
#include "reports/LeadSourceReport.h"
#include "reports/LifecycleReport.h"
#include "reports/ReportChoice.h"
#include "reports/ReportPeriod.h"
#include "reports/WeeklyReport.h"
#include "repositories/ContactRepository.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/StageRepository.h"
#include "repositories/UserRepository.h"
#include "territories/Territories.h"
#include "views/ReportsPage.h"

#include <QAbstractBarSeries>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>
#include <QTextTable>
#include <QTimer>

using namespace kontor;
using kontor::ui::ReportsPage;

class TestReportsPage : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 11, 24};
    test::TestDatabase m_fixture;

    static QString cellText(const QTableView* table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }
    static QStringList column(const QTableView* table, int column)
    {
        QStringList values;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            values << cellText(table, row, column);
        return values;
    }
    // With KONTOR_SCREENSHOT_DIR set, the PDF's pages as PNG (poppler's pdftoppm) to look at.
    static void saveFirstPages(const QString& pdf)
    {
        const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR");
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (dir.isEmpty() || pdftoppm.isEmpty())
            return;
        QDir().mkpath(dir);
        QFile::copy(pdf, QDir(dir).filePath(QFileInfo(pdf).fileName()));
        QProcess::execute(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), pdf,
                                     QDir(dir).filePath(QFileInfo(pdf).completeBaseName())});
    }
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

    void showsEveryReportForThePickedPeriod()
    {
        ReportsPage page;
        page.resize(1400, 800);
        page.setToday(m_today);
        page.setDatabase(m_fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // The funnel of this quarter, as the core computes it; the chart has a bar per stage but Lost.
        QCOMPARE(page.period().first, QDate(2026, 10, 1));
        QTableView* funnel = page.table(ReportsPage::Funnel);
        QCOMPARE(funnel->model()->rowCount(), 8);
        const auto expected = Funnel(m_fixture.db()).compute({page.period()});
        QVERIFY(expected.ok());
        QCOMPARE(cellText(funnel, 0, 1), QLocale().toString(expected->stages.first().reached));
        QVERIFY(expected->stages.first().reached > 0);
        QCOMPARE(page.chart(ReportsPage::Funnel)->chart()->series().size(), 1);
        QVERIFY(page.summary(ReportsPage::Funnel)->text().contains(QLocale().toString(expected->won)));
        // Every figure says what it counts.
        for (int column = 0; column < funnel->model()->columnCount(); ++column) {
            QVERIFY(!funnel->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
            // The name's cell also has the name whole, for a narrow window where it is cut.
            const QString tip = funnel->model()->index(0, column).data(Qt::ToolTipRole).toString();
            const QString definition = funnel->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
            QCOMPARE(tip, column == 0 ? cellText(funnel, 0, 0) + QLatin1Char('\n') + definition : definition);
        }
        test::screenshot(&page, QStringLiteral("reports-funnel"));

        // Another period from the picker, by keyboard: last quarter.
        const QString thisQuarter = cellText(funnel, 0, 1);
        page.periodChooser()->setFocus();
        QTest::keyClick(page.periodChooser(), Qt::Key_Down);
        QCOMPARE(page.periodChooser()->currentText(), QStringLiteral("Last quarter"));
        QCOMPARE(page.period().first, QDate(2026, 7, 1));
        QCOMPARE(cellText(funnel, 0, 1),
                 QLocale().toString(Funnel(m_fixture.db()).compute({page.period()})->stages.first().reached));
        QVERIFY(cellText(funnel, 0, 1) != thisQuarter);

        // A custom range: the date fields come alive and decide.
        page.periodChooser()->setCurrentIndex(page.periodChooser()->findText(QStringLiteral("Custom range")));
        auto* from = page.findChild<QDateEdit*>(QStringLiteral("from"));
        auto* to = page.findChild<QDateEdit*>(QStringLiteral("to"));
        QVERIFY(from->isEnabled() && to->isEnabled());
        to->setDate(QDate(2026, 11, 20));
        from->setDate(QDate(2026, 11, 1));
        QCOMPARE(page.period().first, QDate(2026, 11, 1));
        QCOMPARE(page.period().last, QDate(2026, 11, 20));

        // One salesperson's numbers.
        page.periodChooser()->setCurrentIndex(page.periodChooser()->findText(QStringLiteral("This year")));
        QCOMPARE(page.ownerChooser()->currentText(), QStringLiteral("Everyone"));
        page.ownerChooser()->setCurrentIndex(2);
        const qint64 owner = page.ownerChooser()->currentData().toLongLong();
        QCOMPARE(cellText(funnel, 0, 1),
                 QLocale().toString(Funnel(m_fixture.db()).compute({page.period(), owner})->stages.first().reached));
        page.ownerChooser()->setCurrentIndex(0);

        // Lead sources: a row per source and campaign, and one for leads without a source.
        clickTab(page, ReportsPage::Sources);
        const auto sources = LeadSources(m_fixture.db()).compute({page.period()});
        qsizetype rows = sources->sources.size() + 1;
        for (const auto& list : sources->campaigns)
            rows += list.size();
        QCOMPARE(page.table(ReportsPage::Sources)->model()->rowCount(), int(rows));
        QCOMPARE(cellText(page.table(ReportsPage::Sources), 0, 0), sources->sources.first().name);
        QCOMPARE(column(page.table(ReportsPage::Sources), 0).last(), QStringLiteral("No lead source"));
        // The summary names the best and the weakest source, and what they were judged by.
        const SourceVerdict verdict = sources->verdict();
        QVERIFY(verdict.best && verdict.weakest);
        const QString summary = page.summary(ReportsPage::Sources)->text();
        QVERIFY2(summary.contains(QStringLiteral("Best: <b>%1</b>").arg(verdict.best->name)), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("weakest: <b>%1</b>").arg(verdict.weakest->name)),
                 qPrintable(summary));
        QVERIFY(summary.contains(verdict.measure == SourceMeasure::ReturnOnSpend ? QStringLiteral("by return on spend")
                                                                                 : QStringLiteral("by conversion")));
        // Where no spend was recorded the table says so, rather than 0.00 per lead.
        for (int row = 0; row < page.table(ReportsPage::Sources)->model()->rowCount(); ++row) {
            const QString spend = cellText(page.table(ReportsPage::Sources), row, 6);
            QVERIFY2(!spend.startsWith(QStringLiteral("0.00")), qPrintable(spend));
            if (spend == QStringLiteral("none recorded"))
                QCOMPARE(cellText(page.table(ReportsPage::Sources), row, 7), QStringLiteral("–"));
        }
        // The chart: revenue and spend of each source, the best on top.
        auto* sourceBars =
            static_cast<QAbstractBarSeries*>(page.chart(ReportsPage::Sources)->chart()->series().first());
        QCOMPARE(sourceBars->barSets().first()->label(), QStringLiteral("Revenue"));
        QCOMPARE(sourceBars->barSets().first()->count(), int(sources->sources.size()));
        QCOMPARE(qint64(sourceBars->barSets().first()->at(int(sources->sources.size()) - 1) * 100),
                 sources->sources.first().revenue.first().minor);
        test::screenshot(&page, QStringLiteral("reports-sources"));

        // The week: twelve figures against the week before, twelve weeks of bars.
        clickTab(page, ReportsPage::Weekly);
        QTableView* weekly = page.table(ReportsPage::Weekly);
        QCOMPARE(weekly->model()->rowCount(), 12);
        QCOMPARE(cellText(weekly, 0, 0), QStringLiteral("Calls held"));
        QCOMPARE(weekly->model()->columnCount(), 4);
        auto* bars = static_cast<QAbstractBarSeries*>(page.chart(ReportsPage::Weekly)->chart()->series().first());
        QCOMPARE(bars->barSets().first()->count(), 12);
        // The last week's bar is the rightmost; right to left the first.
        const int lastWeek = QApplication::isRightToLeft() ? 0 : 11;
        QCOMPARE(bars->barSets().first()->at(lastWeek),
                 cellText(weekly, 0, 1).remove(QLocale().groupSeparator()).toDouble());
        test::screenshot(&page, QStringLiteral("reports-weekly"));
        // The quarter shows its last week, and says so; a week chosen as the period is that week.
        QVERIFY2(page.summary(ReportsPage::Weekly)->text().contains(QStringLiteral("the period's last week so far")),
                 qPrintable(page.summary(ReportsPage::Weekly)->text()));
        auto* period = page.findChild<QComboBox*>(QStringLiteral("period"));
        period->setCurrentIndex(period->findData(int(ReportPeriod::Kind::LastWeek)));
        QTRY_VERIFY(!page.summary(ReportsPage::Weekly)->text().contains(QStringLiteral("last week so far")));
        QVERIFY(page.summary(ReportsPage::Weekly)->text().contains(QStringLiteral("compared with the week before")));
        // Revenue won changes by an amount of money, with + for growth, as the counts do.
        const auto figures =
            WeeklyStats(m_fixture.db())
                .compute(ReportPeriod::week(page.period().last, QLocale().firstDayOfWeek(), page.period().zone));
        QVERIFY(figures.ok());
        const QList<Money> now = figures->current().revenueWon;
        const QList<Money> before = figures->previous().revenueWon;
        QVERIFY(now.size() == 1 && before.size() == 1 && now.first().currency == before.first().currency);
        const int revenueRow = int(column(weekly, 0).indexOf(QStringLiteral("Revenue won")));
        QVERIFY(revenueRow >= 0);
        const Money change{now.first().minor - before.first().minor, now.first().currency};
        QCOMPARE(cellText(weekly, revenueRow, 3),
                 (change.minor > 0 ? QStringLiteral("+") : QString()) + change.format());
        QVERIFY(change.minor != 0);
        period->setCurrentIndex(period->findData(int(ReportPeriod::Kind::ThisQuarter)));

        clickTab(page, ReportsPage::Activity);
        QVERIFY(page.table(ReportsPage::Activity)->model()->rowCount() > 0);
        QTableView* activityTable = page.table(ReportsPage::Activity);
        QCOMPARE(cellText(activityTable, 0, 1), QStringLiteral("Total"));
        QVERIFY(activityTable->model()->index(0, 1).data(Qt::FontRole).value<QFont>().bold());
        // The quarter's weeks still to come are not listed with their zeros.
        for (int row = 0; row < activityTable->model()->rowCount(); ++row) {
            const QDate week = QLocale().toDate(cellText(activityTable, row, 1), DateText::dateFormat());
            QVERIFY2(!week.isValid() || week <= m_today, qPrintable(cellText(activityTable, row, 1)));
        }
        test::screenshot(&page, QStringLiteral("reports-activity"));

        clickTab(page, ReportsPage::Forecast);
        QVERIFY(page.table(ReportsPage::Forecast)->model()->rowCount() > 0);
        QVERIFY(page.summary(ReportsPage::Forecast)->text().contains(QStringLiteral("expected close")));
        test::screenshot(&page, QStringLiteral("reports-forecast"));
    }

    // Two currencies make no one amount of change: the cell stays empty rather than subtract dollars from euros.
    void revenueInTwoCurrenciesShowsNoChange()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        Contact karen;
        karen.firstName = QStringLiteral("Karen");
        const qint64 contact = ContactRepository(db).create(karen).value();
        const auto win = [&](QDate day, const Money& amount) {
            FixedClock at(utcAt(day, QTime(10, 0)));
            Clock::setInstance(&at);
            Deal deal;
            deal.title = QStringLiteral("Scanners");
            deal.contactId = contact;
            deal.stageId = DealActions::stageNamed(db, QStringLiteral("New lead"))->id;
            deal.amount = amount;
            const auto saved = DealActions::save(db, deal);
            const bool won = saved && DealActions::win(db, saved->dealId);
            Clock::setInstance(nullptr);
            return won;
        };
        QVERIFY(win(m_today, Money{1000000, QStringLiteral("EUR")}));
        QVERIFY(win(m_today.addDays(-7), Money{500000, QStringLiteral("USD")}));
        ReportsPage page;
        page.setToday(m_today);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.periodChooser()->setCurrentIndex(page.periodChooser()->findData(int(ReportPeriod::Kind::ThisWeek)));
        clickTab(page, ReportsPage::Weekly);
        QTableView* weekly = page.table(ReportsPage::Weekly);
        const int revenueRow = int(column(weekly, 0).indexOf(QStringLiteral("Revenue won")));
        QCOMPARE(cellText(weekly, revenueRow, 1), Money(Money{1000000, QStringLiteral("EUR")}).format());
        QCOMPARE(cellText(weekly, revenueRow, 2), Money(Money{500000, QStringLiteral("USD")}).format());
        QCOMPARE(cellText(weekly, revenueRow, 3), QString());
        // Euros beside the dollars of the week before: still not one currency.
        QVERIFY(win(m_today.addDays(-8), Money{250000, QStringLiteral("EUR")}));
        page.setDatabase(db);
        QTRY_COMPARE(cellText(weekly, revenueRow, 2), Money(Money{250000, QStringLiteral("EUR")}).format() +
                                                          QStringLiteral(" + ") +
                                                          Money(Money{500000, QStringLiteral("USD")}).format());
        QCOMPARE(cellText(weekly, revenueRow, 3), QString());
    }

    // The box beside the salesperson narrows every report to an answer of a choice field: the funnel of the
    // contacts in retail is the core's funnel for that answer.
    void everyReportIsNarrowedToAnAnswer()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        {
            FixedClock clock(utcAt(m_today, QTime(9, 0)));
            Clock::setInstance(&clock);
            QVERIFY(DemoGenerator(db).generate({300, 5, 8}).ok());
            Clock::setInstance(nullptr);
        }
        ReportsPage page;
        page.resize(1400, 800);
        page.setToday(m_today);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* choice = page.findChild<QComboBox*>(QStringLiteral("choice"));
        QVERIFY(choice);
        // No choice field yet: nothing to narrow by.
        QVERIFY(!choice->isVisible());

        CustomField industry;
        industry.key = QStringLiteral("industry");
        industry.label = QStringLiteral("Industry");
        industry.type = FieldType::Choice;
        industry.options = {{0, QStringLiteral("Retail"), false}, {0, QStringLiteral("Food"), false}};
        industry = CustomFieldRepository(db).field(CustomFieldActions::add(db, industry).value()).value();
        // Every third contact is in retail.
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO custom_values (field_id, record_id, integer_value) "
                                          "SELECT %1, id, %2 FROM contacts WHERE id % 3 = 0")
                               .arg(industry.id)
                               .arg(industry.options.first().id)));
        page.hide();
        page.show();
        QTRY_VERIFY(choice->isVisible());
        QCOMPARE(choice->count(), 3);
        QCOMPARE(choice->itemText(1), QStringLiteral("Industry: Retail"));
        choice->setCurrentIndex(1);
        ReportFilter retail{page.period(), 0, ReportChoice::of(db, industry.id, {industry.options.first().id}).value()};
        const auto expected = Funnel(db).compute(retail);
        const auto everyone = Funnel(db).compute({page.period()});
        QVERIFY(expected.ok() && everyone.ok());
        QVERIFY(expected->stages.first().reached < everyone->stages.first().reached);
        QTableView* funnel = page.table(ReportsPage::Funnel);
        QTRY_COMPARE(cellText(funnel, 0, 1), QLocale().toString(expected->stages.first().reached));
        test::screenshot(&page, QStringLiteral("reports-narrowed"));
        clickTab(page, ReportsPage::Lifecycle);
        const auto lifecycle = LifecycleFunnel(db).compute(retail);
        QVERIFY(lifecycle.ok());
        QTRY_COMPARE(cellText(page.table(ReportsPage::Lifecycle), 0, 1),
                     QLocale().toString(lifecycle->stages.first().entered));
    }

    // The same box offers the sales territories, then "In no territory": a manager picks one with the keyboard and
    // every report shows that territory's figures; when Settings removes it, the reports show everyone again.
    void everyReportIsNarrowedToATerritory()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        {
            FixedClock clock(utcAt(m_today, QTime(9, 0)));
            Clock::setInstance(&clock);
            QVERIFY(DemoGenerator(db).generate({300, 5, 8}).ok());
            Clock::setInstance(nullptr);
        }
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT country FROM contacts WHERE country IS NOT NULL GROUP BY country "
                                          "ORDER BY count(*) DESC LIMIT 1")) &&
                query.next());
        const QString country = query.value(0).toString();
        QVERIFY(Territories(db).save({{0, QStringLiteral("Home"), {country}, {}, {}}}).ok());
        ReportsPage page;
        page.resize(1400, 800);
        page.setToday(m_today);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* choice = page.findChild<QComboBox*>(QStringLiteral("choice"));
        QTRY_VERIFY(choice->isVisible());
        QCOMPARE(choice->count(), 3);
        QCOMPARE(choice->itemText(1), QStringLiteral("Territory: Home"));
        QCOMPARE(choice->itemText(2), QStringLiteral("In no territory"));
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_Down);
        QCOMPARE(choice->currentIndex(), 1);
        const qint64 home = Territories(db).list().value().first().id;
        const ReportFilter inHome{page.period(), 0, ReportChoice::ofTerritory(db, home).value()};
        const auto expected = Funnel(db).compute(inHome);
        const auto everyone = Funnel(db).compute({page.period()});
        QVERIFY(expected.ok() && everyone.ok());
        QVERIFY(expected->stages.first().reached > 0);
        QVERIFY(expected->stages.first().reached < everyone->stages.first().reached);
        QTableView* funnel = page.table(ReportsPage::Funnel);
        QTRY_COMPARE(cellText(funnel, 0, 1), QLocale().toString(expected->stages.first().reached));
        test::screenshot(&page, QStringLiteral("reports-territory"));
        // Its paper says whose figures these are.
        QVERIFY(page.document()->toPlainText().contains(QStringLiteral("Everyone · Territory: Home")));

        // Taken away behind the page's back (Ctrl+Z, a script): the next refresh shows everyone, and says so.
        QVERIFY(Territories(db).save({}).ok());
        page.setToday(m_today);
        QVERIFY(!choice->isVisible());
        QCOMPARE(choice->currentIndex(), 0);
        QTRY_COMPARE(cellText(funnel, 0, 1), QLocale().toString(everyone->stages.first().reached));
    }

    void rowsAndBarsListWhatLiesBehindThem()
    {
        ReportsPage page;
        page.resize(1400, 800);
        page.setToday(m_today);
        page.setDatabase(m_fixture.db());
        page.periodChooser()->setCurrentIndex(page.periodChooser()->findText(QStringLiteral("This year")));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy deals(&page, &ReportsPage::openDealRequested);
        QSignalSpy contacts(&page, &ReportsPage::openContactRequested);

        // Enter on the funnel's second stage: its deals, and Enter again opens the first of them.
        const ReportFilter year{page.period()};
        const QList<qint64> reached =
            Funnel(m_fixture.db()).dealsReaching(year, StageRepository(m_fixture.db()).list()->at(1).id).value();
        QVERIFY(!reached.isEmpty());
        QTableView* funnel = page.table(ReportsPage::Funnel);
        test::whenModalShown([&reached](QWidget* modal) {
            auto* dialog = qobject_cast<ui::ReportDetailsDialog*>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->table()->rowCount(),
                     int(std::min<qsizetype>(reached.size(), ui::ReportDetailsDialog::maxRows)));
            test::screenshot(dialog, QStringLiteral("report-details-dialog"));
            QTest::keyClick(dialog->table(), Qt::Key_Return);
        });
        funnel->setFocus();
        funnel->setCurrentIndex(funnel->model()->index(1, 0));
        QTest::keyClick(funnel, Qt::Key_Return);
        QCOMPARE(deals.size(), 1);
        QCOMPARE(deals.first().first().toLongLong(), reached.first());

        // A click on a source's bar lists its leads, who open as contacts.
        clickTab(page, ReportsPage::Sources);
        const auto sources = LeadSources(m_fixture.db()).compute(year).value();
        auto* series = static_cast<QAbstractBarSeries*>(page.chart(ReportsPage::Sources)->chart()->series().first());
        const qsizetype top = sources.sources.size() - 1; // the best source is the top bar
        const qint64 leads = LeadSources(m_fixture.db()).leadsOf(year, sources.sources.first().sourceId)->size();
        test::whenModalShown([leads](QWidget* modal) {
            auto* dialog = qobject_cast<ui::ReportDetailsDialog*>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->table()->rowCount(), int(leads));
            dialog->findChild<QPushButton*>(QStringLiteral("open"))->click();
        });
        emit series->barSets().first()->clicked(int(top));
        QCOMPARE(contacts.size(), 1);

        // The forecast's rows list their open deals.
        clickTab(page, ReportsPage::Forecast);
        test::whenModalShown([](QWidget* modal) {
            auto* dialog = qobject_cast<ui::ReportDetailsDialog*>(modal);
            QVERIFY(dialog);
            QVERIFY(dialog->table()->rowCount() > 0);
            dialog->reject();
        });
        page.showDetails(ReportsPage::Forecast, 0);
        QCOMPARE(deals.size(), 1);

        // The week: Enter on this week's calls lists them; Enter on one opens its contact.
        const auto figure = [](const QTableView* table, int row, int column) {
            return int(cellText(table, row, column).remove(QLocale().groupSeparator()).toLongLong());
        };
        const auto expectRows = [](int count, const QString& kind) {
            test::whenModalShown([count, kind](QWidget* modal) {
                auto* dialog = qobject_cast<ui::ReportDetailsDialog*>(modal);
                QVERIFY(dialog);
                QCOMPARE(dialog->table()->rowCount(), std::min(count, ui::ReportDetailsDialog::maxRows));
                if (count > 0 && !kind.isEmpty())
                    QCOMPARE(dialog->table()->item(0, 1)->text(), kind);
                test::screenshot(dialog, QStringLiteral("report-details-") + kind.toLower());
                if (count > 0)
                    QTest::keyClick(dialog->table(), Qt::Key_Return);
                else
                    dialog->reject();
            });
        };
        clickTab(page, ReportsPage::Weekly);
        QTableView* weekly = page.table(ReportsPage::Weekly);
        const int calls = figure(weekly, 0, 1);
        QVERIFY(calls > 0);
        expectRows(calls, QStringLiteral("Call"));
        weekly->setFocus();
        weekly->setCurrentIndex(weekly->model()->index(0, 1));
        QTest::keyClick(weekly, Qt::Key_Return);
        QCOMPARE(contacts.size(), 2);
        // The week before's meetings, from its column.
        expectRows(figure(weekly, 2, 2), QStringLiteral("Meeting"));
        weekly->setCurrentIndex(weekly->model()->index(2, 2));
        QTest::keyClick(weekly, Qt::Key_Return);
        QCOMPARE(contacts.size(), figure(weekly, 2, 2) > 0 ? 3 : 2);
        // A bar of the trend: the calls of that week.
        auto* trend = static_cast<QAbstractBarSeries*>(page.chart(ReportsPage::Weekly)->chart()->series().first());
        const int earlyCalls = int(trend->barSets().first()->at(3));
        const qsizetype before = contacts.size();
        expectRows(earlyCalls, QStringLiteral("Call"));
        emit trend->barSets().first()->clicked(3);
        QCOMPARE(contacts.size(), before + (earlyCalls > 0 ? 1 : 0));

        // Activity: the emails in a salesperson's total and the calls of one of their weeks.
        clickTab(page, ReportsPage::Activity);
        QTableView* activity = page.table(ReportsPage::Activity);
        QCOMPARE(cellText(activity, 0, 1), QStringLiteral("Total"));
        expectRows(figure(activity, 0, 4), QStringLiteral("Email"));
        activity->setFocus();
        activity->setCurrentIndex(activity->model()->index(0, 4));
        QTest::keyClick(activity, Qt::Key_Return);
        expectRows(figure(activity, 1, 2), QStringLiteral("Call"));
        activity->setCurrentIndex(activity->model()->index(1, 2));
        QTest::keyClick(activity, Qt::Key_Return);
        // Deals won by the salesperson open on the board.
        const qsizetype dealsBefore = deals.size();
        const int won = figure(activity, 0, 6);
        expectRows(won, QString());
        activity->setCurrentIndex(activity->model()->index(0, 6));
        QTest::keyClick(activity, Qt::Key_Return);
        QCOMPARE(deals.size(), dealsBefore + (won > 0 ? 1 : 0));
    }

    void exportsTablesAndCharts()
    {
        ReportsPage page;
        page.resize(1400, 800);
        page.setToday(m_today);
        page.setDatabase(m_fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.suggestedFileName(QStringLiteral("csv")),
                 QStringLiteral("kontor-funnel-2026-10-01-2026-12-31.csv"));
        const QString csv = m_fixture.dirPath(QStringLiteral("funnel.csv"));
        QString error;
        QVERIFY2(page.exportTable(ReportsPage::Funnel, csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 9); // the header and eight stages
        QVERIFY(lines.first().endsWith(QStringLiteral("Stage,Reached,Went on,Conversion,Value,Days to go on")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("New lead,") + cellText(page.table(ReportsPage::Funnel), 0, 1)));

        const QString png = m_fixture.dirPath(QStringLiteral("funnel.png"));
        QVERIFY2(page.exportChart(ReportsPage::Funnel, png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(image.width() >= 1280 && image.height() >= 840);

        // A folder that does not exist: a clear message, nothing written.
        QVERIFY(!page.exportTable(ReportsPage::Funnel, m_fixture.dirPath(QStringLiteral("missing/x.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("could not be written")));
    }

    void exportsEveryReportAsPdfAndPrints()
    {
        ReportsPage page;
        page.resize(1400, 800);
        page.setToday(m_today);
        page.setDatabase(m_fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        clickTab(page, ReportsPage::Sources);

        // Both paper sizes; each report starts a page, so there are at least five.
        const struct
        {
            QPageSize::PageSizeId paper;
            QByteArray mediaBox;
        } papers[] = {{QPageSize::A4, "/MediaBox [0 0 595.000000 842.000000]"},
                      {QPageSize::Letter, "/MediaBox [0 0 612.000000 792.000000]"}};
        for (const auto& paper : papers) {
            const QString pdf = m_fixture.dirPath(QStringLiteral("reports-%1.pdf").arg(int(paper.paper)));
            QString error;
            QVERIFY2(page.exportPdf(pdf, paper.paper, &error), qPrintable(error));
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY2(bytes.count("/Type /Page\n") >= ReportsPage::ReportCount, bytes.left(2000).constData());
            QVERIFY2(bytes.contains(paper.mediaBox), bytes.mid(bytes.indexOf("/MediaBox"), 40).constData());
            saveFirstPages(pdf);
        }
        // The tab on show is still the one the user chose, with its figures.
        QCOMPARE(page.tabs()->currentIndex(), int(ReportsPage::Sources));
        QVERIFY(page.table(ReportsPage::Sources)->model()->rowCount() > 0);

        // The figures are in the document as text: each report's name, summary and every cell of its table.
        const std::unique_ptr<QTextDocument> document = page.document();
        const QString text = document->toRawText();
        for (int report = 0; report < ReportsPage::ReportCount; ++report) {
            const auto which = static_cast<ReportsPage::Report>(report);
            QVERIFY(text.contains(page.reportName(which)));
            const QTableView* table = page.table(which);
            QVERIFY(table->model()->rowCount() > 0);
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                for (int column = 0; column < table->model()->columnCount(); ++column)
                    QVERIFY2(text.contains(cellText(table, row, column).trimmed()),
                             qPrintable(cellText(table, row, column)));
            }
        }
        // And a PDF reader finds them too, when poppler's pdftotext is installed (test.sh installs it).
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess reader;
            reader.start(pdftotext, {m_fixture.dirPath(QStringLiteral("reports-%1.pdf").arg(int(QPageSize::A4))),
                                     QStringLiteral("-")});
            QVERIFY(reader.waitForFinished(30000));
            const QString read = QString::fromUtf8(reader.readAllStandardOutput());
            QVERIFY(read.contains(QStringLiteral("Forecast")));
            QVERIFY(read.contains(cellText(page.table(ReportsPage::Funnel), 0, 0)));
            // The best source's revenue, as a number (a PDF reader turns the space before the currency into a plain
            // one).
            const QString revenue = cellText(page.table(ReportsPage::Sources), 0, 5).split(u'\u00A0').first();
            QVERIFY2(read.contains(revenue), qPrintable(revenue));
        } else if (qEnvironmentVariableIsSet("CI")) {
            QFAIL("pdftotext (poppler-utils) is missing: test.sh installs it.");
        }

        // Printing goes through the same document.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_fixture.dirPath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        page.print(&printer);
        QFile printedFile(printed);
        QVERIFY(printedFile.open(QIODevice::ReadOnly));
        QVERIFY(printedFile.readAll().count("/Type /Page\n") >= ReportsPage::ReportCount);

        // A folder that does not exist: a clear message, nothing written.
        QString error;
        QVERIFY(!page.exportPdf(m_fixture.dirPath(QStringLiteral("missing/x.pdf")), QPageSize::A4, &error));
        QVERIFY(error.contains(QStringLiteral("could not be written")));
        QVERIFY(!QFile::exists(m_fixture.dirPath(QStringLiteral("missing/x.pdf"))));
    }

    void printsFromTheKeyboard()
    {
        ReportsPage page;
        page.setToday(m_today);
        page.setDatabase(m_fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.table(ReportsPage::Funnel)->setFocus();
        bool asked = false;
        test::whenModalShown([&asked](QWidget* modal) {
            asked = qobject_cast<QPrintDialog*>(modal) != nullptr;
            modal->close();
        });
        QTest::keySequence(page.table(ReportsPage::Funnel), QKeySequence::Print);
        QVERIFY(asked);
    }

    // Right to left the charts mirror with the window: the months of the forecast run from the right, the lead
    // sources' bars grow leftwards from their names on the right, the values' axis stands on the right.
    void chartsMirrorRightToLeft()
    {
        const test::MirroredApplication mirrored;
        ReportsPage page;
        page.resize(1200, 800);
        page.setToday(m_today);
        page.setDatabase(m_fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto axes = [&page](ReportsPage::Report report, Qt::Orientation orientation) {
            return page.chart(report)->chart()->axes(orientation);
        };
        clickTab(page, ReportsPage::Forecast);
        const auto months = [&] {
            const QList<QAbstractAxis*> horizontal = axes(ReportsPage::Forecast, Qt::Horizontal);
            auto* axis = horizontal.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(horizontal.first());
            return axis ? axis->categories() : QStringList();
        };
        QTRY_VERIFY(months().size() > 1);
        // The first month (the earliest) stands on the right: the last of the axis' categories.
        QTableView* forecast = page.table(ReportsPage::Forecast);
        QCOMPARE(months().last(), cellText(forecast, 0, 0));
        QCOMPARE(axes(ReportsPage::Forecast, Qt::Vertical).first()->alignment(), Qt::AlignRight);
        // Inside a month the amount's bar stands right of the weighted one (a series lists its bars from the left).
        auto* forecastBars =
            static_cast<QAbstractBarSeries*>(page.chart(ReportsPage::Forecast)->chart()->series().first());
        QCOMPARE(forecastBars->barSets().size(), 2);
        QCOMPARE(forecastBars->barSets().last()->label(), QStringLiteral("Amount"));
        clickTab(page, ReportsPage::Sources);
        QTRY_COMPARE(axes(ReportsPage::Sources, Qt::Horizontal).size(), 1);
        QVERIFY(axes(ReportsPage::Sources, Qt::Horizontal).first()->isReverse());
        QVERIFY(!axes(ReportsPage::Sources, Qt::Vertical).first()->isReverse());
        QCOMPARE(axes(ReportsPage::Sources, Qt::Vertical).first()->alignment(), Qt::AlignRight);
        test::screenshot(&page, QStringLiteral("reports-sources-mirrored"));
    }

    // On paper as on screen: right to left the tables' names column stands on the right and every line reads from
    // the right, also one that starts with Latin letters.
    void thePrintedReportsReadFromTheRight()
    {
        struct Persian
        {
            Persian() { installTranslations(*qApp, QStringLiteral("fa")); }
            ~Persian() { installTranslations(*qApp, QStringLiteral("en")); }
            Persian(const Persian&) = delete;
            Persian& operator=(const Persian&) = delete;
        } persian;
        const test::MirroredApplication mirrored;
        ReportsPage page;
        page.setToday(m_today);
        page.setDatabase(m_fixture.db());
        const std::unique_ptr<QTextDocument> document = page.document();
        document->setPageSize(QSizeF(700, 1000));
        QAbstractTextDocumentLayout* layout = document->documentLayout();
        int tables = 0;
        for (QTextFrame* frame : document->rootFrame()->childFrames()) {
            auto* table = qobject_cast<QTextTable*>(frame);
            if (!table)
                continue;
            const auto report = static_cast<ReportsPage::Report>(tables++);
            // The rightmost cell of the first row holds the row's name.
            QTextBlock rightmost;
            qreal right = -1;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextBlock block = table->cellAt(1, column).firstCursorPosition().block();
                if (layout->blockBoundingRect(block).right() > right) {
                    right = layout->blockBoundingRect(block).right();
                    rightmost = block;
                }
            }
            // (A Latin name ends with a left-to-right mark, which keeps its full stop at its end.)
            QCOMPARE(rightmost.text().remove(QChar(0x200E)),
                     page.table(report)->model()->index(0, 0).data().toString());
            QCOMPARE(rightmost.blockFormat().alignment(), Qt::AlignLeft); // the start of a right-to-left line
        }
        QCOMPARE(tables, int(ReportsPage::ReportCount));
        // Each report's heading is its tab's name without the keyboard letter the translation puts in brackets.
        for (int report = 0; report < ReportsPage::ReportCount; ++report) {
            const QString name = page.reportName(static_cast<ReportsPage::Report>(report));
            QVERIFY2(!name.contains(u'(') && !name.contains(u'&') && name.isRightToLeft(), qPrintable(name));
            QVERIFY(document->toPlainText().contains(name));
        }
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            QCOMPARE(block.textDirection(), Qt::RightToLeft);

        const QString pdf = m_fixture.dirPath(QStringLiteral("reports-mirrored.pdf"));
        QString error;
        QVERIFY2(page.exportPdf(pdf, QPageSize::A4, &error), qPrintable(error));
        saveFirstPages(pdf);
    }

    void emptyDatabaseShowsZerosNotErrors()
    {
        test::TestDatabase empty;
        ReportsPage page;
        page.setToday(m_today);
        page.setDatabase(empty.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(cellText(page.table(ReportsPage::Funnel), 0, 1), QStringLiteral("0"));
        // Each report says in one line what would fill it.
        QVERIFY(page.summary(ReportsPage::Funnel)->text().startsWith(QStringLiteral("No deal moved in this period")));
        clickTab(page, ReportsPage::Sources);
        QVERIFY(page.summary(ReportsPage::Sources)->text().startsWith(QStringLiteral("No leads in this period")));
        clickTab(page, ReportsPage::Weekly);
        QVERIFY(page.summary(ReportsPage::Weekly)->text().contains(QStringLiteral("nothing logged yet")));
        clickTab(page, ReportsPage::Activity);
        QVERIFY(page.summary(ReportsPage::Activity)->text().contains(QStringLiteral("Ctrl+L")));
        clickTab(page, ReportsPage::Forecast);
        QVERIFY(page.summary(ReportsPage::Forecast)->text().startsWith(QStringLiteral("No open deals")));
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
