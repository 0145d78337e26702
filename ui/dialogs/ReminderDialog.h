// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Reminder.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kontor::ui {

class ErrorLabel;

class ContactPicker;

/// A new reminder or an existing one: title, when, contact, repetition and notes.
class ReminderDialog : public QDialog
{
    Q_OBJECT

public:
    /// `reminderId` 0 makes a new reminder, due at `due` (tomorrow 9:00 when invalid) for `contactId`.
    ReminderDialog(const QSqlDatabase& db, qint64 reminderId, QWidget* parent = nullptr, qint64 contactId = 0,
                   const QDateTime& due = {});

    qint64 savedReminderId() const { return m_reminderId; }
    QString errorText() const;

    /// The display name of a repetition, for lists.
    static QString recurrenceName(Recurrence recurrence);

    void accept() override;

private:
    void showError(const QString& message);

    QSqlDatabase m_db;
    qint64 m_reminderId = 0;
    Reminder m_original;
    QLineEdit* m_title;
    QDateTimeEdit* m_when;
    ContactPicker* m_contact;
    QComboBox* m_recurrence;
    QPlainTextEdit* m_notes;
    ErrorLabel* m_error;
};

} // namespace kontor::ui
