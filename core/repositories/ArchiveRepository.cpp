// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveRepository.h"

#include "search/Search.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace kontor {

namespace {

struct Shape
{
    QString table;
    QString title;
    QString detail;
};

Shape shapeOf(ArchiveRepository::Entity entity)
{
    using Entity = ArchiveRepository::Entity;
    switch (entity) {
    case Entity::Contact:
        return {QStringLiteral("contacts"), QStringLiteral("trim(first_name || ' ' || last_name)"),
                QStringLiteral("coalesce(title, '')")};
    case Entity::Company:
        return {QStringLiteral("companies"), QStringLiteral("name"), QStringLiteral("coalesce(industry, '')")};
    case Entity::Deal:
        return {QStringLiteral("deals"), QStringLiteral("title"),
                QStringLiteral("printf('%.2f ', amount_minor / 100.0) || currency")};
    case Entity::Reminder:
        return {QStringLiteral("reminders"), QStringLiteral("title"), QStringLiteral("coalesce(notes, '')")};
    case Entity::Interaction:
        return {QStringLiteral("interactions"), QStringLiteral("coalesce(subject, kind)"),
                QStringLiteral("coalesce(notes, '')")};
    }
    return {};
}

} // namespace

Result<QList<ArchivedRecord>> ArchiveRepository::list(Entity entity, const QString& text, int limit) const
{
    const Shape shape = shapeOf(entity);
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT id, %1, %2, archived_at FROM %3 WHERE archived_at IS NOT NULL "
                             "AND (? = '' OR %1 LIKE '%' || ? || '%') ORDER BY archived_at DESC, id DESC LIMIT ?")
                  .arg(shape.title, shape.detail, shape.table));
    query.addBindValue(sql::notNull(text.trimmed()));
    query.addBindValue(sql::notNull(text.trimmed()));
    query.addBindValue(limit);
    if (!query.exec())
        return Result<QList<ArchivedRecord>>::failure(
            tr("The archive could not be read: %1").arg(sql::errorText(query)));
    QList<ArchivedRecord> records;
    while (query.next()) {
        records.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        sql::toTime(query.value(3))});
    }
    return records;
}

Status ArchiveRepository::restore(Entity entity, qint64 id)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query =
        sql::prepare(m_db, QStringLiteral("UPDATE %1 SET archived_at = NULL WHERE id = ? AND archived_at IS NOT NULL")
                               .arg(shapeOf(entity).table));
    query.addBindValue(id);
    if (!query.exec())
        return Status::failure(tr("The record could not be restored: %1").arg(sql::errorText(query)));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("The record is not in the archive any more."));
    // The contact search is core's to keep; the others follow by triggers.
    if (entity == Entity::Contact) {
        if (Status indexed = SearchIndex::reindexContact(m_db, id); !indexed)
            return indexed;
    }
    return transaction.commit();
}

} // namespace kontor
