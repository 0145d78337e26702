// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace kontor {

namespace {

// Depth of open transactions per connection. A connection is used from one thread only, but the window, the
// backup and the import threads each have their own, so the table itself is shared.
QMutex depthsMutex;
QHash<QString, int>& depths()
{
    static QHash<QString, int> perConnection;
    return perConnection;
}

int depthOf(const QSqlDatabase& db)
{
    QMutexLocker lock(&depthsMutex);
    return depths().value(db.connectionName());
}

void changeDepth(const QSqlDatabase& db, int by)
{
    QMutexLocker lock(&depthsMutex);
    int& depth = depths()[db.connectionName()];
    depth += by;
    if (depth <= 0)
        depths().remove(db.connectionName());
}

bool run(QSqlDatabase& db, const QString& sql, QString* error, bool* busy = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with or without an extended code.
    const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
    if (busy)
        *busy = code == 5 || code == 6;
    return false;
}

bool isQueryOnly(QSqlDatabase& db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA query_only")) && query.next() && query.value(0).toInt() == 1;
}

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    const int depth = depthOf(m_db);
    // The outermost level takes the write lock at once: a unit that reads and then writes would otherwise start as
    // a reader and fail half way with SQLITE_BUSY when another program writes meanwhile (WAL cannot upgrade a
    // reader whose snapshot is old). BEGIN IMMEDIATE waits for the busy timeout instead. Inner levels are
    // savepoints, so that a repository method can run alone or inside a larger action.
    m_outermost = depth == 0;
    if (!m_outermost)
        m_savepoint = QStringLiteral("kontor_sp_%1").arg(depth);
    // A file opened read only (a damaged one the user chose to read) refuses here, in words, rather than at the
    // first write with SQLite's "attempt to write a readonly database".
    if (m_outermost && isQueryOnly(m_db)) {
        m_error = QCoreApplication::translate("Transaction", "This database is open read only, so nothing can be "
                                                             "changed in it. Restore a backup, or save what can be "
                                                             "read into a new file, to work on.");
        return;
    }
    const QString begin = m_outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + m_savepoint;
    bool busy = false;
    if (run(m_db, begin, &m_error, &busy)) {
        m_active = true;
        changeDepth(m_db, +1);
    } else if (busy) {
        // Waited for another writer (kontor-cli, an import in another window) as long as BusyWait allows, in vain.
        m_error = QCoreApplication::translate("Transaction", "Another program is writing to this database and did "
                                                             "not finish while Kontor waited, so nothing was saved; "
                                                             "try again when it is done. (%1)")
                      .arg(m_error);
    } else {
        m_error = QCoreApplication::translate("Transaction", "Could not start a transaction: %1").arg(m_error);
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::begun() const
{
    if (m_active)
        return {};
    return Status::failure(m_error);
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(
            m_error.isEmpty() ? QCoreApplication::translate("Transaction", "The transaction is not active.") : m_error);
    QString error;
    if (!run(m_db, m_outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint, &error)) {
        rollback();
        return Status::failure(QCoreApplication::translate("Transaction", "Could not save the changes: %1").arg(error));
    }
    m_active = false;
    changeDepth(m_db, -1);
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_outermost) {
        run(m_db, QStringLiteral("ROLLBACK"), nullptr);
    } else {
        run(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint, nullptr);
        run(m_db, QStringLiteral("RELEASE ") + m_savepoint, nullptr);
    }
    m_active = false;
    changeDepth(m_db, -1);
}

} // namespace kontor
