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
    // A statement that does not prepare fails again at exec() with only "No query": say why here.
    if (!query.prepare(sql))
        qWarning("SQL could not be prepared (%s): %s", qPrintable(errorText(query)), qPrintable(sql.left(300)));
    return query;
}

} // namespace kontor::sql
