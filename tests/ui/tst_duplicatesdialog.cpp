// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "actions/CustomFieldActions.h"
#include "dialogs/DuplicatesDialog.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/UserRepository.h"
#include "views/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace kontor;
using namespace kontor::ui;

namespace {

struct Pair
{
    qint64 ada;
    qint64 king;
};

Pair addAdaTwice(const QSqlDatabase& db)
{
    Contact ada;
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Lovelace");
    ada.emails = {{QStringLiteral("ada@example.com"), QString()}};
    const qint64 first = ContactRepository(db).create(ada).value();
    Contact king;
    king.firstName = QStringLiteral("Ada");
    king.lastName = QStringLiteral("King");
    king.title = QStringLiteral("Countess");
    king.emails = {{QStringLiteral("Ada@Example.com"), QString()}, {QStringLiteral("ada@home.example"), QString()}};
    const qint64 second = ContactRepository(db).create(king).value();
    Interaction call;
    call.contactId = second;
    call.occurredAt = QDateTime::currentDateTimeUtc().addDays(-2);
    call.loggedBy = UserRepository(db).defaultUser().value().id;
    InteractionRepository(db).log(call).value();
    return {first, second};
}

} // namespace

class TestDuplicatesDialog : public QObject
{
    Q_OBJECT

private slots:
    void findsChoosesAndMerges()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const Pair ada = addAdaTwice(db);
        Contact grace;
        grace.firstName = QStringLiteral("Grace");
        grace.lastName = QStringLiteral("Hopper");
        const qint64 graceId = ContactRepository(db).create(grace).value();
        grace.lastName = QStringLiteral("HOPPER");
        const qint64 graceAgain = ContactRepository(db).create(grace).value();
        QStringList merges;
        DuplicatesDialog dialog(db, fixture.path(), 10, [&merges](const QString& label) { merges << label; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.mergeButton()->isEnabled());
        // Before a search the empty tables say what to do, naming the button as it reads.
        auto* find = dialog.findChild<QPushButton*>(QStringLiteral("findDuplicates"));
        auto* pairsHint = dialog.pairsTable()->findChild<QLabel*>(QStringLiteral("emptyState"));
        QVERIFY(pairsHint && pairsHint->isVisible());
        QCOMPARE(pairsHint->text(), QStringLiteral("Press Find Duplicates to look for contacts entered twice."));
        QVERIFY(pairsHint->text().contains(find->text().remove(u'&')));
        auto* fieldsHint = dialog.fieldsTable()->findChild<QLabel*>(QStringLiteral("emptyState"));
        QVERIFY(fieldsHint && fieldsHint->isVisible());
        QVERIFY(!fieldsHint->text().isEmpty());
        test::screenshot(&dialog, QStringLiteral("duplicates-before-search"));
        dialog.kinds()->setCurrentIndex(DuplicatesDialog::Companies);
        QCOMPARE(pairsHint->text(), QStringLiteral("Press Find Duplicates to look for companies entered twice."));
        dialog.kinds()->setCurrentIndex(DuplicatesDialog::Contacts);
        QTest::mouseClick(find, Qt::LeftButton);
        QCOMPARE(dialog.pairsTable()->rowCount(), 2);
        QVERIFY(!pairsHint->isVisible());
        QVERIFY(!fieldsHint->isVisible());
        // The surest first: the same email.
        QCOMPARE(dialog.pairsTable()->item(0, 1)->text(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(dialog.pairsTable()->item(0, 2)->text(), QStringLiteral("Ada King"));
        QVERIFY(dialog.pairsTable()->item(0, 3)->text().contains(QStringLiteral("ada@example.com")));
        QVERIFY(dialog.mergeButton()->isEnabled());
        // Side by side: the last name from the first, the title (the first has none) from the second.
        QTableWidget* fields = dialog.fieldsTable();
        QCOMPARE(fields->item(1, 1)->text(), QStringLiteral("Lovelace"));
        QCOMPARE(fields->item(1, 1)->checkState(), Qt::Checked);
        QCOMPARE(fields->item(3, 2)->text(), QStringLiteral("Countess"));
        QCOMPARE(fields->item(3, 2)->checkState(), Qt::Checked);
        test::screenshot(&dialog, QStringLiteral("duplicates"));
        // A click on the second's last name chooses it.
        QTest::mouseClick(fields->viewport(), Qt::LeftButton, {}, fields->visualItemRect(fields->item(1, 2)).center());
        QCOMPARE(fields->item(1, 2)->checkState(), Qt::Checked);
        QCOMPARE(fields->item(1, 1)->checkState(), Qt::Unchecked);
        QCOMPARE(dialog.chosenResult().lastName, QStringLiteral("King"));

        QTest::mouseClick(dialog.mergeButton(), Qt::LeftButton);
        QCOMPARE(merges, QStringList{QStringLiteral("Merge contacts")});
        QVERIFY(!ContactRepository(db).get(ada.king).ok());
        const Contact merged = ContactRepository(db).get(ada.ada).value();
        QCOMPARE(merged.lastName, QStringLiteral("King"));
        QCOMPARE(merged.title, QStringLiteral("Countess"));
        QCOMPARE(merged.emails.size(), 2);
        QCOMPARE(
            test::count(db, QStringLiteral("SELECT count(*) FROM interactions WHERE contact_id = %1").arg(ada.ada)), 1);
        // A backup came first, once.
        QCOMPARE(QDir(fixture.dirPath(QStringLiteral("test-backups"))).entryList(QDir::Files).size(), 1);

        // The Hoppers are two people after all: not proposed again.
        QCOMPARE(dialog.pairsTable()->rowCount(), 1);
        QTest::mouseClick(dialog.dismissButton(), Qt::LeftButton);
        QCOMPARE(dialog.pairsTable()->rowCount(), 0);
        QVERIFY(dialog.find());
        QCOMPARE(dialog.pairsTable()->rowCount(), 0);
        QVERIFY(ContactRepository(db).get(graceId).ok() && ContactRepository(db).get(graceAgain).ok());
    }

    // The contacts' own fields are rows of the table like the built-in ones: the value of either is kept.
    void customFieldsAreChosenToo()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        CustomField budget;
        budget.key = QStringLiteral("budget");
        budget.label = QStringLiteral("Budget");
        budget.type = FieldType::Number;
        budget.id = CustomFieldActions::add(db, budget).value();
        CustomField need;
        need.key = QStringLiteral("need");
        need.label = QStringLiteral("Need");
        need.id = CustomFieldActions::add(db, need).value();
        const Pair ada = addAdaTwice(db);
        Contact first = ContactRepository(db).get(ada.ada).value();
        first.custom = {{budget.id, 100.0}, {need.id, QStringLiteral("Training")}};
        QVERIFY(ContactRepository(db).update(first).ok());
        Contact second = ContactRepository(db).get(ada.king).value();
        second.custom = {{budget.id, 250.0}};
        QVERIFY(ContactRepository(db).update(second).ok());

        DuplicatesDialog dialog(db, QString(), 10);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.find());
        QTableWidget* fields = dialog.fieldsTable();
        int budgetRow = -1;
        int needRow = -1;
        for (int row = 0; row < fields->rowCount(); ++row) {
            const QString name = fields->item(row, 0)->text();
            budgetRow = name == QStringLiteral("Budget") ? row : budgetRow;
            needRow = name == QStringLiteral("Need") ? row : needRow;
        }
        QVERIFY(budgetRow >= 0 && needRow >= 0);
        QCOMPARE(fields->item(budgetRow, 1)->text(), QLocale().toString(100));
        QCOMPARE(fields->item(budgetRow, 2)->text(), QLocale().toString(250));
        QCOMPARE(fields->item(budgetRow, 1)->checkState(), Qt::Checked);
        QTest::mouseClick(fields->viewport(), Qt::LeftButton, {},
                          fields->visualItemRect(fields->item(budgetRow, 2)).center());
        QCOMPARE(fields->item(budgetRow, 2)->checkState(), Qt::Checked);
        QVERIFY(dialog.mergeChosen());
        const Contact merged = ContactRepository(db).get(ada.ada).value();
        QVERIFY(merged.custom.value(budget.id) == FieldValue(250.0));
        QVERIFY(merged.custom.value(need.id) == FieldValue(QStringLiteral("Training")));
    }

