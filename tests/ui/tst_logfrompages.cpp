// SPDX-License-Identifier: GPL-3.0-or-later
// Ctrl+L from every page logs for the contact of what is selected there, and the call lands on that person.
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "dialogs/LogInteractionDialog.h"
#include "dialogs/ReportDetailsDialog.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/ReminderRepository.h"
#include "repositories/StageRepository.h"
#include "views/CompaniesPage.h"
#include "views/ContactCard.h"
#include "views/ContactsPage.h"
#include "views/MainWindow.h"
#include "views/PipelinePage.h"
#include "views/RemindersPage.h"
#include "views/SelectRow.h"
#include "views/TodayPage.h"

#include "models/ContactListModel.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace kontor;

namespace {

struct Fixture
{
    test::TestDatabase file;
    qint64 ada = 0;
    qint64 grace = 0;
    qint64 bob = 0;
    qint64 acme = 0;
    qint64 reminder = 0;
    qint64 deal = 0;
    qint64 stage = 0;

    Fixture()
    {
        const QSqlDatabase db = file.db();
        Company company;
        company.name = QStringLiteral("Acme");
        acme = CompanyRepository(db).create(company).value();
        auto person = [&db](const QString& first, const QString& last, qint64 companyId) {
            Contact contact;
            contact.firstName = first;
            contact.lastName = last;
            contact.companyId = companyId;
            return ContactRepository(db).create(contact).value();
        };
        ada = person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), 0);
        bob = person(QStringLiteral("Bob"), QStringLiteral("Dylan"), acme);
        grace = person(QStringLiteral("Grace"), QStringLiteral("Hopper"), 0);
        Reminder due;
        due.title = QStringLiteral("Call back Grace");
        due.dueAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        due.contactId = grace;
        reminder = ReminderRepository(db).create(due).value();
        stage = StageRepository(db).list().value().first().id;
        Deal pilot;
        pilot.title = QStringLiteral("Pilot");
        pilot.contactId = bob;
        pilot.companyId = acme;
        pilot.stageId = stage;
        deal = DealRepository(db).create(pilot).value();
    }
};

/// Presses Ctrl+L on the window, checks whom the dialog is for, types `note` and saves with Enter.
qint64 logWithCtrlL(ui::MainWindow& window, const QString& note, bool* reminderOffered = nullptr)
{
    qint64 contactId = -1;
    test::whenModalShown([&](QWidget* modal) {
        auto* dialog = qobject_cast<ui::LogInteractionDialog*>(modal);
        if (!dialog)
            return;
        contactId = dialog->contactId();
        test::screenshot(dialog,
                         QStringLiteral("ctrl-l ") + (note.isEmpty() ? QStringLiteral("nothing selected") : note));
        if (reminderOffered)
            *reminderOffered = dialog->findChild<QCheckBox*>(QStringLiteral("markDone"))->isChecked();
        auto* notes = dialog->findChild<QPlainTextEdit*>(QStringLiteral("notes"));
        if (contactId == 0) {
            // Nothing was selected: the contact picker is empty and has the focus; Escape leaves.
            if (dialog->focusWidget() != dialog->findChild<QLineEdit*>(QStringLiteral("contact")))
                contactId = -2;
            QTest::keyClick(dialog, Qt::Key_Escape);
            return;
        }
        QTest::keyClicks(notes, note);
        QTest::keyClick(notes, Qt::Key_Return);
    });
    // After a dialog closed, the window is active again as it is for a person (the offscreen platform needs asking).
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return -3;
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    return contactId;
}

qint64 contactOfNote(const QSqlDatabase& db, const QString& note)
{
    return test::count(
        db, QStringLiteral("SELECT coalesce(max(contact_id), 0) FROM interactions WHERE notes = '%1'").arg(note));
}

} // namespace

class TestLogFromPages : public QObject
{
    Q_OBJECT

private slots:

