// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReminderRepository.h"

#include "Clock.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace kontor {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, title, notes, due_at, contact_id, deal_id, owner_id, recurrence, snoozed_until, done_at, created_at, "
    "archived_at FROM reminders ");

Reminder readReminder(const QSqlQuery& query)
{
    Reminder reminder;
    reminder.id = query.value(0).toLongLong();
    reminder.title = query.value(1).toString();
    reminder.notes = query.value(2).toString();
    reminder.dueAt = sql::toTime(query.value(3));
    reminder.contactId = query.value(4).toLongLong();
    reminder.dealId = query.value(5).toLongLong();
    reminder.ownerId = query.value(6).toLongLong();
    reminder.recurrence = recurrenceFromKey(query.value(7).toString());
    reminder.snoozedUntil = sql::toTime(query.value(8));
    reminder.doneAt = sql::toTime(query.value(9));
    reminder.createdAt = sql::toTime(query.value(10));
    reminder.archivedAt = sql::toTime(query.value(11));
    return reminder;
}

} // namespace

Result<qint64> ReminderRepository::create(const Reminder& reminder)
{
    if (reminder.title.trimmed().isEmpty())
        return Result<qint64>::failure(tr("A reminder needs a title."));
    if (!reminder.dueAt.isValid())
        return Result<qint64>::failure(tr("A reminder needs a due time."));
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("INSERT INTO reminders (title, notes, due_at, contact_id, deal_id, owner_id, recurrence, "
                             "  snoozed_until, done_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(reminder.title.trimmed());
    query.addBindValue(sql::text(reminder.notes));
    query.addBindValue(reminder.dueAt.toMSecsSinceEpoch());
    query.addBindValue(sql::id(reminder.contactId));
    query.addBindValue(sql::id(reminder.dealId));
    query.addBindValue(sql::id(reminder.ownerId));
    query.addBindValue(recurrenceKey(reminder.recurrence));
    query.addBindValue(sql::time(reminder.snoozedUntil));
    query.addBindValue(sql::time(reminder.doneAt));
    query.addBindValue(reminder.createdAt.isValid() ? reminder.createdAt.toMSecsSinceEpoch() : Clock::nowMs());
    if (!query.exec())
        return Result<qint64>::failure(tr("The reminder could not be saved: %1").arg(sql::errorText(query)));
    return query.lastInsertId().toLongLong();
}

Result<Reminder> ReminderRepository::get(qint64 id) const
{
    QSqlQuery query = sql::prepare(m_db, selectColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Result<Reminder>::failure(tr("The reminder could not be read: %1").arg(sql::errorText(query)));
    if (!query.next())
        return Result<Reminder>::failure(tr("There is no reminder with the number %1.").arg(id));
    return readReminder(query);
}

Result<QDateTime> ReminderRepository::markDone(qint64 id, const QDateTime& when)
{
    auto reminder = get(id);
    if (!reminder)
        return Result<QDateTime>::failure(reminder.error());
    if (reminder->isDone())
        return Result<QDateTime>::failure(tr("The reminder is already done."));
    QSqlQuery query(m_db);
    QDateTime next;
    if (reminder->recurrence == Recurrence::None) {
        query = sql::prepare(m_db, QStringLiteral("UPDATE reminders SET done_at = ? WHERE id = ?"));
        query.addBindValue(when.isValid() ? when.toMSecsSinceEpoch() : Clock::nowMs());
    } else {
        // Skip occurrences that already lie in the past, so a reminder ignored for weeks comes back once.
        const QDateTime now = when.isValid() ? when : Clock::now();
        next = nextOccurrence(reminder->dueAt, reminder->recurrence);
        while (next <= now)
            next = nextOccurrence(next, reminder->recurrence);
        query =
            sql::prepare(m_db, QStringLiteral("UPDATE reminders SET due_at = ?, snoozed_until = NULL WHERE id = ?"));
        query.addBindValue(next.toMSecsSinceEpoch());
    }
    query.addBindValue(id);
    if (!query.exec())
        return Result<QDateTime>::failure(tr("The reminder could not be updated: %1").arg(sql::errorText(query)));
    return next;
}

Status ReminderRepository::snooze(qint64 id, const QDateTime& until)
{
    if (!until.isValid())
        return Status::failure(tr("Choose until when to snooze."));
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("UPDATE reminders SET snoozed_until = ? WHERE id = ? AND "
                                                        "done_at IS NULL"));
    query.addBindValue(until.toMSecsSinceEpoch());
    query.addBindValue(id);
    if (!query.exec())
        return Status::failure(tr("The reminder could not be snoozed: %1").arg(sql::errorText(query)));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("Only an open reminder can be snoozed."));
    return {};
}

Status ReminderRepository::archive(qint64 id)
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("UPDATE reminders SET archived_at = ? WHERE id = ?"));
    query.addBindValue(Clock::nowMs());
    query.addBindValue(id);
    if (!query.exec())
        return Status::failure(tr("The reminder could not be archived: %1").arg(sql::errorText(query)));
    return {};
}

Result<QList<Reminder>> ReminderRepository::openDueBefore(const QDateTime& until, int limit) const
{
    QSqlQuery query = sql::prepare(
        m_db, selectColumns + QStringLiteral("WHERE done_at IS NULL AND archived_at IS NULL AND due_at < :p1 "
                                             "AND (snoozed_until IS NULL OR snoozed_until < :p1) "
                                             "ORDER BY coalesce(snoozed_until, due_at), id LIMIT :p2"));
    query.bindValue(QStringLiteral(":p1"), until.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":p2"), limit);
    if (!query.exec())
        return Result<QList<Reminder>>::failure(sql::errorText(query));
    QList<Reminder> reminders;
    while (query.next())
        reminders.append(readReminder(query));
    return reminders;
}

Result<QList<Reminder>> ReminderRepository::forContact(qint64 contactId, bool includeDone) const
{
    QSqlQuery query =
        sql::prepare(m_db, selectColumns + QStringLiteral("WHERE contact_id = ? AND archived_at IS NULL ") +
                               (includeDone ? QString() : QStringLiteral("AND done_at IS NULL ")) +
                               QStringLiteral("ORDER BY due_at"));
    query.addBindValue(contactId);
    if (!query.exec())
        return Result<QList<Reminder>>::failure(sql::errorText(query));
    QList<Reminder> reminders;
    while (query.next())
        reminders.append(readReminder(query));
    return reminders;
}

} // namespace kontor