    void rightToLeftTheFirstPairIsShown()
    {
        // QTableView::selectRow made no row current right to left: the fields stayed empty, Merge disabled.
        test::TestDatabase fixture;
        addAdaTwice(fixture.db());
        DuplicatesDialog dialog(fixture.db(), QString(), 10);
        dialog.setLayoutDirection(Qt::RightToLeft);
        dialog.resize(1200, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.find());
        QCOMPARE(dialog.pairsTable()->currentRow(), 0);
        QVERIFY(dialog.fieldsTable()->rowCount() > 0);
        QVERIFY(dialog.mergeButton()->isEnabled());
    }

    // Long names and companies (as in the demo) left the reason "Same email: …" and a phone number cut short, as its
    // match key: the reason reads in full, with the number as it was typed.
    void theReasonReadsInFull()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        Company company;
        company.name = QStringLiteral("Apex Plastics Labs SARL – Manchester");
        const qint64 companyId = CompanyRepository(db).create(company).value();
        const auto add = [&](const QString& first, const QString& last, const QString& email, const QString& phone) {
            Contact twin;
            twin.firstName = first;
            twin.lastName = last;
            twin.companyId = companyId;
            if (!email.isEmpty())
                twin.emails = {{email, QString()}};
            if (!phone.isEmpty())
                twin.phones = {{phone, QString()}};
            return ContactRepository(db).create(twin).ok();
        };
        // Typed in twice, as the demo does: the same email in other letters, and names swapped with the same number.
        const QString email = QStringLiteral("konstantina.papadopoulou@apexplastics-north.example");
        QVERIFY(add(QStringLiteral("Konstantina"), QStringLiteral("Papadopoulou"), email, QString()));
        QVERIFY(add(QStringLiteral("Konstantina"), QStringLiteral("Papadopoulou"), email.toUpper(), QString()));
        QVERIFY(add(QStringLiteral("Bartholomew"), QStringLiteral("Fitzgerald-Montgomery"), QString(),
                    QStringLiteral("+44 7400 123456")));
        QVERIFY(add(QStringLiteral("Fitzgerald-Montgomery"), QStringLiteral("Bartholomew"), QString(),
                    QStringLiteral("+447400123456")));
        DuplicatesDialog dialog(db, QString(), 10);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.find());
        QTableWidget* pairs = dialog.pairsTable();
        QCOMPARE(pairs->rowCount(), 2);
        QCOMPARE(pairs->item(0, 3)->text(), QStringLiteral("Same email: %1; Same name").arg(email));
        QCOMPARE(pairs->item(1, 3)->text(), QStringLiteral("Same phone number: +44 7400 123456; Same name"));
        for (int row = 0; row < 2; ++row) {
            const QString why = pairs->item(row, 3)->text();
            QVERIFY2(pairs->columnWidth(3) >= static_cast<QAbstractItemView*>(pairs)->sizeHintForColumn(3),
                     qPrintable(why));
            QCOMPARE(pairs->item(row, 3)->toolTip(), why);
        }
        test::screenshot(&dialog, QStringLiteral("duplicates-long"));
    }

    void companiesToo()
    {
        test::TestDatabase fixture;
        Company acme;
        acme.name = QStringLiteral("ACME Inc.");
        const qint64 kept = CompanyRepository(fixture.db()).create(acme).value();
        acme.name = QStringLiteral("Acme Incorporated");
        const qint64 other = CompanyRepository(fixture.db()).create(acme).value();
        DuplicatesDialog dialog(fixture.db(), QString(), 10);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.kinds()->setCurrentIndex(DuplicatesDialog::Companies);
        QVERIFY(dialog.find());
        QCOMPARE(dialog.pairsTable()->rowCount(), 1);
        QCOMPARE(dialog.fieldsTable()->item(0, 2)->text(), QStringLiteral("Acme Incorporated"));
        // Keep the second this time.
        QTest::mouseClick(dialog.keepSecondButton(), Qt::LeftButton, {}, QPoint(8, 8));
        QVERIFY(dialog.mergeChosen());
        QVERIFY(!CompanyRepository(fixture.db()).get(kept).ok());
        QVERIFY(CompanyRepository(fixture.db()).get(other).ok());
    }

    void aMergeIsUndoneWithCtrlZ()
    {
        test::TestDatabase fixture;
        const Pair ada = addAdaTwice(fixture.db());
        MainWindow window(fixture.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForBackup();
        bool merged = false;
        test::whenModalShown([&window, &merged](QWidget*) {
            DuplicatesDialog* dialog = window.duplicatesDialog();
            QVERIFY(dialog);
            QVERIFY(dialog->find());
            merged = dialog->mergeChosen();
            dialog->accept();
        });
        window.findChild<QAction*>(QStringLiteral("findDuplicates"))->trigger();
        QVERIFY(merged);
        const QSqlDatabase db = window.database()->connection();
        QVERIFY(!ContactRepository(db).get(ada.king).ok());
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Merge contacts"));
        window.undoStack()->undo();
        // Both again, each with what was theirs.
        QVERIFY(ContactRepository(db).get(ada.king).ok());
        QCOMPARE(ContactRepository(db).get(ada.king)->title, QStringLiteral("Countess"));
        QCOMPARE(
            test::count(db, QStringLiteral("SELECT count(*) FROM interactions WHERE contact_id = %1").arg(ada.king)),
            1);
        QCOMPARE(ContactRepository(db).get(ada.ada)->emails.size(), 1);
    }
};

QTEST_MAIN(TestDuplicatesDialog)
#include "tst_duplicatesdialog.moc"
