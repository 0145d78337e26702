// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "UtcTime.h"

#include "Clock.h"
#include "Translations.h"
#include "dialogs/LostReasonDialog.h"
#include "models/DealCardModel.h"
#include "models/DealTableModel.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/StageRepository.h"
#include "repositories/UserRepository.h"
#include "views/DealCardDelegate.h"
#include "views/PipelineColumnWidget.h"
#include "views/PipelinePage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace kontor;
using kontor::ui::DealCardDelegate;
using kontor::ui::DealCardModel;
using kontor::ui::PipelinePage;

// The arrow keys towards the next and the previous stage: right to left the next stands on the left.
static Qt::Key towardsNext()
{
    return QApplication::isRightToLeft() ? Qt::Key_Left : Qt::Key_Right;
}
static Qt::Key towardsPrevious()
{
    return QApplication::isRightToLeft() ? Qt::Key_Right : Qt::Key_Left;
}

class TestPipelinePage : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = utcAt(QDate(2026, 11, 24), QTime(10, 0));
    FixedClock m_clock{m_now};
    QList<Stage> m_stages;
    qint64 m_ada = 0;
    qint64 m_bea = 0;
    QHash<QString, qint64> m_deals;

    /// New lead: Scanners (20 days, stale), Desks (Bea's, 3 days). Proposal: Licences. Won: Chairs (last week).
    void build(const QSqlDatabase& db)
    {
        m_stages = StageRepository(db).list().value();
        m_bea = UserRepository(db).create({0, QStringLiteral("Bea Berger"), {}, false}).value();
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Lovelace");
        m_ada = ContactRepository(db).create(ada).value();
        auto add = [&](const QString& title, int stage, int daysAgo, qint64 amount, qint64 owner) {
            Deal deal;
            deal.title = title;
            deal.contactId = m_ada;
            deal.stageId = m_stages[stage].id;
            deal.amount = {amount, QStringLiteral("EUR")};
            deal.ownerId = owner;
            deal.createdAt = m_now.addDays(-daysAgo);
            m_deals.insert(title, DealRepository(db).create(deal).value());
        };
        add(QStringLiteral("Scanners"), 0, 20, 1250000, 1);
        add(QStringLiteral("Desks"), 0, 3, 400000, m_bea);
        add(QStringLiteral("Licences"), 4, 5, 900000, 1);
        add(QStringLiteral("Chairs"), 6, 7, 150000, 1);
    }

    static QStringList titles(DealCardModel* model)
    {
        QStringList titles;
        for (const PipelineCard& card : model->cards())
            titles << card.title;
        return titles;
    }

    qint64 stageOf(const QSqlDatabase& db, const QString& title)
    {
        return DealRepository(db).get(m_deals[title])->stageId;
    }

    void select(PipelinePage& page, int stage, const QString& title)
    {
        QListView* view = page.columnView(m_stages[stage].id);
        const int row = page.columnModel(m_stages[stage].id)->rowOf(m_deals[title]);
        QVERIFY(row >= 0);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, 0));
    }

    /// What a drag from `from` to `to` delivers: the source's mime data dropped on the target's viewport.
    static void dragAndDrop(QListView* from, int row, QListView* to)
    {
        QMimeData* data = from->model()->mimeData({from->model()->index(row, 0)});
        QVERIFY(data);
        const QPoint at = to->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(to->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(to->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(to->viewport(), &drop);
        delete data;
    }

    /// How far from the board's start a column ends: its right edge, or its left edge counted from the right where
    /// the board is mirrored (the stages then run from right to left).
    static int endEdge(QScrollArea* board, QWidget* column)
    {
        const QRect shown(column->mapTo(board->viewport(), QPoint()), column->size());
        const QRect logical = QStyle::visualRect(board->layoutDirection(), board->viewport()->rect(), shown);
        return logical.x() + logical.width();
    }

private slots:
    void initTestCase()
    {
        installTranslations(*qApp, QStringLiteral("en"));
        Clock::setInstance(&m_clock);
    }
    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void boardShowsStagesTotalsAndStaleCards()
    {
        test::TestDatabase fixture;
        build(fixture.db());
        PipelinePage page;
        page.resize(1400, 700);
        page.setDatabase(fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.columns().size(), 8);
        DealCardModel* lead = page.columnModel(m_stages[0].id);
        QCOMPARE(titles(lead), (QStringList{QStringLiteral("Scanners"), QStringLiteral("Desks")}));
        QVERIFY(lead->index(0).data(DealCardModel::StaleRole).toBool());
        QVERIFY(!lead->index(1).data(DealCardModel::StaleRole).toBool());
        QCOMPARE(lead->index(0).data(DealCardModel::DaysRole).toString(), QStringLiteral("20 days in stage"));
        QCOMPARE(titles(page.columnModel(m_stages[6].id)), QStringList{QStringLiteral("Chairs")});

        const QString figures = page.findChild<QFrame*>(QStringLiteral("stage_%1").arg(m_stages[0].id))
                                    ->findChild<QLabel*>(QStringLiteral("figures"))
                                    ->text();
        const QLocale locale;
        QVERIFY2(figures.contains(QStringLiteral("2 deals")), qPrintable(figures));
        // Totals in whole units, without cents.
        QVERIFY2(figures.contains(Money{1650000, QStringLiteral("EUR")}.formatRounded(locale)), qPrintable(figures));
        QVERIFY2(!figures.contains(Money{1650000, QStringLiteral("EUR")}.format(locale)), qPrintable(figures));
        // 16,500.00 × 5 % = 825.00 weighted; one of the two is stale.
        QVERIFY2(figures.contains(Money{82500, QStringLiteral("EUR")}.formatRounded(locale)), qPrintable(figures));
        QVERIFY2(figures.contains(QStringLiteral("1 stale")), qPrintable(figures));
        const QString summary = page.findChild<QLabel*>(QStringLiteral("summary"))->text();
        QVERIFY2(summary.startsWith(QStringLiteral("3 open deals")), qPrintable(summary));
        test::screenshot(&page, QStringLiteral("pipeline-board"));
    }

    void dragMovesTheDealAndRecordsTheStep()
    {
        test::TestDatabase fixture;
        build(fixture.db());
        PipelinePage page;
        page.resize(1400, 700);
        QSignalSpy messages(&page, &PipelinePage::statusMessage);
        page.setDatabase(fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QListView* lead = page.columnView(m_stages[0].id);
        QListView* qualification = page.columnView(m_stages[2].id);
        dragAndDrop(lead, 0, qualification);
        // The move runs once the drop has returned.
        QTRY_COMPARE(stageOf(fixture.db(), QStringLiteral("Scanners")), m_stages[2].id);
        QCOMPARE(titles(page.columnModel(m_stages[0].id)), QStringList{QStringLiteral("Desks")});
        QCOMPARE(titles(page.columnModel(m_stages[2].id)), QStringList{QStringLiteral("Scanners")});
        QVERIFY(!page.columnModel(m_stages[2].id)->index(0).data(DealCardModel::StaleRole).toBool());
        QCOMPARE(page.currentDealId(), m_deals[QStringLiteral("Scanners")]);
        auto history = DealRepository(fixture.db()).history(m_deals[QStringLiteral("Scanners")]);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->last().fromStageId, m_stages[0].id);
        QCOMPARE(history->last().toStageId, m_stages[2].id);
        QCOMPARE(history->last().changedAt, m_now);
        QCOMPARE(history->last().changedBy, qint64(1));
        QCOMPARE(messages.last().first().toString(), QStringLiteral("“Scanners” moved to %1.").arg(m_stages[2].name));

        // A card dropped on its own column is refused.
        QMimeData* data = qualification->model()->mimeData({qualification->model()->index(0, 0)});
        QVERIFY(!qualification->model()->canDropMimeData(data, Qt::MoveAction, -1, -1, {}));
        delete data;
    }

    void keysMoveAndLostAsksForTheReason()
    {
        test::TestDatabase fixture;
        build(fixture.db());
        PipelinePage page;
        page.resize(1400, 700);
        page.setDatabase(fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // The Deal menu names Enter as the page's help does (Qt's own name for the key is "Return").
        QVERIFY(page.dealActions().at(0)->text().endsWith(QStringLiteral("\tEnter")));
        QCOMPARE(page.dealActions().at(1)->shortcut().toString(QKeySequence::NativeText), QStringLiteral("Ctrl+Enter"));

        // The help names the arrow that points to the next stage.
        const auto* help = page.findChild<QLabel*>(QStringLiteral("help"));
        QVERIFY(help);
        QVERIFY2(help->text().contains(QApplication::isRightToLeft() ? QStringLiteral("Ctrl+Shift+←")
                                                                     : QStringLiteral("Ctrl+Shift+→")),
                 qPrintable(help->text()));
        select(page, 4, QStringLiteral("Licences"));
        QTest::keyClick(QApplication::focusWidget(), towardsNext(), Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stageOf(fixture.db(), QStringLiteral("Licences")), m_stages[5].id);
        QCOMPARE(page.currentDealId(), m_deals[QStringLiteral("Licences")]);
        QTest::keyClick(QApplication::focusWidget(), towardsPrevious(), Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stageOf(fixture.db(), QStringLiteral("Licences")), m_stages[4].id);

        // Plain Left and Right step between the columns that have cards.
        QTest::keyClick(QApplication::focusWidget(), towardsPrevious());
        QCOMPARE(page.currentDealId(), m_deals[QStringLiteral("Scanners")]);
        QTest::keyClick(QApplication::focusWidget(), towardsNext());
        QCOMPARE(page.currentDealId(), m_deals[QStringLiteral("Licences")]);

        // To Lost: cancelling the question leaves the deal where it was.
        const qint64 lost = m_stages[7].id;
        test::whenModalShown([](QWidget* dialog) {
            QVERIFY(qobject_cast<ui::LostReasonDialog*>(dialog));
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QVERIFY(!page.moveDeal(m_deals[QStringLiteral("Licences")], lost));
        QCOMPARE(stageOf(fixture.db(), QStringLiteral("Licences")), m_stages[4].id);

        // OK is off until there is a reason; the typed reason is kept with the deal.
        test::whenModalShown([](QWidget* dialog) {
            auto* box = dialog->findChild<QComboBox*>(QStringLiteral("reason"));
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            QTest::keyClicks(box->lineEdit(), QStringLiteral("Went with the incumbent"));
            QVERIFY(ok->isEnabled());
            test::screenshot(dialog, QStringLiteral("lost-reason-dialog"));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QVERIFY(page.moveDeal(m_deals[QStringLiteral("Licences")], lost));
        auto deal = DealRepository(fixture.db()).get(m_deals[QStringLiteral("Licences")]);
        QCOMPARE(deal->stageId, lost);
        QCOMPARE(deal->lostReason, QStringLiteral("Went with the incumbent"));
        QCOMPARE(deal->closedAt, m_now);
        QCOMPARE(titles(page.columnModel(lost)), QStringList{QStringLiteral("Licences")});
        // The lost card says why, where an open one says how long it has been in its stage.
        const QModelIndex lostCard = page.columnModel(lost)->index(0);
        QCOMPARE(lostCard.data(DealCardModel::ShortDaysRole).toString(), QStringLiteral("Went with the incumbent"));
        QVERIFY(lostCard.data(Qt::ToolTipRole).toString().contains(QStringLiteral("lost: Went with the incumbent")));
    }

    // At 1440 px (the page beside the side bar) the open stages fit without scrolling; at 1024 they scroll.
    void openStagesFitAWideWindow()
    {
        test::TestDatabase fixture;
        build(fixture.db());
        PipelinePage page;
        page.resize(1440 - 170, 700);
        page.setDatabase(fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* board = page.findChild<QScrollArea*>(QStringLiteral("board"));
        QVERIFY(board);
        const auto stageEnd = [&](const Stage& stage) {
            return endEdge(board, page.findChild<QWidget*>(QStringLiteral("stage_%1").arg(stage.id)));
        };
        const Stage lastOpen =
            *std::find_if(m_stages.crbegin(), m_stages.crend(), [](const Stage& stage) { return !stage.isFinal(); });
        QTRY_VERIFY(stageEnd(lastOpen) <= board->viewport()->width());
        page.resize(1024 - 170, 700);
        QTRY_VERIFY(stageEnd(lastOpen) > board->viewport()->width());
    }

    // Won and Lost fold to narrow strips that still take a dropped card, so that the whole board fits; a deal moved
    // into a folded strip leaves the next card of its column selected.
    void wonAndLostFoldToStrips()
    {
        test::TestDatabase fixture;
        build(fixture.db());
        PipelinePage page;
        page.resize(1440 - 170, 700);
        page.setDatabase(fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* board = page.findChild<QScrollArea*>(QStringLiteral("board"));
        const Stage won = m_stages[6];
        const Stage lost = m_stages[7];
        auto* wonColumn = page.findChild<ui::PipelineColumnWidget*>(QStringLiteral("stage_%1").arg(won.id));
        auto* lostColumn = page.findChild<ui::PipelineColumnWidget*>(QStringLiteral("stage_%1").arg(lost.id));
        auto* openColumn = page.findChild<ui::PipelineColumnWidget*>(QStringLiteral("stage_%1").arg(m_stages[0].id));
        QVERIFY(wonColumn && lostColumn && openColumn);
        QVERIFY(!openColumn->isFoldable());
        QTRY_VERIFY(endEdge(board, lostColumn) > board->viewport()->width());
        const int openWidth = openColumn->width();

        for (auto* column : {wonColumn, lostColumn}) {
            auto* fold = column->findChild<QToolButton*>(QStringLiteral("fold"));
            QVERIFY(fold);
            QTest::mouseClick(fold, Qt::LeftButton);
            QVERIFY(column->isFolded());
            QVERIFY(!column->view()->isVisible());
        }
        QCOMPARE(page.foldedStageKinds(), (QStringList{QStringLiteral("lost"), QStringLiteral("won")}));
        QTRY_VERIFY(endEdge(board, lostColumn) <= board->viewport()->width());
        QTRY_COMPARE(board->horizontalScrollBar()->maximum(), 0);
        QVERIFY(wonColumn->width() < openWidth / 3);
        QVERIFY(wonColumn->toolTip().contains(QStringLiteral("1 deal")));
        test::screenshot(&page, QStringLiteral("pipeline-folded"));

        // Right passes over a folded strip: Licences, the last card before it, stays selected.
        select(page, 4, QStringLiteral("Licences"));
        QTest::keyClick(QApplication::focusWidget(), towardsNext());
        QCOMPARE(page.currentDealId(), m_deals[QStringLiteral("Licences")]);

        // Moved into folded Won, Scanners leaves Desks, the next card of its column, selected; Won stays folded.
        select(page, 0, QStringLiteral("Scanners"));
        QVERIFY(page.moveDeal(m_deals[QStringLiteral("Scanners")], won.id));
        QCOMPARE(stageOf(fixture.db(), QStringLiteral("Scanners")), won.id);
        QVERIFY(wonColumn->isFolded());
        QCOMPARE(page.currentDealId(), m_deals[QStringLiteral("Desks")]);

        // A card dropped on the folded strip moves there.
        QListView* from = page.columnView(m_stages[4].id);
        std::unique_ptr<QMimeData> data(from->model()->mimeData({from->model()->index(0, 0)}));
        const QPoint at = wonColumn->rect().center();
        QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(wonColumn, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(wonColumn, &drop);
        QTRY_COMPARE(stageOf(fixture.db(), QStringLiteral("Licences")), won.id);
        QVERIFY2(wonColumn->toolTip().contains(QStringLiteral("3 deals")), qPrintable(wonColumn->toolTip()));

        // A click anywhere on the strip unfolds it; showing a deal in a folded column unfolds that one.
        QTest::mouseClick(wonColumn, Qt::LeftButton, {}, QPoint(wonColumn->width() / 2, wonColumn->height() / 2));
        QVERIFY(!wonColumn->isFolded());
        QVERIFY(wonColumn->view()->isVisible());
        QCOMPARE(wonColumn->width(), openColumn->width());
        QCOMPARE(page.foldedStageKinds(), QStringList{QStringLiteral("lost")});
        test::whenModalShown([](QWidget* dialog) {
            QTest::keyClicks(dialog->findChild<QComboBox*>(QStringLiteral("reason"))->lineEdit(),
                             QStringLiteral("Price"));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QVERIFY(page.moveDeal(m_deals[QStringLiteral("Desks")], lost.id));
        QVERIFY(lostColumn->isFolded());
        QVERIFY(page.showDeal(m_deals[QStringLiteral("Desks")]));
        QVERIFY(!lostColumn->isFolded());
        QCOMPARE(page.currentDealId(), m_deals[QStringLiteral("Desks")]);
        QVERIFY(page.foldedStageKinds().isEmpty());
    }

    void ownerFilterAndListView()
    {
        test::TestDatabase fixture;
        build(fixture.db());
        PipelinePage page;
        page.resize(1400, 700);
        QSignalSpy opened(&page, &PipelinePage::openContactRequested);
        page.setDatabase(fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QComboBox* owner = page.ownerFilter();
        owner->setCurrentIndex(owner->findText(QStringLiteral("Bea Berger")));
        QCOMPARE(titles(page.columnModel(m_stages[0].id)), QStringList{QStringLiteral("Desks")});
        QCOMPARE(page.columnModel(m_stages[6].id)->rowCount(), 0);
        owner->setCurrentIndex(0);
        QCOMPARE(page.columnModel(m_stages[0].id)->rowCount(), 2);

        // The list holds the same deals; it sorts by amount and Enter opens the contact.
        QTest::mouseClick(page.findChild<QToolButton*>(QStringLiteral("listMode")), Qt::LeftButton);
        QVERIFY(page.isListMode());
        // The foot of the page speaks of the list's keys, not of dragging cards.
        auto* help = page.findChild<QLabel*>(QStringLiteral("help"));
        QVERIFY(!help->text().contains(QStringLiteral("Drag")));
        QVERIFY(help->text().contains(QStringLiteral("Delete archives")));
        QTableView* list = page.listView();
        QCOMPARE(list->model()->rowCount(), 4);
        QCOMPARE(list->model()->index(0, ui::DealTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Scanners"));
        list->sortByColumn(ui::DealTableModel::AmountColumn, Qt::DescendingOrder);
        QCOMPARE(list->model()->index(0, ui::DealTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Scanners"));
        QCOMPARE(list->model()->index(3, ui::DealTableModel::TitleColumn).data().toString(), QStringLiteral("Chairs"));
        test::screenshot(&page, QStringLiteral("pipeline-list"));
        list->setFocus();
        list->setCurrentIndex(list->model()->index(1, 0));
        QCOMPARE(page.currentDealId(), m_deals[QStringLiteral("Licences")]);
        QTest::keyClick(list, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), m_ada);
        // Enter edits the deal; the list shows the saved amount.
        test::whenModalShown([](QWidget* dialog) {
            auto* amount = dialog->findChild<QLineEdit*>(QStringLiteral("amount"));
            amount->selectAll();
            QTest::keyClicks(amount, QStringLiteral("9500"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        });
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(DealRepository(fixture.db()).get(m_deals[QStringLiteral("Licences")])->amount.minor, qint64(950000));
        QVERIFY(page.isListMode());
        QCOMPARE(page.currentDealId(), m_deals[QStringLiteral("Licences")]);
        page.activateWindow(); // back from the dialog: shortcuts go to the active window
        QVERIFY(QTest::qWaitForWindowActive(&page));
        // A move from the list, and back to the board with the same deal selected.
        QTest::keyClick(list, towardsNext(), Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stageOf(fixture.db(), QStringLiteral("Licences")), m_stages[5].id);
        QTest::keyClick(list, Qt::Key_B, Qt::AltModifier);
        QVERIFY(!page.isListMode());
        QVERIFY(help->text().startsWith(QStringLiteral("Drag a card")));
        QCOMPARE(page.currentDealId(), m_deals[QStringLiteral("Licences")]);
    }

    // A long company name, a long contact name and long titles do not push the amount off a 1024 px window: the
    // names are narrowed (elided) until every column is on screen, as the window narrows too.
    void theListFitsTheWindow()
    {
        test::TestDatabase fixture;
        build(fixture.db());
        QSqlQuery lengthen(fixture.db());
        QVERIFY(lengthen.exec(QStringLiteral("UPDATE contacts SET first_name = 'Maximiliane Friederike', last_name = "
                                             "'Schneider-Wolf von Hohenberg-Ettenheim'")));
        Company company;
        company.name = QStringLiteral("Schneider-Wolf Werkzeugbau und Präzisionsmechanik GmbH & Co. KG");
        const qint64 companyId = CompanyRepository(fixture.db()).create(company).value();
        QVERIFY(lengthen.exec(QStringLiteral("UPDATE contacts SET company_id = %1").arg(companyId)));
        QVERIFY(lengthen.exec(
            QStringLiteral("UPDATE users SET name = 'Bea Berger-Hohenzollern-Sigmaringen' WHERE name = 'Bea Berger'")));
        PipelinePage page;
        page.resize(1024 - 170, 600);
        page.setDatabase(fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(page.findChild<QToolButton*>(QStringLiteral("listMode")), Qt::LeftButton);
        QTableView* list = page.listView();
        for (int width : {1024 - 170, 700}) {
            page.resize(width, 600);
            QTRY_COMPARE(list->horizontalScrollBar()->maximum(), 0);
            const int amountRight = list->columnViewportPosition(ui::DealTableModel::AmountColumn) +
                                    list->columnWidth(ui::DealTableModel::AmountColumn);
            QVERIFY2(amountRight <= list->viewport()->width(), qPrintable(QString::number(amountRight)));
            // The title keeps room for a few words.
            QVERIFY(list->columnWidth(ui::DealTableModel::TitleColumn) >= list->fontMetrics().averageCharWidth() * 12);
        }
    }

    void deleteArchivesAfterAsking()
    {
        test::TestDatabase fixture;
        build(fixture.db());
        PipelinePage page;
        page.resize(1400, 700);
        page.setDatabase(fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        select(page, 0, QStringLiteral("Desks"));
        test::Answers answers({QMessageBox::Yes});
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
        QCOMPARE(answers.asked.size(), 1);
        QVERIFY(answers.asked.at(0).text.contains(QStringLiteral("Desks")));
        QVERIFY(DealRepository(fixture.db()).get(m_deals[QStringLiteral("Desks")])->archivedAt.isValid());
        QCOMPARE(titles(page.columnModel(m_stages[0].id)), QStringList{QStringLiteral("Scanners")});

        // The card's context menu archives too.
        select(page, 6, QStringLiteral("Chairs"));
        auto* view = qobject_cast<QListView*>(QApplication::focusWidget());
        QVERIFY(view);
        bool found = false;
        QTimer::singleShot(0, this, [&found] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction* action : menu->actions()) {
                if (action->text() == QStringLiteral("&Archive Deal…")) {
                    found = true;
                    menu->close();
                    action->trigger();
                    return;
                }
            }
            menu->close();
        });
        test::Answers archiveToo({QMessageBox::Yes});
        emit view->customContextMenuRequested(view->visualRect(view->currentIndex()).center());
        QVERIFY(found);
        QTRY_VERIFY(DealRepository(fixture.db()).get(m_deals[QStringLiteral("Chairs")])->archivedAt.isValid());
    }

    void emptyPipelineSaysWhatToDo()
    {
        test::TestDatabase fixture;
        PipelinePage page;
        page.setDatabase(fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* empty = page.findChild<QLabel*>(QStringLiteral("empty"));
        QVERIFY(empty->isVisible());
        QVERIFY(!page.findChild<QWidget*>(QStringLiteral("board"))->isVisible());
    }
};

QTEST_MAIN(TestPipelinePage)
#include "tst_pipelinepage.moc"
