// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "dialogs/ContactDialog.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace kontor;

class TestContactDialog : public QObject
{
    Q_OBJECT

private slots:
    void addsContactAndCompany()
    {
        test::TestDatabase fixture;
        ui::ContactDialog dialog(fixture.db(), 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A new contact has no history yet.
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("changes")));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("firstName")), QStringLiteral("Ada"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("lastName")), QStringLiteral("Lovelace"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("company")),
                         QStringLiteral("Analytical Engines Ltd"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("email")), QStringLiteral("ada@engines.example"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("phone")), QStringLiteral("+44 20 7946 0958"));
        dialog.findChild<QSpinBox*>(QStringLiteral("stayInTouch"))->setValue(30);
        // Tags apart by a comma, the Latin one or the Persian one (،).
        dialog.findChild<QLineEdit*>(QStringLiteral("tags"))->setText(QStringLiteral("vip، newsletter,fair"));
        auto* status = dialog.findChild<QComboBox*>(QStringLiteral("status"));
        status->setCurrentIndex(status->findData(QStringLiteral("customer")));
        test::screenshot(&dialog, QStringLiteral("contact-dialog"));
        QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("email")), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        auto contact = ContactRepository(fixture.db()).get(dialog.savedContactId());
        QVERIFY(contact.ok());
        QCOMPARE(contact->displayName(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(contact->status, ContactStatus::Customer);
        QCOMPARE(contact->stayInTouchDays, 30);
        QStringList tags = contact->tags;
        tags.sort();
        QCOMPARE(tags, (QStringList{QStringLiteral("fair"), QStringLiteral("newsletter"), QStringLiteral("vip")}));
        QCOMPARE(contact->emails.first().value, QStringLiteral("ada@engines.example"));
        QCOMPARE(contact->phones.first().value, QStringLiteral("+44 20 7946 0958"));
        QCOMPARE(CompanyRepository(fixture.db()).get(contact->companyId)->name,
                 QStringLiteral("Analytical Engines Ltd"));

        // Editing with the same company name reuses it rather than adding a duplicate.
        ui::ContactDialog edit(fixture.db(), contact->id);
        QCOMPARE(edit.findChild<QLineEdit*>(QStringLiteral("company"))->text(),
                 QStringLiteral("Analytical Engines Ltd"));
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        // Its history from the start of the row of buttons, as in the company and deal dialogs.
        test::verifyChangesButtonFirst(&edit);
        if (QTest::currentTestFailed())
            return;
        test::screenshot(&edit, QStringLiteral("contact-dialog-edit"));
        QString historyTitle;
        test::whenModalShown([&historyTitle](QWidget* modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("ChangeHistoryDialog"));
            historyTitle = modal->windowTitle();
            modal->close();
        });
        QTest::mouseClick(edit.findChild<QPushButton*>(QStringLiteral("changes")), Qt::LeftButton);
        QCOMPARE(historyTitle, QStringLiteral("Changes to Ada Lovelace"));
        edit.findChild<QLineEdit*>(QStringLiteral("lastName"))->setText(QStringLiteral("King"));
        edit.accept();
        QCOMPARE(ContactRepository(fixture.db()).get(contact->id)->lastName, QStringLiteral("King"));
        QCOMPARE(ContactRepository(fixture.db()).get(contact->id)->companyId, contact->companyId);
    }

    void invalidInputIsExplainedAndNothingSaved()
    {
        test::TestDatabase fixture;
        ui::ContactDialog dialog(fixture.db(), 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().contains(QStringLiteral("name")));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("firstName")), QStringLiteral("Bob"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("email")), QStringLiteral("bob-at-example"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().contains(QStringLiteral("bob-at-example")));
        QCOMPARE(ContactRepository(fixture.db()).count({}).value(), qint64(0));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestContactDialog)
#include "tst_contactdialog.moc"
