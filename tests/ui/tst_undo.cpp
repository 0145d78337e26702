// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "Translations.h"
#include "models/DealCardModel.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/ReminderRepository.h"
#include "repositories/StageRepository.h"
#include "views/MainWindow.h"
#include "views/PipelinePage.h"
#include "views/RemindersPage.h"

#include <QAction>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace kontor;

class TestUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    void undoAndRedoAcrossPages()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const QList<Stage> stages = StageRepository(db).list().value();
        Deal deal;
        deal.title = QStringLiteral("Scanners");
        deal.stageId = stages[0].id;
        const qint64 dealId = DealRepository(db).create(deal).value();
        Reminder reminder;
        reminder.title = QStringLiteral("Call back");
        reminder.dueAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const qint64 reminderId = ReminderRepository(db).create(reminder).value();

        ui::MainWindow window(fixture.take());
        window.resize(1300, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QUndoStack* stack = window.undoStack();
        QCOMPARE(stack->count(), 0);

        // A move on the board, then a reminder done: two steps, named by what they did.
        window.showPage(ui::MainWindow::PipelinePageIndex);
        QVERIFY(window.pipelinePage()->moveDeal(dealId, stages[2].id));
        window.showPage(ui::MainWindow::RemindersPageIndex);
        ui::RemindersPage* reminders = window.remindersPage();
        reminders->list()->setFocus();
        QCOMPARE(reminders->currentReminderId(), reminderId);
        QTest::keyClick(reminders->list(), Qt::Key_D);
        QVERIFY(ReminderRepository(window.database()->connection()).get(reminderId)->isDone());
        QCOMPARE(stack->count(), 2);
        // The steps are named by the actions, not by what the status bar said last.
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("undo"))->text(),
                 QStringLiteral("&Undo Mark “%1” done")
                     .arg(ReminderRepository(window.database()->connection()).get(reminderId)->title));
        QVERIFY2(stack->text(0).startsWith(QStringLiteral("Move “")), qPrintable(stack->text(0)));
        QVERIFY(stack->text(0).endsWith(stages[2].name));

        // Ctrl+Z twice: the reminder is open again, then the deal is back in its stage.
        const QSqlDatabase open = window.database()->connection();
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!ReminderRepository(open).get(reminderId)->isDone());
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(DealRepository(open).get(dealId)->stageId, stages[0].id);
        // The board, hidden meanwhile, shows the deal back in its stage when it is opened.
        window.showPage(ui::MainWindow::PipelinePageIndex);
        QCOMPARE(window.pipelinePage()->columnModel(stages[0].id)->rowCount(), 1);
        // Ctrl+Shift+Z redoes the move.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(DealRepository(open).get(dealId)->stageId, stages[2].id);
        QCOMPARE(stack->index(), 1);
        auto report = window.database()->check();
        QVERIFY(report->integrityOk);
    }
};

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
