// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sql.h"

#include <QSqlError>

namespace kontor::sql {

QString errorText(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

QSqlQuery prepare(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

} // namespace kontor::sql