    void fromTodayClosesTheReminderAndUndoTakesAllBack()
    {
        Fixture fixture;
        const QSqlDatabase db = fixture.file.db();
        // Reminders before and after the one called about: after the call the one after it is selected.
        Reminder earlier;
        earlier.title = QStringLiteral("Check the contract");
        earlier.contactId = fixture.bob;
        earlier.dueAt = QDateTime::currentDateTimeUtc().addSecs(-7200);
        QVERIFY(ReminderRepository(db).create(earlier).ok());
        Reminder later;
        later.title = QStringLiteral("Send the offer");
        later.contactId = fixture.bob;
        later.dueAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        const qint64 laterId = ReminderRepository(db).create(later).value();
        ui::MainWindow window(fixture.file.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForBackup();
        QCOMPARE(window.currentPage(), ui::MainWindow::TodayPageIndex);
        QTreeWidget* tree = window.todayPage()->tree();
        QTreeWidgetItem* reminderItem = nullptr;
        for (QTreeWidgetItemIterator it(tree); *it && !reminderItem; ++it) {
            if ((*it)->data(0, ui::TodayPage::KindRole).toInt() == ui::TodayPage::ReminderItem &&
                (*it)->data(0, ui::TodayPage::IdRole).toLongLong() == fixture.reminder)
                reminderItem = *it;
        }
        QVERIFY(reminderItem);
        tree->setCurrentItem(reminderItem);
        bool offered = false;
        QCOMPARE(logWithCtrlL(window, QStringLiteral("from today"), &offered), fixture.grace);
        QVERIFY(offered);
        QCOMPARE(contactOfNote(db, QStringLiteral("from today")), fixture.grace);
        QVERIFY(ReminderRepository(db).get(fixture.reminder)->isDone());
        // The page logged from stays on show, without the reminder that is done now.
        QCOMPARE(window.currentPage(), ui::MainWindow::TodayPageIndex);
        QCOMPARE(window.todayPage()->openCount(), 2);
        // The next item of the day is selected, ready for the next call.
        QVERIFY(tree->currentItem());
        QCOMPARE(tree->currentItem()->data(0, ui::TodayPage::IdRole).toLongLong(), laterId);
        // One step of the undo history takes back the call and the closed reminder together.
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Log interaction with Grace Hopper"));
        window.undoStack()->undo();
        QCOMPARE(contactOfNote(db, QStringLiteral("from today")), qint64(0));
        QVERIFY(!ReminderRepository(db).get(fixture.reminder)->isDone());
    }

    void fromRemindersPipelineAndCompanies()
    {
        Fixture fixture;
        const QSqlDatabase db = fixture.file.db();
        ui::MainWindow window(fixture.file.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForBackup();

        window.showPage(ui::MainWindow::RemindersPageIndex);
        QTreeWidget* list = window.remindersPage()->list();
        QTreeWidgetItem* found = nullptr;
        for (QTreeWidgetItemIterator it(list); *it; ++it) {
            if ((*it)->data(0, ui::RemindersPage::IdRole).toLongLong() == fixture.reminder)
                found = *it;
        }
        QVERIFY(found);
        list->setCurrentItem(found);
        bool offered = false;
        QCOMPARE(logWithCtrlL(window, QStringLiteral("from reminders"), &offered), fixture.grace);
        QVERIFY(offered);
        QCOMPARE(contactOfNote(db, QStringLiteral("from reminders")), fixture.grace);
        QVERIFY(ReminderRepository(db).get(fixture.reminder)->isDone());

        window.showPage(ui::MainWindow::PipelinePageIndex);
        QVERIFY(window.pipelinePage()->showDeal(fixture.deal));
        QCOMPARE(logWithCtrlL(window, QStringLiteral("from the pipeline")), fixture.bob);
        QCOMPARE(contactOfNote(db, QStringLiteral("from the pipeline")), fixture.bob);

        window.showPage(ui::MainWindow::CompaniesPageIndex);
        window.companiesPage()->showCompany(fixture.acme);
        auto* tabs = window.companiesPage()->findChild<QTabWidget*>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(window.companiesPage()->deals());
        QCOMPARE(window.companiesPage()->deals()->topLevelItemCount(), 1);
        window.companiesPage()->deals()->setCurrentItem(window.companiesPage()->deals()->topLevelItem(0));
        QCOMPARE(logWithCtrlL(window, QStringLiteral("from the deal of a company")), fixture.bob);
        QCOMPARE(contactOfNote(db, QStringLiteral("from the deal of a company")), fixture.bob);
        tabs->setCurrentWidget(window.companiesPage()->people());
        window.companiesPage()->people()->setCurrentItem(window.companiesPage()->people()->topLevelItem(0));
        QCOMPARE(logWithCtrlL(window, QStringLiteral("from a person of a company")), fixture.bob);

        // Nothing selected (the Reports page): an empty picker with the focus.
        window.showPage(ui::MainWindow::ReportsPageIndex);
        QCOMPARE(logWithCtrlL(window, QString()), qint64(0));
    }

    void fromAReportsDetails()
    {
        Fixture fixture;
        const QSqlDatabase db = fixture.file.db();
        ui::ReportDetailsDialog details(db, ui::ReportDetailsDialog::Kind::Deals, {fixture.deal},
                                        QStringLiteral("Won"));
        details.show();
        QVERIFY(QTest::qWaitForWindowExposed(&details));
        QString logged;
        connect(&details, &ui::ReportDetailsDialog::interactionLogged, this,
                [&logged](const QString& message) { logged = message; });
        qint64 contactId = -1;
        test::whenModalShown([&contactId](QWidget* modal) {
            auto* dialog = qobject_cast<ui::LogInteractionDialog*>(modal);
            if (!dialog)
                return;
            contactId = dialog->contactId();
            auto* notes = dialog->findChild<QPlainTextEdit*>(QStringLiteral("notes"));
            QTest::keyClicks(notes, QStringLiteral("from a report"));
            QTest::keyClick(notes, Qt::Key_Return);
        });
        QTest::keyClick(details.table(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(contactId, fixture.bob);
        QCOMPARE(contactOfNote(db, QStringLiteral("from a report")), fixture.bob);
        QCOMPARE(logged, QStringLiteral("Interaction logged."));
    }

    void rightToLeftTooTheShownContactIsSelected()
    {
        // Mirrored (Persian), a table whose columns do not fill it has no column at its right edge: the row of a
        // contact opened from elsewhere must still become current, or the card goes blank and Ctrl+L asks anew.
        Fixture fixture;
        const QSqlDatabase db = fixture.file.db();
        ui::MainWindow window(fixture.file.take());
        window.setLayoutDirection(Qt::RightToLeft);
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForBackup();
        window.showPage(ui::MainWindow::ContactsPageIndex);
        QTRY_COMPARE(window.contactsPage()->model()->rowCount(), 3);
        window.contactsPage()->showContact(fixture.grace);
        QCOMPARE(window.contactsPage()->currentContactId(), fixture.grace);
        QCOMPARE(window.contactsPage()->card()->contactId(), fixture.grace);
        QCOMPARE(logWithCtrlL(window, QStringLiteral("mirrored")), fixture.grace);
        QCOMPARE(contactOfNote(db, QStringLiteral("mirrored")), fixture.grace);
        QCOMPARE(window.contactsPage()->card()->contactId(), fixture.grace);
    }

    void theContactStaysSelectedWithASearchTyped()
    {
        Fixture fixture;
        const QSqlDatabase db = fixture.file.db();
        for (const auto& [first, last] : {std::pair{"Doris", "Day"}, std::pair{"Dan", "Dare"}}) {
            Contact contact;
            contact.firstName = QString::fromUtf8(first);
            contact.lastName = QString::fromUtf8(last);
            QVERIFY(ContactRepository(db).create(contact).ok());
        }
        ui::MainWindow window(fixture.file.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForBackup();
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        ui::ContactsPage* page = window.contactsPage();
        // "d": the last names that start with D, read at once; "da": words that start with "da", searched in the
        // background. In both, the last row (not the first) is chosen and must stay chosen.
        for (const QString& search : {QStringLiteral("d"), QStringLiteral("da")}) {
            page->searchFor(search);
            QTRY_VERIFY(!page->model()->isSearching() && page->model()->rowCount() >= 2);
            const int last = page->model()->rowCount() - 1;
            // Not QTableView::selectRow: right to left it makes no row current (see ui::selectRow).
            ui::selectRow(page->table(), last, ui::ContactListModel::Name);
            const qint64 chosen = page->currentContactId();
            QVERIFY(chosen != 0);
            QVERIFY(chosen != page->model()->contactId(0));
            QCOMPARE(page->card()->contactId(), chosen);
            for (int round = 0; round < 2; ++round) {
                const QString note = QStringLiteral("searching %1, %2").arg(search).arg(round);
                QCOMPARE(logWithCtrlL(window, note), chosen);
                QCOMPARE(contactOfNote(db, note), chosen);
                // The list is read again: afterwards the same contact is selected and on the card.
                QTRY_VERIFY(!page->model()->isSearching());
                QCOMPARE(page->currentContactId(), chosen);
                QCOMPARE(page->card()->contactId(), chosen);
            }
            QCOMPARE(page->searchBox()->text(), search);
        }
    }
};

QTEST_MAIN(TestLogFromPages)
#include "tst_logfrompages.moc"
