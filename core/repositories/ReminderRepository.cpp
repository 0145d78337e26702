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

Status ReminderRepository::update(const Reminder& reminder)
{
    if (reminder.title.trimmed().isEmpty())
        return Status::failure(tr("A reminder needs a title."));
    if (!reminder.dueAt.isValid())
        return Status::failure(tr("A reminder needs a due time."));
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("UPDATE reminders SET title = ?, notes = ?, contact_id = ?, deal_id = ?, recurrence = ?, "
                             "  snoozed_until = CASE WHEN due_at = ? THEN snoozed_until END, due_at = ? "
                             "WHERE id = ?"));
    query.addBindValue(reminder.title.trimmed());
    query.addBindValue(sql::text(reminder.notes));
    query.addBindValue(sql::id(reminder.contactId));
    query.addBindValue(sql::id(reminder.dealId));
    query.addBindValue(recurrenceKey(reminder.recurrence));
    query.addBindValue(reminder.dueAt.toMSecsSinceEpoch());
    query.addBindValue(reminder.dueAt.toMSecsSinceEpoch());
    query.addBindValue(reminder.id);
    if (!query.exec())
        return Status::failure(tr("The reminder could not be saved: %1").arg(sql::errorText(query)));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("There is no reminder with the number %1.").arg(reminder.id));
    return {};
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
    QSqlQuery query =
        sql::prepare(m_db, selectColumns + QStringLiteral("WHERE done_at IS NULL AND archived_at IS NULL "
                                                          "AND coalesce(snoozed_until, due_at) < :p1 "
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

namespace {

// Every list reads a range of reminders_open_by_attention or reminders_done_by_time.
const QString itemColumns = QStringLiteral(
    "SELECT r.id, r.title, r.notes, r.due_at, r.contact_id, r.deal_id, r.owner_id, r.recurrence, r.snoozed_until, "
    "  r.done_at, r.created_at, r.archived_at, trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) "
    "FROM reminders r LEFT JOIN contacts c ON c.id = r.contact_id ");

Result<QList<ReminderItem>> readItems(QSqlQuery& query)
{
    if (!query.exec())
        return Result<QList<ReminderItem>>::failure(
            ReminderRepository::tr("The reminders could not be read: %1").arg(sql::errorText(query)));
    QList<ReminderItem> items;
    while (query.next())
        items.append({readReminder(query), query.value(12).toString()});
    return items;
}

} // namespace

Result<QList<ReminderItem>> ReminderRepository::open(const QDateTime& from, const QDateTime& to, int limit) const
{
    QSqlQuery query =
        sql::prepare(m_db, itemColumns + QStringLiteral("WHERE r.done_at IS NULL AND r.archived_at IS NULL "
                                                        "  AND coalesce(r.snoozed_until, r.due_at) >= ? "
                                                        "  AND coalesce(r.snoozed_until, r.due_at) < ? "
                                                        "ORDER BY coalesce(r.snoozed_until, r.due_at), r.id LIMIT ?"));
    query.addBindValue(from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    query.addBindValue(to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    query.addBindValue(limit);
    return readItems(query);
}

Result<int> ReminderRepository::countOpenBefore(const QDateTime& until) const
{
    QSqlQuery query =
        sql::prepare(m_db, QStringLiteral("SELECT count(*) FROM reminders WHERE done_at IS NULL "
                                          "AND archived_at IS NULL AND coalesce(snoozed_until, due_at) < ?"));
    query.addBindValue(until.toMSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return Result<int>::failure(tr("The reminders could not be read: %1").arg(sql::errorText(query)));
    return query.value(0).toInt();
}

Result<QList<ReminderItem>> ReminderRepository::done(const QDateTime& since, int limit) const
{
    QSqlQuery query = sql::prepare(m_db, itemColumns + QStringLiteral("WHERE r.done_at IS NOT NULL "
                                                                      "AND r.archived_at IS NULL AND r.done_at >= ? "
                                                                      "ORDER BY r.done_at DESC, r.id DESC LIMIT ?"));
    query.addBindValue(since.toMSecsSinceEpoch());
    query.addBindValue(limit);
    return readItems(query);
}

Result<QMap<QDate, int>> ReminderRepository::openPerDay(const QDate& first, const QDate& last,
                                                        const QTimeZone& zone) const
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT coalesce(snoozed_until, due_at) FROM reminders "
                                                        "WHERE done_at IS NULL AND archived_at IS NULL "
                                                        "  AND coalesce(snoozed_until, due_at) >= ? "
                                                        "  AND coalesce(snoozed_until, due_at) < ?"));
    query.addBindValue(first.startOfDay(zone).toMSecsSinceEpoch());
    query.addBindValue(last.addDays(1).startOfDay(zone).toMSecsSinceEpoch());
    if (!query.exec())
        return Result<QMap<QDate, int>>::failure(tr("The reminders could not be read: %1").arg(sql::errorText(query)));
    QMap<QDate, int> days;
    while (query.next())
        ++days[QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), zone).date()];
    return days;
}

} // namespace kontor
