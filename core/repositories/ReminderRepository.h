// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Reminder.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace kontor {

class ReminderRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReminderRepository)

public:
    explicit ReminderRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> create(const Reminder& reminder);
    Result<Reminder> get(qint64 id) const;
    /// Marks the reminder done. A recurring one moves on to its next occurrence instead, and returns that
    /// new due time; a one-off returns an invalid time.
    Result<QDateTime> markDone(qint64 id, const QDateTime& when = {});
    Status snooze(qint64 id, const QDateTime& until);
    Status archive(qint64 id);
    /// Open reminders that ask for attention before `until` (due or snoozed to then), earliest first.
    Result<QList<Reminder>> openDueBefore(const QDateTime& until, int limit = 500) const;
    Result<QList<Reminder>> forContact(qint64 contactId, bool includeDone) const;

private:
    QSqlDatabase m_db;
};

} // namespace kontor
