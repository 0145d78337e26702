// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "dialogs/LogInteractionDialog.h"
#include "repositories/ContactRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/ReminderRepository.h"
#include "repositories/SettingsRepository.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace kontor;

class TestLogInteractionDialog : public QObject
{
    Q_OBJECT

private:
    static qint64 add(const QSqlDatabase& db, const QString& first, const QString& last)
    {
        Contact contact;
        contact.firstName = first;
        contact.lastName = last;
        return ContactRepository(db).create(contact).value();
    }

private slots:
    void enterSavesWithFollowUp()
    {
        test::TestDatabase fixture;
        const qint64 id = add(fixture.db(), QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        ui::LogInteractionDialog dialog(fixture.db(), id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The date defaults to now.
        const QDateTime when = dialog.findChild<QDateTimeEdit*>(QStringLiteral("when"))->dateTime();
        QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTime())) < 120);

        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("kind"));
        kind->setCurrentIndex(kind->findData(InteractionKinds::meeting));
        auto* notes = dialog.findChild<QPlainTextEdit*>(QStringLiteral("notes"));
        QVERIFY(notes->hasFocus());
        QTest::keyClicks(notes, QStringLiteral("Agreed on a pilot"));
        QTest::keyClick(notes, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(notes, QStringLiteral("Send contract"));
        auto* nextStep = dialog.findChild<QComboBox*>(QStringLiteral("nextStep"));
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("followUpTitle"))->isEnabled());
        nextStep->setCurrentIndex(1); // follow-up reminder
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("followUpTitle"))->text(),
                 QStringLiteral("Follow up with Ada Lovelace"));
        test::screenshot(&dialog, QStringLiteral("log-interaction-dialog"));
        notes->setFocus();
        QTest::keyClick(notes, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        auto interaction = InteractionRepository(fixture.db()).get(dialog.savedInteractionId());
        QVERIFY(interaction.ok());
        QCOMPARE(interaction->kind, InteractionKinds::meeting);
        QCOMPARE(interaction->notes, QStringLiteral("Agreed on a pilot\nSend contract"));
        QCOMPARE(interaction->contactId, id);
        auto reminders = ReminderRepository(fixture.db()).forContact(id, false);
        QCOMPARE(reminders->size(), 1);
        QCOMPARE(reminders->first().title, QStringLiteral("Follow up with Ada Lovelace"));
        QCOMPARE(reminders->first().dueAt.toLocalTime().time(), QTime(9, 0));
    }

    void nextMeetingAndATypedOutcome()
    {
        test::TestDatabase fixture;
        const qint64 id = add(fixture.db(), QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        {
            ui::LogInteractionDialog dialog(fixture.db(), id);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto* outcome = dialog.findChild<QComboBox*>(QStringLiteral("outcome"));
            outcome->lineEdit()->selectAll();
            QTest::keyClicks(outcome->lineEdit(), QStringLiteral("Asked for references"));
            auto* nextStep = dialog.findChild<QComboBox*>(QStringLiteral("nextStep"));
            nextStep->setCurrentIndex(2); // next meeting
            QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("followUpTitle"))->text(),
                     QStringLiteral("Meeting with Ada Lovelace"));
            const QDateTime when(QDate::currentDate().addDays(7), QTime(14, 0));
            dialog.findChild<QDateTimeEdit*>(QStringLiteral("followUpWhen"))->setDateTime(when);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(InteractionRepository(fixture.db()).get(dialog.savedInteractionId())->outcome,
                     QStringLiteral("Asked for references"));
            auto meeting = InteractionRepository(fixture.db()).get(dialog.savedMeetingId());
            QVERIFY2(meeting.ok(), qPrintable(meeting.error()));
            QCOMPARE(meeting->kind, InteractionKinds::meeting);
            QCOMPARE(meeting->occurredAt, when.toUTC());
            QCOMPARE(meeting->subject, QStringLiteral("Meeting with Ada Lovelace"));
            QCOMPARE(dialog.savedReminderId(), qint64(0));
            // The call points at the meeting it booked ("led to another appointment" in the weekly figures), and
            // the meeting next week does not count as the last contact.
            QCOMPARE(InteractionRepository(fixture.db()).get(dialog.savedInteractionId())->nextMeetingId,
                     dialog.savedMeetingId());
            QVERIFY(ContactRepository(fixture.db()).get(id)->lastInteractionAt < when.toUTC());
        }
        // The typed outcome is offered next time; a built-in one is stored by its key.
        QCOMPARE(SettingsRepository(fixture.db()).customOutcomes(),
                 QStringList{QStringLiteral("Asked for references")});
        ui::LogInteractionDialog again(fixture.db(), id);
        auto* outcome = again.findChild<QComboBox*>(QStringLiteral("outcome"));
        QVERIFY(outcome->findText(QStringLiteral("Asked for references")) > 0);
        outcome->setCurrentIndex(outcome->findData(InteractionOutcomes::voicemail));
        again.accept();
        QCOMPARE(InteractionRepository(fixture.db()).get(again.savedInteractionId())->outcome,
                 InteractionOutcomes::voicemail);
    }

    void noOutcomeUnlessChosen()
    {
        // A quick note saved with Enter is not a success in the reports: nothing is chosen for the user.
        test::TestDatabase fixture;
        const qint64 id = add(fixture.db(), QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        ui::LogInteractionDialog dialog(fixture.db(), id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* notes = dialog.findChild<QPlainTextEdit*>(QStringLiteral("notes"));
        QTest::keyClicks(notes, QStringLiteral("Left a message"));
        QTest::keyClick(notes, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(InteractionRepository(fixture.db()).get(dialog.savedInteractionId())->outcome, QString());
    }

    void theContactCanBeChangedAndTheTitleSaysWho()
    {
        test::TestDatabase fixture;
        const qint64 ada = add(fixture.db(), QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const qint64 grace = add(fixture.db(), QStringLiteral("Grace"), QStringLiteral("Hopper"));
        ui::LogInteractionDialog dialog(fixture.db(), ada);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Log interaction with Ada Lovelace"));
        auto* contact = dialog.findChild<QLineEdit*>(QStringLiteral("contact"));
        QVERIFY(!contact->isReadOnly());
        contact->setFocus();
        contact->selectAll();
        QTest::keyClicks(contact, QStringLiteral("hopp"));
        QTRY_VERIFY(contact->completer()->popup()->isVisible());
        QTest::keyClick(contact->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(contact->completer()->popup(), Qt::Key_Return);
        QCOMPARE(dialog.contactId(), grace);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Log interaction with Grace Hopper"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(InteractionRepository(fixture.db()).get(dialog.savedInteractionId())->contactId, grace);
        QCOMPARE(InteractionRepository(fixture.db()).forContact(ada, 10)->size(), 0);
    }

    void closesTheDueReminderInTheSameStep()
    {
        test::TestDatabase fixture;
        const qint64 id = add(fixture.db(), QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        Reminder due;
        due.title = QStringLiteral("Call back Ada");
        due.dueAt = QDateTime::currentDateTimeUtc().addDays(-1);
        due.contactId = id;
        const qint64 dueId = ReminderRepository(fixture.db()).create(due).value();
        Reminder later = due;
        later.title = QStringLiteral("Send the offer");
        later.dueAt = QDateTime::currentDateTimeUtc().addDays(9);
        const qint64 laterId = ReminderRepository(fixture.db()).create(later).value();

        ui::LogInteractionDialog dialog(fixture.db(), id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* markDone = dialog.findChild<QCheckBox*>(QStringLiteral("markDone"));
        QVERIFY(markDone->isVisible());
        QCOMPARE(markDone->text(), QStringLiteral("Mark “Call back Ada” done"));
        QVERIFY(markDone->isChecked());
        test::screenshot(&dialog, QStringLiteral("log-interaction-closes-reminder"));
        // One Enter: the call, its note, the next step and the reminder closed.
        auto* notes = dialog.findChild<QPlainTextEdit*>(QStringLiteral("notes"));
        QTest::keyClicks(notes, QStringLiteral("Called back"));
        dialog.findChild<QComboBox*>(QStringLiteral("nextStep"))->setCurrentIndex(1);
        notes->setFocus();
        QTest::keyClick(notes, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.closedReminder());
        QVERIFY(ReminderRepository(fixture.db()).get(dueId)->isDone());
        QVERIFY(!ReminderRepository(fixture.db()).get(laterId)->isDone());
        QVERIFY(dialog.savedReminderId() != 0);
        QCOMPARE(dialog.savedMessage(), QStringLiteral("Interaction logged, reminder done and follow-up scheduled."));

        // Logged from a reminder that is not due yet, that one is offered; unticked, it stays open.
        ui::LogInteractionDialog fromLater(fixture.db(), id, nullptr, laterId);
        auto* offered = fromLater.findChild<QCheckBox*>(QStringLiteral("markDone"));
        QCOMPARE(fromLater.offeredReminderId(), laterId);
        QVERIFY(offered->isChecked());
        offered->setChecked(false);
        fromLater.accept();
        QCOMPARE(fromLater.result(), int(QDialog::Accepted));
        QVERIFY(!ReminderRepository(fixture.db()).get(laterId)->isDone());

        // With no reminder due, nothing is offered.
        ui::LogInteractionDialog nothingDue(fixture.db(), id);
        QCOMPARE(nothingDue.offeredReminderId(), qint64(0));
        QVERIFY(nothingDue.findChild<QCheckBox*>(QStringLiteral("markDone"))->isHidden());
    }

    void pickContactByTyping()
    {
        test::TestDatabase fixture;
        add(fixture.db(), QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const qint64 grace = add(fixture.db(), QStringLiteral("Grace"), QStringLiteral("Hopper"));
        ui::LogInteractionDialog dialog(fixture.db(), 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* contact = dialog.findChild<QLineEdit*>(QStringLiteral("contact"));
        QVERIFY(contact->hasFocus());
        QTest::keyClicks(contact, QStringLiteral("hopp"));
        QTRY_VERIFY(contact->completer()->popup()->isVisible());
        QTest::keyClick(contact->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(contact->completer()->popup(), Qt::Key_Return);
        QCOMPARE(dialog.contactId(), grace);
        QTest::keyClick(contact, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(InteractionRepository(fixture.db()).forContact(grace, 10)->size(), 1);
    }

    void noContactIsAClearError()
    {
        test::TestDatabase fixture;
        add(fixture.db(), QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        ui::LogInteractionDialog dialog(fixture.db(), 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("contact")), QStringLiteral("Nobody"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().contains(QStringLiteral("Nobody")));
    }
};

QTEST_MAIN(TestLogInteractionDialog)
#include "tst_loginteractiondialog.moc"
