// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadConnection.h"

#include "Sql.h"

#include <QAtomicInteger>
#include <QSqlQuery>

namespace kontor {

namespace {

QAtomicInteger<quint64> nextConnection;

} // namespace

bool ReadConnection::canShare(const QString& path)
{
    return !path.isEmpty() && path != QStringLiteral(":memory:") && !path.startsWith(QStringLiteral("file::memory:"));
}

bool ReadConnection::canShare(const QSqlDatabase& db)
{
    return db.isValid() && canShare(db.databaseName());
}

ReadConnection::ReadConnection(const QString& path)
    : m_name(QStringLiteral("kontor-reader-%1").arg(nextConnection.fetchAndAddRelaxed(1)))
{
    if (!canShare(path))
        return;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (m_db.open())
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = ON"));
}

ReadConnection::~ReadConnection()
{
    if (m_db.isValid()) {
        sql::forgetKept(m_name);
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

} // namespace kontor
