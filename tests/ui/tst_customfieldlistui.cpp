// SPDX-License-Identifier: GPL-3.0-or-later
// Custom fields in the contacts list: a column per field, chosen in the header's menu and kept by the window,
// sorted by a click on its header; "More Filters…" filtering by a range of amounts, a choice or text, each filter a
// button that removes it; and a field removed in Settings taking its column and filter along.
#include "CustomFieldSupport.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "Translations.h"
#include "actions/ContactActions.h"
#include "actions/CustomFieldActions.h"
#include "dialogs/CustomFieldDialog.h"
#include "dialogs/FieldFilterDialog.h"
#include "dialogs/SetFieldDialog.h"
#include "domain/FieldValueText.h"
#include "models/ContactListModel.h"
#include "repositories/ContactRepository.h"
#include "repositories/CustomFieldRepository.h"
#include "views/ContactFilterBar.h"
#include "views/ContactsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace kontor;

namespace {

CustomField addField(const QSqlDatabase& db, const char* key, const char* label, FieldType type,
                     const QStringList& options = {})
{
    return test::addCustomField(db, key, type, options, label);
}

qint64 addContact(const QSqlDatabase& db, const QString& name, const CustomValues& values)
{
    return test::addContactWithValues(db, name, values);
}

FieldValue value(const CustomField& field, const char* text)
{
    return FieldValueText::parse(field, QString::fromUtf8(text), {}, QLocale::c()).value();
}

QStringList names(const ui::ContactsPage& page)
{
    QStringList shown;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        shown << page.model()->index(row, ui::ContactListModel::Name).data().toString();
    return shown;
}

QPushButton* okButton(QWidget* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestCustomFieldListUi : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TestDatabase database;
        CustomField budget = addField(database.db(), "budget", "Budget", FieldType::Money);
        CustomField industry = addField(database.db(), "industry", "Industry", FieldType::Choice,
                                        {QStringLiteral("Retail"), QStringLiteral("Food"), QStringLiteral("Tech")});
        CustomField need = addField(database.db(), "need", "Need", FieldType::Text);
        Fixture()
        {
            const QSqlDatabase db = database.db();
            addContact(db, QStringLiteral("Ada"),
                       {{budget.id, value(budget, "5000")},
                        {industry.id, value(industry, "Retail")},
                        {need.id, QStringLiteral("Staff training")}});
            addContact(db, QStringLiteral("Ben"),
                       {{budget.id, value(budget, "800")}, {industry.id, value(industry, "Food")}});
            addContact(db, QStringLiteral("Cid"),
                       {{budget.id, value(budget, "12000")}, {industry.id, value(industry, "Tech")}});
            addContact(db, QStringLiteral("Dora"), {});
        }
    };

private slots:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    void fieldsAreColumnsChosenInTheHeaderAndSortable()
    {
        Fixture fixture;
        ui::ContactsPage page;
        page.resize(1300, 700);
        page.setDatabase(fixture.database.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView* table = page.table();
        ui::ContactListModel* model = page.model();
        QCOMPARE(model->columnCount(), ui::ContactListModel::ColumnCount + 3);
        const int budgetColumn = model->columnOfField(fixture.budget.id);
        QCOMPARE(budgetColumn, int(ui::ContactListModel::ColumnCount));
        QCOMPARE(model->headerData(budgetColumn, Qt::Horizontal).toString(), QStringLiteral("Budget"));
        // Off until chosen: a list with thirty fields stays readable.
        for (int column = ui::ContactListModel::ColumnCount; column < model->columnCount(); ++column)
            QVERIFY(table->isColumnHidden(column));

        QHeaderView* header = table->horizontalHeader();
        QTimer::singleShot(50, [] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            QVERIFY(menu);
            bool sectionSeen = false;
            for (QAction* action : menu->actions()) {
                sectionSeen = sectionSeen || (action->isSeparator() && action->text() == QStringLiteral("Your fields"));
                if (action->text() == QStringLiteral("Budget"))
                    action->trigger();
            }
            QVERIFY(sectionSeen);
            menu->close();
        });
        emit header->customContextMenuRequested(QPoint(10, 5));
        QTRY_VERIFY(!table->isColumnHidden(budgetColumn));
        QCOMPARE(page.shownFields(), QStringList{QStringLiteral("budget")});
        const int ada = names(page).indexOf(QStringLiteral("Ada"));
        QCOMPARE(model->index(ada, budgetColumn).data().toString(),
                 FieldValueText::display(fixture.budget, value(fixture.budget, "5000")));
        QCOMPARE(model->index(ada, budgetColumn).data(ui::ContactListModel::RawValueRole).toString(),
                 QStringLiteral("5000.00 EUR"));

        // A click on its header sorts by amount (not as text), blanks last; again, the other way.
        const QPoint budgetHeader(header->sectionViewportPosition(budgetColumn) + 20, 5);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, budgetHeader);
        QTRY_VERIFY(!model->isSorting());
        QCOMPARE(header->sortIndicatorSection(), budgetColumn);
        QCOMPARE(names(page), (QStringList{QStringLiteral("Ben"), QStringLiteral("Ada"), QStringLiteral("Cid"),
                                           QStringLiteral("Dora")}));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, budgetHeader);
        QTRY_VERIFY(!model->isSorting());
        QCOMPARE(names(page), (QStringList{QStringLiteral("Cid"), QStringLiteral("Ada"), QStringLiteral("Ben"),
                                           QStringLiteral("Dora")}));
        test::screenshot(&page, QStringLiteral("contacts-field-columns"));

        // The window keeps the choice by key: another page given it shows the same column.
        ui::ContactsPage again;
        again.setShownFields(page.shownFields());
        again.setDatabase(fixture.database.db());
        QVERIFY(!again.table()->isColumnHidden(budgetColumn));
        QVERIFY(again.table()->isColumnHidden(again.model()->columnOfField(fixture.need.id)));
    }

    void moreFiltersFilterByRangeChoiceAndText()
    {
        Fixture fixture;
        ui::ContactsPage page;
        page.resize(1300, 700);
        page.setDatabase(fixture.database.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 4);
        auto* more = page.findChild<QPushButton*>(QStringLiteral("moreFilters"));
        QVERIFY(more && more->isVisible());

        // Budget between 1,000 and 20,000 (typed as the user writes numbers); a word that is no number is refused
        // in the dialog, which stays open.
        test::whenModalShown([](QWidget* modal) {
            auto* dialog = qobject_cast<ui::FieldFilterDialog*>(modal);
            QVERIFY(dialog);
            auto* field = dialog->findChild<QComboBox*>(QStringLiteral("field"));
            field->setCurrentIndex(field->findText(QStringLiteral("Budget")));
            QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("op"))->currentText(), QStringLiteral("is between"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("from")), QStringLiteral("lots"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("to")), QStringLiteral("20,000"));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->problem().isEmpty());
            auto* from = dialog->findChild<QLineEdit*>(QStringLiteral("from"));
            from->clear();
            QTest::keyClicks(from, QStringLiteral("1,000"));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_COMPARE(names(page), (QStringList{QStringLiteral("Ada"), QStringLiteral("Cid")}));
        QCOMPARE(page.filterBar()->fieldFilters().size(), 1);
        QCOMPARE(page.filterBar()->fieldFilters().first().text,
                 QStringLiteral("Budget from %1 to %2")
                     .arg(FieldValueText::display(fixture.budget, value(fixture.budget, "1000")),
                          FieldValueText::display(fixture.budget, value(fixture.budget, "20000"))));

        // And the industry is any of Food and Tech: both filters hold.
        test::whenModalShown([](QWidget* modal) {
            auto* field = modal->findChild<QComboBox*>(QStringLiteral("field"));
            field->setCurrentIndex(field->findText(QStringLiteral("Industry")));
            auto* options = modal->findChild<QListWidget*>(QStringLiteral("options"));
            QVERIFY(options->isVisible());
            QCOMPARE(options->count(), 3);
            options->item(1)->setCheckState(Qt::Checked);
            options->item(2)->setCheckState(Qt::Checked);
            test::screenshot(modal, QStringLiteral("field-filter-dialog"));
            QTest::mouseClick(okButton(modal), Qt::LeftButton);
        });
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_COMPARE(names(page), QStringList{QStringLiteral("Cid")});
        QList<QPushButton*> chips = page.findChildren<QPushButton*>(QStringLiteral("fieldFilter"));
        QCOMPARE(chips.size(), 2);
        QVERIFY(chips.at(1)->text().startsWith(QStringLiteral("Industry is one of Food, Tech")));
        test::screenshot(&page, QStringLiteral("contacts-field-filters"));

        // A click on the budget's button removes that filter only.
        QTest::mouseClick(chips.at(0), Qt::LeftButton);
        QTRY_COMPARE(names(page), (QStringList{QStringLiteral("Ben"), QStringLiteral("Cid")}));
        QTRY_COMPARE(page.findChildren<QPushButton*>(QStringLiteral("fieldFilter")).size(), 1);

        // Text contains, and empty.
        page.filterBar()->showOnly({}, {});
        test::whenModalShown([](QWidget* modal) {
            auto* field = modal->findChild<QComboBox*>(QStringLiteral("field"));
            field->setCurrentIndex(field->findText(QStringLiteral("Need")));
            QCOMPARE(modal->findChild<QComboBox*>(QStringLiteral("op"))->currentText(), QStringLiteral("contains"));
            QTest::keyClicks(modal->findChild<QLineEdit*>(QStringLiteral("text")), QStringLiteral("TRAIN"));
            QTest::keyClick(modal, Qt::Key_Return);
        });
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_COMPARE(names(page), QStringList{QStringLiteral("Ada")});
        page.filterBar()->showOnly({}, {});
        test::whenModalShown([](QWidget* modal) {
            auto* field = modal->findChild<QComboBox*>(QStringLiteral("field"));
            field->setCurrentIndex(field->findText(QStringLiteral("Industry")));
            auto* op = modal->findChild<QComboBox*>(QStringLiteral("op"));
            op->setCurrentIndex(op->findText(QStringLiteral("is empty")));
            QTest::mouseClick(okButton(modal), Qt::LeftButton);
        });
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_COMPARE(names(page), QStringList{QStringLiteral("Dora")});
    }

    // Change Selected → Set Field: the field's own editor, the value on every selected contact.
    void changeSelectedSetsAField()
    {
        Fixture fixture;
        const QSqlDatabase db = fixture.database.db();
        ui::ContactsPage page;
        page.resize(1300, 700);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView* table = page.table();
        table->setFocus();
        // Ada and Ben.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 0)).center());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          table->visualRect(table->model()->index(1, 0)).center());
        QCOMPARE(page.selectedCount(), 2);
        const QList<qint64> chosen = page.selectedContactIds();

        test::whenModalShown([](QWidget* modal) {
            auto* dialog = qobject_cast<ui::SetFieldDialog*>(modal);
            QVERIFY(dialog);
            auto* field = dialog->findChild<QComboBox*>(QStringLiteral("field"));
            field->setCurrentIndex(field->findText(QStringLiteral("Industry")));
            auto* editor = dialog->findChild<QComboBox*>(QStringLiteral("field_industry"));
            QVERIFY(editor && editor->isVisible());
            editor->setCurrentIndex(editor->findText(QStringLiteral("Tech")));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        page.findChild<QAction*>(QStringLiteral("bulkField"))->trigger();
        for (qint64 id : chosen)
            QVERIFY(ContactRepository(db).get(id)->custom.value(fixture.industry.id) ==
                    value(fixture.industry, "Tech"));
        QCOMPARE(ContactRepository(db).count({}).value(), qint64(4));

        // A page without fields says where they are made.
        test::TestDatabase bare;
        Contact someone;
        someone.firstName = QStringLiteral("Eve");
        ContactRepository(bare.db()).create(someone).value();
        ui::ContactsPage plain;
        plain.setDatabase(bare.db());
        plain.table()->selectAll();
        test::Answers answers({QMessageBox::Ok});
        plain.bulkSetField();
        QCOMPARE(answers.asked.size(), 1);
        QVERIFY(answers.asked.first().text.contains(QStringLiteral("Settings → Fields")));
    }

    // The field dialog offers "searchable" for a contact's text fields; ticked, the search box finds the value.
    void aTextFieldIsMadeSearchable()
    {
        Fixture fixture;
        const QSqlDatabase db = fixture.database.db();
        {
            ui::CustomFieldDialog dialog(db, RecordKind::Contact, fixture.need.id);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto* searchable = dialog.findChild<QCheckBox*>(QStringLiteral("searchable"));
            QVERIFY(searchable && searchable->isVisible() && !searchable->isChecked());
            // On its box: a checkbox stretched across the form takes clicks on its box and words only.
            QTest::mouseClick(
                searchable, Qt::LeftButton, {},
                QPoint(searchable->isRightToLeft() ? searchable->width() - 8 : 8, searchable->height() / 2));
            QVERIFY(searchable->isChecked());
            test::screenshot(&dialog, QStringLiteral("field-dialog-searchable"));
            QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(CustomFieldRepository(db).field(fixture.need.id)->searchable);
        {
            ui::CustomFieldDialog dialog(db, RecordKind::Contact, fixture.budget.id);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("searchable"))->isVisible());
        }
        ui::ContactsPage page;
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::keyClicks(page.searchBox(), QStringLiteral("training"));
        QTRY_COMPARE(names(page), QStringList{QStringLiteral("Ada")});
    }

    // As the window restarts: the header's state is put back before a database is open (fewer columns), then the
    // fields come; the built-in columns keep what the user did and the fields theirs.
    void theColumnsComeBackAfterARestart()
    {
        Fixture fixture;
        QByteArray state;
        QStringList shown;
        {
            ui::ContactsPage before;
            before.setShownFields({QStringLiteral("industry")});
            before.setDatabase(fixture.database.db());
            before.table()->setColumnHidden(ui::ContactListModel::Email, true);
            before.table()->setColumnHidden(ui::ContactListModel::Title, false);
            state = before.table()->horizontalHeader()->saveState();
            shown = before.shownFields();
        }
        ui::ContactsPage after;
        after.restoreColumns(state);
        after.setShownFields(shown);
        after.setDatabase(fixture.database.db());
        QTableView* table = after.table();
        QVERIFY(table->isColumnHidden(ui::ContactListModel::Email));
        QVERIFY(!table->isColumnHidden(ui::ContactListModel::Title));
        QVERIFY(!table->isColumnHidden(after.model()->columnOfField(fixture.industry.id)));
        QVERIFY(table->isColumnHidden(after.model()->columnOfField(fixture.budget.id)));
        QVERIFY(table->columnWidth(after.model()->columnOfField(fixture.industry.id)) > 20);

        // As the window does it: the database first, then the header's state, saved when there was one field more.
        QVERIFY(CustomFieldActions::archive(fixture.database.db(), fixture.budget.id).ok());
        ui::ContactsPage again;
        again.setDatabase(fixture.database.db());
        QCOMPARE(again.model()->columnCount(), ui::ContactListModel::ColumnCount + 2);
        again.restoreColumns(state);
        again.setShownFields(shown);
        QCOMPARE(again.table()->horizontalHeader()->count(), again.model()->columnCount());
        QVERIFY(again.table()->isColumnHidden(ui::ContactListModel::Email));
        QVERIFY(!again.table()->isColumnHidden(again.model()->columnOfField(fixture.industry.id)));
        QVERIFY(again.table()->isColumnHidden(again.model()->columnOfField(fixture.need.id)));
    }

    void aFieldRemovedTakesItsColumnAndFilter()
    {
        Fixture fixture;
        ui::ContactsPage page;
        page.resize(1300, 700);
        page.setShownFields({QStringLiteral("budget"), QStringLiteral("need")});
        page.setDatabase(fixture.database.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.table()->isColumnHidden(page.model()->columnOfField(fixture.need.id)));
        page.table()->sortByColumn(page.model()->columnOfField(fixture.budget.id), Qt::AscendingOrder);
        QTRY_VERIFY(!page.model()->isSorting());
        page.filterBar()->addFieldFilter(
            {{{QStringLiteral("budget"), ConditionOp::GreaterOrEqual, QStringLiteral("1000")}},
             QStringLiteral("Budget ≥ 1000")});
        QTRY_COMPARE(page.model()->rowCount(), 2);

        // Sorted by the need, whose column moves left when the budget before it goes.
        page.table()->sortByColumn(page.model()->columnOfField(fixture.need.id), Qt::AscendingOrder);
        QTRY_VERIFY(!page.model()->isSorting());
        QVERIFY(CustomFieldActions::archive(fixture.database.db(), fixture.budget.id).ok());
        page.reloadChoices();
        QCOMPARE(page.model()->sortColumn(), page.model()->columnOfField(fixture.need.id));
        QCOMPARE(page.table()->horizontalHeader()->sortIndicatorSection(),
                 page.model()->columnOfField(fixture.need.id));
        page.table()->sortByColumn(ui::ContactListModel::Name, Qt::AscendingOrder);
        QTRY_VERIFY(!page.model()->isSorting());
        page.table()->sortByColumn(page.model()->columnOfField(fixture.industry.id), Qt::AscendingOrder);
        QTRY_VERIFY(!page.model()->isSorting());
        QVERIFY(CustomFieldActions::archive(fixture.database.db(), fixture.industry.id).ok());
        page.reloadChoices();
        QCOMPARE(page.model()->columnOfField(fixture.budget.id), -1);
        QCOMPARE(page.model()->columnCount(), ui::ContactListModel::ColumnCount + 1);
        // The need's column is still shown where the fields moved up; the sort is by name again.
        QVERIFY(!page.table()->isColumnHidden(page.model()->columnOfField(fixture.need.id)));
        QCOMPARE(page.table()->horizontalHeader()->sortIndicatorSection(), int(ui::ContactListModel::Name));
        QVERIFY(page.filterBar()->fieldFilters().isEmpty());
        QTRY_COMPARE(page.model()->rowCount(), 4);
        QCOMPARE(names(page).first(), QStringLiteral("Ada"));
    }
};

QTEST_MAIN(TestCustomFieldListUi)
#include "tst_customfieldlistui.moc"
