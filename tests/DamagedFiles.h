// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace kontor::test {

/// Overwrites a page of the database at `path` that holds part of `table`'s rows (the `leaf`th, by SQLite's dbstat)
/// with bytes that mean nothing: what a bad sector does. The database must be closed.
inline bool damagePageOf(const QString& path, const QString& table, int leaf = 5)
{
    int page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
        db.setDatabaseName(path);
        if (!db.open())
            return false;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' "
                                     "ORDER BY pageno LIMIT 1 OFFSET ?"));
        query.addBindValue(table);
        query.addBindValue(leaf);
        if (query.exec() && query.next())
            page = query.value(0).toInt();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pages"));
    QFile file(path);
    return page > 0 && file.open(QIODevice::ReadWrite) && file.seek(qint64(page - 1) * 4096) &&
           file.write(QByteArray(4096, '\x5a')) == 4096;
}

} // namespace kontor::test
