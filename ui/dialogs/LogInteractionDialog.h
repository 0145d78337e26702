// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace kontor::ui {

class ErrorLabel;

class ContactPicker;

/// "Log interaction" (Ctrl+L): what happened, how it went, notes, and optionally the follow-up reminder,
/// saved together with Enter (Shift+Enter starts a new line in the notes). When the contact has a reminder that is
/// due (or the one logged from is given), it offers to mark it done in the same step.
class LogInteractionDialog : public QDialog
{
    Q_OBJECT

public:
    /// With `contactId` 0 the user picks the contact by typing its name; the contact can be changed either way.
    /// `reminderId`: the reminder the call is logged from (Today, Reminders), offered to be marked done.
    LogInteractionDialog(const QSqlDatabase& db, qint64 contactId, QWidget* parent = nullptr, qint64 reminderId = 0);

    qint64 contactId() const { return m_contactId; }
    qint64 savedInteractionId() const { return m_interactionId; }
    qint64 savedReminderId() const { return m_reminderId; }
    /// The meeting scheduled as the next step, or 0.
    qint64 savedMeetingId() const { return m_meetingId; }
    /// The reminder offered to be marked done (0: none), and whether saving marked it done.
    qint64 offeredReminderId() const { return m_offeredReminderId; }
    bool closedReminder() const { return m_closedReminder; }
    /// What was saved, in a sentence: for the status bar and as the name of the undo step.
    QString savedMessage() const { return m_savedMessage; }
    QString errorText() const;

    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class NextStep { None, Reminder, Meeting };
    NextStep nextStep() const;
    QString outcomeKey() const;
    void showError(const QString& message);
    void updateFollowUpTitle();
    void contactChosen(qint64 contactId);
    /// Offers the reminder to mark done: `preferred` when it is the contact's and open, else the contact's
    /// earliest reminder due by the end of today.
    void offerReminder(qint64 preferred);

    QSqlDatabase m_db;
    qint64 m_contactId = 0;
    QString m_contactName;
    qint64 m_interactionId = 0;
    qint64 m_reminderId = 0;
    qint64 m_meetingId = 0;
    /// The reminder the dialog was opened from: offered whenever its contact is the one chosen.
    qint64 m_fromReminderId = 0;
    qint64 m_offeredReminderId = 0;
    bool m_closedReminder = false;
    QString m_savedMessage;

    ContactPicker* m_contact;
    QComboBox* m_kind;
    QComboBox* m_outcome;
    QDateTimeEdit* m_when;
    QSpinBox* m_duration;
    QLineEdit* m_subject;
    QPlainTextEdit* m_notes;
    QComboBox* m_nextStep;
    QDateTimeEdit* m_followUpWhen;
    QLineEdit* m_followUpTitle;
    QCheckBox* m_markDone;
    ErrorLabel* m_error;
};

} // namespace kontor::ui
