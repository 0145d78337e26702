// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Territories driven as a user drives it, and the territory on the Contacts page: its column and its
// filter under More Filters.
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "Translations.h"
#include "dialogs/FieldFilterDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/TerritoriesSettingsPage.h"
#include "dialogs/TerritoryDialog.h"
#include "models/CompanyTreeModel.h"
#include "models/ContactListModel.h"
#include "territories/Territories.h"
#include "views/CompaniesPage.h"
#include "views/ContactFilterBar.h"
#include "views/ContactsPage.h"
#include "views/UndoHistory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace kontor;

namespace {

QPushButton* okButton(QWidget* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

/// Contacts and companies with addresses: three in the north of Germany, one in Berlin, one in France.
void addPeople(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    const char* const people[][4] = {{"Ada", "Germany", "", "20095"},
                                     {"Ben", "germany", "", "21073"},
                                     {"Cem", "Germany", "", "30 159"},
                                     {"Dora", "Germany", "", "10115"},
                                     {"Eve", "France", "", "20095"}};
    for (const auto& person : people) {
        query.prepare(QStringLiteral("INSERT INTO contacts (first_name, last_name, sort_name, country, region, "
                                     "postal_code, created_at, updated_at) VALUES (?, '', ?, ?, ?, ?, 0, 0)"));
        for (const char* value : {person[0], person[0], person[1], person[2], person[3]})
            query.addBindValue(QString::fromUtf8(value).toLower() == QString::fromUtf8(person[0]).toLower()
                                   ? QString::fromUtf8(value)
                                   : QString::fromUtf8(value));
        QVERIFY(query.exec());
    }
    QVERIFY(query.exec(QStringLiteral("INSERT INTO companies (name, sort_name, country, postal_code, created_at, "
                                      "updated_at) VALUES ('Nord AG', 'nord ag', 'Germany', '22041', 0, 0)")));
}

QStringList rows(QTableWidget* table)
{
    QStringList shown;
    for (int row = 0; row < table->rowCount(); ++row)
        shown << table->item(row, 0)->text() + QStringLiteral(" | ") + table->item(row, 1)->text();
    return shown;
}

} // namespace

class TestTerritoriesSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    void territoriesAreAddedChangedMovedAndRemoved()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        addPeople(db);
        ui::UndoHistory history;
        history.start(db);
        ui::SettingsDialog dialog(db, fixture.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier);
        QCOMPARE(dialog.tabs()->currentIndex(), int(ui::SettingsDialog::TerritoriesTab));
        auto* page = dialog.findChild<ui::TerritoriesSettingsPage*>();
        QTableWidget* table = page->table();
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("editTerritory"))->isEnabled());

        // North: Germany, postal codes 20000 to 29999 and those beginning with 30; the dialog counts as it is typed.
        test::whenModalShown([](QWidget* modal) {
            auto* territory = qobject_cast<ui::TerritoryDialog*>(modal);
            QVERIFY(territory);
            QVERIFY(territory->heldText().contains(QStringLiteral("holds nobody")));
            QTest::keyClicks(territory->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("North"));
            QTest::keyClicks(territory->findChild<QLineEdit*>(QStringLiteral("countries")), QStringLiteral("Germany"));
            QTest::keyClicks(territory->findChild<QLineEdit*>(QStringLiteral("postalCodes")),
                             QStringLiteral("20000..29999, 30"));
            QTRY_COMPARE(territory->heldText(), QStringLiteral("3 contacts and 1 company have an address in it."));
            test::screenshot(territory, QStringLiteral("territory-dialog"));
            QTest::mouseClick(okButton(territory), Qt::LeftButton);
        });
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addTerritory")), Qt::LeftButton);
        QCOMPARE(rows(table), QStringList{QStringLiteral("North | Germany; postal codes 20000–29999, 30")});
        QVERIFY(dialog.errorText().isEmpty());

        // Germany as a whole; "north" again is refused (names differ in more than case), and the range the wrong
        // way round too, the dialog staying open.
        test::whenModalShown([](QWidget* modal) {
            auto* territory = qobject_cast<ui::TerritoryDialog*>(modal);
            QVERIFY(territory);
            auto* name = territory->findChild<QLineEdit*>(QStringLiteral("name"));
            QTest::keyClicks(name, QStringLiteral("north"));
            QTest::keyClicks(territory->findChild<QLineEdit*>(QStringLiteral("countries")), QStringLiteral("Germany"));
            QTest::mouseClick(okButton(territory), Qt::LeftButton);
            QVERIFY(territory->isVisible());
            QVERIFY(territory->problem().contains(QStringLiteral("already")));
            name->clear();
            QTest::keyClicks(name, QStringLiteral("Germany"));
            auto* postal = territory->findChild<QLineEdit*>(QStringLiteral("postalCodes"));
            QTest::keyClicks(postal, QStringLiteral("99999..10000"));
            QTest::mouseClick(okButton(territory), Qt::LeftButton);
            QVERIFY(territory->isVisible());
            QVERIFY(territory->problem().contains(QStringLiteral("range")));
            postal->clear();
            QTest::mouseClick(okButton(territory), Qt::LeftButton);
        });
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addTerritory")), Qt::LeftButton);
        QCOMPARE(rows(table), (QStringList{QStringLiteral("North | Germany; postal codes 20000–29999, 30"),
                                           QStringLiteral("Germany | Germany")}));

        // Germany first: it then holds the north too (the first that holds an address has it). Move Up, then back
        // with Move Down; each an undo step.
        const int steps = history.stack()->count();
        table->setCurrentCell(1, 0);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("territoryUp")), Qt::LeftButton);
        QCOMPARE(Territories(db).list()->first().name, QStringLiteral("Germany"));
        QCOMPARE(table->currentRow(), 0);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("territoryDown")), Qt::LeftButton);
        QCOMPARE(Territories(db).list()->first().name, QStringLiteral("North"));
        QCOMPARE(history.stack()->count(), steps + 2);

        // Enter changes one: North without the 30s.
        table->setFocus();
        table->setCurrentCell(0, 0);
        test::whenModalShown([](QWidget* modal) {
            auto* territory = qobject_cast<ui::TerritoryDialog*>(modal);
            QVERIFY(territory);
            auto* postal = territory->findChild<QLineEdit*>(QStringLiteral("postalCodes"));
            QCOMPARE(postal->text(), QStringLiteral("20000–29999, 30"));
            postal->setText(QStringLiteral("20000–29999"));
            QTRY_COMPARE(territory->heldText(), QStringLiteral("2 contacts and 1 company have an address in it."));
            QTest::mouseClick(okButton(territory), Qt::LeftButton);
        });
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(Territories(db).list()->first().postalCodes, QStringList{QStringLiteral("20000–29999")});

        // Countries typed with the comma of a Persian or an Amharic keyboard are as many countries.
        table->setCurrentCell(1, 0);
        test::whenModalShown([](QWidget* modal) {
            auto* territory = qobject_cast<ui::TerritoryDialog*>(modal);
            QVERIFY(territory);
            territory->findChild<QLineEdit*>(QStringLiteral("countries"))
                ->setText(QStringLiteral("Germany\u060C Austria\u1363 Switzerland"));
            QTest::mouseClick(okButton(territory), Qt::LeftButton);
        });
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("editTerritory")), Qt::LeftButton);
        QCOMPARE(Territories(db).list()->at(1).countries,
                 (QStringList{QStringLiteral("Germany"), QStringLiteral("Austria"), QStringLiteral("Switzerland")}));

        // Delete removes the current one; Undo brings it back.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        table->setFocus();
        table->setCurrentCell(1, 0);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(Territories(db).list()->size(), 1);
        history.stack()->undo();
        QCOMPARE(Territories(db).list()->size(), 2);
        page->reload();
        test::screenshot(&dialog, QStringLiteral("settings-territories"));
    }

    // On the Contacts page: the Territory column (hidden until chosen) names each row's territory, and More Filters →
    // Territory narrows the list to one.
    void theContactsPageShowsAndFiltersByTerritory()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        addPeople(db);
        Territory north;
        north.name = QStringLiteral("North");
        north.countries = {QStringLiteral("Germany")};
        north.postalCodes = {QStringLiteral("20000–29999"), QStringLiteral("30")};
        Territory germany;
        germany.name = QStringLiteral("Germany");
        germany.countries = {QStringLiteral("Germany")};
        QVERIFY(Territories(db).save({north, germany}).ok());

        ui::ContactsPage page;
        page.resize(1300, 700);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.table()->isColumnHidden(ui::ContactListModel::Territory));
        ui::ContactListModel* model = page.model();
        QHash<QString, QString> territoryOf;
        for (int row = 0; row < model->rowCount(); ++row)
            territoryOf.insert(model->index(row, ui::ContactListModel::Name).data().toString(),
                               model->index(row, ui::ContactListModel::Territory).data().toString());
        QCOMPARE(territoryOf.value(QStringLiteral("Ada")), QStringLiteral("North"));
        QCOMPARE(territoryOf.value(QStringLiteral("Cem")), QStringLiteral("North"));
        QCOMPARE(territoryOf.value(QStringLiteral("Dora")), QStringLiteral("Germany"));
        QCOMPARE(territoryOf.value(QStringLiteral("Eve")), QString());
        QCOMPARE(model->headerData(ui::ContactListModel::Territory, Qt::Horizontal).toString(),
                 QStringLiteral("Territory"));

        test::whenModalShown([](QWidget* modal) {
            auto* filter = qobject_cast<ui::FieldFilterDialog*>(modal);
            QVERIFY(filter);
            auto* field = filter->findChild<QComboBox*>(QStringLiteral("field"));
            field->setCurrentIndex(field->findData(QStringLiteral("territory")));
            QCOMPARE(filter->findChild<QComboBox*>(QStringLiteral("op"))->currentText(), QStringLiteral("is any of"));
            auto* options = filter->findChild<QListWidget*>(QStringLiteral("options"));
            QCOMPARE(options->count(), 2);
            options->item(0)->setCheckState(Qt::Checked);
            QTest::mouseClick(okButton(filter), Qt::LeftButton);
        });
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("moreFilters")), Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(page.filterBar()->fieldFilters().first().text, QStringLiteral("Territory is one of North"));
        // A click on the column's header keeps the order: the territory is not sorted by.
        page.table()->setColumnHidden(ui::ContactListModel::Territory, false);
        const int sortColumn = model->sortColumn();
        page.table()->horizontalHeader()->setSortIndicator(ui::ContactListModel::Territory, Qt::AscendingOrder);
        QCOMPARE(model->sortColumn(), sortColumn);
        QCOMPARE(page.table()->horizontalHeader()->sortIndicatorSection(), sortColumn);
    }

    // On the Companies page: the Territory column, and the choice of a territory that lists its companies flat (or
    // those in none); both hidden while there are no territories.
    void theCompaniesPageShowsAndFiltersByTerritory()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO companies (id, name, sort_name, country, postal_code, "
                                          "created_at, updated_at) VALUES (1, 'Nord AG', 'nord ag', 'Germany', "
                                          "'22041', 0, 0), (2, 'Spree GmbH', 'spree gmbh', 'Germany', '10115', 0, "
                                          "0), (3, 'Paris SA', 'paris sa', 'France', '75001', 0, 0)")));
        // A branch of Spree in the north: listed in its own right when the list is of a territory.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO companies (id, name, sort_name, parent_id, country, "
                                          "postal_code, created_at, updated_at) VALUES (4, 'Spree Hamburg', "
                                          "'spree hamburg', 2, 'Germany', '20095', 0, 0)")));
        ui::CompaniesPage page;
        page.resize(1200, 700);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* tree = page.findChild<QTreeView*>(QStringLiteral("companyTree"));
        QVERIFY(!page.territoryFilter()->isVisible());
        QVERIFY(tree->isColumnHidden(ui::CompanyTreeModel::TerritoryColumn));

        Territory north;
        north.name = QStringLiteral("North");
        north.countries = {QStringLiteral("Germany")};
        north.postalCodes = {QStringLiteral("2")};
        QVERIFY(Territories(db).save({north}).ok());
        page.refresh();
        QVERIFY(page.territoryFilter()->isVisible());
        QVERIFY(!tree->isColumnHidden(ui::CompanyTreeModel::TerritoryColumn));
        QCOMPARE(page.territoryFilter()->count(), 3);
        QAbstractItemModel* model = tree->model();
        QHash<QString, QString> territoryOf;
        for (int row = 0; row < model->rowCount(); ++row)
            territoryOf.insert(model->index(row, ui::CompanyTreeModel::NameColumn).data().toString(),
                               model->index(row, ui::CompanyTreeModel::TerritoryColumn).data().toString());
        QCOMPARE(territoryOf.value(QStringLiteral("Nord AG")), QStringLiteral("North"));
        QCOMPARE(territoryOf.value(QStringLiteral("Spree GmbH")), QString());
        QCOMPARE(model->rowCount(), 3);

        const auto names = [model] {
            QStringList shown;
            for (int row = 0; row < model->rowCount(); ++row)
                shown << model->index(row, ui::CompanyTreeModel::NameColumn).data().toString();
            return shown;
        };
        // Chosen with the keyboard, as from the list: North, then those in none.
        page.territoryFilter()->setFocus();
        QTest::keyClick(page.territoryFilter(), Qt::Key_Down);
        QCOMPARE(names(), (QStringList{QStringLiteral("Nord AG"), QStringLiteral("Spree Hamburg")}));
        QTest::keyClick(page.territoryFilter(), Qt::Key_Down);
        QCOMPARE(names(), (QStringList{QStringLiteral("Paris SA"), QStringLiteral("Spree GmbH")}));
        // The choice stays when the page reads the companies again.
        page.refresh();
        QCOMPARE(page.territoryFilter()->currentText(), QStringLiteral("In no territory"));
        QCOMPARE(names(), (QStringList{QStringLiteral("Paris SA"), QStringLiteral("Spree GmbH")}));
        // Kept by territory, not by place: North stays chosen when another comes before it, and when every
        // territory is removed the tree comes back with the choice hidden.
        QTest::keyClick(page.territoryFilter(), Qt::Key_Up);
        QCOMPARE(page.territoryFilter()->currentText(), QStringLiteral("North"));
        Territory south;
        south.name = QStringLiteral("South");
        south.countries = {QStringLiteral("France")};
        QVERIFY(Territories(db).save({south, Territories(db).list()->first()}).ok());
        page.refresh();
        QCOMPARE(page.territoryFilter()->currentText(), QStringLiteral("North"));
        QCOMPARE(names(), (QStringList{QStringLiteral("Nord AG"), QStringLiteral("Spree Hamburg")}));
        QVERIFY(Territories(db).save({}).ok());
        page.refresh();
        QVERIFY(!page.territoryFilter()->isVisible());
        QCOMPARE(model->rowCount(), 3);
    }
};

QTEST_MAIN(TestTerritoriesSettings)
#include "tst_territoriessettings.moc"
