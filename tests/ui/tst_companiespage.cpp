// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocaleDigits.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "Translations.h"
#include "UtcTime.h"
#include "demo/DemoGenerator.h"
#include "dialogs/CompanyDialog.h"
#include "models/CompanyTreeModel.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/StageRepository.h"
#include "views/CompaniesPage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <tuple>

using namespace kontor;
using kontor::ui::CompaniesPage;
using kontor::ui::CompanyTreeModel;

class TestCompaniesPage : public QObject
{
    Q_OBJECT

private:
    qint64 m_hq = 0;
    qint64 m_north = 0;
    qint64 m_harbour = 0;
    qint64 m_hugo = 0;
    qint64 m_ann = 0;

    void build(const QSqlDatabase& db)
    {
        CompanyRepository companies(db);
        auto company = [&](const QString& name, qint64 parent, const QString& city = {}) {
            Company c;
            c.name = name;
            c.parentId = parent;
            c.address.city = city;
            c.website = QStringLiteral("acme.example");
            return companies.create(c).value();
        };
        m_hq = company(QStringLiteral("Acme Holding"), 0, QStringLiteral("Berlin"));
        m_north = company(QStringLiteral("Acme North"), m_hq, QStringLiteral("Hamburg"));
        m_harbour = company(QStringLiteral("Acme Harbour"), m_north, QStringLiteral("Kiel"));
        company(QStringLiteral("Zeta Ltd"), 0);
        auto person = [&](const QString& first, qint64 at) {
            Contact c;
            c.firstName = first;
            c.lastName = QStringLiteral("Smith");
            c.companyId = at;
            return ContactRepository(db).create(c).value();
        };
        m_ann = person(QStringLiteral("Ann"), m_hq);
        m_hugo = person(QStringLiteral("Hugo"), m_harbour);
        Deal deal;
        deal.title = QStringLiteral("Harbour cranes");
        deal.companyId = m_harbour;
        deal.stageId = StageRepository(db).list()->first().id;
        QVERIFY(DealRepository(db).create(deal).ok());
    }

private slots:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    void tabCountsInPersianDigits()
    {
        test::InPersian persian;
        test::TestDatabase fixture;
        build(fixture.db());
        CompaniesPage page;
        page.setDatabase(fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showCompany(m_hq);
        auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("tabs"));
        for (int tab = 0; tab < 3; ++tab)
            QVERIFY2(test::hasPersianDigitsOnly(tabs->tabText(tab)), qPrintable(tabs->tabText(tab)));
        QVERIFY2(tabs->tabText(0).contains(QStringLiteral("۲")), qPrintable(tabs->tabText(0)));
    }

