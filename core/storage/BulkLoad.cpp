// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkLoad.h"

#include "Sql.h"

#include <QSqlQuery>

namespace kontor::BulkLoad {

Result<QStringList> dropIndexes(const QSqlDatabase& db, const QStringList& tables, const QStringList& keep)
{
    QStringList names;
    QStringList definitions;
    QSqlQuery query = sql::prepare(db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                                                      "AND tbl_name = ? AND sql IS NOT NULL ORDER BY name"));
    for (const QString& table : tables) {
        query.addBindValue(table);
        if (!query.exec())
            return Result<QStringList>::failure(sql::errorText(query));
        while (query.next()) {
            const QString name = query.value(0).toString();
            if (keep.contains(name))
                continue;
            names << name;
            definitions << query.value(1).toString();
        }
    }
    QSqlQuery drop(db);
    for (const QString& name : names) {
        if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return Result<QStringList>::failure(sql::errorText(drop));
    }
    return definitions;
}

Status recreateIndexes(const QSqlDatabase& db, const QStringList& indexSql)
{
    return recreate(db, indexSql);
}

Result<QStringList> dropTriggers(const QSqlDatabase& db, const QString& prefix)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                                                      "AND substr(name, 1, length(?)) = ? ORDER BY name"));
    query.addBindValue(prefix);
    query.addBindValue(prefix);
    if (!query.exec())
        return Result<QStringList>::failure(sql::errorText(query));
    QStringList names;
    QStringList definitions;
    while (query.next()) {
        names << query.value(0).toString();
        definitions << query.value(1).toString();
    }
    QSqlQuery drop(db);
    for (const QString& name : names) {
        if (!drop.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)))
            return Result<QStringList>::failure(sql::errorText(drop));
    }
    return definitions;
}

Status recreate(const QSqlDatabase& db, const QStringList& definitions)
{
    QSqlQuery query(db);
    for (const QString& definition : definitions) {
        if (!query.exec(definition))
            return Status::failure(sql::errorText(query));
    }
    return {};
}

} // namespace kontor::BulkLoad
