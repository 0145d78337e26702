// SPDX-License-Identifier: GPL-3.0-or-later
#include "DarkPalette.h"
#include "LocaleDigits.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "Clock.h"
#include "Translations.h"
#include "domain/DateText.h"
#include "reports/CustomerSegments.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/ReminderRepository.h"
#include "repositories/StageRepository.h"
#include "scoring/LeadScoring.h"
#include "views/TodayPage.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

#include <cmath>

using namespace kontor;
using kontor::ui::TodayPage;

class TestTodayPage : public QObject
{
    Q_OBJECT

private:
    const QDate today{2026, 11, 24};
    FixedClock m_clock{QDateTime(today, QTime(8, 30)).toUTC()};

    static QStringList sections(QTreeWidget* tree)
    {
        QStringList titles;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            titles << tree->topLevelItem(i)->text(0);
        return titles;
    }

    static qint64 contact(const QSqlDatabase& db, const QString& first, const QDate& birthday = {})
    {
        Contact c;
        c.firstName = first;
        c.birthday = birthday;
        return ContactRepository(db).create(c).value();
    }

private slots:
    void initTestCase()
    {
        installTranslations(*qApp, QStringLiteral("en"));
        Clock::setInstance(&m_clock);
    }
    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void doneSnoozeAndOpenByKey()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 ada = contact(db, QStringLiteral("Ada"));
        const qint64 bob = contact(db, QStringLiteral("Bob"));
        contact(db, QStringLiteral("Carl"), QDate(1980, 11, 26));
        Contact dora;
        dora.firstName = QStringLiteral("Dora");
        dora.stayInTouchDays = 30;
        const qint64 doraId = ContactRepository(db).create(dora).value();
        ReminderRepository reminders(db);
        Reminder overdue;
        overdue.title = QStringLiteral("Send the quote");
        overdue.dueAt = QDateTime(today.addDays(-1), QTime(9, 0)).toUTC();
        overdue.contactId = ada;
        const qint64 overdueId = reminders.create(overdue).value();
        Reminder due;
        due.title = QStringLiteral("Call back");
        due.dueAt = QDateTime(today, QTime(10, 0)).toUTC();
        due.contactId = bob;
        const qint64 dueId = reminders.create(due).value();
        Interaction meeting;
        meeting.contactId = ada;
        meeting.kind = InteractionKinds::meeting;
        meeting.subject = QStringLiteral("Contract signing");
        meeting.occurredAt = QDateTime(today, QTime(14, 0)).toUTC();
        QVERIFY(InteractionRepository(db).log(meeting).ok());

