// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "Translations.h"
#include "dialogs/SettingsDialog.h"
#include "domain/DateText.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/LeadSourceRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/StageRepository.h"
#include "repositories/TagStore.h"
#include "repositories/UserRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace kontor;
using kontor::ui::SettingsDialog;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    /// Clicks the button `name`, answering the question it asks (a name typed, or an item picked) with `text`.
    static void clickAnswering(QWidget* dialog, const QString& name, const QString& text)
    {
        test::Answers answers({text});
        click(dialog, name);
        QVERIFY2(answers.allUsed(), qPrintable(name));
    }

    static void click(QWidget* dialog, const QString& name)
    {
        QTest::mouseClick(dialog->findChild<QPushButton*>(name), Qt::LeftButton);
    }

    /// The width that `column` needs for its widest cell and its header, as the table measures them.
    static int textWidth(QTableWidget* table, int column)
    {
        return std::max(static_cast<QAbstractItemView*>(table)->sizeHintForColumn(column),
                        table->horizontalHeader()->sectionSizeHint(column));
    }

    /// A column as wide as its text with room on both sides, not wider than twice that room.
    static void verifySizedToText(QTableWidget* table, int column)
    {
        const int room = table->fontMetrics().averageCharWidth();
        const int width = table->columnWidth(column);
        const int text = textWidth(table, column);
        QVERIFY2(width >= text + room && width <= text + 4 * room,
                 qPrintable(QStringLiteral("column %1: %2 wide for %3").arg(column).arg(width).arg(text)));
    }

