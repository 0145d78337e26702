// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaRepository.h"
#include "UtcTime.h"

#include "storage/Sql.h"

#include <QSqlQuery>

namespace kontor {

Result<Agenda> AgendaRepository::forDay(const QDate& day, const QTimeZone& zone) const
{
    const qint64 start = day.startOfDay(zone).toMSecsSinceEpoch();
    const qint64 end = day.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
    const qint64 dayAfterTomorrow = day.addDays(2).startOfDay(zone).toMSecsSinceEpoch();

    Agenda agenda;
    const ReminderRepository reminders(m_db);
    auto overdue = reminders.open({}, utcFromMs(start), maxItems);
    if (!overdue)
        return Result<Agenda>::failure(overdue.error());
    agenda.overdue = overdue.value();
    auto today = reminders.open(utcFromMs(start), utcFromMs(end), maxItems);
    if (!today)
        return Result<Agenda>::failure(today.error());
    agenda.dueToday = today.value();

    QSqlQuery meetings = sql::prepare(
        m_db, QStringLiteral("SELECT i.id, i.contact_id, i.occurred_at, i.duration_seconds, i.subject, i.notes, "
                             "  trim(c.first_name || ' ' || c.last_name) "
                             "FROM interactions i JOIN contacts c ON c.id = i.contact_id "
                             "WHERE i.kind = 'meeting' AND i.archived_at IS NULL AND i.occurred_at >= ? "
                             "  AND i.occurred_at < ? ORDER BY i.occurred_at, i.id LIMIT ?"));
    meetings.addBindValue(start);
    meetings.addBindValue(dayAfterTomorrow);
    meetings.addBindValue(maxItems);
    if (!meetings.exec())
        return Result<Agenda>::failure(tr("The meetings could not be read: %1").arg(sql::errorText(meetings)));
    while (meetings.next()) {
        AgendaMeeting item;
        item.meeting.id = meetings.value(0).toLongLong();
        item.meeting.contactId = meetings.value(1).toLongLong();
        item.meeting.kind = InteractionKinds::meeting;
        item.meeting.occurredAt = sql::toTime(meetings.value(2));
        item.meeting.durationSeconds = meetings.value(3).toInt();
        item.meeting.subject = meetings.value(4).toString();
        item.meeting.notes = meetings.value(5).toString();
        item.contactName = meetings.value(6).toString();
        agenda.meetings.append(item);
    }

    QSqlQuery touch = sql::prepare(
        m_db, QStringLiteral("SELECT id, trim(first_name || ' ' || last_name), last_interaction_at, stay_in_touch_days "
                             "FROM contacts WHERE stay_in_touch_days IS NOT NULL AND archived_at IS NULL "
                             "  AND (last_interaction_at IS NULL "
                             "       OR last_interaction_at + stay_in_touch_days * 86400000 < ?) "
                             "ORDER BY last_interaction_at + stay_in_touch_days * 86400000, id LIMIT ?"));
    touch.addBindValue(end);
    touch.addBindValue(maxItems);
    if (!touch.exec())
        return Result<Agenda>::failure(tr("The contacts could not be read: %1").arg(sql::errorText(touch)));
    while (touch.next()) {
        agenda.losingTouch.append({touch.value(0).toLongLong(), touch.value(1).toString(), sql::toTime(touch.value(2)),
                                   touch.value(3).toInt()});
    }

    auto stale = PipelineRepository(m_db).staleDeals(maxItems, utcFromMs(end));
    if (!stale)
        return Result<Agenda>::failure(stale.error());
    agenda.staleDeals = stale.value();

    // Month and day as text compare in calendar order; a week running into January takes two ranges.
    const QDate last = day.addDays(6);
    const QString fromKey = day.toString(QStringLiteral("MM-dd"));
    const QString toKey = last.toString(QStringLiteral("MM-dd"));
    const bool wraps = toKey < fromKey;
    QSqlQuery birthdays = sql::prepare(
        m_db, QStringLiteral("SELECT id, trim(first_name || ' ' || last_name), birthday FROM contacts "
                             "WHERE birthday IS NOT NULL AND archived_at IS NULL AND ") +
                  (wraps ? QStringLiteral("(substr(birthday, 6) >= ? OR substr(birthday, 6) <= ?)")
                         : QStringLiteral("substr(birthday, 6) BETWEEN ? AND ?")) +
                  QStringLiteral(" ORDER BY substr(birthday, 6) < ?, substr(birthday, 6), sort_name LIMIT ?"));
    birthdays.addBindValue(fromKey);
    birthdays.addBindValue(toKey);
    birthdays.addBindValue(fromKey);
    birthdays.addBindValue(maxItems);
    if (!birthdays.exec())
        return Result<Agenda>::failure(tr("The birthdays could not be read: %1").arg(sql::errorText(birthdays)));
    while (birthdays.next()) {
        AgendaBirthday item;
        item.contactId = birthdays.value(0).toLongLong();
        item.name = birthdays.value(1).toString();
        item.birthday = sql::toDate(birthdays.value(2));
        if (!item.birthday.isValid())
            continue;
        // Within the coming week: this year's date, or next year's when the week runs into January.
        QDate next(day.year(), item.birthday.month(), item.birthday.day());
        if (!next.isValid()) // 29 February in a common year is celebrated on 1 March
            next = QDate(day.year(), 3, 1);
        if (next < day)
            next = next.addYears(1);
        item.date = next;
        item.turning = next.year() - item.birthday.year();
        agenda.birthdays.append(item);
    }
    return agenda;
}

} // namespace kontor
