// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Lead scoring driven as a user drives it: the starter set, rules added, changed, switched off, moved and
// removed through their dialogs, the MQL threshold, and everyone rescored.
#include "CustomFieldSupport.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "Translations.h"
#include "actions/LifecycleRules.h"
#include "dialogs/FieldConditionEditor.h"
#include "dialogs/ScoreRuleDialog.h"
#include "dialogs/ScoringSettingsPage.h"
#include "dialogs/SettingsDialog.h"
#include "domain/DateText.h"
#include "domain/FieldValueText.h"
#include "domain/Interaction.h"
#include "scoring/LeadScoring.h"
#include "views/UndoHistory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
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

/// The rules of a group as the tree shows them: name, condition, points.
QStringList shown(QTreeWidget* tree, int group)
{
    QStringList rows;
    QTreeWidgetItem* parent = tree->topLevelItem(group);
    for (int i = 0; i < parent->childCount(); ++i) {
        QTreeWidgetItem* item = parent->child(i);
        rows << QStringLiteral("%1 | %2 | %3%4")
                    .arg(item->text(0), item->text(1), item->text(2),
                         item->checkState(0) == Qt::Checked ? QString() : QStringLiteral(" (off)"));
    }
    return rows;
}

QString status(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT status FROM contacts WHERE id = %1").arg(id));
    query.next();
    return query.value(0).toString();
}

} // namespace

class TestScoringSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    // How a fit rule's condition reads, and that each kind of condition opens again as it was saved.
    void conditionsReadAndOpenAgain()
    {
        test::TestDatabase fixture;
        test::addCustomField(fixture.db(), "industry", FieldType::Choice,
                             {QStringLiteral("Retail"), QStringLiteral("Food")}, "Industry");
        test::addCustomField(fixture.db(), "employees", FieldType::Number, {}, "Employees");
        test::addCustomField(fixture.db(), "founded", FieldType::Date, {}, "Founded");
        ui::FieldConditionEditor editor(fixture.db(), ui::FieldConditionEditor::Use::ScoreRule);
        const auto describe = [&editor](const char* text) {
            return editor.describe(FieldConditions::parse(QString::fromUtf8(text)).value());
        };
        QCOMPARE(describe("title ~ director"), QStringLiteral("Title contains “director”"));
        QCOMPARE(describe("email notempty"), QStringLiteral("Email is not empty"));
        QCOMPARE(describe("lead_source = Referral"), QStringLiteral("Lead source is “Referral”"));
        QCOMPARE(describe("country != Germany"), QStringLiteral("Country is not “Germany”"));
        QCOMPARE(describe("industry = Retail;Food"), QStringLiteral("Industry is one of Retail, Food"));
        QCOMPARE(describe("industry != Food"), QStringLiteral("Industry is none of Food"));
        QCOMPARE(describe("employees >= 50"), QStringLiteral("Employees ≥ 50"));
        QCOMPARE(describe("founded <= 2020-01-31"),
                 QStringLiteral("Founded on or before %1").arg(DateText::date(QDate(2020, 1, 31), QLocale())));
        // A comparison the editor has no words for is shown as typed.
        QCOMPARE(describe("employees > 50"), QStringLiteral("employees > 50"));
        // Only one condition for a rule: no range; the score itself is not offered.
        auto* field = editor.findChild<QComboBox*>(QStringLiteral("field"));
        auto* op = editor.findChild<QComboBox*>(QStringLiteral("op"));
        QVERIFY(editor.setField(QStringLiteral("employees")));
        QCOMPARE(op->findText(QStringLiteral("is between")), -1);
        QCOMPARE(field->findData(QStringLiteral("score")), -1);
        ui::FieldConditionEditor filter(fixture.db(), ui::FieldConditionEditor::Use::Filter);
        QVERIFY(filter.setField(QStringLiteral("employees")));
        QVERIFY(filter.findChild<QComboBox*>(QStringLiteral("op"))->findText(QStringLiteral("is between")) >= 0);
    }

    void rulesAreAddedChangedSwitchedOffMovedAndRemoved()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        ui::UndoHistory history;
        history.start(db);
        ui::SettingsDialog dialog(db, fixture.path());
        dialog.resize(900, 600);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Alt+O opens the tab.
        QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier);
        QCOMPARE(dialog.tabs()->currentIndex(), int(ui::SettingsDialog::ScoringTab));
        auto* page = dialog.findChild<ui::ScoringSettingsPage*>();
        QTreeWidget* tree = page->rules();
        auto* starter = dialog.findChild<QPushButton*>(QStringLiteral("starterRules"));
        auto* rescore = dialog.findChild<QPushButton*>(QStringLiteral("rescore"));
        QVERIFY(starter->isEnabled());
        QVERIFY(!rescore->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("editRule"))->isEnabled());

        // The starter set: offered, put in by one click, one undo step.
        QTest::mouseClick(starter, Qt::LeftButton);
        QCOMPARE(LeadScoring(db).rules().value().size(), LeadScoring::starterRules().size());
        QCOMPARE(shown(tree, 0).first(),
                 QStringLiteral("Decision maker (title with “director”) | Title contains “director” | +15"));
        QVERIFY(shown(tree, 1).contains(QStringLiteral(
            "Answered call (halves every 14 days) | Call (Successful), each halving every 14 days | +10")));
        QVERIFY(!starter->isEnabled());
        QVERIFY(rescore->isEnabled());
        QCOMPARE(history.stack()->count(), 1);
        QCOMPARE(history.stack()->undoText(), QStringLiteral("Change lead scoring rules"));
        QVERIFY(dialog.errorText().isEmpty());

        // A fit rule: the country is Germany, 20 points, named after its condition when no name is typed. No
        // points is refused, and the dialog stays open.
        test::whenModalShown([](QWidget* modal) {
            auto* rule = qobject_cast<ui::ScoreRuleDialog*>(modal);
            QVERIFY(rule);
            choose(rule->findChild<QComboBox*>(QStringLiteral("field")), QStringLiteral("Country"));
            choose(rule->findChild<QComboBox*>(QStringLiteral("op")), QStringLiteral("is"));
            QTest::keyClicks(rule->findChild<QLineEdit*>(QStringLiteral("text")), QStringLiteral("Germany"));
            auto* points = rule->findChild<QSpinBox*>(QStringLiteral("points"));
            points->setValue(0);
            QTest::mouseClick(okButton(rule), Qt::LeftButton);
            QVERIFY(rule->isVisible());
            QVERIFY(rule->problem().contains(QStringLiteral("no points")));
            points->setValue(20);
            test::screenshot(rule, QStringLiteral("score-rule-fit"));
            QTest::mouseClick(okButton(rule), Qt::LeftButton);
            QVERIFY(!rule->isVisible());
        });
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addFitRule")), Qt::LeftButton);
        QList<ScoreRule> rules = LeadScoring(db).rules().value();
        const auto germany = std::find_if(rules.cbegin(), rules.cend(), [](const ScoreRule& r) {
            return r.condition ==
                   FieldCondition{QStringLiteral("country"), ConditionOp::Equal, QStringLiteral("Germany")};
        });
        QVERIFY(germany != rules.cend());
        QCOMPARE(germany->name, QStringLiteral("Country is “Germany”"));
        QCOMPARE(germany->points, 20);
        QCOMPARE(germany->group, ScoreGroup::Fit);
        // Last of the fit rules, and current.
        QCOMPARE(shown(tree, 0).last(), QStringLiteral("Country is “Germany” | Country is “Germany” | +20"));
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("Country is “Germany”"));

        // An engagement rule: each answered call, halving every 7 days, 12 points, with a name.
        test::whenModalShown([](QWidget* modal) {
            auto* rule = qobject_cast<ui::ScoreRuleDialog*>(modal);
            QVERIFY(rule);
            choose(rule->findChild<QComboBox*>(QStringLiteral("kind")),
                   InteractionKinds::displayName(InteractionKinds::call));
            choose(rule->findChild<QComboBox*>(QStringLiteral("outcome")),
                   InteractionOutcomes::displayName(InteractionOutcomes::successful));
            rule->findChild<QComboBox*>(QStringLiteral("counts"))->setCurrentIndex(1);
            rule->findChild<QSpinBox*>(QStringLiteral("days"))->setValue(7);
            rule->findChild<QSpinBox*>(QStringLiteral("points"))->setValue(12);
            QTest::keyClicks(rule->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Picks up"));
            test::screenshot(rule, QStringLiteral("score-rule-engagement"));
            QTest::mouseClick(okButton(rule), Qt::LeftButton);
        });
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addEngagementRule")), Qt::LeftButton);
        rules = LeadScoring(db).rules().value();
        const ScoreRule picksUp = rules.last();
        QCOMPARE(picksUp.name, QStringLiteral("Picks up"));
        QCOMPARE(picksUp.group, ScoreGroup::Engagement);
        QCOMPARE(picksUp.interactionKind, InteractionKinds::call);
        QCOMPARE(picksUp.outcome, InteractionOutcomes::successful);
        QVERIFY(picksUp.decays);
        QCOMPARE(picksUp.days, 7);
        QCOMPARE(picksUp.points, 12);

        // Enter on the first fit rule opens it as saved; its points changed to 25.
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        test::whenModalShown([](QWidget* modal) {
            auto* rule = qobject_cast<ui::ScoreRuleDialog*>(modal);
            QVERIFY(rule);
            QCOMPARE(rule->findChild<QComboBox*>(QStringLiteral("field"))->currentText(), QStringLiteral("Title"));
            QCOMPARE(rule->findChild<QComboBox*>(QStringLiteral("op"))->currentText(), QStringLiteral("contains"));
            QCOMPARE(rule->findChild<QLineEdit*>(QStringLiteral("text"))->text(), QStringLiteral("director"));
            auto* points = rule->findChild<QSpinBox*>(QStringLiteral("points"));
            QCOMPARE(points->value(), 15);
            points->setValue(25);
            QTest::mouseClick(okButton(rule), Qt::LeftButton);
        });
        QTest::keyClick(tree, Qt::Key_Return);
        QTRY_COMPARE(LeadScoring(db).rules().value().first().points, 25);
        rules = LeadScoring(db).rules().value();
        QCOMPARE(rules.first().condition.value, QStringLiteral("director"));

        // Space switches it off (kept, counts nothing); Move Down swaps it with the next fit rule; Delete removes
        // the current one. Each is saved at once, each its own undo step.
        const int steps = history.stack()->count();
        QCOMPARE(tree->currentItem(), tree->topLevelItem(0)->child(0));
        QTest::keyClick(tree, Qt::Key_Space);
        QTRY_VERIFY(!LeadScoring(db).rules().value().first().active);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("ruleDown")), Qt::LeftButton);
        rules = LeadScoring(db).rules().value();
        QCOMPARE(rules.at(0).name, QStringLiteral("Decision maker (title with “head”)"));
        QCOMPARE(rules.at(1).name, QStringLiteral("Decision maker (title with “director”)"));
        QVERIFY(!rules.at(1).active);
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("Decision maker (title with “director”)"));
        QVERIFY(shown(tree, 0).at(1).endsWith(QStringLiteral("(off)")));
        const qsizetype before = rules.size();
        // Back from the rule dialogs: shortcuts go to the active window.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Delete);
        rules = LeadScoring(db).rules().value();
        QCOMPARE(rules.size(), before - 1);
        QVERIFY(std::none_of(rules.cbegin(), rules.cend(), [](const ScoreRule& r) {
            return r.name == QStringLiteral("Decision maker (title with “director”)");
        }));
        QCOMPARE(history.stack()->count(), steps + 3);
        // Undo brings the removed rule back.
        history.stack()->undo();
        QCOMPARE(LeadScoring(db).rules().value().size(), before);
        test::screenshot(&dialog, QStringLiteral("settings-scoring"));
    }

    // The threshold is saved with the lifecycle rules, kept when the Lifecycle tab saves its own; rescoring everyone
    // scores the contacts and makes the leads at the threshold marketing qualified.
    void thresholdAndRescore()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 ann = test::addContactWithValues(db, QStringLiteral("Ann"));
        QSqlQuery(db).exec(QStringLiteral("UPDATE contacts SET title = 'Sales Director' WHERE id = %1").arg(ann));
        const qint64 ben = test::addContactWithValues(db, QStringLiteral("Ben"));
        ui::SettingsDialog dialog(db, fixture.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.tabs()->setCurrentIndex(ui::SettingsDialog::ScoringTab);
        auto* page = dialog.findChild<ui::ScoringSettingsPage*>();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("starterRules")), Qt::LeftButton);

        QSpinBox* threshold = page->mqlScore();
        QCOMPARE(threshold->value(), 0);
        QCOMPARE(threshold->text(), QStringLiteral("never"));
        threshold->setFocus();
        threshold->selectAll();
        QTest::keyClicks(threshold, QStringLiteral("15"));
        QTest::keyClick(threshold, Qt::Key_Return);
        QCOMPARE(LifecycleRules::settings(db).mqlScore, 15);
        // The Lifecycle tab saves its rules without losing the threshold.
        dialog.tabs()->setCurrentIndex(ui::SettingsDialog::LifecycleTab);
        auto* dealRule = dialog.findChild<QCheckBox*>(QStringLiteral("dealRule"));
        QVERIFY(dealRule->isVisible() && dealRule->isChecked());
        dealRule->setFocus();
        QTest::keyClick(dealRule, Qt::Key_Space);
        QVERIFY(!LifecycleRules::settings(db).opportunityOnDeal);
        QCOMPARE(LifecycleRules::settings(db).mqlScore, 15);

        // The starter rules give Ann, a director without email or phone, 15 - 5 = 10, and Ben -5, so 0. At 10, Ann
        // qualifies when everyone is rescored.
        dialog.tabs()->setCurrentIndex(ui::SettingsDialog::ScoringTab);
        // The arrows step through values without saving each; the value is saved once left.
        threshold->setFocus();
        QTest::keyClick(threshold, Qt::Key_Down);
        QTest::keyClick(threshold, Qt::Key_Down);
        QCOMPARE(LifecycleRules::settings(db).mqlScore, 15);
        threshold->selectAll();
        QTest::keyClicks(threshold, QStringLiteral("10"));
        QTest::keyClick(threshold, Qt::Key_Return);
        QCOMPARE(LifecycleRules::settings(db).mqlScore, 10);
        QSignalSpy rescored(&dialog, &ui::SettingsDialog::scoresRescored);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("rescore")), Qt::LeftButton);
        QCOMPARE(rescored.count(), 1);
        QCOMPARE(LeadScoring(db).stored(ann).value(), std::optional<int>(10));
        QCOMPARE(LeadScoring(db).stored(ben).value(), std::optional<int>(0));
        QCOMPARE(status(db, ann), QStringLiteral("mql"));
        QCOMPARE(status(db, ben), QStringLiteral("lead"));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("scoringStatus"))->text(),
                 QStringLiteral("Scores worked out again: 2 changed."));

        // Moved back to Lead by hand, Ann stays there when everyone is scored again: only a score that reaches the
        // threshold moves a lead. Lowering the threshold asks whether to qualify those above it now.
        QSqlQuery(db).exec(QStringLiteral("UPDATE contacts SET status = 'lead' WHERE id = %1").arg(ann));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("rescore")), Qt::LeftButton);
        QCOMPARE(status(db, ann), QStringLiteral("lead"));
        {
            test::Answers answers({QMessageBox::No});
            threshold->setFocus();
            threshold->selectAll();
            QTest::keyClicks(threshold, QStringLiteral("8"));
            QTest::keyClick(threshold, Qt::Key_Return);
            QCOMPARE(answers.asked.size(), 1);
            QCOMPARE(answers.asked.first().text,
                     QStringLiteral("1 lead scores 8 or more already. Make it marketing qualified now?"));
        }
        QCOMPARE(status(db, ann), QStringLiteral("lead"));
        {
            test::Answers answers({QMessageBox::Yes});
            threshold->selectAll();
            QTest::keyClicks(threshold, QStringLiteral("9"));
            QTest::keyClick(threshold, Qt::Key_Return);
            QCOMPARE(answers.asked.size(), 1);
        }
        QCOMPARE(status(db, ann), QStringLiteral("mql"));
        QCOMPARE(status(db, ben), QStringLiteral("lead"));
    }
};

QTEST_MAIN(TestScoringSettings)
#include "tst_scoringsettings.moc"
