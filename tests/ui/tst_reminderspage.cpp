// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "Clock.h"
#include "Translations.h"
#include "dialogs/ReminderDialog.h"
#include "repositories/ContactRepository.h"
#include "repositories/ReminderRepository.h"
#include "views/Icons.h"
#include "views/MainWindow.h"
#include "views/ReminderNotifier.h"
#include "views/RemindersPage.h"

#include <QAbstractButton>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QTextCharFormat>
#include <QToolButton>
#include <QTreeWidget>

using namespace kontor;
using kontor::ui::RemindersPage;

class TestRemindersPage : public QObject
{
    Q_OBJECT

private:
    const QDate today{2026, 11, 24};
    FixedClock m_clock{QDateTime(today, QTime(10, 0)).toUTC()};

    static QStringList sections(QTreeWidget* tree)
    {
        QStringList titles;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            titles << tree->topLevelItem(i)->text(0);
        return titles;
    }

    static QTreeWidgetItem* find(QTreeWidget* tree, const QString& title)
    {
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->text(1) == title)
                return *it;
        }
        return nullptr;
    }

    static qint64 add(const QSqlDatabase& db, const QString& title, const QDateTime& due, qint64 contact = 0)
    {
        Reminder reminder;
        reminder.title = title;
        reminder.dueAt = due.toUTC();
        reminder.contactId = contact;
        return ReminderRepository(db).create(reminder).value();
    }

