// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Assignment driven as a manager drives it (add a rule with a condition, a group by turns, switch one off,
// reorder, remove, undo), the new contact's "By the assignment rules", and Apply Assignment Rules on the Contacts page
// with its preview.
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "Translations.h"
#include "assignment/AssignmentRules.h"
#include "dialogs/AssignmentRuleDialog.h"
#include "dialogs/AssignmentSettingsPage.h"
#include "dialogs/ChangeHistoryDialog.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/SettingsDialog.h"
#include "repositories/ChangeLogRepository.h"
#include "views/ContactsPage.h"
#include "views/UndoHistory.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace kontor;

namespace {

QPushButton* okButton(QWidget* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

void choose(QComboBox* box, const QString& text)
{
    const int index = box->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    box->setCurrentIndex(index);
}

QStringList rows(QTableWidget* table)
{
    QStringList shown;
    for (int row = 0; row < table->rowCount(); ++row)
        shown << QStringList{table->item(row, 0)->text(), table->item(row, 1)->text(), table->item(row, 2)->text()}
                     .join(QStringLiteral(" | "));
    return shown;
}

qint64 addUser(const QSqlDatabase& db, const char* name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("INSERT INTO users (name) VALUES ('%1')").arg(QLatin1String(name))))
        qFatal("users");
    return query.lastInsertId().toLongLong();
}

} // namespace

class TestAssignmentSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    void rulesAreAddedSwitchedOffMovedAndRemoved()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 anna = addUser(db, "Anna");
        const qint64 ben = addUser(db, "Ben");
        const qint64 cem = addUser(db, "Cem");
        ui::UndoHistory history;
        history.start(db);
        ui::SettingsDialog dialog(db, fixture.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
        QCOMPARE(dialog.tabs()->currentIndex(), int(ui::SettingsDialog::AssignmentTab));
        auto* page = dialog.findChild<ui::AssignmentSettingsPage*>();
        QTableWidget* table = page->table();
        QCOMPARE(table->rowCount(), 0);

        // German contacts to Anna: a name, a condition added through its own small dialog, one salesperson.
        test::whenModalShown([anna](QWidget* modal) {
            auto* rule = qobject_cast<ui::AssignmentRuleDialog*>(modal);
            QVERIFY(rule);
            QCOMPARE(rule->conditions()->item(0)->text(), QStringLiteral("Every contact (no condition)"));
            QTest::keyClicks(rule->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Germany to Anna"));
            test::whenModalShown([](QWidget* inner) {
                choose(inner->findChild<QComboBox*>(QStringLiteral("field")), QStringLiteral("Country"));
                choose(inner->findChild<QComboBox*>(QStringLiteral("op")), QStringLiteral("is"));
                QTest::keyClicks(inner->findChild<QLineEdit*>(QStringLiteral("text")), QStringLiteral("Germany"));
                QTest::mouseClick(okButton(inner), Qt::LeftButton);
            });
            QTest::mouseClick(rule->findChild<QPushButton*>(QStringLiteral("addCondition")), Qt::LeftButton);
            QCOMPARE(rule->conditions()->count(), 1);
            QVERIFY(rule->conditions()->item(0)->text().contains(QStringLiteral("Germany")));
            choose(rule->findChild<QComboBox*>(QStringLiteral("salesperson")), QStringLiteral("Anna"));
            test::screenshot(rule, QStringLiteral("assignment-rule"));
            QTest::mouseClick(okButton(rule), Qt::LeftButton);
            QVERIFY(!rule->isVisible());
            Q_UNUSED(anna);
        });
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addAssignmentRule")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY2(rows(table).first().startsWith(QStringLiteral("Germany to Anna | ")), qPrintable(rows(table).first()));
        QVERIFY(rows(table).first().endsWith(QStringLiteral(" | Anna")));

        // Everyone else in turn between Ben and Cem: nobody chosen is refused, and a rule left unnamed is named after
        // what it does.
        test::whenModalShown([](QWidget* modal) {
            auto* rule = qobject_cast<ui::AssignmentRuleDialog*>(modal);
            QVERIFY(rule);
            choose(rule->findChild<QComboBox*>(QStringLiteral("target")),
                   QStringLiteral("Salespeople in turn (round robin)"));
            auto* group = rule->findChild<QListWidget*>(QStringLiteral("group"));
            QVERIFY(group->isVisible());
            QVERIFY(!rule->findChild<QComboBox*>(QStringLiteral("salesperson"))->isVisible());
            QTest::mouseClick(okButton(rule), Qt::LeftButton);
            QVERIFY(rule->isVisible());
            QVERIFY2(rule->problem().contains(QStringLiteral("at least one salesperson")), qPrintable(rule->problem()));
            for (const char* name : {"Ben", "Cem"})
                group->findItems(QString::fromLatin1(name), Qt::MatchExactly).first()->setCheckState(Qt::Checked);
            QTest::mouseClick(okButton(rule), Qt::LeftButton);
            QVERIFY(!rule->isVisible());
        });
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addAssignmentRule")), Qt::LeftButton);
        QCOMPARE(rows(table).at(1), QStringLiteral("Everyone to Ben, Cem in turn | every contact | Ben, Cem in turn"));
        QCOMPARE(table->currentRow(), 1);
        test::screenshot(&dialog, QStringLiteral("settings-assignment"));

        // The tick switches the first off, saved at once.
        table->item(0, 0)->setCheckState(Qt::Unchecked);
        QTRY_VERIFY(!AssignmentRules(db).list()->first().active);
        // Move Up puts the group first; Delete removes it; Ctrl+Z brings it back.
        table->setCurrentCell(1, 0);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("assignmentRuleUp")), Qt::LeftButton);
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(AssignmentRules(db).list()->first().userIds, (QList<qint64>{ben, cem}));
        QCOMPARE(table->currentRow(), 0);
        const int steps = history.stack()->count();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(AssignmentRules(db).list()->size(), 1);
        QCOMPARE(history.stack()->count(), steps + 1);
        history.stack()->undo();
        QCOMPARE(AssignmentRules(db).list()->size(), 2);
        QVERIFY(dialog.errorText().isEmpty());
    }

    // A new contact leaves its owner to the rules by default; Apply Assignment Rules previews, then changes owners as
    // one step, and the change history names the rule.
    void newContactsAndApplyOnTheContactsPage()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 anna = addUser(db, "Anna");
        const qint64 ben = addUser(db, "Ben");
        AssignmentRule germany;
        germany.name = QStringLiteral("Germany");
        germany.conditions = {FieldConditions::parse(QStringLiteral("country = Germany")).value()};
        germany.userIds = {anna};
        AssignmentRule rest;
        rest.name = QStringLiteral("Everyone");
        rest.userIds = {ben};
        QVERIFY(AssignmentRules(db).save({germany, rest}).ok());

        {
            ui::ContactDialog contact(db, 0);
            auto* owner = contact.findChild<QComboBox*>(QStringLiteral("owner"));
            QCOMPARE(owner->currentText(), QStringLiteral("By the assignment rules"));
            QVERIFY(owner->findText(QStringLiteral("Anna")) > 0);
        }
        {
            // An owner who has left stays the owner in the dialog until someone else is chosen.
            const qint64 dora = addUser(db, "Dora");
            QSqlQuery left(db);
            QVERIFY(left.exec(QStringLiteral("UPDATE users SET archived_at = 1 WHERE id = %1").arg(dora)));
            QVERIFY(left.exec(QStringLiteral("INSERT INTO contacts (first_name, last_name, sort_name, owner_id, "
                                             "created_at, updated_at) VALUES ('Zoe', '', 'zoe', %1, 0, 0)")
                                  .arg(dora)));
            const qint64 zoe = left.lastInsertId().toLongLong();
            ui::ContactDialog contact(db, zoe);
            auto* owner = contact.findChild<QComboBox*>(QStringLiteral("owner"));
            QCOMPARE(owner->currentText(), QStringLiteral("Dora"));
            QCOMPARE(owner->currentData().toLongLong(), dora);
            QVERIFY(left.exec(QStringLiteral("DELETE FROM contacts WHERE id = %1").arg(zoe)));
        }
        QSqlQuery query(db);
        for (const char* row : {"('Ada', '', 'ada', 'Germany', NULL, 0, 0)", "('Bob', '', 'bob', 'France', NULL, 0, 0)",
                                "('Cleo', '', 'cleo', 'Germany', 3, 0, 0)"})
            QVERIFY2(query.exec(QStringLiteral("INSERT INTO contacts (first_name, last_name, sort_name, country, "
                                               "owner_id, created_at, updated_at) VALUES %1")
                                    .arg(QLatin1String(row))),
                     qPrintable(query.lastError().text()));
        ui::UndoHistory history;
        history.start(db);
        ui::ContactsPage page;
        page.resize(1300, 700);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.table()->model()->rowCount(), 3);
        page.table()->selectAll();
        {
            test::Answers answers({QMessageBox::Cancel});
            page.findChild<QAction*>(QStringLiteral("bulkAssign"))->trigger();
            QCOMPARE(answers.asked.size(), 1);
            QCOMPARE(answers.asked.first().text,
                     QStringLiteral("3 of the selected contacts change owner:\n• Germany: 2 to Anna\n• Everyone: 1 to "
                                    "Ben\n\nThe history of each says which rule gave it its owner. Ctrl+Z takes it "
                                    "all back."));
        }
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM contacts WHERE owner_id IS NULL")), qint64(2));
        {
            test::Answers answers({QMessageBox::Ok});
            page.findChild<QAction*>(QStringLiteral("bulkAssign"))->trigger();
        }
        QCOMPARE(test::count(db, QStringLiteral("SELECT owner_id FROM contacts WHERE first_name = 'Ada'")), anna);
        QCOMPARE(test::count(db, QStringLiteral("SELECT owner_id FROM contacts WHERE first_name = 'Bob'")), ben);
        QCOMPARE(test::count(db, QStringLiteral("SELECT owner_id FROM contacts WHERE first_name = 'Cleo'")), anna);
        QVERIFY(history.stack()->undoText().startsWith(QStringLiteral("Assign 3 contact")));

        const qint64 ada = test::count(db, QStringLiteral("SELECT id FROM contacts WHERE first_name = 'Ada'"));
        ui::ChangeHistoryDialog changes(db, ChangeLogRepository::Entity::Contact, ada, QStringLiteral("Ada"));
        auto* list = changes.findChild<QTreeWidget*>(QStringLiteral("changes"));
        QVERIFY2(list->topLevelItem(0)->text(2).endsWith(QStringLiteral("Owner given by the assignment rule "
                                                                        "“Germany”")),
                 qPrintable(list->topLevelItem(0)->text(2)));

        history.stack()->undo();
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM contacts WHERE owner_id IS NULL")), qint64(2));
        QCOMPARE(test::count(db, QStringLiteral("SELECT owner_id FROM contacts WHERE first_name = 'Cleo'")), ben);
    }
};

QTEST_MAIN(TestAssignmentSettings)
#include "tst_assignmentsettings.moc"
