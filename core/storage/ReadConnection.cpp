// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadConnection.h"

#include <QAtomicInteger>
#include <QSqlQuery>

namespace kontor {

namespace {

QAtomicInteger<quint64> nextConnection;

} // namespace

bool ReadConnection::canShare(const QSqlDatabase& db)
{
    const QString name = db.databaseName();
    return db.isValid() && !name.isEmpty() && name != QStringLiteral(":memory:") &&
           !name.startsWith(QStringLiteral("file::memory:"));
}

ReadConnection::ReadConnection(const QSqlDatabase& like)
    : m_name(QStringLiteral("kontor-reader-%1").arg(nextConnection.fetchAndAddRelaxed(1)))
{
    if (!canShare(like))
        return;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(like.databaseName());
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (m_db.open())
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = ON"));
}

ReadConnection::~ReadConnection()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

} // namespace kontor
