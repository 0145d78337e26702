// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InputProblem.h"
#include "Result.h"
#include "domain/Reminder.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace kontor {

struct ReminderOutcome
{
    qint64 reminderId = 0;
    /// A recurring reminder marked done moves on: its next due time. Invalid otherwise.
    QDateTime nextDueAt;
    QString message;
};

class ReminderActions
{
    Q_DECLARE_TR_FUNCTIONS(ReminderActions)

public:
    /// Kontor's one check of a reminder: a title, a due time, a contact that exists. Field keys: "title", "due",
    /// "contact".
    static std::optional<InputProblem> check(const QSqlDatabase& db, const Reminder& reminder);
    /// Creates (`reminder.id` 0) or saves the reminder. Events: ReminderCreated for a new one.
    static Result<ReminderOutcome> save(const QSqlDatabase& db, Reminder reminder);
    /// Marks it done (a recurring one moves to its next time). Events: ReminderDone.
    static Result<ReminderOutcome> done(const QSqlDatabase& db, qint64 reminderId);
    /// Snoozes it until `until`.
    static Result<ReminderOutcome> snooze(const QSqlDatabase& db, qint64 reminderId, const QDateTime& until);
};

} // namespace kontor
