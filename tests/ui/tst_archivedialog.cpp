// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "Translations.h"
#include "dialogs/ArchiveDialog.h"
#include "dialogs/ChangeHistoryDialog.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/StageRepository.h"
#include "views/ContactCard.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace kontor;

class TestArchiveDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    void archivedRecordsComeBack()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        ContactRepository contacts(db);
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Lovelace");
        const qint64 adaId = contacts.create(ada).value();
        QVERIFY(contacts.archive(adaId).ok());
        Deal deal;
        deal.title = QStringLiteral("Scanners");
        deal.stageId = StageRepository(db).list()->first().id;
        const qint64 dealId = DealRepository(db).create(deal).value();
        QVERIFY(DealRepository(db).archive(dealId).ok());

        ui::ArchiveDialog dialog(db);
        QSignalSpy messages(&dialog, &ui::ArchiveDialog::statusMessage);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidget* list = dialog.list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Ada Lovelace"));
        test::screenshot(&dialog, QStringLiteral("archive-dialog"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(!contacts.get(adaId)->archivedAt.isValid());
        QCOMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(messages.last().first().toString(), QStringLiteral("Ada Lovelace restored."));
        // Nothing left to restore: the buttons wait for a row.
        auto* restore = dialog.findChild<QPushButton*>(QStringLiteral("restore"));
        QVERIFY(!restore->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("changes"))->isEnabled());

        dialog.kindBox()->setCurrentIndex(2); // deals
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY(!DealRepository(db).get(dealId)->archivedAt.isValid());
    }

    void anEmptyArchiveSaysWhatItHolds()
    {
        test::TestDatabase fixture;
        ContactRepository contacts(fixture.db());
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        const qint64 adaId = contacts.create(ada).value();
        QVERIFY(contacts.archive(adaId).ok());
        ui::ArchiveDialog dialog(fixture.db());
        dialog.kindBox()->setCurrentIndex(1); // companies: none
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* empty = dialog.list()->findChild<QLabel*>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(),
                 QStringLiteral("No archived companies. A company you archive waits here until you restore it."));
        auto* restore = dialog.findChild<QPushButton*>(QStringLiteral("restore"));
        auto* changes = dialog.findChild<QPushButton*>(QStringLiteral("changes"));
        QVERIFY(!restore->isEnabled());
        QVERIFY(!changes->isEnabled());
        test::screenshot(&dialog, QStringLiteral("archive-empty"));

        // A search that finds nothing says so; Ada's row, once there, hides the text and is the one to restore.
        dialog.kindBox()->setCurrentIndex(0);
        QVERIFY(!empty->isVisible());
        QVERIFY(restore->isEnabled());
        auto* search = dialog.findChild<QLineEdit*>(QStringLiteral("search"));
        QTest::keyClicks(search, QStringLiteral("Bob"));
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("Nothing in the archive matches “Bob”."));
        QVERIFY(!restore->isEnabled());
        search->clear();
        QVERIFY(restore->isEnabled());
        // Without a selected row there is nothing to restore.
        dialog.list()->clearSelection();
        QVERIFY(!restore->isEnabled());
        QVERIFY(!changes->isEnabled());
        QTest::mouseClick(dialog.list()->viewport(), Qt::LeftButton, {},
                          dialog.list()->visualItemRect(dialog.list()->topLevelItem(0)).center());
        QVERIFY(restore->isEnabled());
        QVERIFY(changes->isEnabled());
    }

    void theCardShowsWhatChanged()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        ContactRepository contacts(db);
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Byron");
        const qint64 adaId = contacts.create(ada).value();
        Contact changed = contacts.get(adaId).value();
        changed.lastName = QStringLiteral("Lovelace");
        changed.status = ContactStatus::Customer;
        QVERIFY(contacts.update(changed).ok());
        changed.tags = {QStringLiteral("VIP")};
        QVERIFY(contacts.update(changed).ok());
        changed.tags = {QStringLiteral("Fair 2026")};
        QVERIFY(contacts.update(changed).ok());

        ui::ContactCard card;
        card.setDatabase(db);
        card.showContact(adaId);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        test::whenModalShown([](QWidget* modal) {
            auto* history = qobject_cast<ui::ChangeHistoryDialog*>(modal);
            QVERIFY(history);
            QTreeWidget* changes = history->list();
            QCOMPARE(changes->topLevelItemCount(), 5);
            // A tag is added or removed, not changed from "(empty)".
            QStringList tags{changes->topLevelItem(0)->text(2), changes->topLevelItem(1)->text(2)};
            tags.sort();
            QCOMPARE(tags, (QStringList{QStringLiteral("Tag added: Fair 2026"), QStringLiteral("Tag removed: VIP")}));
            QCOMPARE(changes->topLevelItem(2)->text(2), QStringLiteral("Tag added: VIP"));
            const QString what = changes->topLevelItem(3)->text(2);
            QVERIFY2(what.contains(QStringLiteral("Last name: Byron → Lovelace")), qPrintable(what));
            QVERIFY2(what.contains(QStringLiteral("Lifecycle stage: Lead → Customer")), qPrintable(what));
            QCOMPARE(changes->topLevelItem(4)->text(2), QStringLiteral("Created"));
            QVERIFY(!changes->topLevelItem(0)->text(1).isEmpty());
            // The list has the keys, but no row is current (and framed) until they are used.
            QTRY_VERIFY(changes->hasFocus());
            QVERIFY(!changes->currentIndex().isValid());
            test::screenshot(history, QStringLiteral("change-history-dialog"));
            QTest::keyClick(changes, Qt::Key_Down);
            QCOMPARE(changes->currentIndex().row(), 0);
            history->reject();
        });
        QTest::mouseClick(card.findChild<QPushButton*>(QStringLiteral("changes")), Qt::LeftButton);
    }
};

QTEST_MAIN(TestArchiveDialog)
#include "tst_archivedialog.moc"
