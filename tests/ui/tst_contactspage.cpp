// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "UtcTime.h"

#include "Translations.h"
#include "models/ContactListModel.h"
#include "models/TimelineModel.h"
#include "repositories/ContactRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/UserRepository.h"
#include "views/ContactCard.h"
#include "views/ContactsPage.h"
#include "views/SelectRow.h"

#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace kontor;

class TestContactsPage : public QObject
{
    Q_OBJECT

private:
    static qint64 add(const QSqlDatabase& db, const QString& first, const QString& last, ContactStatus status)
    {
        Contact contact;
        contact.firstName = first;
        contact.lastName = last;
        contact.status = status;
        contact.emails = {{first.toLower() + QStringLiteral("@example.com"), {}}};
        return ContactRepository(db).create(contact).value();
    }

private slots:
    void initTestCase() { QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en")); }

    void searchStatusSelectAndCard()
    {
        test::TestDatabase fixture;
        const qint64 ada =
            add(fixture.db(), QStringLiteral("Ada"), QStringLiteral("Lovelace"), ContactStatus::Customer);
        add(fixture.db(), QStringLiteral("Alan"), QStringLiteral("Turing"), ContactStatus::Lead);
        add(fixture.db(), QStringLiteral("Grace"), QStringLiteral("Hopper"), ContactStatus::Customer);
        for (int i = 0; i < 3; ++i) {
            Interaction call;
            call.contactId = ada;
            call.kind = InteractionKinds::call;
            call.occurredAt = utcAt(QDate(2026, 11, 20 + i), QTime(10, 0));
            call.notes = QStringLiteral("Call number %1").arg(i + 1);
            QVERIFY(InteractionRepository(fixture.db()).log(call).ok());
        }

        ui::ContactsPage page;
        page.resize(1100, 600);
        page.setDatabase(fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 3);
        // The first contact by last name is shown at once.
        QCOMPARE(page.card()->findChild<QLabel*>(QStringLiteral("name"))->text(), QStringLiteral("Grace Hopper"));

        QTest::keyClicks(page.searchBox(), QStringLiteral("lov"));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("count"))->text(), QStringLiteral("1 contact"));
        QTest::keyClick(page.searchBox(), Qt::Key_Return);
        QCOMPARE(page.currentContactId(), ada);
        QCOMPARE(page.card()->contactId(), ada);
        QCOMPARE(page.card()->findChild<QLabel*>(QStringLiteral("name"))->text(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(page.card()->timeline()->rowCount(), 3);
        // Each entry is drawn as tall as its text needs: a longer note makes a taller entry.
        auto* timelineView = page.card()->findChild<QListView*>(QStringLiteral("timeline"));
        const int oneLine = timelineView->sizeHintForRow(0);
        Interaction longNote;
        longNote.contactId = ada;
        longNote.kind = InteractionKinds::note;
        longNote.occurredAt = utcAt(QDate(2026, 11, 23), QTime(10, 0));
        longNote.notes = QStringLiteral("A long note that wraps over several lines of the history. ").repeated(8);
        QVERIFY(InteractionRepository(fixture.db()).log(longNote).ok());
        page.card()->refresh();
        QCOMPARE(page.card()->timeline()->rowCount(), 4);
        QVERIFY2(timelineView->sizeHintForRow(0) > 2 * oneLine,
                 qPrintable(QStringLiteral("%1 vs %2").arg(timelineView->sizeHintForRow(0)).arg(oneLine)));
        QVERIFY(page.card()
                    ->timeline()
                    ->data(page.card()->timeline()->index(1, 0))
                    .toString()
                    .contains(QStringLiteral("Call number 3")));
        test::screenshot(&page, QStringLiteral("contacts-page-search"));

        page.searchBox()->clear();
        QTRY_COMPARE(page.model()->rowCount(), 3);
        auto* status = page.findChild<QComboBox*>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("customer")));
        QCOMPARE(page.model()->rowCount(), 2);

