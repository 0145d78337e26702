// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeLogRepository.h"

#include "storage/Sql.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace kontor {

QString ChangeLogRepository::referencedName(const QString& column, qint64 id) const
{
    static const QHash<QString, QString> lookups = {
        {QStringLiteral("company_id"), QStringLiteral("SELECT name FROM companies WHERE id = ?")},
        {QStringLiteral("parent_id"), QStringLiteral("SELECT name FROM companies WHERE id = ?")},
        {QStringLiteral("lead_source_id"), QStringLiteral("SELECT name FROM lead_sources WHERE id = ?")},
        {QStringLiteral("campaign_id"), QStringLiteral("SELECT name FROM campaigns WHERE id = ?")},
        {QStringLiteral("owner_id"), QStringLiteral("SELECT name FROM users WHERE id = ?")},
        {QStringLiteral("stage_id"), QStringLiteral("SELECT name FROM stages WHERE id = ?")},
        {QStringLiteral("contact_id"),
         QStringLiteral("SELECT trim(first_name || ' ' || last_name) FROM contacts WHERE id = ?")},
        {QStringLiteral("deal_id"), QStringLiteral("SELECT title FROM deals WHERE id = ?")},
    };
    const QString fallback = QStringLiteral("#%1").arg(id);
    if (!lookups.contains(column))
        return fallback;
    QSqlQuery query = sql::prepare(m_db, lookups.value(column));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : fallback;
}

QString ChangeLogRepository::entityKey(Entity entity)
{
    switch (entity) {
    case Entity::Contact:
        return QStringLiteral("contact");
    case Entity::Company:
        return QStringLiteral("company");
    case Entity::Deal:
        return QStringLiteral("deal");
    case Entity::Reminder:
        return QStringLiteral("reminder");
    case Entity::Interaction:
        return QStringLiteral("interaction");
    }
    return {};
}

Result<QList<ChangeEntry>> ChangeLogRepository::forRecord(Entity entity, qint64 id, int limit) const
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT l.action, l.old_values, l.new_values, l.changed_at, "
                                                        "  u.name FROM change_log l "
                                                        "LEFT JOIN users u ON u.id = l.changed_by "
                                                        "WHERE l.entity = ? AND l.entity_id = ? "
                                                        "ORDER BY l.changed_at DESC, l.id DESC LIMIT ?"));
    query.addBindValue(entityKey(entity));
    query.addBindValue(id);
    query.addBindValue(limit);
    if (!query.exec())
        return Result<QList<ChangeEntry>>::failure(
            tr("The change history could not be read: %1").arg(sql::errorText(query)));
    auto map = [](const QVariant& json) {
        return json.isNull() ? QVariantMap()
                             : QJsonDocument::fromJson(json.toString().toUtf8()).object().toVariantMap();
    };
    QList<ChangeEntry> entries;
    while (query.next()) {
        entries.append({query.value(0).toString(), map(query.value(1)), map(query.value(2)),
                        sql::toTime(query.value(3)), query.value(4).toString()});
    }
    return entries;
}

Result<QHash<QString, qint64>> ChangeLogRepository::changedSince(const QDateTime& since, bool* more, int limit) const
{
    // Newest first by id, which grows with time: the reading ends at the first change made before `since`.
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT entity, entity_id, changed_at FROM change_log "
                                                        "ORDER BY id DESC"));
    query.setForwardOnly(true);
    if (!query.exec())
        return Result<QHash<QString, qint64>>::failure(
            tr("The change history could not be read: %1").arg(sql::errorText(query)));
    const qint64 sinceMs = since.toMSecsSinceEpoch();
    QHash<QString, QSet<qint64>> records;
    int read = 0;
    if (more)
        *more = false;
    while (query.next()) {
        if (query.value(2).toLongLong() <= sinceMs)
            break;
        if (++read > limit) {
            if (more)
                *more = true;
            break;
        }
        records[query.value(0).toString()].insert(query.value(1).toLongLong());
    }
    QHash<QString, qint64> counts;
    for (auto it = records.cbegin(); it != records.cend(); ++it)
        counts.insert(it.key(), it.value().size());
    return counts;
}

} // namespace kontor
