// SPDX-License-Identifier: GPL-3.0-or-later
#include "TagStore.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace kontor {

Result<qint64> TagStore::idFor(const QString& tag)
{
    QSqlQuery& insert = sql::kept(m_db, QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING"));
    insert.bindValue(0, tag);
    if (!insert.exec())
        return Result<qint64>::failure(sql::errorText(insert));
    sql::KeptRead select(m_db, QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    select->bindValue(0, tag);
    if (!select->exec() || !select->next())
        return Result<qint64>::failure(sql::errorText(*select));
    return select->value(0).toLongLong();
}

Status TagStore::attach(const QString& linkTable, const QString& ownerColumn, qint64 ownerId, const QStringList& tags)
{
    QSqlQuery& link = sql::kept(
        m_db, QStringLiteral("INSERT OR IGNORE INTO %1 (%2, tag_id) VALUES (?, ?)").arg(linkTable, ownerColumn));
    for (const QString& raw : tags) {
        const QString tag = raw.simplified();
        if (tag.isEmpty())
            continue;
        auto id = idFor(tag);
        if (!id)
            return Status::failure(id.error());
        link.bindValue(0, ownerId);
        link.bindValue(1, id.value());
        if (!link.exec())
            return Status::failure(sql::errorText(link));
    }
    return {};
}

Result<QStringList> TagStore::tagsOf(const QString& linkTable, const QString& ownerColumn, qint64 ownerId) const
{
    sql::KeptRead read(m_db, QStringLiteral("SELECT t.name FROM %1 l JOIN tags t ON t.id = l.tag_id "
                                            "WHERE l.%2 = ? ORDER BY t.name COLLATE NOCASE")
                                 .arg(linkTable, ownerColumn));
    QSqlQuery& query = *read;
    query.bindValue(0, ownerId);
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

Status TagStore::rename(const QString& from, const QString& to)
{
    const QString name = to.simplified();
    if (name.isEmpty())
        return Status::failure(tr("A tag needs a name."));
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery find = sql::prepare(m_db, QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    find.addBindValue(from);
    if (!find.exec() || !find.next())
        return Status::failure(tr("There is no tag “%1”.").arg(from));
    const qint64 oldId = find.value(0).toLongLong();
    find.finish();
    find.addBindValue(name);
    if (!find.exec())
        return Status::failure(sql::errorText(find));
    const qint64 existing = find.next() ? find.value(0).toLongLong() : 0;
    find.finish();
    QSqlQuery query(m_db);
    if (existing == 0 || existing == oldId) {
        query = sql::prepare(m_db, QStringLiteral("UPDATE tags SET name = ? WHERE id = ?"));
        query.addBindValue(name);
        query.addBindValue(oldId);
        if (!query.exec())
            return Status::failure(tr("The tag could not be renamed: %1").arg(sql::errorText(query)));
        return transaction.commit();
    }
    for (const QString& statement :
         {QStringLiteral("INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) SELECT contact_id, %2 FROM "
                         "contact_tags WHERE tag_id = %1"),
          QStringLiteral("INSERT OR IGNORE INTO company_tags (company_id, tag_id) SELECT company_id, %2 FROM "
                         "company_tags WHERE tag_id = %1"),
          QStringLiteral("DELETE FROM tags WHERE id = %1")}) {
        if (!query.exec(statement.arg(oldId).arg(existing)))
            return Status::failure(tr("The tag could not be renamed: %1").arg(sql::errorText(query)));
    }
    return transaction.commit();
}

Status TagStore::remove(const QString& tag)
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("DELETE FROM tags WHERE name = ?"));
    query.addBindValue(tag);
    if (!query.exec())
        return Status::failure(tr("The tag could not be removed: %1").arg(sql::errorText(query)));
    return {};
}

} // namespace kontor