        // Archive with Delete, confirmed; the contact leaves the list and shows under "Archived".
        page.table()->setFocus();
        // Not QTableView::selectRow: right to left it makes no row current (see ui::selectRow).
        ui::selectRow(page.table(), 0, ui::ContactListModel::Name);
        const qint64 archived = page.currentContactId();
        QVERIFY(archived);
        {
            test::Answers answers({QMessageBox::Yes});
            page.archiveContact();
            QVERIFY(answers.allUsed());
        }
        QCOMPARE(page.model()->rowCount(), 1);
        status->setCurrentIndex(status->findData(QStringLiteral("archived")));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->contactId(0), archived);
    }

    void filtersByOwnerTagAndLastContact()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        Contact vip;
        vip.firstName = QStringLiteral("Vera");
        vip.tags = {QStringLiteral("VIP")};
        vip.ownerId = 1;
        const qint64 vera = ContactRepository(db).create(vip).value();
        Contact other;
        other.firstName = QStringLiteral("Otto");
        QVERIFY(ContactRepository(db).create(other).ok());
        Interaction call;
        call.contactId = vera;
        call.kind = InteractionKinds::call;
        call.occurredAt = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(InteractionRepository(db).log(call).ok());

        ui::ContactsPage page;
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 2);
        auto* tag = page.findChild<QComboBox*>(QStringLiteral("tagFilter"));
        tag->setCurrentIndex(tag->findData(QStringLiteral("VIP")));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->contactId(0), vera);
        tag->setCurrentIndex(0);
        auto* owner = page.findChild<QComboBox*>(QStringLiteral("ownerFilter"));
        owner->setCurrentIndex(owner->findData(qint64(1)));
        QCOMPARE(page.model()->rowCount(), 1);
        owner->setCurrentIndex(0);
        // Not contacted for 30 days: only Otto, who was never contacted.
        auto* noContact = page.findChild<QComboBox*>(QStringLiteral("noContactFilter"));
        noContact->setCurrentIndex(noContact->findData(30));
        QCOMPARE(page.model()->rowCount(), 1);
        QVERIFY(page.model()->contactId(0) != vera);
        test::screenshot(&page, QStringLiteral("contacts-page-filters"));
        // On a wide window every filter shows its choice whole (German and Esperanto cut "Any last contact" when
        // the filters kept a fixed width); none grows past its longest choice.
        page.resize(1900, 700);
        noContact->setCurrentIndex(0);
        QVERIFY(UserRepository(db).create({0, QStringLiteral("Maximiliane Hohenzollern-Sigmaringen"), {}, false}));
        page.setDatabase(db);
        owner->setCurrentIndex(owner->findText(QStringLiteral("Maximiliane Hohenzollern-Sigmaringen")));
        QVERIFY(owner->currentIndex() > 0);
        for (auto* filter : page.findChildren<QComboBox*>(QRegularExpression(QStringLiteral("Filter$")))) {
            if (!filter->isVisible())
                continue;
            QTRY_VERIFY2(filter->width() >= filter->fontMetrics().horizontalAdvance(filter->currentText()) + 20,
                         qPrintable(filter->objectName()));
            QVERIFY(filter->width() < 400);
        }
    }

    void bulkChangesAndColumnChooser()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        QList<qint64> ids;
        for (const QString& name :
             {QStringLiteral("Ann"), QStringLiteral("Ben"), QStringLiteral("Cid"), QStringLiteral("Dora")}) {
            Contact contact;
            contact.firstName = name;
            contact.lastName = QStringLiteral("Miller");
            ids << ContactRepository(db).create(contact).value();
        }
        UserRepository(db).create({0, QStringLiteral("Bea Berger"), {}, false}).value();
        ui::ContactsPage page;
        page.resize(1300, 700);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView* table = page.table();
        // Click the first, Shift+click the third: three selected, the count says so.
        table->setFocus();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 0)).center());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          table->visualRect(table->model()->index(2, 0)).center());
        QCOMPARE(page.selectedCount(), 3);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("count"))->text().endsWith(QStringLiteral("3 selected")));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("bulk"))->isEnabled());

        {
            test::Answers answers({QStringLiteral("Customer")});
            page.bulkSetStatus();
            QCOMPARE(answers.asked.size(), 1);
            QVERIFY(answers.asked.at(0).items.contains(QStringLiteral("Customer")));
        }
        for (int i = 0; i < 3; ++i)
            QCOMPARE(ContactRepository(db).get(ids[i])->status, ContactStatus::Customer);
        QCOMPARE(ContactRepository(db).get(ids[3])->status, ContactStatus::Lead);
        // Back a stage: Kontor asks why, and keeps the reason with each move.
        table->selectAll();
        {
            test::Answers answers({QStringLiteral("Sales qualified"), QStringLiteral("Order withdrawn")});
            page.bulkSetStatus();
            QCOMPARE(answers.asked.size(), 2);
            QCOMPARE(answers.asked.at(1).kind, ui::Ask::Kind::Text);
        }
        for (int i = 0; i < 4; ++i)
            QCOMPARE(ContactRepository(db).get(ids[i])->status, ContactStatus::Sql);
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM contact_stage_history WHERE reason = "
                                                "'Order withdrawn'")),
                 qint64(4));

        table->selectAll();
        {
            test::Answers answers({QStringLiteral("fair 2026")});
            page.bulkAddTag();
            QVERIFY(answers.allUsed());
        }
        QCOMPARE(ContactRepository(db).get(ids[3])->tags, QStringList{QStringLiteral("fair 2026")});

        // The header's menu hides and shows columns; Name cannot go.
        QHeaderView* header = table->horizontalHeader();
        QTimer::singleShot(50, [] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction* action : menu->actions()) {
                if (action->text() == QStringLiteral("Name"))
                    QVERIFY(!action->isEnabled());
                if (action->text() == QStringLiteral("Email"))
                    action->trigger();
            }
            menu->close();
        });
        emit header->customContextMenuRequested(QPoint(10, 5));
        QVERIFY(table->isColumnHidden(ui::ContactListModel::Email));
        test::screenshot(&page, QStringLiteral("contacts-bulk"));
    }

    void headerClickSortsAnyColumn()
    {
        test::TestDatabase fixture;
        add(fixture.db(), QStringLiteral("Zed"), QStringLiteral("Adams"), ContactStatus::Lead);  // zed@
        add(fixture.db(), QStringLiteral("Bob"), QStringLiteral("Young"), ContactStatus::Lead);  // bob@
        add(fixture.db(), QStringLiteral("Kim"), QStringLiteral("Miller"), ContactStatus::Lead); // kim@
        ui::ContactsPage page;
        page.resize(1300, 700);
        page.setDatabase(fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView* table = page.table();
        auto* model = qobject_cast<ui::ContactListModel*>(table->model());
        const auto column = [table](int column) {
            QStringList values;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                values << table->model()->index(row, column).data().toString();
            return values;
        };
        QHeaderView* header = table->horizontalHeader();
        const QPoint emailHeader(header->sectionViewportPosition(ui::ContactListModel::Email) + 20, 5);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, emailHeader);
        QTRY_VERIFY(!model->isSorting());
        QCOMPARE(header->sortIndicatorSection(), int(ui::ContactListModel::Email));
        QCOMPARE(column(ui::ContactListModel::Email),
                 (QStringList{QStringLiteral("bob@example.com"), QStringLiteral("kim@example.com"),
                              QStringLiteral("zed@example.com")}));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, emailHeader);
        QTRY_VERIFY(!model->isSorting());
        QCOMPARE(column(ui::ContactListModel::Name).first(), QStringLiteral("Zed Adams"));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("count"))->text().startsWith(QStringLiteral("3 contacts")));
    }

    void emptyDatabaseSaysWhatToDo()
    {
        test::TestDatabase fixture;
        ui::ContactsPage page;
        page.setDatabase(fixture.db());
        page.show();
        QCOMPARE(page.model()->rowCount(), 0);
        auto* empty = page.card()->findChild<QLabel*>(QStringLiteral("empty"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Ctrl+N")));
        QCOMPARE(page.card()->contactId(), qint64(0));
    }
};

QTEST_MAIN(TestContactsPage)
#include "tst_contactspage.moc"
