// SPDX-License-Identifier: GPL-3.0-or-later
#include "InteractionRepository.h"

#include "Clock.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace kontor {

namespace {

const QString selectColumns =
    QStringLiteral("SELECT id, contact_id, deal_id, kind, direction, occurred_at, duration_seconds, subject, notes, "
                   "outcome, resolved_at, logged_by, created_at, archived_at, next_meeting_id FROM interactions ");

Interaction readInteraction(const QSqlQuery& query)
{
    Interaction interaction;
    interaction.id = query.value(0).toLongLong();
    interaction.contactId = query.value(1).toLongLong();
    interaction.dealId = query.value(2).toLongLong();
    interaction.kind = query.value(3).toString();
    interaction.direction = directionFromKey(query.value(4).toString());
    interaction.occurredAt = sql::toTime(query.value(5));
    interaction.durationSeconds = query.value(6).toInt();
    interaction.subject = query.value(7).toString();
    interaction.notes = query.value(8).toString();
    interaction.outcome = query.value(9).toString();
    interaction.resolvedAt = sql::toTime(query.value(10));
    interaction.loggedBy = query.value(11).toLongLong();
    interaction.createdAt = sql::toTime(query.value(12));
    interaction.archivedAt = sql::toTime(query.value(13));
    interaction.nextMeetingId = query.value(14).toLongLong();
    return interaction;
}

// The editable columns, in the order both INSERT and UPDATE list them, as parameters 0 to 9.
void bindFields(QSqlQuery& query, const Interaction& interaction)
{
    query.bindValue(0, interaction.contactId);
    query.bindValue(1, sql::id(interaction.dealId));
    query.bindValue(2, interaction.kind);
    query.bindValue(3, sql::text(directionKey(interaction.direction)));
    query.bindValue(4, interaction.occurredAt.toMSecsSinceEpoch());
    query.bindValue(5, interaction.durationSeconds > 0 ? QVariant(interaction.durationSeconds) : QVariant());
    query.bindValue(6, sql::text(interaction.subject));
    query.bindValue(7, sql::text(interaction.notes));
    query.bindValue(8, sql::text(interaction.outcome));
    query.bindValue(9, sql::time(interaction.resolvedAt));
}

} // namespace

QString directionKey(Direction direction)
{
    switch (direction) {
    case Direction::Inbound:
        return QStringLiteral("inbound");
    case Direction::Outbound:
        return QStringLiteral("outbound");
    case Direction::None:
        break;
    }
    return {};
}

Direction directionFromKey(const QString& key)
{
    if (key == QStringLiteral("inbound"))
        return Direction::Inbound;
    if (key == QStringLiteral("outbound"))
        return Direction::Outbound;
    return Direction::None;
}

Status InteractionRepository::validate(const Interaction& interaction) const
{
    if (interaction.contactId <= 0)
        return Status::failure(tr("Choose the contact this interaction was with."));
    if (interaction.kind.trimmed().isEmpty())
        return Status::failure(tr("Choose what kind of interaction it was."));
    if (!interaction.occurredAt.isValid())
        return Status::failure(tr("Enter when the interaction took place."));
    if (interaction.durationSeconds < 0)
        return Status::failure(tr("The duration cannot be negative."));
    return {};
}