private slots:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    void stagesAreEditedAddedMovedAndRemoved()
    {
        test::TestDatabase fixture;
        const QList<Stage> before = StageRepository(fixture.db()).list().value();
        Deal deal;
        deal.title = QStringLiteral("Scanners");
        deal.stageId = before[2].id;
        const qint64 dealId = DealRepository(fixture.db()).create(deal).value();
        SettingsDialog dialog(fixture.db(), fixture.path());
        QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget* stages = dialog.stages();
        QCOMPARE(stages->rowCount(), 8);
        test::screenshot(&dialog, QStringLiteral("settings-stages"));
        // The name takes the room; numbers and the kind are as wide as they and their headers are, the kind with
        // room beside "Open"; numbers stand on the right, as numbers do.
        QCOMPARE(stages->horizontalHeader()->sectionResizeMode(0), QHeaderView::Stretch);
        for (int column : {1, 2, 3})
            verifySizedToText(stages, column);
        QVERIFY(stages->columnWidth(0) > stages->columnWidth(1));
        for (int row : {0, 7}) {
            for (int column : {1, 2})
                QVERIFY(stages->item(row, column)->textAlignment() & Qt::AlignRight);
            QVERIFY(!(stages->item(row, 3)->textAlignment() & Qt::AlignRight));
        }

        // Edited in place: the probability through its spin box.
        stages->setCurrentCell(4, 1);
        stages->editItem(stages->item(4, 1));
        auto* spin = qobject_cast<QSpinBox*>(QApplication::focusWidget());
        QVERIFY(spin);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("65"));
        QTest::keyClick(spin, Qt::Key_Return);
        // The view commits the editor's value once the key press has been handled.
        QTRY_COMPARE(StageRepository(fixture.db()).get(before[4].id)->probability, 65);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QVERIFY(changed.size() >= 1);
        // A refused value says why and leaves the stage as it was.
        stages->item(4, 1)->setData(Qt::EditRole, 150);
        QVERIFY(dialog.errorText().contains(QStringLiteral("between 0 and 100")));
        QCOMPARE(StageRepository(fixture.db()).get(before[4].id)->probability, 65);
        QTRY_COMPARE(stages->item(4, 1)->data(Qt::EditRole).toInt(), 65);
        stages->item(0, 2)->setData(Qt::EditRole, 7);
        QCOMPARE(StageRepository(fixture.db()).get(before[0].id)->staleAfterDays, 7);

        // Added before the final stages; moved up; removed with its deals moved.
        clickAnswering(&dialog, QStringLiteral("addStage"), QStringLiteral("Negotiation"));
        QList<Stage> after = StageRepository(fixture.db()).list().value();
        QCOMPARE(after.size(), 9);
        QCOMPARE(after[6].name, QStringLiteral("Negotiation"));
        QCOMPARE(stages->currentRow(), 6);
        click(&dialog, QStringLiteral("stageUp"));
        QCOMPARE(StageRepository(fixture.db()).list()->at(5).name, QStringLiteral("Negotiation"));
        stages->setCurrentCell(2, 0);
        clickAnswering(&dialog, QStringLiteral("removeStage"), before[3].name);
        QCOMPARE(StageRepository(fixture.db()).list()->size(), 8);
        QCOMPARE(DealRepository(fixture.db()).get(dealId)->stageId, before[3].id);
        QCOMPARE(stages->rowCount(), 8);
    }

    void sourcesCampaignsPeopleTagsAndCurrency()
    {
        test::TestDatabase fixture;
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.tags = {QStringLiteral("vip"), QStringLiteral("newsletter")};
        const qint64 adaId = ContactRepository(fixture.db()).create(ada).value();
        SettingsDialog dialog(fixture.db(), fixture.path());
        QSignalSpy openAnother(&dialog, &SettingsDialog::openDatabaseRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        dialog.tabs()->setCurrentIndex(SettingsDialog::SourcesTab);
        clickAnswering(&dialog, QStringLiteral("addSource"), QStringLiteral("Partner program"));
        QCOMPARE(dialog.sources()->currentItem()->text(), QStringLiteral("Partner program"));
        clickAnswering(&dialog, QStringLiteral("addCampaign"), QStringLiteral("LinkedIn Ads – spring launch"));
        QCOMPARE(dialog.campaigns()->rowCount(), 1);
        dialog.campaigns()->item(0, 3)->setText(QLocale().toString(1500) + QLocale().decimalPoint() +
                                                QStringLiteral("50"));
        const qint64 source = dialog.sources()->currentItem()->data(Qt::UserRole + 1).toLongLong();
        QCOMPARE(LeadSourceRepository(fixture.db()).campaigns(source)->first().spend.minor, qint64(150050));
        dialog.campaigns()->item(0, 3)->setText(QStringLiteral("lots"));
        QVERIFY(dialog.errorText().contains(QStringLiteral("lots")));
        QCOMPARE(LeadSourceRepository(fixture.db()).campaigns(source)->first().spend.minor, qint64(150050));
        dialog.campaigns()->item(0, 1)->setData(Qt::EditRole, QDate(2026, 3, 1));
        dialog.campaigns()->item(0, 2)->setData(Qt::EditRole, QDate(2026, 5, 31));
        QApplication::processEvents(); // the table is filled again once the edit is handled
        test::screenshot(&dialog, QStringLiteral("settings-sources"));
        // Dates as every list writes them: with the year in four digits.
        auto* cells = qobject_cast<QStyledItemDelegate*>(dialog.campaigns()->itemDelegateForColumn(1));
        QVERIFY(cells);
        QCOMPARE(cells->displayText(QDate(2026, 3, 1), QLocale(QStringLiteral("eo"))),
                 DateText::date(QDate(2026, 3, 1), QLocale(QStringLiteral("eo"))));
        QVERIFY(cells->displayText(QDate(2026, 3, 1), QLocale(QStringLiteral("eo"))).contains(QStringLiteral("2026")));
        // The campaign's name is read whole; dates, spend and currency are as wide as their texts.
        QTableWidget* campaigns = dialog.campaigns();
        QCOMPARE(campaigns->horizontalHeader()->sectionResizeMode(0), QHeaderView::Stretch);
        QVERIFY2(campaigns->columnWidth(0) >= textWidth(campaigns, 0),
                 qPrintable(QStringLiteral("%1 for %2").arg(campaigns->columnWidth(0)).arg(textWidth(campaigns, 0))));
        for (int column : {1, 2, 3, 4})
            verifySizedToText(campaigns, column);
        // The two Add buttons alike: each as wide as its text, at the start (the left, or the right where the dialog
        // is mirrored) under its list.
        for (const QString& name : {QStringLiteral("addSource"), QStringLiteral("addCampaign")}) {
            auto* add = dialog.findChild<QPushButton*>(name);
            QCOMPARE(add->width(), add->sizeHint().width());
            QWidget* list = add->parentWidget()->findChild<QAbstractItemView*>(
                name == QStringLiteral("addSource") ? QStringLiteral("sources") : QStringLiteral("campaigns"));
            const auto start = [](QWidget* widget) {
                QWidget* parent = widget->parentWidget();
                return QStyle::visualRect(parent->layoutDirection(), parent->rect(), widget->geometry()).x();
            };
            QCOMPARE(start(add), start(list));
        }
        dialog.sources()->currentItem()->setText(QStringLiteral("Partners"));
        QCOMPARE(LeadSourceRepository(fixture.db()).ensureSource(QStringLiteral("Partners")).value(), source);

        dialog.tabs()->setCurrentIndex(SettingsDialog::PeopleTab);
        clickAnswering(&dialog, QStringLiteral("addUser"), QStringLiteral("Bea Berger"));
        QCOMPARE(UserRepository(fixture.db()).list()->size(), 2);
        QCOMPARE(dialog.users()->count(), 2);

        dialog.tabs()->setCurrentIndex(SettingsDialog::TagsTab);
        QCOMPARE(dialog.tags()->count(), 2);
        dialog.tags()
            ->findItems(QStringLiteral("vip"), Qt::MatchExactly)
            .first()
            ->setText(QStringLiteral("key account"));
        QVERIFY(ContactRepository(fixture.db()).get(adaId)->tags.contains(QStringLiteral("key account")));
        dialog.tags()->setCurrentItem(dialog.tags()->findItems(QStringLiteral("newsletter"), Qt::MatchExactly).first());
        click(&dialog, QStringLiteral("removeTag"));
        QCOMPARE(ContactRepository(fixture.db()).get(adaId)->tags, QStringList{QStringLiteral("key account")});

        dialog.tabs()->setCurrentIndex(SettingsDialog::GeneralTab);
        auto* currency = dialog.findChild<QComboBox*>(QStringLiteral("currency"));
        currency->setCurrentText(QStringLiteral("CHF"));
        QCOMPARE(SettingsRepository(fixture.db()).defaultCurrency(), QStringLiteral("CHF"));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("databasePath"))->text(),
                 QDir::toNativeSeparators(fixture.path()));
        // The region of phone numbers without a country code, chosen by typing its name.
        auto* region = dialog.findChild<QComboBox*>(QStringLiteral("phoneRegion"));
        // With none chosen (Esperanto names no country) the box asks rather than standing empty.
        QCOMPARE(region->placeholderText(), QStringLiteral("Choose your country"));
        region->setFocus();
        QTest::keyClicks(region, QStringLiteral("Austria"));
        QCOMPARE(region->currentData().toString(), QStringLiteral("AT"));
        QCOMPARE(SettingsRepository(fixture.db()).phoneRegion(), QStringLiteral("AT"));
        // How many backups to keep, typed in: 0 turns the daily one off.
        auto* keep = dialog.findChild<QSpinBox*>(QStringLiteral("backupsToKeep"));
        QCOMPARE(keep->value(), 10);
        keep->setFocus();
        keep->selectAll();
        QTest::keyClicks(keep, QStringLiteral("3"));
        QCOMPARE(SettingsRepository(fixture.db()).backupsToKeep(), 3);
        keep->selectAll();
        QTest::keyClick(keep, Qt::Key_Down);
        QTest::keyClick(keep, Qt::Key_Down);
        QTest::keyClick(keep, Qt::Key_Down);
        QCOMPARE(SettingsRepository(fixture.db()).backupsToKeep(), 0);
        QCOMPARE(keep->text(), QStringLiteral("No daily backup"));
        click(&dialog, QStringLiteral("openDatabase"));
        QCOMPARE(openAnother.size(), 1);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
