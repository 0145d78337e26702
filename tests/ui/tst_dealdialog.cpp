// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocaleDigits.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "Translations.h"
#include "dialogs/ChangeHistoryDialog.h"
#include "dialogs/DealDialog.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/StageRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

using namespace kontor;

class TestDealDialog : public QObject
{
    Q_OBJECT

private:
    static qint64 addContact(const QSqlDatabase& db)
    {
        Contact contact;
        contact.firstName = QStringLiteral("Ada");
        contact.lastName = QStringLiteral("Lovelace");
        return ContactRepository(db).create(contact).value();
    }

    static void save(QDialog& dialog)
    {
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

private slots:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    void newDealForATypedContact()
    {
        test::TestDatabase fixture;
        const qint64 ada = addContact(fixture.db());
        QVERIFY(SettingsRepository(fixture.db()).setDefaultCurrency(QStringLiteral("CHF")).ok());
        const QList<Stage> stages = StageRepository(fixture.db()).list().value();
        ui::DealDialog dialog(fixture.db(), 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("title"));
        QVERIFY(title->hasFocus());
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("currency"))->currentText(), QStringLiteral("CHF"));
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("lostReason"))->isVisible());
        // A new deal has no history yet.
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("changes")));

        // Nothing is saved while something is wrong, and the dialog says what.
        save(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorText(), QStringLiteral("Give the deal a title."));
        QTest::keyClicks(title, QStringLiteral("40 office chairs"));
        auto* amount = dialog.findChild<QLineEdit*>(QStringLiteral("amount"));
        QTest::keyClicks(amount, QStringLiteral("12x"));
        save(dialog);
        QCOMPARE(dialog.errorText(), QStringLiteral("“12x” is not an amount in CHF."));
        QVERIFY(amount->hasFocus());
        amount->clear();
        QTest::keyClicks(amount, QLocale().toString(12500) + QLocale().decimalPoint() + QStringLiteral("50"));
        auto* contact = dialog.findChild<QLineEdit*>(QStringLiteral("contact"));
        QTest::keyClicks(contact, QStringLiteral("Ada Love"));
        auto* expected = dialog.findChild<QDateEdit*>(QStringLiteral("expectedClose"));
        expected->setDate(QDate(2027, 3, 31));
        test::screenshot(&dialog, QStringLiteral("deal-dialog"));
        save(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        auto deal = DealRepository(fixture.db()).get(dialog.savedDealId());
        QVERIFY2(deal.ok(), qPrintable(deal.error()));
        QCOMPARE(deal->title, QStringLiteral("40 office chairs"));
        QCOMPARE(deal->contactId, ada);
        QCOMPARE(deal->amount, (Money{1250050, QStringLiteral("CHF")}));
        QCOMPARE(deal->stageId, stages.first().id);
        QCOMPARE(deal->expectedClose, QDate(2027, 3, 31));
        QCOMPARE(deal->ownerId, qint64(1));
        QCOMPARE(DealRepository(fixture.db()).history(deal->id)->size(), 1);
    }

    // A change of the amount alone is shown in the deal's own currency, not in euros.
    void theHistoryShowsAmountsInTheDealsCurrency()
    {
        test::TestDatabase fixture;
        Deal deal;
        deal.title = QStringLiteral("Scanners");
        deal.contactId = addContact(fixture.db());
        deal.stageId = StageRepository(fixture.db()).list().value().first().id;
        deal.amount = {500000, QStringLiteral("CHF")};
        deal.id = DealRepository(fixture.db()).create(deal).value();
        deal.amount.minor = 650000;
        QVERIFY(DealRepository(fixture.db()).update(deal).ok());

        ui::ChangeHistoryDialog history(fixture.db(), ChangeLogRepository::Entity::Deal, deal.id, deal.title);
        QTreeWidget* list = history.list();
        QVERIFY(list->topLevelItemCount() >= 1);
        const QString change = list->topLevelItem(0)->text(2);
        QVERIFY2(change.contains(Money{500000, QStringLiteral("CHF")}.format()) &&
                     change.contains(Money{650000, QStringLiteral("CHF")}.format()) && !change.contains(u"EUR"),
                 qPrintable(change));

        // Then moved to euros and changed again: the older change still reads in francs.
        deal.amount = {700000, QStringLiteral("EUR")};
        QVERIFY(DealRepository(fixture.db()).update(deal).ok());
        deal.amount.minor = 800000;
        QVERIFY(DealRepository(fixture.db()).update(deal).ok());
        ui::ChangeHistoryDialog later(fixture.db(), ChangeLogRepository::Entity::Deal, deal.id, deal.title);
        QString all;
        for (int row = 0; row < later.list()->topLevelItemCount(); ++row)
            all += later.list()->topLevelItem(row)->text(2) + u'\n';
        QVERIFY2(all.contains(Money{650000, QStringLiteral("CHF")}.format()) &&
                     all.contains(Money{800000, QStringLiteral("EUR")}.format()) &&
                     !all.contains(Money{650000, QStringLiteral("EUR")}.format()),
                 qPrintable(all));
    }

    void changingTheStageIsAMoveAndLostNeedsAReason()
    {
        test::TestDatabase fixture;
        const qint64 ada = addContact(fixture.db());
        const QList<Stage> stages = StageRepository(fixture.db()).list().value();
        Deal deal;
        deal.title = QStringLiteral("Licences");
        deal.contactId = ada;
        deal.stageId = stages[1].id;
        deal.amount = {90000, QStringLiteral("EUR")};
        const qint64 id = DealRepository(fixture.db()).create(deal).value();

        ui::DealDialog dialog(fixture.db(), id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit Deal"));
        // Its history from the start of the row of buttons, not between Save and Cancel.
        test::verifyChangesButtonFirst(&dialog);
        if (QTest::currentTestFailed())
            return;
        test::screenshot(&dialog, QStringLiteral("deal-dialog-edit"));
        QString historyTitle;
        test::whenModalShown([&historyTitle](QWidget* modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("ChangeHistoryDialog"));
            historyTitle = modal->windowTitle();
            modal->close();
        });
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("changes")), Qt::LeftButton);
        QCOMPARE(historyTitle, QStringLiteral("Changes to Licences"));
        // Back in the deal's window, as after closing the history by hand.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("contact"))->text(), QStringLiteral("Ada Lovelace"));
        const Money amount{90000, QStringLiteral("EUR")};
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("amount"))->text(), amount.formatAmount());
        auto* stage = dialog.findChild<QComboBox*>(QStringLiteral("stage"));
        stage->setCurrentIndex(stage->findData(stages[7].id)); // Lost
        auto* reason = dialog.findChild<QLineEdit*>(QStringLiteral("lostReason"));
        QVERIFY(reason->isVisible());
        save(dialog);
        QCOMPARE(dialog.errorText(), QStringLiteral("Say why the deal was lost."));
        QVERIFY(reason->hasFocus());
        QTest::keyClicks(reason, QStringLiteral("No budget this year"));
        save(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        auto saved = DealRepository(fixture.db()).get(id);
        QCOMPARE(saved->stageId, stages[7].id);
        QCOMPARE(saved->lostReason, QStringLiteral("No budget this year"));
        QVERIFY(saved->closedAt.isValid());
        auto history = DealRepository(fixture.db()).history(id);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->last().fromStageId, stages[1].id);
    }

    void stagesAndAmountInPersianDigits()
    {
        test::InPersian persian;
        test::TestDatabase fixture;
        ui::DealDialog dialog(fixture.db(), 0);
        auto* stage = dialog.findChild<QComboBox*>(QStringLiteral("stage"));
        QVERIFY(stage->count() > 0);
        // "Lead (10 %)": the win probability beside each stage.
        for (int i = 0; i < stage->count(); ++i)
            QVERIFY2(test::hasPersianDigitsOnly(stage->itemText(i)), qPrintable(stage->itemText(i)));
        const QString placeholder = dialog.findChild<QLineEdit*>(QStringLiteral("amount"))->placeholderText();
        QVERIFY2(test::hasPersianDigitsOnly(placeholder), qPrintable(placeholder));
    }

    // Where thousands are grouped with a no-break space (Esperanto, Russian), an amount saved unchanged stays what it
    // was: 4 600,00 EUR, not 4,00.
    void anAmountGroupedWithSpacesIsKept()
    {
        const test::DefaultLocale russian(QStringLiteral("ru_RU"));
        test::TestDatabase fixture;
        Deal deal;
        deal.title = QStringLiteral("Licences");
        deal.contactId = addContact(fixture.db());
        deal.stageId = StageRepository(fixture.db()).list()->first().id;
        deal.amount = {460000, QStringLiteral("EUR")};
        const qint64 id = DealRepository(fixture.db()).create(deal).value();
        ui::DealDialog dialog(fixture.db(), id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString shown = dialog.findChild<QLineEdit*>(QStringLiteral("amount"))->text();
        QVERIFY2(shown.startsWith(QStringLiteral("4")) && shown.endsWith(QStringLiteral("600,00")), qPrintable(shown));
        save(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(DealRepository(fixture.db()).get(id)->amount, (Money{460000, QStringLiteral("EUR")}));
    }

    void cancelChangesNothing()
    {
        test::TestDatabase fixture;
        ui::DealDialog dialog(fixture.db(), 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("title")), QStringLiteral("Not this one"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QSqlQuery count(fixture.db());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM deals")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }
};

QTEST_MAIN(TestDealDialog)
#include "tst_dealdialog.moc"
