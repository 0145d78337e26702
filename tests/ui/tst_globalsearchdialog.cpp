// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "UtcTime.h"

#include "Translations.h"
#include "dialogs/GlobalSearchDialog.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/StageRepository.h"
#include "views/ContactCard.h"
#include "views/ContactsPage.h"
#include "views/MainWindow.h"
#include "views/PipelinePage.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>

using namespace kontor;

class TestGlobalSearchDialog : public QObject
{
    Q_OBJECT

private:
    struct Ids
    {
        qint64 ada = 0;
        qint64 grace = 0;
        qint64 deal = 0;
    };

    static Ids fill(const QSqlDatabase& db)
    {
        Ids ids;
        const qint64 engines = CompanyRepository(db).create({.name = QStringLiteral("Analytical Engines Ltd")}).value();
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Lovelace");
        ada.companyId = engines;
        ids.ada = ContactRepository(db).create(ada).value();
        Contact grace;
        grace.firstName = QStringLiteral("Grace");
        grace.lastName = QStringLiteral("Hopper");
        ids.grace = ContactRepository(db).create(grace).value();
        Interaction note;
        note.contactId = ids.grace;
        note.kind = InteractionKinds::note;
        note.occurredAt = utcAt(QDate(2026, 11, 2), QTime(10, 0));
        note.notes = QStringLiteral("Wants forklift quotes before Christmas");
        if (!InteractionRepository(db).log(note))
            qFatal("could not log the note");
        Deal deal;
        deal.title = QStringLiteral("Forklift fleet renewal");
        deal.contactId = ids.grace;
        deal.stageId = StageRepository(db).list()->first().id;
        ids.deal = DealRepository(db).create(deal).value();
        Deal archived = deal;
        archived.title = QStringLiteral("Forklift spare parts");
        const qint64 archivedId = DealRepository(db).create(archived).value();
        if (!DealRepository(db).archive(archivedId))
            qFatal("could not archive the deal");
        return ids;
    }

    static QStringList groups(QTreeWidget* tree)
    {
        QStringList titles;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            titles << tree->topLevelItem(i)->text(0);
        return titles;
    }

private slots:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    // Right to left (Persian) a result that starts with a Latin name still reads from the right: the name first,
    // its detail after it, to its left.
    void aLatinNameLeadsItsLineRightToLeft()
    {
        test::TestDatabase fixture;
        fill(fixture.db());
        const test::MirroredApplication mirrored;
        ui::GlobalSearchDialog dialog(fixture.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.searchBox(), QStringLiteral("ada"));
        QTRY_VERIFY(dialog.results()->currentItem());
        const QString line = dialog.results()->currentItem()->text(0);
        QVERIFY2(line.contains(QStringLiteral("Ada Lovelace")) && line.contains(QStringLiteral("—")), qPrintable(line));
        // The name's "L" stands right of the dash between the name and its detail.
        QVERIFY(test::xInRightToLeft(line, line.indexOf(u'L'), dialog.font()) >
                test::xInRightToLeft(line, line.indexOf(u'—'), dialog.font()));
    }

    void groupsResultsAndOpensWithEnter()
    {
        test::TestDatabase fixture;
        const Ids ids = fill(fixture.db());
        ui::GlobalSearchDialog dialog(fixture.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.searchBox()->hasFocus());

        QTest::keyClicks(dialog.searchBox(), QStringLiteral("analyt"));
        QTRY_COMPARE(groups(dialog.results()), (QStringList{QStringLiteral("Contacts"), QStringLiteral("Companies")}));
        test::screenshot(&dialog, QStringLiteral("global-search"));
        // Arrows move between results, past the group headings, while the box keeps the focus.
        QVERIFY(dialog.results()->currentItem()->text(0).startsWith(QStringLiteral("Ada Lovelace")));
        QTest::keyClick(dialog.searchBox(), Qt::Key_Down);
        QCOMPARE(dialog.results()->currentItem()->text(0), QStringLiteral("Analytical Engines Ltd"));
        QTest::keyClick(dialog.searchBox(), Qt::Key_Up);
        QVERIFY(dialog.results()->currentItem()->text(0).startsWith(QStringLiteral("Ada Lovelace")));
        QVERIFY(dialog.searchBox()->hasFocus());

        dialog.searchBox()->clear();
        QTest::keyClicks(dialog.searchBox(), QStringLiteral("forkl"));
        // Deals by title (the archived one is not found), then notes.
        QTRY_COMPARE(groups(dialog.results()), (QStringList{QStringLiteral("Deals"), QStringLiteral("Notes")}));
        QCOMPARE(dialog.results()->topLevelItem(0)->childCount(), 1);
        QVERIFY(dialog.results()->currentItem()->text(0).startsWith(QStringLiteral("Forklift fleet renewal")));
        QVERIFY(dialog.results()->currentItem()->text(0).contains(QStringLiteral("Grace Hopper")));
        QTest::keyClick(dialog.searchBox(), Qt::Key_Return);
        QCOMPARE(dialog.chosen().kind, SearchHit::Kind::Deal);
        QCOMPARE(dialog.chosen().id, ids.deal);
        dialog.setResult(QDialog::Rejected);

        dialog.searchBox()->clear();
        QTest::keyClicks(dialog.searchBox(), QStringLiteral("qqqq"));
        QTRY_VERIFY(
            dialog.findChild<QLabel*>(QStringLiteral("status"))->text().contains(QStringLiteral("Nothing found")));
        QCOMPARE(dialog.results()->topLevelItemCount(), 0);

        // The first result is highlighted; Enter opens the highlighted result at once, even mid-pause.
        dialog.searchBox()->clear();
        // One letter: last names starting with it.
        QTest::keyClicks(dialog.searchBox(), QStringLiteral("l"));
        dialog.searchNow();
        QVERIFY(dialog.results()->currentItem());
        QCOMPARE(dialog.results()->currentItem()->text(0).left(12), QStringLiteral("Ada Lovelace"));
        dialog.searchBox()->setText(QStringLiteral("hopp"));
        QTest::keyClick(dialog.searchBox(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosen().kind, SearchHit::Kind::Contact);
        QCOMPARE(dialog.chosen().id, ids.grace);
        Q_UNUSED(ids.ada);
    }

    void ctrlKFromTheWindowOpensTheResult()
    {
        test::TestDatabase fixture;
        const Ids ids = fill(fixture.db());
        ui::MainWindow window(fixture.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto searchFor = [&window](const QString& text) {
            bool shown = false;
            test::whenModalShown([&shown, text](QWidget* modal) {
                auto* dialog = qobject_cast<ui::GlobalSearchDialog*>(modal);
                shown = dialog != nullptr;
                if (!dialog) {
                    modal->close();
                    return;
                }
                QTest::keyClicks(dialog->searchBox(), text);
                QTest::keyClick(dialog->searchBox(), Qt::Key_Return);
            });
            QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
            return shown;
        };
        // A deal opens on the pipeline board, selected.
        QVERIFY(searchFor(QStringLiteral("forklift")));
        QCOMPARE(window.currentPage(), ui::MainWindow::PipelinePageIndex);
        QCOMPARE(window.pipelinePage()->currentDealId(), ids.deal);
        // A note opens the card of the contact it belongs to.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(searchFor(QStringLiteral("christmas")));
        QCOMPARE(window.currentPage(), ui::MainWindow::ContactsPageIndex);
        QCOMPARE(window.contactsPage()->card()->contactId(), ids.grace);
    }
};

QTEST_MAIN(TestGlobalSearchDialog)
#include "tst_globalsearchdialog.moc"
