// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "Translations.h"
#include "UiTestSupport.h"

#include "dialogs/DataHealthDialog.h"
#include "models/ContactListModel.h"
#include "repositories/ContactRepository.h"
#include "views/ContactsPage.h"
#include "views/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace kontor;
using namespace kontor::ui;

class TestDataHealthDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    void countsAndShowsTheContactsOnTheirPage()
    {
        test::TestDatabase fixture;
        ContactRepository contacts(fixture.db());
        for (const QString& email : {QStringLiteral("good@example.com"), QStringLiteral("bad@@example"), QString()}) {
            Contact contact;
            contact.firstName = email.isEmpty() ? QStringLiteral("Nobody") : email;
            if (!email.isEmpty())
                contact.emails = {{email, QString()}};
            // A number that reads but does not exist.
            if (email.startsWith(QStringLiteral("good")))
                contact.phones = {{QStringLiteral("+44 889 442828"), QString()}};
            QVERIFY(contacts.create(contact).ok());
        }
        // As a file of an older version: its numbers not checked yet.
        QSqlQuery(fixture.db()).exec(QStringLiteral("UPDATE contact_phones SET valid = NULL"));
        MainWindow window(fixture.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForBackup();
        const int undoSteps = window.undoStack()->count();
        bool checked = false;
        test::whenModalShown([&window, &checked](QWidget*) {
            DataHealthDialog* dialog = window.dataHealthDialog();
            QVERIFY(dialog);
            QTRY_COMPARE(dialog->table()->rowCount(), 6);
            // Never contacted: all three; no owner: all three; one without email or phone; one bad email; one
            // phone number that is not valid.
            QCOMPARE(dialog->table()->item(0, 1)->text(), QStringLiteral("3"));
            QCOMPARE(dialog->table()->item(1, 1)->text(), QStringLiteral("1"));
            QCOMPARE(dialog->table()->item(2, 1)->text(), QStringLiteral("1"));
            QCOMPARE(dialog->table()->item(3, 0)->text(), QStringLiteral("A phone number that is not valid"));
            QCOMPARE(dialog->table()->item(3, 1)->text(), QStringLiteral("1"));
            test::screenshot(dialog, QStringLiteral("data-health"));
            // Fewer months change nothing here, and the check runs again.
            dialog->monthsChooser()->setValue(1);
            QVERIFY(dialog->check());
            QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("No contact for 1 month"));
            // The bad email, with the keyboard.
            dialog->table()->setFocus();
            QTest::keyClick(dialog->table(), Qt::Key_Down);
            QTest::keyClick(dialog->table(), Qt::Key_Down);
            QCOMPARE(dialog->table()->currentRow(), 2);
            checked = true;
            QTest::keyClick(dialog->table(), Qt::Key_Return);
        });
        window.findChild<QAction*>(QStringLiteral("dataHealth"))->trigger();
        QVERIFY(checked);
        // Checking the numbers is no step of the user's to take back (and a million of them no journal's work):
        // nothing for undo on the stack, nor waiting in the journal for the next step.
        QCOMPARE(window.undoStack()->count(), undoSteps);
        QSqlQuery journal(window.database()->connection());
        QVERIFY(journal.exec(QStringLiteral("SELECT count(*) FROM temp.undo_log")) && journal.next());
        QCOMPARE(journal.value(0).toInt(), 0);
        QCOMPARE(window.currentPage(), MainWindow::ContactsPageIndex);
        QTRY_COMPARE(window.contactsPage()->model()->rowCount(), 1);
        QCOMPARE(window.contactsPage()->model()->data(window.contactsPage()->model()->index(0, 0)).toString(),
                 QStringLiteral("bad@@example"));
        auto* problem = window.contactsPage()->findChild<QComboBox*>(QStringLiteral("problemFilter"));
        QCOMPARE(problem->currentText(), QStringLiteral("Email that is not one"));
        // Back to all of them from the filter itself.
        problem->setCurrentIndex(0);
        QTRY_COMPARE(window.contactsPage()->model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestDataHealthDialog)
#include "tst_datahealthdialog.moc"