private slots:
    void initTestCase()
    {
        installTranslations(*qApp, QStringLiteral("en"));
        Clock::setInstance(&m_clock);
    }
    void cleanupTestCase() { Clock::setInstance(nullptr); }
    void init() { m_clock.set(QDateTime(today, QTime(10, 0)).toUTC()); }

    // On a small window the list gets the room and what is to be done the widest column; a long name is cut. In
    // Bengali, whose dates and names are wide, every title was cut to a name at 1024 px.
    void theListGetsTheRoom_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Bengali") << QStringLiteral("bn");
    }

    void theListGetsTheRoom()
    {
        QFETCH(QString, language);
        installTranslations(*qApp, language);
        const auto english = qScopeGuard([] { installTranslations(*qApp, QStringLiteral("en")); });
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        Contact long_;
        long_.firstName = QStringLiteral("Bartholomew Maximilian");
        long_.lastName = QStringLiteral("Featherstonehaugh-Cholmondeley");
        const qint64 id = ContactRepository(db).create(long_).value();
        add(db, QStringLiteral("Send the proposal for the new warehouse"), QDateTime(today, QTime(15, 0)), id);
        add(db, QStringLiteral("Call about the invoice"), QDateTime(today.addDays(-3), QTime(10, 0)), id);
        RemindersPage page;
        page.resize(1024 - 170, 650);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTreeWidget* list = page.list();
        const QString widths = QStringLiteral("%1 %2 %3 %4 of %5")
                                   .arg(list->columnWidth(0))
                                   .arg(list->columnWidth(1))
                                   .arg(list->columnWidth(2))
                                   .arg(list->columnWidth(3))
                                   .arg(list->viewport()->width());
        QVERIFY2(list->columnWidth(1) >= list->columnWidth(2) * 3 / 2, qPrintable(widths));
        QVERIFY2(list->columnWidth(1) >= list->viewport()->width() / 4, qPrintable(widths));
        // Bengali's weekday names make the calendar wider; still the list gets more.
        QVERIFY(list->width() > page.calendar()->width() * (language == QStringLiteral("en") ? 3 : 2) / 2);
        test::screenshot(&page, QStringLiteral("reminders-small-") + language);
    }

    // The day under the calendar names a reminder's contact once: not after a title that says it already.
    void theDayNamesTheContactOnce()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        const qint64 adaId = ContactRepository(db).create(ada).value();
        add(db, QStringLiteral("Ring Ada"), QDateTime(today.addDays(6), QTime(9, 0)), adaId);
        add(db, QStringLiteral("Invoice"), QDateTime(today.addDays(6), QTime(10, 0)), adaId);
        RemindersPage page;
        page.resize(1200, 700);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.calendar()->setSelectedDate(today.addDays(6));
        QCOMPARE(page.dayList()->count(), 2);
        QVERIFY(page.dayList()->item(0)->text().endsWith(QStringLiteral("Ring Ada")));
        QVERIFY(page.dayList()->item(1)->text().endsWith(QStringLiteral("Invoice — Ada")));
    }

    void listsKeysAndCalendar()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        const qint64 adaId = ContactRepository(db).create(ada).value();
        const qint64 overdue =
            add(db, QStringLiteral("Send the quote"), QDateTime(today.addDays(-2), QTime(9, 0)), adaId);
        add(db, QStringLiteral("Call back"), QDateTime(today, QTime(15, 0)));
        const qint64 later = add(db, QStringLiteral("Quarterly review"), QDateTime(today.addDays(5), QTime(11, 0)));
        add(db, QStringLiteral("Far away"), QDateTime(today.addDays(90), QTime(11, 0)));

        RemindersPage page;
        page.resize(1200, 700);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTreeWidget* list = page.list();
        QCOMPARE(sections(list), (QStringList{QStringLiteral("Overdue (1)"), QStringLiteral("Today (1)"),
                                              QStringLiteral("Next 30 days (1)")}));
        QCOMPARE(list->currentItem()->text(1), QStringLiteral("Send the quote"));
        QCOMPARE(list->currentItem()->text(2), QStringLiteral("Ada"));
        // The calendar marks the days that have reminders and lists the selected day's.
        QCalendarWidget* calendar = page.calendar();
        QCOMPARE(calendar->dateTextFormat(today.addDays(5)).fontWeight(), int(QFont::Bold));
        QCOMPARE(calendar->dateTextFormat(today.addDays(1)).fontWeight(), int(QFont::Normal));
        calendar->setSelectedDate(today.addDays(5));
        QCOMPARE(page.dayList()->count(), 1);
        QVERIFY(page.dayList()->item(0)->text().endsWith(QStringLiteral("Quarterly review")));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("dayHeading"))->text().endsWith(QStringLiteral("1 reminder")));
        test::screenshot(&page, QStringLiteral("reminders-page"));
        // The month arrows are Kontor's, in the palette's text colour, and come back after the palette changes.
        // Mirrored, the previous month's button stands on the right and points right: its icon is "next".
        const auto arrowIs = [&](const char* button, const QString& icon) {
            const QIcon shown = calendar->findChild<QToolButton*>(QLatin1String(button))->icon();
            return shown.pixmap(16, 16).toImage() == ui::Icons::icon(icon, page.palette()).pixmap(16, 16).toImage();
        };
        const QString back = calendar->isRightToLeft() ? QStringLiteral("next") : QStringLiteral("previous");
        const QString on = calendar->isRightToLeft() ? QStringLiteral("previous") : QStringLiteral("next");
        QVERIFY(arrowIs("qt_calendar_prevmonth", back));
        QVERIFY(arrowIs("qt_calendar_nextmonth", on));
        page.setPalette(test::darkPalette());
        QTRY_VERIFY(arrowIs("qt_calendar_prevmonth", back));
        page.setPalette(QPalette());

        // D: done, and it moves to the done section.
        list->setFocus();
        list->setCurrentItem(find(list, QStringLiteral("Send the quote")));
        QTest::keyClick(list, Qt::Key_D);
        QVERIFY(ReminderRepository(db).get(overdue)->isDone());
        QCOMPARE(sections(list).first(), QStringLiteral("Today (1)"));
        QCOMPARE(sections(list).last(), QStringLiteral("Done in the last 30 days (1)"));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("done"))->isEnabled() ||
                page.currentReminderId() != overdue);

        // S: snoozed until tomorrow morning.
        list->setCurrentItem(find(list, QStringLiteral("Call back")));
        QTest::keyClick(list, Qt::Key_S);
        QCOMPARE(sections(list).first(), QStringLiteral("Next 30 days (2)"));

        // Enter in the day's list edits that reminder: a weekly repetition.
        page.dayList()->setFocus();
        page.dayList()->setCurrentRow(0);
        test::whenModalShown([](QWidget* dialog) {
            auto* recurrence = dialog->findChild<QComboBox*>(QStringLiteral("recurrence"));
            recurrence->setCurrentIndex(recurrence->findData(recurrenceKey(Recurrence::Weekly)));
            test::screenshot(dialog, QStringLiteral("reminder-dialog"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        });
        QTest::keyClick(page.dayList(), Qt::Key_Return);
        QCOMPARE(ReminderRepository(db).get(later)->recurrence, Recurrence::Weekly);
        QCOMPARE(find(list, QStringLiteral("Quarterly review"))->text(3), QStringLiteral("Every week"));

        // Delete asks first.
        page.activateWindow(); // back from the dialog: shortcuts go to the active window
        QVERIFY(QTest::qWaitForWindowActive(&page));
        list->setFocus();
        list->setCurrentItem(find(list, QStringLiteral("Quarterly review")));
        test::Answers answers({QMessageBox::Yes});
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(answers.asked.size(), 1);
        QCOMPARE(answers.asked.at(0).title, QStringLiteral("Delete Reminder"));
        QVERIFY(!find(list, QStringLiteral("Quarterly review")));
        QVERIFY(ReminderRepository(db).get(later)->archivedAt.isValid());
    }

    void newReminderWithContactAndRepetition()
    {
        test::TestDatabase fixture;
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Lovelace");
        const qint64 adaId = ContactRepository(fixture.db()).create(ada).value();
        ui::ReminderDialog dialog(fixture.db(), 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Tomorrow at 9:00 unless changed.
        QCOMPARE(dialog.findChild<QDateTimeEdit*>(QStringLiteral("when"))->dateTime(),
                 QDateTime(today.addDays(1), QTime(9, 0)));
        auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.errorText(), QStringLiteral("Say what to do."));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("title")), QStringLiteral("Birthday call"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("contact")), QStringLiteral("Ada Lov"));
        auto* recurrence = dialog.findChild<QComboBox*>(QStringLiteral("recurrence"));
        recurrence->setCurrentIndex(recurrence->findData(recurrenceKey(Recurrence::Yearly)));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto saved = ReminderRepository(fixture.db()).get(dialog.savedReminderId());
        QCOMPARE(saved->title, QStringLiteral("Birthday call"));
        QCOMPARE(saved->contactId, adaId);
        QCOMPARE(saved->recurrence, Recurrence::Yearly);
        QCOMPARE(saved->dueAt, QDateTime(today.addDays(1), QTime(9, 0)).toUTC());
    }

    void dueRemindersAreAnnouncedOnceAndCounted()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        const qint64 adaId = ContactRepository(db).create(ada).value();
        add(db, QStringLiteral("Already overdue"), QDateTime(today.addDays(-1), QTime(9, 0)));
        add(db, QStringLiteral("Call Ada"), QDateTime(today, QTime(10, 1)), adaId);
        add(db, QStringLiteral("Tomorrow"), QDateTime(today.addDays(1), QTime(10, 1)));

        ui::MainWindow window(fixture.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Today (2)"));
        int announcements = 0;
        connect(window.reminderNotifier(), &ui::ReminderNotifier::remindersDue, this,
                [&announcements] { ++announcements; });
        // What was due before the window opened is Today's, not a notification.
        window.reminderNotifier()->check();
        QCOMPARE(announcements, 0);
        QVERIFY(window.lastAnnouncement().isEmpty());
        m_clock.advanceSecs(120);
        window.reminderNotifier()->check();
        QCOMPARE(window.lastAnnouncement(), QStringLiteral("Call Ada — Ada"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Today (2)"));
        QCOMPARE(announcements, 1);
        // Each reminder once.
        m_clock.advanceSecs(120);
        window.reminderNotifier()->check();
        QCOMPARE(announcements, 1);
        // A day later, tomorrow's comes due and the badge counts three.
        m_clock.advanceSecs(24 * 3600);
        window.reminderNotifier()->check();
        QCOMPARE(window.lastAnnouncement(), QStringLiteral("Tomorrow"));
        QCOMPARE(announcements, 2);
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Today (3)"));
    }
};

QTEST_MAIN(TestRemindersPage)
#include "tst_reminderspage.moc"
