// SPDX-License-Identifier: GPL-3.0-or-later
#include "TagStore.h"

#include "storage/Sql.h"

#include <QSqlQuery>

namespace kontor {

Result<qint64> TagStore::idFor(const QString& tag)
{
    QSqlQuery insert = sql::prepare(m_db, QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING"));
    insert.addBindValue(tag);
    if (!insert.exec())
        return Result<qint64>::failure(sql::errorText(insert));
    QSqlQuery select = sql::prepare(m_db, QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    select.addBindValue(tag);
    if (!select.exec() || !select.next())
        return Result<qint64>::failure(sql::errorText(select));
    return select.value(0).toLongLong();
}

Status TagStore::attach(const QString& linkTable, const QString& ownerColumn, qint64 ownerId, const QStringList& tags)
{
    QSqlQuery link = sql::prepare(
        m_db, QStringLiteral("INSERT OR IGNORE INTO %1 (%2, tag_id) VALUES (?, ?)").arg(linkTable, ownerColumn));
    for (const QString& raw : tags) {
        const QString tag = raw.simplified();
        if (tag.isEmpty())
            continue;
        auto id = idFor(tag);
        if (!id)
            return Status::failure(id.error());
        link.addBindValue(ownerId);
        link.addBindValue(id.value());
        if (!link.exec())
            return Status::failure(sql::errorText(link));
    }
    return {};
}

Result<QStringList> TagStore::tagsOf(const QString& linkTable, const QString& ownerColumn, qint64 ownerId) const
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT t.name FROM %1 l JOIN tags t ON t.id = l.tag_id "
                                                        "WHERE l.%2 = ? ORDER BY t.name COLLATE NOCASE")
                                             .arg(linkTable, ownerColumn));
    query.addBindValue(ownerId);
    if (!query.exec())
        return Result<QStringList>::failure(sql::errorText(query));
    QStringList tags;
    while (query.next())
        tags << query.value(0).toString();
    return tags;
}

Result<QStringList> TagStore::all() const
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT name FROM tags ORDER BY name COLLATE NOCASE"));
    if (!query.exec())
        return Result<QStringList>::failure(sql::errorText(query));
    QStringList tags;
    while (query.next())
        tags << query.value(0).toString();
    return tags;
}

} // namespace kontor
