// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace kontor {

enum class Recurrence { None, Daily, Weekly, Monthly, Yearly };

QString recurrenceKey(Recurrence recurrence);
Recurrence recurrenceFromKey(const QString& key);
/// The next occurrence after `from` for a recurring reminder; invalid for Recurrence::None.
QDateTime nextOccurrence(const QDateTime& from, Recurrence recurrence);

struct Reminder
{
    qint64 id = 0;
    QString title;
    QString notes;
    QDateTime dueAt;
    qint64 contactId = 0;
    qint64 dealId = 0;
    qint64 ownerId = 0;
    Recurrence recurrence = Recurrence::None;
    QDateTime snoozedUntil;
    QDateTime doneAt;
    QDateTime createdAt;
    QDateTime archivedAt;

    bool isDone() const { return doneAt.isValid(); }
    /// When it next asks for attention: the snooze time if snoozed, else the due time.
    QDateTime effectiveDueAt() const { return snoozedUntil.isValid() ? snoozedUntil : dueAt; }
};

} // namespace kontor
