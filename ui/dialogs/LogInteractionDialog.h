// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>

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
/// saved together with Enter (Shift+Enter starts a new line in the notes).
class LogInteractionDialog : public QDialog
{
    Q_OBJECT

public:
    /// With `contactId` 0 the user picks the contact by typing its name.
    LogInteractionDialog(const QSqlDatabase& db, qint64 contactId, QWidget* parent = nullptr);

    qint64 contactId() const { return m_contactId; }
    qint64 savedInteractionId() const { return m_interactionId; }
    qint64 savedReminderId() const { return m_reminderId; }
    /// The meeting scheduled as the next step, or 0.
    qint64 savedMeetingId() const { return m_meetingId; }
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

    QSqlDatabase m_db;
    qint64 m_contactId = 0;
    QString m_contactName;
    qint64 m_interactionId = 0;
    qint64 m_reminderId = 0;
    qint64 m_meetingId = 0;

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
    ErrorLabel* m_error;
};

} // namespace kontor::ui
