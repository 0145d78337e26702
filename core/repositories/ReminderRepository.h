// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Reminder.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QTimeZone>

namespace kontor {

/// A reminder with the name of its contact, for lists.
struct ReminderItem
{
    Reminder reminder;
    QString contactName;
};

class ReminderRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReminderRepository)

public:
    explicit ReminderRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> create(const Reminder& reminder);
    /// Saves title, notes, due time, contact, deal and recurrence; a new due time ends a snooze.
    Status update(const Reminder& reminder);
    Result<Reminder> get(qint64 id) const;
    /// Marks the reminder done. A recurring one moves on to its next occurrence instead, and returns that
    /// new due time; a one-off returns an invalid time.
    Result<QDateTime> markDone(qint64 id, const QDateTime& when = {});
    Status snooze(qint64 id, const QDateTime& until);
    Status archive(qint64 id);
    /// Open reminders that ask for attention before `until` (due or snoozed to then), earliest first.
    Result<QList<Reminder>> openDueBefore(const QDateTime& until, int limit = 500) const;
    Result<QList<Reminder>> forContact(qint64 contactId, bool includeDone) const;

    /// Open reminders asking for attention in [from, to), earliest first, at most `limit`.
    Result<QList<ReminderItem>> open(const QDateTime& from, const QDateTime& to, int limit) const;
    /// How many open reminders ask for attention before `until`.
    Result<int> countOpenBefore(const QDateTime& until) const;
    /// Reminders done since `since`, the latest first.
    Result<QList<ReminderItem>> done(const QDateTime& since, int limit) const;
    /// For a calendar: how many open reminders ask for attention on each day of [first, last] in `zone`.
    Result<QMap<QDate, int>> openPerDay(const QDate& first, const QDate& last,
                                        const QTimeZone& zone = QTimeZone::systemTimeZone()) const;

private:
    QSqlDatabase m_db;
};

} // namespace kontor
