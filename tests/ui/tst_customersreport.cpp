// SPDX-License-Identifier: GPL-3.0-or-later
// Customers by RFM: the Reports page's segments and grid with the customers behind them, the Contacts page's segment
// filter and column, and the keeper that stores the segments as deals are won.
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "UtcTime.h"

#include "Clock.h"
#include "Translations.h"
#include "actions/DealActions.h"
#include "actions/Session.h"
#include "demo/DemoGenerator.h"
#include "dialogs/ReportDetailsDialog.h"
#include "models/ContactListModel.h"
#include "reports/CustomerSegments.h"
#include "reports/RfmReport.h"
#include "scoring/LeadScoring.h"
#include "views/ContactsPage.h"
#include "views/DerivedDataKeeper.h"
#include "views/ReportsPage.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace kontor;
using kontor::ui::ReportsPage;

class TestCustomersReport : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_fixture;
    const QDate m_today{2026, 11, 20};
    FixedClock m_clock{utcAt(m_today, QTime(9, 0))};

    ReportsPage* openCustomers(ReportsPage& page)
    {
        page.resize(1400, 800);
        page.setToday(m_today);
        page.setDatabase(m_fixture.db());
        page.show();
        if (!QTest::qWaitForWindowExposed(&page))
            return nullptr;
        // Alt+T, the tab's mnemonic.
        QTest::keyClick(&page, Qt::Key_T, Qt::AltModifier);
        return &page;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        Clock::setInstance(&m_clock);
        QVERIFY(DemoGenerator(m_fixture.db()).generate({2000, 1, 8}).ok());
    }
    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void showsEachSegmentAndListsItsCustomers()
    {
        ReportsPage page;
        QVERIFY(openCustomers(page));
        QCOMPARE(page.tabs()->currentIndex(), int(ReportsPage::Customers));
        const auto report = RfmAnalysis(m_fixture.db()).compute(m_today, QTimeZone::systemTimeZone()).value();
        QVERIFY(report.customers.size() > 50);
        QTableView* table = page.table(ReportsPage::Customers);
        QCOMPARE(table->model()->rowCount(), 10);
        for (int row = 0; row < 10; ++row) {
            const auto& [segment, tally] = report.segments.at(row);
            QCOMPARE(table->model()->index(row, 0).data().toString(), rfmSegmentName(segment));
            QCOMPARE(table->model()->index(row, 1).data().toString(), QLocale().toString(tally.customers));
            QCOMPARE(table->model()->index(row, 3).data().toString(), report.money(tally.revenueMinor).format());
        }
        QVERIFY(page.summary(ReportsPage::Customers)->text().contains(QLocale().toString(report.customers.size())));
        auto* series = static_cast<QAbstractBarSeries*>(page.chart(ReportsPage::Customers)->chart()->series().first());
        QCOMPARE(series->barSets().first()->count(), 10);
        test::screenshot(&page, QStringLiteral("reports-customers"));

        // Enter on "At risk": its customers, Enter again opens the first.
        const int atRisk = int(allRfmSegments().indexOf(RfmSegment::AtRisk));
        const qint64 expected = report.segment(RfmSegment::AtRisk).customers;
        QVERIFY(expected > 0);
        QSignalSpy opened(&page, &ReportsPage::openContactRequested);
        test::whenModalShown([expected](QWidget* modal) {
            auto* dialog = qobject_cast<ui::ReportDetailsDialog*>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->table()->rowCount(), int(std::min<qint64>(expected, ui::ReportDetailsDialog::maxRows)));
            QVERIFY(dialog->windowTitle().contains(QStringLiteral("At risk")));
            QTest::keyClick(dialog->table(), Qt::Key_Return);
        });
        table->setFocus();
        table->setCurrentIndex(table->model()->index(atRisk, 1));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        bool isCustomer = false;
        for (const RfmCustomer& customer : report.customers)
            isCustomer = isCustomer || (customer.contactId == opened.first().first().toLongLong() &&
                                        customer.segment == RfmSegment::AtRisk);
        QVERIFY(isCustomer);
    }

    void theGridCountsRecencyByFrequency()
    {
        ReportsPage page;
        QVERIFY(openCustomers(page));
        auto* grouping = page.tabs()->widget(ReportsPage::Customers)->findChild<QComboBox*>(QStringLiteral("grouping"));
        QVERIFY(grouping && grouping->isVisible());
        grouping->setFocus();
        QTest::keyClick(grouping, Qt::Key_Down);
        QCOMPARE(grouping->currentIndex(), 1);
        const auto report = RfmAnalysis(m_fixture.db()).compute(m_today, QTimeZone::systemTimeZone()).value();
        QTableView* table = page.table(ReportsPage::Customers);
        QCOMPARE(table->model()->rowCount(), 5);
        QCOMPARE(table->model()->columnCount(), 6);
        // R 5 on top, F 1 on the left: each place's count, then what they brought.
        for (int r = 5; r >= 1; --r) {
            for (int f = 1; f <= 5; ++f) {
                const QString text = table->model()->index(5 - r, f).data().toString();
                QVERIFY2(text.startsWith(QLocale().toString(report.cell(r, f).customers)), qPrintable(text));
            }
        }
        QVERIFY(table->model()->index(0, 5).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Champions")));
        test::screenshot(&page, QStringLiteral("reports-customers-grid"));

        // Enter on R 1, F 5: the customers who bought most often, long ago.
        const qint64 expected = report.cell(1, 5).customers;
        QVERIFY(expected > 0);
        test::whenModalShown([expected](QWidget* modal) {
            auto* dialog = qobject_cast<ui::ReportDetailsDialog*>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->table()->rowCount(), int(expected));
            QVERIFY(dialog->windowTitle().contains(QStringLiteral("Can't lose them")));
            dialog->reject();
        });
        table->setFocus();
        table->setCurrentIndex(table->model()->index(4, 5));
        QTest::keyClick(table, Qt::Key_Return);

        // A bar is a segment: clicking one shows the segments again and lists its customers.
        auto* series = static_cast<QAbstractBarSeries*>(page.chart(ReportsPage::Customers)->chart()->series().first());
        const qint64 champions = report.segment(RfmSegment::Champions).customers;
        test::whenModalShown([champions](QWidget* modal) {
            auto* dialog = qobject_cast<ui::ReportDetailsDialog*>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->table()->rowCount(), int(champions));
            dialog->reject();
        });
        // Horizontal bars from the bottom up: Champions, the first segment, is the last bar.
        emit series->barSets().first()->clicked(9);
        // After the click is handled: the chart is drawn anew.
        QTRY_COMPARE(grouping->currentIndex(), 0);
        QCOMPARE(table->model()->rowCount(), 10);
    }

    // The stage filter also narrows to a segment's customers, as last stored; the Segment column then shows and sorts.
    void contactsNarrowToASegment()
    {
        QVERIFY(CustomerSegments(m_fixture.db()).refresh(m_today, QTimeZone::systemTimeZone()).ok());
        QSqlQuery count(m_fixture.db());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM contact_segments WHERE segment = 'champions'")));
        QVERIFY(count.next());
        const int champions = count.value(0).toInt();
        QVERIFY(champions > 0);

        ui::ContactsPage page;
        page.resize(1400, 800);
        page.setDatabase(m_fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = page.findChild<QTableView*>(QStringLiteral("contacts"));
        QVERIFY(table);
        QVERIFY(table->isColumnHidden(ui::ContactListModel::Segment));
        auto* stage = page.findChild<QComboBox*>(QStringLiteral("statusFilter"));
        QVERIFY(stage);
        stage->setFocus();
        const int item = stage->findText(QStringLiteral("Customers: Champions"));
        QVERIFY(item > 0);
        while (stage->currentIndex() < item)
            QTest::keyClick(stage, Qt::Key_Down);
        QTRY_COMPARE(table->model()->rowCount(), champions);
        QVERIFY(!table->isColumnHidden(ui::ContactListModel::Segment));
        QCOMPARE(table->model()->index(0, ui::ContactListModel::Segment).data().toString(),
                 QStringLiteral("Champions"));
        test::screenshot(&page, QStringLiteral("contacts-segment"));

        // All contacts, sorted by segment: customers first, best segment first, the others after them.
        stage->setCurrentIndex(0);
        QTRY_VERIFY(table->model()->rowCount() > champions);
        QTest::mouseClick(
            table->horizontalHeader()->viewport(), Qt::LeftButton, {},
            QPoint(table->horizontalHeader()->sectionViewportPosition(ui::ContactListModel::Segment) + 5, 5));
        QTRY_COMPARE(table->model()->index(0, ui::ContactListModel::Segment).data().toString(),
                     QStringLiteral("Champions"));
        const int last = table->model()->rowCount() - 1;
        QTRY_COMPARE(table->model()->index(last, ui::ContactListModel::Segment).data().toString(), QString());
    }

    // With a scoring rule, the keeper scores everyone on opening; the list's Score column shows and sorts it, and the
    // card says which rule gave it.
    void scoresShowOnTheListAndTheCard()
    {
        test::TestDatabase fixture;
        QSqlQuery query(fixture.db());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO contacts (first_name, title, created_at, updated_at) VALUES "
                                          "('Ada', 'Clerk', 0, 0), ('Bo', 'Director', 0, 0), ('Cy', '', 0, 0)")));
        ScoreRule director;
        director.name = QStringLiteral("Decision maker");
        director.condition = FieldConditions::parse(QStringLiteral("title ~ director")).value();
        director.points = 30;
        QVERIFY(LeadScoring(fixture.db()).saveRules({director}).ok());
        Session session(fixture.db());
        ui::DerivedDataKeeper keeper;
        QSignalSpy scored(&keeper, &ui::DerivedDataKeeper::scoresChanged);
        keeper.setDatabase(fixture.db(), &session);
        QTRY_VERIFY(!keeper.isBusy());
        QCOMPARE(scored.size(), 1);
        QCOMPARE(LeadScoring(fixture.db()).stored(2).value(), std::optional<int>(30));

        ui::ContactsPage page;
        page.resize(1400, 800);
        page.setDatabase(fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = page.findChild<QTableView*>(QStringLiteral("contacts"));
        QVERIFY(table->isColumnHidden(ui::ContactListModel::Score));
        table->setColumnHidden(ui::ContactListModel::Score, false);
        QHeaderView* header = table->horizontalHeader();
        // Twice: the highest score first.
        for (int click = 0; click < 2; ++click)
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(ui::ContactListModel::Score) + 5, 5));
        QTRY_COMPARE(table->model()->index(0, ui::ContactListModel::Score).data().toString(), QStringLiteral("30"));
        QCOMPARE(table->model()->index(0, ui::ContactListModel::Name).data().toString(), QStringLiteral("Bo"));
        QCOMPARE(table->model()->index(1, ui::ContactListModel::Score).data().toString(), QStringLiteral("0"));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        auto* details = page.findChild<QLabel*>(QStringLiteral("details"));
        QVERIFY(details);
        QTRY_VERIFY2(details->text().contains(QStringLiteral("Lead score")), qPrintable(details->text()));
        QVERIFY(details->text().contains(QStringLiteral("Decision maker +30")));
        test::screenshot(&page, QStringLiteral("contacts-score"));
        keeper.setDatabase(QSqlDatabase(), nullptr);
    }

    // The keeper stores the segments when a database opens and again after a deal is won.
    void segmentsFollowWonDeals()
    {
        test::TestDatabase fixture;
        QSqlQuery query(fixture.db());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO contacts (first_name, created_at, updated_at) VALUES "
                                          "('Ada', 0, 0), ('Bo', 0, 0)")));
        Session session(fixture.db());
        ui::DerivedDataKeeper keeper;
        QSignalSpy changed(&keeper, &ui::DerivedDataKeeper::segmentsChanged);
        keeper.setDatabase(fixture.db(), &session);
        QTRY_VERIFY(!keeper.isBusy());
        QCOMPARE(CustomerSegments(fixture.db()).asOf(), m_today);
        QCOMPARE(changed.size(), 0);

        for (qint64 contact : {1, 2}) {
            Deal deal;
            deal.title = QStringLiteral("Order %1").arg(contact);
            deal.contactId = contact;
            deal.stageId = 1;
            deal.amount = Money{1000 * contact, QStringLiteral("EUR")};
            const auto saved = DealActions::save(fixture.db(), deal);
            QVERIFY2(saved.ok(), qPrintable(saved.error()));
            QVERIFY(DealActions::win(fixture.db(), saved->dealId).ok());
        }
        QTRY_COMPARE(changed.size(), 1);
        QTRY_VERIFY(!keeper.isBusy());
        const auto stored = CustomerSegments(fixture.db()).of({1, 2}).value();
        // Both won today: R 5; one deal each: F 5 (everyone has as few) — Champions.
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.value(1), RfmSegment::Champions);
        keeper.setDatabase(QSqlDatabase(), nullptr);
    }
};

QTEST_MAIN(TestCustomersReport)
#include "tst_customersreport.moc"
