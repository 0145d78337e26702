// SPDX-License-Identifier: GPL-3.0-or-later
// Custom fields in the window: Settings' Fields tab and its field dialog, the contact dialog's "More fields" page
// with an editor per type, the contact card showing the values, and the reason asked for a move back.
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "Translations.h"
#include "actions/CompanyActions.h"
#include "actions/ContactActions.h"
#include "actions/CustomFieldActions.h"
#include "actions/LifecycleRules.h"
#include "dialogs/CompanyDialog.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/CustomFieldDialog.h"
#include "dialogs/CustomFieldsForm.h"
#include "dialogs/DealDialog.h"
#include "dialogs/FieldSettingsPage.h"
#include "dialogs/LifecycleSettingsPage.h"
#include "dialogs/RecordPicker.h"
#include "dialogs/SettingsDialog.h"
#include "domain/FieldValueText.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/DealRepository.h"
#include "views/ContactCard.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace kontor;

namespace {

qint64 addField(const QSqlDatabase& db, const char* key, FieldType type, const QStringList& options = {},
                bool required = false)
{
    CustomField field;
    field.key = QString::fromLatin1(key);
    field.label = QString::fromLatin1(key).replace(u'_', u' ');
    field.label[0] = field.label.at(0).toUpper();
    field.type = type;
    field.required = required;
    for (const QString& option : options)
        field.options << FieldOption{0, option, false};
    auto added = CustomFieldActions::add(db, field);
    if (!added)
        qFatal("%s", qPrintable(added.error()));
    return added.value();
}

} // namespace

class TestCustomFieldsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    void aFieldIsAddedFromSettingsWithItsChoices()
    {
        test::TestDatabase fixture;
        ui::SettingsDialog settings(fixture.db(), fixture.path());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        settings.tabs()->setCurrentIndex(ui::SettingsDialog::FieldsTab);
        auto* page = settings.findChild<ui::FieldSettingsPage*>();
        QVERIFY(page);
        QCOMPARE(page->fieldList()->topLevelItemCount(), 0);

        test::whenModalShown([](QWidget* modal) {
            auto* dialog = qobject_cast<ui::CustomFieldDialog*>(modal);
            QVERIFY(dialog);
            // The key follows the name as it is typed.
            QTest::keyClicks(dialog->labelEdit(), QStringLiteral("Industry group"));
            QCOMPARE(dialog->keyEdit()->text(), QStringLiteral("industry_group"));
            dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData(int(FieldType::Choice)));
            QVERIFY(dialog->options()->isVisible());
            for (const char* choice : {"Retail", "Food"}) {
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addOption")), Qt::LeftButton);
                // The new choice opens for typing its name.
                QLineEdit* editor = nullptr;
                QTRY_VERIFY((editor = qobject_cast<QLineEdit*>(QApplication::focusWidget())) &&
                            dialog->options()->isAncestorOf(editor) && editor->text() == QStringLiteral("New choice"));
                QTest::keySequence(editor, QKeySequence::SelectAll);
                QTest::keyClicks(editor, QString::fromLatin1(choice));
                QTest::keyClick(editor, Qt::Key_Return);
                // The delegate commits what was typed once the key is handled.
                QTRY_COMPARE(dialog->options()->currentItem()->text(), QString::fromLatin1(choice));
            }
            QCOMPARE(dialog->options()->count(), 2);
            QCOMPARE(dialog->options()->item(1)->text(), QStringLiteral("Food"));
            test::screenshot(dialog, QStringLiteral("custom-field-dialog"));
            QTest::keyClick(dialog->labelEdit(), Qt::Key_Return);
        });
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addField")), Qt::LeftButton);
        QCOMPARE(page->fieldList()->topLevelItemCount(), 1);
        auto field = CustomFieldRepository(fixture.db()).byKey(RecordKind::Contact, QStringLiteral("industry_group"));
        QVERIFY2(field.ok(), qPrintable(settings.errorText()));
        QCOMPARE(field->type, FieldType::Choice);
        QCOMPARE(field->options.size(), 2);
        QCOMPARE(field->options.at(1).label, QStringLiteral("Food"));

        // The qualification fields in one go; offered no more once they are there.
        QTest::mouseClick(page->qualificationButton(), Qt::LeftButton);
        QCOMPARE(page->fieldList()->topLevelItemCount(), 9);
        QVERIFY(!page->qualificationButton()->isEnabled());
        test::screenshot(&settings, QStringLiteral("settings-fields"));

        // Archived, it leaves the list (and the dialogs) unless archived ones are shown; restored, it is back.
        page->selectField(field->id);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("archiveField")), Qt::LeftButton);
        QCOMPARE(page->fieldList()->topLevelItemCount(), 8);
        page->showArchived()->setChecked(true);
        QCOMPARE(page->fieldList()->topLevelItemCount(), 9);
        page->selectField(field->id);
        QCOMPARE(page->findChild<QPushButton*>(QStringLiteral("archiveField"))->text(), QStringLiteral("Resto&re"));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("archiveField")), Qt::LeftButton);
        QVERIFY(!CustomFieldRepository(fixture.db()).field(field->id)->isArchived());

        // Moved down, it comes after the field that was below it; Move Up brings it back.
        page->selectField(field->id);
        const int row = page->fieldList()->indexOfTopLevelItem(page->fieldList()->currentItem());
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("fieldDown")), Qt::LeftButton);
        QCOMPARE(CustomFieldRepository(fixture.db()).fields(RecordKind::Contact)->at(row + 1).id, field->id);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("fieldUp")), Qt::LeftButton);
        QCOMPARE(CustomFieldRepository(fixture.db()).fields(RecordKind::Contact)->at(row).id, field->id);
        QVERIFY(settings.errorText().isEmpty());
    }

    void aChoiceRenamedKeepsItsContactsAndATypeChangeSaysWhatIsLost()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 industry = addField(db, "industry", FieldType::Choice, {QStringLiteral("Retial")});
        const qint64 size = addField(db, "size", FieldType::Text);
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.custom = {{industry, CustomFieldRepository(db).field(industry)->options.first().id},
                      {size, QStringLiteral("about ten")}};
        const qint64 id = ContactActions::save(db, ada, QString())->contactId;

        {
            ui::CustomFieldDialog dialog(db, RecordKind::Contact, industry);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.options()->item(0)->setText(QStringLiteral("Retail"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const CustomField renamed = CustomFieldRepository(db).field(industry).value();
        QCOMPARE(FieldValueText::exportText(renamed, ContactRepository(db).get(id)->custom.value(industry)),
                 QStringLiteral("Retail"));

        // A number cannot hold "about ten": the question says one value goes; No keeps everything.
        ui::CustomFieldDialog retype(db, RecordKind::Contact, size);
        retype.typeBox()->setCurrentIndex(retype.typeBox()->findData(int(FieldType::Number)));
        {
            test::Answers answers({int(QMessageBox::No)});
            retype.accept();
            QCOMPARE(answers.asked.size(), 1);
            QVERIFY2(answers.asked.first().text.contains(QStringLiteral("1 value cannot be converted")),
                     qPrintable(answers.asked.first().text));
        }
        QCOMPARE(CustomFieldRepository(db).field(size)->type, FieldType::Text);
        {
            test::Answers answers({int(QMessageBox::Yes)});
            retype.accept();
        }
        QCOMPARE(CustomFieldRepository(db).field(size)->type, FieldType::Number);
        QVERIFY(!ContactRepository(db).get(id)->custom.contains(size));
    }

    void theContactDialogHasAnEditorPerTypeAndSavesThem()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        addField(db, "budget", FieldType::Money);
        addField(db, "need", FieldType::LongText);
        addField(db, "timeline", FieldType::Date);
        addField(db, "signed", FieldType::Checkbox);
        addField(db, "industry", FieldType::Choice, {QStringLiteral("Retail"), QStringLiteral("Food")}, true);
        addField(db, "tools", FieldType::Choices, {QStringLiteral("CRM"), QStringLiteral("ERP")});

        ui::ContactDialog dialog(db, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.tabs());
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("firstName")), QStringLiteral("Ada"));
        // Industry is required: saving without it goes to the field and says so.
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.tabs()->currentIndex(), 1);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("Industry")), qPrintable(dialog.errorText()));

        ui::CustomFieldsForm* form = dialog.customFields();
        QTest::keyClicks(form->editor(QStringLiteral("budget")), QStringLiteral("lots"));
        auto* industry = qobject_cast<QComboBox*>(form->editor(QStringLiteral("industry")));
        industry->setCurrentIndex(industry->findText(QStringLiteral("Food")));
        dialog.accept();
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Budget: ")), qPrintable(dialog.errorText()));
        QCOMPARE(QApplication::focusWidget(), form->editor(QStringLiteral("budget")));

        auto* budget = qobject_cast<QLineEdit*>(form->editor(QStringLiteral("budget")));
        budget->clear();
        QTest::keyClicks(budget, QStringLiteral("1250.50"));
        QTest::keyClicks(form->editor(QStringLiteral("need")), QStringLiteral("Training for 12 people"));
        qobject_cast<QDateEdit*>(form->editor(QStringLiteral("timeline")))->setDate(QDate(2027, 3, 31));
        QTest::mouseClick(form->editor(QStringLiteral("signed")), Qt::LeftButton);
        qobject_cast<QListWidget*>(form->editor(QStringLiteral("tools")))->item(1)->setCheckState(Qt::Checked);
        test::screenshot(&dialog, QStringLiteral("contact-dialog-more-fields"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Contact saved = ContactRepository(db).get(dialog.savedContactId()).value();
        const auto fields = CustomFieldRepository(db).fields(RecordKind::Contact).value();
        QStringList texts;
        for (const CustomField& field : fields)
            texts << FieldValueText::exportText(field, saved.custom.value(field.id));
        QCOMPARE(texts, (QStringList{QStringLiteral("1250.50 EUR"), QStringLiteral("Training for 12 people"),
                                     QStringLiteral("2027-03-31"), QStringLiteral("yes"), QStringLiteral("Food"),
                                     QStringLiteral("ERP")}));

        // Opened again, the editors show the values; the card lists them.
        ui::ContactDialog again(db, saved.id);
        QCOMPARE(qobject_cast<QLineEdit*>(again.customFields()->editor(QStringLiteral("budget")))->text(),
                 QLocale().toString(1250.50, 'f', 2));
        QVERIFY(qobject_cast<QCheckBox*>(again.customFields()->editor(QStringLiteral("signed")))->isChecked());
        ui::ContactCard card;
        card.setDatabase(db);
        card.showContact(saved.id);
        const QString details = card.findChild<QLabel*>(QStringLiteral("details"))->text();
        QVERIFY2(details.contains(QStringLiteral("Training for 12 people")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Industry")));
    }

    // A link to a company is picked from the companies the typed text finds, and kept by the company chosen: two
    // companies of one name stay apart, and a name that finds several or none asks to pick one.
    void aCompanyIsPickedFromTheList()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 partnerId = addField(db, "partner", FieldType::CompanyLink);
        auto addCompany = [&db](const char* name) {
            Company company;
            company.name = QString::fromLatin1(name);
            auto saved = CompanyActions::save(db, company);
            if (!saved)
                qFatal("%s", qPrintable(saved.error()));
            return saved.value();
        };
        const qint64 globex = addCompany("Globex");
        const qint64 acmeOne = addCompany("Acme");
        const qint64 acmeTwo = addCompany("Acme");

        ui::ContactDialog dialog(db, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("firstName")), QStringLiteral("Ada"));
        dialog.tabs()->setCurrentIndex(1);
        auto* picker = qobject_cast<ui::RecordPicker*>(dialog.customFields()->editor(QStringLiteral("partner")));
        QVERIFY(picker);
        // Two companies of that name: which one?
        QTest::keyClicks(picker, QStringLiteral("Acme"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("Several or no companies match")),
                 qPrintable(dialog.errorText()));
        // Picked from the list by the keyboard: the second one.
        QAbstractItemView* popup = picker->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 2);
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Down);
        const QString second = popup->currentIndex().data().toString();
        QTest::keyClick(popup, Qt::Key_Return);
        const qint64 chosen = picker->recordId();
        QVERIFY(chosen == acmeOne || chosen == acmeTwo);
        QCOMPARE(second.endsWith(QStringLiteral("(#%1)").arg(chosen)), chosen == acmeTwo);
        test::screenshot(&dialog, QStringLiteral("contact-dialog-company-link"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ContactRepository(db).get(dialog.savedContactId())->custom.value(partnerId), FieldValue(chosen));

        // Opened again it shows the name; a name only one company has is taken as typed.
        ui::ContactDialog again(db, dialog.savedContactId());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        auto* shown = qobject_cast<ui::RecordPicker*>(again.customFields()->editor(QStringLiteral("partner")));
        QCOMPARE(shown->text(), QStringLiteral("Acme"));
        QCOMPARE(shown->recordId(), chosen);
        shown->selectAll();
        QTest::keyClicks(shown, QStringLiteral("Glob"));
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QCOMPARE(ContactRepository(db).get(dialog.savedContactId())->custom.value(partnerId), FieldValue(globex));

        // A name typed in full is taken where other companies only begin with it.
        const qint64 globexHoldings = addCompany("Globex Holdings");
        ui::ContactDialog third(db, dialog.savedContactId());
        third.show();
        QVERIFY(QTest::qWaitForWindowExposed(&third));
        auto* typed = qobject_cast<ui::RecordPicker*>(third.customFields()->editor(QStringLiteral("partner")));
        typed->selectAll();
        QTest::keyClicks(typed, QStringLiteral("globex"));
        third.accept();
        QCOMPARE(third.result(), int(QDialog::Accepted));
        QCOMPARE(ContactRepository(db).get(dialog.savedContactId())->custom.value(partnerId), FieldValue(globex));
        QVERIFY(globexHoldings != globex);
    }

    void companiesAndDealsHaveTheirOwnFields()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        CustomField employees;
        employees.record = RecordKind::Company;
        employees.key = QStringLiteral("employees");
        employees.label = QStringLiteral("Employees");
        employees.type = FieldType::Number;
        const qint64 employeesId = CustomFieldActions::add(db, employees).value();
        CustomField channel;
        channel.record = RecordKind::Deal;
        channel.key = QStringLiteral("channel");
        channel.label = QStringLiteral("Channel");
        channel.type = FieldType::Choice;
        channel.required = true;
        channel.options = {FieldOption{0, QStringLiteral("Direct"), false},
                           FieldOption{0, QStringLiteral("Partner"), false}};
        const qint64 channelId = CustomFieldActions::add(db, channel).value();

        ui::CompanyDialog company(db, 0);
        company.show();
        QVERIFY(QTest::qWaitForWindowExposed(&company));
        QTest::keyClicks(company.findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Acme"));
        QTest::keyClicks(company.customFields()->editor(QStringLiteral("employees")), QStringLiteral("250"));
        test::screenshot(&company, QStringLiteral("company-dialog-more-fields"));
        company.accept();
        QCOMPARE(company.result(), int(QDialog::Accepted));
        QVERIFY(CompanyRepository(db).get(company.savedCompanyId())->custom.value(employeesId) == FieldValue(250.0));

        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        const qint64 adaId = ContactActions::save(db, ada, QString())->contactId;
        ui::DealDialog deal(db, 0, nullptr, adaId);
        deal.show();
        QVERIFY(QTest::qWaitForWindowExposed(&deal));
        QTest::keyClicks(deal.findChild<QLineEdit*>(QStringLiteral("title")), QStringLiteral("Fleet"));
        // The channel is required.
        deal.accept();
        QCOMPARE(deal.result(), int(QDialog::Rejected));
        QVERIFY2(deal.errorText().contains(QStringLiteral("Channel")), qPrintable(deal.errorText()));
        auto* box = deal.findChild<QComboBox*>(QStringLiteral("field_channel"));
        QVERIFY(box && box->isVisible());
        box->setCurrentIndex(box->findText(QStringLiteral("Partner")));
        deal.accept();
        QCOMPARE(deal.result(), int(QDialog::Accepted));
        const auto deals = DealRepository(db).forContact(adaId);
        QVERIFY(deals.ok() && deals->size() == 1);
        const CustomField stored = CustomFieldRepository(db).field(channelId).value();
        QCOMPARE(FieldValueText::exportText(stored, DealRepository(db).get(deals->first().id)->custom.value(channelId)),
                 QStringLiteral("Partner"));
    }

    void lifecycleRulesAreChosenInSettings()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        addField(db, "budget", FieldType::Money);
        ui::SettingsDialog settings(db, fixture.path());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        settings.tabs()->setCurrentIndex(ui::SettingsDialog::LifecycleTab);
        auto* page = settings.findChild<ui::LifecycleSettingsPage*>();
        QVERIFY(page && page->isVisible());
        QVERIFY(page->dealRule()->isChecked());
        // Alt+D (its mnemonic) and Space, as a keyboard user turns it off; mirrored or not.
        QTest::keyClick(&settings, Qt::Key_D, Qt::AltModifier);
        QVERIFY(page->dealRule()->hasFocus());
        QTest::keyClick(page->dealRule(), Qt::Key_Space);
        QVERIFY(!LifecycleRules::settings(db).opportunityOnDeal);
        // The business's own fields are there to choose, after the built-in ones.
        QListWidget* mql = page->mqlFields();
        QListWidgetItem* budget = mql->findItems(QStringLiteral("Budget"), Qt::MatchExactly).value(0);
        QVERIFY(budget);
        budget->setCheckState(Qt::Checked);
        mql->findItems(QStringLiteral("Email"), Qt::MatchExactly).value(0)->setCheckState(Qt::Checked);
        QCOMPARE(LifecycleRules::settings(db).mqlFields,
                 (QStringList{QStringLiteral("email"), QStringLiteral("budget")}));
        test::screenshot(&settings, QStringLiteral("settings-lifecycle"));
        QVERIFY(settings.errorText().isEmpty());
    }

    void aMoveBackAsksWhy()
    {
        test::TestDatabase fixture;
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.status = ContactStatus::Customer;
        const qint64 id = ContactActions::save(fixture.db(), ada, QString())->contactId;
        ui::ContactDialog dialog(fixture.db(), id);
        // No custom fields: no tabs.
        QVERIFY(!dialog.tabs());
        auto* stage = dialog.findChild<QComboBox*>(QStringLiteral("status"));
        stage->setCurrentIndex(stage->findData(QStringLiteral("sql")));
        {
            test::Answers answers({QVariant()});
            dialog.accept();
            QCOMPARE(answers.asked.first().kind, ui::Ask::Kind::Text);
        }
        QCOMPARE(ContactRepository(fixture.db()).get(id)->status, ContactStatus::Customer);
        {
            test::Answers answers({QStringLiteral("Order cancelled")});
            dialog.accept();
        }
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ContactRepository(fixture.db()).get(id)->status, ContactStatus::Sql);
        QCOMPARE(test::count(fixture.db(), QStringLiteral("SELECT count(*) FROM contact_stage_history WHERE reason = "
                                                          "'Order cancelled'")),
                 qint64(1));
    }
};

QTEST_MAIN(TestCustomFieldsUi)
#include "tst_customfieldsui.moc"