    // Mirrored (Persian), the company's labels stand on the right with their values to their left, and its Latin
    // name stands on the right too, as on the contact card.
    void mirroredTheLabelsStandOnTheRight()
    {
        test::TestDatabase fixture;
        build(fixture.db());
        const test::MirroredApplication mirrored;
        CompaniesPage page;
        page.setDatabase(fixture.db());
        page.showCompany(m_hq);
        const QString details = page.findChild<QLabel*>(QStringLiteral("details"))->text();
        QVERIFY2(details.indexOf(QStringLiteral("acme.example")) < details.indexOf(QStringLiteral(">Website<")),
                 qPrintable(details));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("name"))->alignment() & Qt::AlignRight);
    }

    void treeDetailsAndTabs()
    {
        test::TestDatabase fixture;
        build(fixture.db());
        CompaniesPage page;
        page.resize(1300, 750);
        QSignalSpy contacts(&page, &CompaniesPage::openContactRequested);
        QSignalSpy deals(&page, &CompaniesPage::openDealRequested);
        page.setDatabase(fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        CompanyTreeModel* model = page.model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Acme Holding"));
        QVERIFY(model->hasChildren(model->index(0, 0)));
        QVERIFY(!model->hasChildren(model->index(1, 0)));

        // Showing a branch opens the tree down to it.
        page.showCompany(m_harbour);
        QCOMPARE(page.tree()->currentIndex().data().toString(), QStringLiteral("Acme Harbour"));
        QVERIFY(page.tree()->isExpanded(model->indexOf(m_north)));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("path"))->text().contains(QStringLiteral("Acme North")), true);
        QCOMPARE(page.people()->topLevelItemCount(), 1);
        QCOMPARE(page.deals()->topLevelItemCount(), 1);

        // The head office counts its branches' people and deals unless told not to.
        page.showCompany(m_hq);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("path"))->text(), QStringLiteral("Head office"));
        QCOMPARE(page.people()->topLevelItemCount(), 2);
        // With a branch's person listed, the Company column says who works where; without, it is hidden.
        QVERIFY(!page.people()->isColumnHidden(2));
        QCOMPARE(page.findChild<QTabWidget*>(QStringLiteral("tabs"))->tabText(0), QStringLiteral("People (2)"));
        QCOMPARE(page.deals()->topLevelItemCount(), 1);
        test::screenshot(&page, QStringLiteral("companies-page"));
        QTest::mouseClick(page.findChild<QCheckBox*>(QStringLiteral("includeBranches")), Qt::LeftButton, {},
                          QPoint(5, 5));
        QCOMPARE(page.people()->topLevelItemCount(), 1);
        QVERIFY(page.people()->isColumnHidden(2));
        QCOMPARE(page.deals()->topLevelItemCount(), 0);
        page.findChild<QCheckBox*>(QStringLiteral("includeBranches"))->setChecked(true);

        // Enter on a person opens the contact, on a deal the deal.
        page.people()->setFocus();
        page.people()->setCurrentItem(page.people()->findItems(QStringLiteral("Hugo Smith"), Qt::MatchExactly).first());
        QTest::keyClick(page.people(), Qt::Key_Return);
        QCOMPARE(contacts.last().first().toLongLong(), m_hugo);
        page.deals()->setFocus();
        page.deals()->setCurrentItem(page.deals()->topLevelItem(0));
        QTest::keyClick(page.deals(), Qt::Key_Return);
        QCOMPARE(deals.size(), 1);

        // Search is a flat list of what it finds.
        QTest::keyClicks(page.searchBox(), QStringLiteral("harb"));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Acme Harbour"));
        QVERIFY(!model->hasChildren(model->index(0, 0)));
        page.searchBox()->clear();
        QTRY_COMPARE(model->rowCount(), 2);
    }

    // The history runs newest first by time, not by the text of its dates; the page fits a 1024 px window.
    void historyByTimeAndANarrowWindow()
    {
        test::TestDatabase fixture;
        build(fixture.db());
        for (const QDate& day : {QDate(2026, 3, 31), QDate(2026, 10, 30), QDate(2026, 10, 31)}) {
            Interaction call;
            call.contactId = m_ann;
            call.kind = InteractionKinds::call;
            call.subject = day.toString(Qt::ISODate);
            call.occurredAt = utcAt(day, QTime(10, 0));
            QVERIFY(InteractionRepository(fixture.db()).log(call).ok());
        }
        // Deals in two currencies: the amount column sorts by currency, then amount (not 900 < 1,000 < 2,000).
        const qint64 firstStage = StageRepository(fixture.db()).list()->first().id;
        for (const auto& [title, minor, currency] :
             {std::tuple{"small", 900, "EUR"}, std::tuple{"yen", 1000, "JPY"}, std::tuple{"larger", 2000, "EUR"}}) {
            Deal deal;
            deal.title = QString::fromLatin1(title);
            deal.companyId = m_hq;
            deal.stageId = firstStage;
            deal.amount = {minor, QString::fromLatin1(currency)};
            QVERIFY(DealRepository(fixture.db()).create(deal).ok());
        }
        CompaniesPage page;
        page.setDatabase(fixture.db());
        page.resize(1300, 750);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showCompany(m_hq);
        QStringList order;
        for (int i = 0; i < page.history()->topLevelItemCount(); ++i)
            order << page.history()->topLevelItem(i)->text(3);
        QCOMPARE(order, (QStringList{QStringLiteral("2026-10-31"), QStringLiteral("2026-10-30"),
                                     QStringLiteral("2026-03-31")}));
        page.deals()->sortByColumn(2, Qt::AscendingOrder);
        QStringList deals;
        for (int i = 0; i < page.deals()->topLevelItemCount(); ++i)
            deals << page.deals()->topLevelItem(i)->text(0);
        QCOMPARE(deals, (QStringList{QStringLiteral("Harbour cranes"), QStringLiteral("small"),
                                     QStringLiteral("larger"), QStringLiteral("yen")}));
        // Beside the 170 px side bar, in a 1024 px window.
        QVERIFY2(page.minimumSizeHint().width() <= 1024 - 170 - 24,
                 qPrintable(QString::number(page.minimumSizeHint().width())));
        // There, a long title gives way and every amount is whole (billions of rials were cut to "… I").
        page.resize(1024 - 170, 700);
        Deal longTitle;
        longTitle.title = QStringLiteral("Harbour cranes for the second terminal, with their spare parts and five "
                                         "years of service");
        longTitle.companyId = m_hq;
        longTitle.stageId = firstStage;
        longTitle.amount = {22'000'000'000, QStringLiteral("IRR")};
        QVERIFY(DealRepository(fixture.db()).create(longTitle).ok());
        page.showCompany(m_hq);
        page.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(page.deals());
        for (int i = 0; i < page.deals()->topLevelItemCount(); ++i) {
            const QString amount = page.deals()->topLevelItem(i)->text(2);
            QTRY_VERIFY2(page.deals()->columnWidth(2) >= page.deals()->fontMetrics().horizontalAdvance(amount),
                         qPrintable(amount));
        }
        QTRY_COMPARE(page.deals()->header()->length(), page.deals()->viewport()->width());
    }

    // In a 1024 px window the list is narrow: industry and city give way so that the names can be read.
    void namesReadableInANarrowList()
    {
        test::TestDatabase fixture;
        QVERIFY(DemoGenerator(fixture.db()).generate({80, 2, 5}).ok());
        CompaniesPage page;
        page.setDatabase(fixture.db());
        page.resize(1024 - 170, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* tree = page.findChild<QTreeView*>(QStringLiteral("companyTree"));
        QHeaderView* header = tree->header();
        QTRY_VERIFY(tree->model()->rowCount() > 0);
        QTRY_VERIFY2(header->sectionSize(CompanyTreeModel::NameColumn) >= tree->viewport()->width() * 2 / 5,
                     qPrintable(QStringLiteral("name %1 of %2")
                                    .arg(header->sectionSize(CompanyTreeModel::NameColumn))
                                    .arg(tree->viewport()->width())));
        QVERIFY(header->sectionSize(CompanyTreeModel::NameColumn) >
                header->sectionSize(CompanyTreeModel::IndustryColumn));
        // The list has a third of the page or more, and keeps its width when a company is chosen.
        QVERIFY2(tree->width() > page.width() / 3, qPrintable(QString::number(tree->width())));
        const int width = tree->width();
        tree->setCurrentIndex(tree->model()->index(0, 0));
        QApplication::processEvents();
        QCOMPARE(tree->width(), width);
        test::screenshot(&page, QStringLiteral("companies-narrow"));
    }

    void addBranchAndRefuseACycle()
    {
        test::TestDatabase fixture;
        build(fixture.db());
        CompaniesPage page;
        page.resize(1300, 750);
        page.setDatabase(fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showCompany(m_hq);
        test::whenModalShown([](QWidget* dialog) {
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("parent"))->text(), QStringLiteral("Acme Holding"));
            // A new branch has no history yet.
            QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("changes")));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Acme South"));
            test::screenshot(dialog, QStringLiteral("company-dialog"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        });
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("newBranch")), Qt::LeftButton);
        QCOMPARE(page.tree()->currentIndex().data().toString(), QStringLiteral("Acme South"));
        QCOMPARE(CompanyRepository(fixture.db()).children(m_hq)->size(), 2);

        // The head office cannot become a branch of its own branch.
        ui::CompanyDialog dialog(fixture.db(), m_hq);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Its history from the start of the row of buttons, as in the contact and deal dialogs.
        test::verifyChangesButtonFirst(&dialog);
        if (QTest::currentTestFailed())
            return;
        QString historyTitle;
        test::whenModalShown([&historyTitle](QWidget* modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("ChangeHistoryDialog"));
            historyTitle = modal->windowTitle();
            modal->close();
        });
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("changes")), Qt::LeftButton);
        QCOMPARE(historyTitle, QStringLiteral("Changes to Acme Holding"));
        auto* parent = dialog.findChild<QLineEdit*>(QStringLiteral("parent"));
        QVERIFY(parent->text().isEmpty());
        QTest::keyClicks(parent, QStringLiteral("Acme Harbour"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("branch")), qPrintable(dialog.errorText()));
        QCOMPARE(CompanyRepository(fixture.db()).get(m_hq)->parentId, qint64(0));
    }

    void emptyDatabaseSaysWhatToDo()
    {
        test::TestDatabase fixture;
        CompaniesPage page;
        page.setDatabase(fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* empty = page.findChild<QLabel*>(QStringLiteral("empty"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().startsWith(QStringLiteral("No companies yet")));
    }
};

QTEST_MAIN(TestCompaniesPage)
#include "tst_companiespage.moc"