Result<qint64> InteractionRepository::log(const Interaction& interaction)
{
    if (Status valid = validate(interaction); !valid)
        return Result<qint64>::failure(valid.error());
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return Result<qint64>::failure(begun.error());
    // Kept: the INSERT compiles the table's triggers (history, search, summaries), and calls are logged all day.
    QSqlQuery& query = sql::kept(
        m_db, QStringLiteral("INSERT INTO interactions (contact_id, deal_id, kind, direction, occurred_at, "
                             "  duration_seconds, subject, notes, outcome, resolved_at, logged_by, created_at, "
                             "  next_meeting_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(query, interaction);
    query.bindValue(10, sql::id(interaction.loggedBy));
    query.bindValue(11, Clock::nowMs());
    query.bindValue(12, sql::id(interaction.nextMeetingId));
    if (!query.exec())
        return Result<qint64>::failure(tr("The interaction could not be saved: %1").arg(sql::errorText(query)));
    const qint64 id = query.lastInsertId().toLongLong();
    QSqlQuery& touch =
        sql::kept(m_db, QStringLiteral("UPDATE contacts SET last_interaction_at = :p1 WHERE id = :p2 AND "
                                       "(last_interaction_at IS NULL OR last_interaction_at < :p1) AND :p1 <= :now"));
    // A meeting booked for next week has not happened: the contact was not contacted then yet.
    touch.bindValue(QStringLiteral(":p1"), interaction.occurredAt.toMSecsSinceEpoch());
    touch.bindValue(QStringLiteral(":p2"), interaction.contactId);
    touch.bindValue(QStringLiteral(":now"), Clock::nowMs());
    if (!touch.exec())
        return Result<qint64>::failure(sql::errorText(touch));
    if (Status committed = transaction.commit(); !committed)
        return Result<qint64>::failure(committed.error());
    return id;
}

Status InteractionRepository::update(const Interaction& interaction)
{
    if (Status valid = validate(interaction); !valid)
        return valid;
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    auto before = get(interaction.id);
    if (!before)
        return Status::failure(before.error());
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("UPDATE interactions SET contact_id = ?, deal_id = ?, kind = ?, direction = ?, "
                             "  occurred_at = ?, duration_seconds = ?, subject = ?, notes = ?, outcome = ?, "
                             "  resolved_at = ? WHERE id = ?"));
    bindFields(query, interaction);
    query.bindValue(10, interaction.id);
    if (!query.exec())
        return Status::failure(tr("The interaction could not be saved: %1").arg(sql::errorText(query)));
    if (Status refreshed = refreshLastInteraction(interaction.contactId); !refreshed)
        return refreshed;
    if (before->contactId != interaction.contactId) {
        if (Status refreshed = refreshLastInteraction(before->contactId); !refreshed)
            return refreshed;
    }
    return transaction.commit();
}

Status InteractionRepository::refreshLastInteraction(qint64 contactId)
{
    QSqlQuery query = sql::prepare(
        m_db,
        QStringLiteral("UPDATE contacts SET last_interaction_at = (SELECT max(occurred_at) FROM interactions "
                       "  WHERE contact_id = :p1 AND archived_at IS NULL AND occurred_at <= :now) WHERE id = :p1"));
    query.bindValue(QStringLiteral(":p1"), contactId);
    query.bindValue(QStringLiteral(":now"), Clock::nowMs());
    if (!query.exec())
        return Status::failure(sql::errorText(query));
    return {};
}

Result<Interaction> InteractionRepository::get(qint64 id) const
{
    QSqlQuery query = sql::prepare(m_db, selectColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Result<Interaction>::failure(tr("The interaction could not be read: %1").arg(sql::errorText(query)));
    if (!query.next())
        return Result<Interaction>::failure(tr("There is no interaction with the number %1.").arg(id));
    return readInteraction(query);
}

Result<QList<Interaction>> InteractionRepository::byIds(const QList<qint64>& ids) const
{
    QList<Interaction> interactions;
    QString error;
    if (!sql::readByIds(m_db, selectColumns, ids, readInteraction, interactions, &error))
        return Result<QList<Interaction>>::failure(tr("The interaction could not be read: %1").arg(error));
    return interactions;
}

Status InteractionRepository::archive(qint64 id)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    auto interaction = get(id);
    if (!interaction)
        return Status::failure(interaction.error());
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("UPDATE interactions SET archived_at = ? WHERE id = ? AND archived_at IS NULL"));
    query.addBindValue(Clock::nowMs());
    query.addBindValue(id);
    if (!query.exec())
        return Status::failure(tr("The interaction could not be archived: %1").arg(sql::errorText(query)));
    if (Status refreshed = refreshLastInteraction(interaction->contactId); !refreshed)
        return refreshed;
    return transaction.commit();
}

Status InteractionRepository::setResolved(qint64 id, const QDateTime& when)
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("UPDATE interactions SET resolved_at = ? WHERE id = ?"));
    query.addBindValue(sql::time(when));
    query.addBindValue(id);
    if (!query.exec())
        return Status::failure(tr("The complaint could not be updated: %1").arg(sql::errorText(query)));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("There is no interaction with the number %1.").arg(id));
    return {};
}

Result<QList<Interaction>> InteractionRepository::forContact(qint64 contactId, int limit, const QDateTime& before) const
{
    QSqlQuery query = sql::prepare(
        m_db, selectColumns + QStringLiteral("WHERE contact_id = ? AND archived_at IS NULL AND occurred_at < ? "
                                             "ORDER BY occurred_at DESC, id DESC LIMIT ?"));
    query.addBindValue(contactId);
    query.addBindValue(before.isValid() ? before.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    query.addBindValue(limit);
    if (!query.exec())
        return Result<QList<Interaction>>::failure(sql::errorText(query));
    QList<Interaction> interactions;
    while (query.next())
        interactions.append(readInteraction(query));
    return interactions;
}

Result<QList<Interaction>> InteractionRepository::openComplaints(qint64 contactId) const
{
    // "+resolved_at": not by the index of complaints by their resolution, which would read every open complaint of
    // every contact (seconds at a million); a contact's own interactions are few.
    QSqlQuery query = sql::prepare(
        m_db, selectColumns + QStringLiteral("WHERE contact_id = ? AND kind = 'complaint' AND +resolved_at IS NULL "
                                             "AND archived_at IS NULL ORDER BY occurred_at DESC, id DESC"));
    query.addBindValue(contactId);
    if (!query.exec())
        return Result<QList<Interaction>>::failure(sql::errorText(query));
    QList<Interaction> complaints;
    while (query.next())
        complaints.append(readInteraction(query));
    return complaints;
}

} // namespace kontor