        TodayPage page;
        page.resize(900, 600);
        QSignalSpy counts(&page, &TodayPage::openCountChanged);
        QSignalSpy opened(&page, &TodayPage::openContactRequested);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTreeWidget* tree = page.tree();
        QCOMPARE(sections(tree),
                 (QStringList{QStringLiteral("Overdue (1)"), QStringLiteral("Due today (1)"),
                              QStringLiteral("Meetings today and tomorrow (1)"),
                              QStringLiteral("Birthdays this week (1)"), QStringLiteral("Losing touch (1)")}));
        QCOMPARE(page.openCount(), 2);
        QCOMPARE(counts.last().first().toInt(), 2);
        // Mirrored, a section's title stands beside its fold arrow, at the right of its band.
        {
            const QImage image = [tree] {
                const test::MirroredApplication mirrored;
                QApplication::processEvents();
                return tree->viewport()->grab(tree->visualItemRect(tree->topLevelItem(0))).toImage();
            }();
            const QColor background = image.pixelColor(image.width() / 2, 1);
            int first = image.width();
            for (int x = 0; x < image.width(); ++x) {
                for (int y = 0; y < image.height(); ++y) {
                    if (qAbs(image.pixelColor(x, y).lightness() - background.lightness()) > 80)
                        first = std::min(first, x);
                }
            }
            QVERIFY2(first > image.width() / 2, qPrintable(QStringLiteral("%1 of %2").arg(first).arg(image.width())));
        }
        // One line each, the contact's name beside the text; the keyboard starts on the first item.
        QCOMPARE(tree->currentItem()->text(1), QStringLiteral("Send the quote — Ada"));
        page.activateWindow();
        QTRY_VERIFY(tree->hasFocus());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("keys"))->text().contains(QStringLiteral("snooze")));
        test::screenshot(&page, QStringLiteral("today-page"));

        QTest::keyClick(tree, Qt::Key_D);
        QVERIFY(reminders.get(overdueId)->isDone());
        QCOMPARE(page.openCount(), 1);
        QCOMPARE(sections(tree).first(), QStringLiteral("Due today (1)"));
        QCOMPARE(tree->currentItem()->text(1), QStringLiteral("Call back — Bob"));
        // Times without seconds, whatever the locale's own short format says.
        QCOMPARE(tree->currentItem()->text(0), DateText::time(QTime(10, 0)));
        QVERIFY(!tree->currentItem()->text(0).contains(QStringLiteral(":00:00")));

        QTest::keyClick(tree, Qt::Key_S);
        QCOMPARE(reminders.get(dueId)->snoozedUntil, QDateTime(today.addDays(1), QTime(9, 0)).toUTC());
        QCOMPARE(page.openCount(), 0);
        QCOMPARE(counts.last().first().toInt(), 0);
        QCOMPARE(sections(tree).first(), QStringLiteral("Meetings today and tomorrow (1)"));

        QCOMPARE(tree->currentItem()->text(1), QStringLiteral("Contract signing — Ada"));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), ada);
        // Buttons do the same as the keys; they are off where they make no sense.
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("done"))->isEnabled());
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("open")), Qt::LeftButton);
        QCOMPARE(opened.size(), 2);
        // The last section: Dora, never contacted though she asked for a call every 30 days.
        QTreeWidgetItem* touch = tree->topLevelItem(tree->topLevelItemCount() - 1);
        QCOMPARE(touch->child(0)->text(0), QStringLiteral("Never"));
        tree->setCurrentItem(touch->child(0));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(opened.last().first().toLongLong(), doraId);
    }

    void staleDealOpensOnTheBoard()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 ada = contact(db, QStringLiteral("Ada"));
        const QList<Stage> stages = StageRepository(db).list().value();
        Deal deal;
        deal.title = QStringLiteral("Forty printers");
        deal.contactId = ada;
        deal.stageId = stages[3].id;
        deal.amount = {1200000, QStringLiteral("EUR")};
        deal.createdAt = QDateTime(today.addDays(-20), QTime(9, 0)).toUTC();
        const qint64 dealId = DealRepository(db).create(deal).value();

        TodayPage page;
        QSignalSpy deals(&page, &TodayPage::openDealRequested);
        QSignalSpy contacts(&page, &TodayPage::openContactRequested);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTreeWidget* tree = page.tree();
        QCOMPARE(sections(tree), QStringList{QStringLiteral("Stale deals (1)")});
        QTreeWidgetItem* item = tree->currentItem();
        QCOMPARE(item->text(0), QStringLiteral("20 days in stage"));
        QVERIFY(item->text(1).startsWith(QStringLiteral("Forty printers (") + stages[3].name));
        QVERIFY(item->text(1).endsWith(QStringLiteral(") — Ada")));
        auto* open = page.findChild<QPushButton*>(QStringLiteral("open"));
        QCOMPARE(open->text(), QStringLiteral("&Open Deal"));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(deals.size(), 1);
        QCOMPARE(deals.first().first().toLongLong(), dealId);
        QCOMPARE(contacts.size(), 0);
        // Moving the deal on ends its staleness.
        QVERIFY(DealRepository(db).moveToStage(dealId, stages[4].id).ok());
        page.refresh();
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("empty"))->isVisible());
    }

    // Who to call next: a customer who bought often but long ago, not contacted for 30 days, with why; Enter opens the
    // contact, Ctrl+L's target is them, and once a call is logged they leave the list.
    void whoToCallNextWithWhy()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 ada = contact(db, QStringLiteral("Ada"));
        const QList<Stage> stages = StageRepository(db).list().value();
        const qint64 won = std::find_if(stages.cbegin(), stages.cend(), [](const Stage& stage) {
                               return stage.kind == StageKind::Won;
                           })->id;
        // Ada won five deals a year ago; ten others once, lately: she is the one with most orders, long ago.
        QList<qint64> recent;
        for (int i = 0; i < 10; ++i)
            recent << contact(db, QStringLiteral("Recent %1").arg(i));
        QSqlQuery query(db);
        auto wonDeal = [&](qint64 contactId, const QDate& day, qint64 amount) {
            query.prepare(QStringLiteral("INSERT INTO deals (title, contact_id, stage_id, amount_minor, currency, "
                                         "stage_entered_at, closed_at, created_at, updated_at) "
                                         "VALUES ('D', ?, ?, ?, 'EUR', ?, ?, ?, ?)"));
            const qint64 at = QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
            for (const QVariant& value : QVariantList{contactId, won, amount, at, at, at, at})
                query.addBindValue(value);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        };
        for (int i = 0; i < 5; ++i)
            wonDeal(ada, today.addDays(-400 + 20 * i), 100000);
        for (qint64 other : recent)
            wonDeal(other, today.addDays(-5), 5000);
        for (qint64 other : recent)
            QVERIFY(query.exec(QStringLiteral("UPDATE contacts SET last_interaction_at = %1 WHERE id = %2")
                                   .arg(QDateTime(today, QTime(8, 0)).toMSecsSinceEpoch())
                                   .arg(other)));
        QCOMPARE(CustomerSegments(db).refresh(today, QTimeZone::systemTimeZone()).value(), 11);
        // And a lead scoring 40 without a next step, taking turns with the customers.
        ScoreRule director;
        director.name = QStringLiteral("Director");
        director.condition = FieldConditions::parse(QStringLiteral("title ~ director")).value();
        director.points = 40;
        QVERIFY(LeadScoring(db).saveRules({director}).ok());
        const qint64 bea = contact(db, QStringLiteral("Bea"));
        QVERIFY(query.exec(QStringLiteral("UPDATE contacts SET title = 'Director' WHERE id = %1").arg(bea)));
        QVERIFY(LeadScoring(db).rescoreAll(Clock::now()).ok());

        TodayPage page;
        QSignalSpy contacts(&page, &TodayPage::openContactRequested);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTreeWidget* tree = page.tree();
        QCOMPARE(sections(tree), QStringList{QStringLiteral("Who to call next (2)")});
        QTreeWidgetItem* item = tree->currentItem();
        QTreeWidgetItem* lead = tree->topLevelItem(0)->child(1);
        QCOMPARE(lead->text(0), QStringLiteral("Lead"));
        QCOMPARE(lead->text(1), QStringLiteral("Bea — score 40: Director +40; never contacted"));
        QCOMPARE(item->text(0), QStringLiteral("Can't lose them"));
        QVERIFY2(item->text(1).startsWith(QStringLiteral("Ada — 5 orders, the last on ")), qPrintable(item->text(1)));
        QVERIFY2(item->text(1).contains(QStringLiteral("5,000.00")), qPrintable(item->text(1)));
        QVERIFY2(item->text(1).endsWith(QStringLiteral(" in all; never contacted")), qPrintable(item->text(1)));
        test::screenshot(&page, QStringLiteral("today-who-to-call"));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.first().first().toLongLong(), ada);
        QCOMPARE(page.logTarget().contactId, ada);

        Interaction call;
        call.contactId = ada;
        call.kind = InteractionKinds::call;
        call.occurredAt = Clock::now();
        QVERIFY(InteractionRepository(db).log(call).ok());
        page.refresh();
        QCOMPARE(sections(tree), QStringList{QStringLiteral("Who to call next (1)")});
        // Bea: Down, Enter, and a call logged today takes her off too.
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("Lead"));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(contacts.last().first().toLongLong(), bea);
        QCOMPARE(page.logTarget().contactId, bea);
        call.contactId = bea;
        QVERIFY(InteractionRepository(db).log(call).ok());
        page.refresh();
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("empty"))->isVisible());
    }

    // A long day: sections show their first items behind "Show all"; after D or S the next item is selected;
    // sections fold by key and stay folded when the page reads the day again.
    void nextItemShowAllAndFolding()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 ada = contact(db, QStringLiteral("Ada"));
        ReminderRepository reminders(db);
        const int overdueCount = TodayPage::shownPerSection + 4;
        for (int i = 0; i < overdueCount; ++i) {
            Reminder reminder;
            // "Call back Ada" names her already: the name is not repeated.
            reminder.title = i == 0 ? QStringLiteral("Call back Ada") : QStringLiteral("Task %1").arg(i);
            reminder.dueAt = QDateTime(today.addDays(-overdueCount + i), QTime(9, 0)).toUTC();
            reminder.contactId = ada;
            QVERIFY(reminders.create(reminder).ok());
        }
        Reminder due;
        due.title = QStringLiteral("Today's task");
        due.dueAt = QDateTime(today, QTime(11, 0)).toUTC();
        QVERIFY(reminders.create(due).ok());

        TodayPage page;
        page.resize(900, 600);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTreeWidget* tree = page.tree();
        QTreeWidgetItem* overdue = tree->topLevelItem(0);
        QCOMPARE(overdue->text(0), QStringLiteral("Overdue (%1)").arg(overdueCount));
        // The most urgent first: the oldest overdue on top.
        QCOMPARE(overdue->child(0)->text(1), QStringLiteral("Call back Ada"));
        QCOMPARE(overdue->childCount(), TodayPage::shownPerSection + 1);
        QTreeWidgetItem* showAll = overdue->child(TodayPage::shownPerSection);
        QCOMPARE(showAll->text(1), QStringLiteral("Show all %1…").arg(overdueCount));

        // D on the third item: the fourth takes its place and is selected.
        tree->setFocus();
        tree->setCurrentItem(overdue->child(2));
        QTest::keyClick(tree, Qt::Key_D);
        QCOMPARE(tree->currentItem()->text(1), QStringLiteral("Task 3 — Ada"));
        QTest::keyClick(tree, Qt::Key_S);
        QCOMPARE(tree->currentItem()->text(1), QStringLiteral("Task 4 — Ada"));
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Overdue (%1)").arg(overdueCount - 2));

        // Enter on "Show all": every item, the first of those that were hidden selected.
        overdue = tree->topLevelItem(0);
        tree->setCurrentItem(overdue->child(TodayPage::shownPerSection));
        QTest::keyClick(tree, Qt::Key_Return);
        overdue = tree->topLevelItem(0);
        QCOMPARE(overdue->childCount(), overdueCount - 2);
        QCOMPARE(tree->currentItem(), overdue->child(TodayPage::shownPerSection));

        // Fold with Left on the section, and it stays folded when the day is read again; Enter opens it again.
        tree->setCurrentItem(overdue);
        // Left folds, or Right where the page reads right to left.
        QTest::keyClick(tree, tree->isRightToLeft() ? Qt::Key_Right : Qt::Key_Left);
        QVERIFY(!tree->topLevelItem(0)->isExpanded());
        page.refresh();
        QVERIFY(!tree->topLevelItem(0)->isExpanded());
        QVERIFY(tree->topLevelItem(1)->isExpanded());
        QCOMPARE(tree->currentItem(), tree->topLevelItem(0));
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(tree->topLevelItem(0)->isExpanded());
        test::screenshot(&page, QStringLiteral("today-page-long"));

        // After the last item of a section, a folded section's items are passed over: it stays folded.
        tree->topLevelItem(1)->setExpanded(false);
        overdue = tree->topLevelItem(0);
        tree->setCurrentItem(overdue->child(overdue->childCount() - 1));
        QTest::keyClick(tree, Qt::Key_D);
        QVERIFY(!tree->topLevelItem(1)->isExpanded());
        QCOMPARE(tree->currentItem()->parent(), tree->topLevelItem(0));
    }

    void emptyDaySaysWhatToDo()
    {
        test::TestDatabase fixture;
        TodayPage page;
        page.setDatabase(fixture.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.tree()->isVisible());
        auto* empty = page.findChild<QLabel*>(QStringLiteral("empty"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Ctrl+L")));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("heading"))->text(),
                 QLocale().toString(today, QLocale::LongFormat));
    }

    // The key hints are read at list size, Bengali vowel signs included: as clear as WCAG asks of text (4.5:1)
    // against the window, in the light palette and the dark one. The desktop's half-transparent placeholder gave
    // 3.9:1.
    void keyHintsAreReadable()
    {
        const auto luminance = [](const QColor& colour) {
            const auto channel = [](double value) {
                return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
                   0.0722 * channel(colour.blueF());
        };
        const QPalette before = QApplication::palette();
        for (const bool dark : {false, true}) {
            if (dark)
                test::applyDarkPalette();
            TodayPage page;
            auto* keys = page.findChild<QLabel*>(QStringLiteral("keys"));
            const QColor back = keys->palette().color(QPalette::Window);
            // As drawn: a half-transparent colour over the window.
            const QColor fore = keys->palette().color(keys->foregroundRole());
            const auto over = [&](double front, double behind) {
                return front * fore.alphaF() + behind * (1 - fore.alphaF());
            };
            const double text = luminance(QColor::fromRgbF(
                over(fore.redF(), back.redF()), over(fore.greenF(), back.greenF()), over(fore.blueF(), back.blueF())));
            const double window = luminance(back);
            const double contrast = (std::max(text, window) + 0.05) / (std::min(text, window) + 0.05);
            QVERIFY2(contrast >= 4.5, qPrintable(QStringLiteral("dark %1: %2:1").arg(dark).arg(contrast)));
        }
        QApplication::setPalette(before);
    }

    // In Persian the sections' counts and the ages are in Persian digits, as the dates beside them are.
    void persianCountsAndAges()
    {
        test::InPersian persian;
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 ada = contact(db, QStringLiteral("Ada"));
        contact(db, QStringLiteral("Carl"), QDate(1980, 11, 26));
        ReminderRepository reminders(db);
        for (int i = 0; i < 12; ++i) {
            Reminder reminder;
            reminder.title = QStringLiteral("Call back");
            reminder.dueAt = QDateTime(today.addDays(-1), QTime(9, i)).toUTC();
            reminder.contactId = ada;
            QVERIFY(reminders.create(reminder).ok());
        }

        TodayPage page;
        page.resize(900, 600);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QStringList titles = sections(page.tree());
        QCOMPARE(titles.size(), 2);
        for (const QString& title : titles)
            QVERIFY2(test::hasPersianDigitsOnly(title), qPrintable(title));
        QVERIFY2(titles.first().contains(QStringLiteral("۱۲")), qPrintable(titles.first()));
        const QList<QTreeWidgetItem*> birthday =
            page.tree()->findItems(QStringLiteral("Carl"), Qt::MatchContains | Qt::MatchRecursive, 1);
        QCOMPARE(birthday.size(), 1);
        const QString turns = birthday.first()->text(1);
        QVERIFY2(test::hasPersianDigitsOnly(turns) && turns.contains(QStringLiteral("۴۶")), qPrintable(turns));
    }
};

QTEST_MAIN(TestTodayPage)
#include "tst_todaypage.moc"
