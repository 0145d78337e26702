// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace kontor {

namespace {

// Depth of open savepoints per connection; the GUI and CLI use a connection from one thread only.
QHash<QString, int>& depths()
{
    static QHash<QString, int> perConnection;
    return perConnection;
}

bool run(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    int& depth = depths()[m_db.connectionName()];
    m_savepoint = QStringLiteral("kontor_sp_%1").arg(depth);
    if (run(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint, &m_error)) {
        m_active = true;
        ++depth;
    } else {
        m_error = QCoreApplication::translate("Transaction", "Could not start a transaction: %1").arg(m_error);
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(
            m_error.isEmpty() ? QCoreApplication::translate("Transaction", "The transaction is not active.") : m_error);
    QString error;
    if (!run(m_db, QStringLiteral("RELEASE ") + m_savepoint, &error)) {
        rollback();
        return Status::failure(QCoreApplication::translate("Transaction", "Could not save the changes: %1").arg(error));
    }
    m_active = false;
    --depths()[m_db.connectionName()];
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    run(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint, nullptr);
    run(m_db, QStringLiteral("RELEASE ") + m_savepoint, nullptr);
    m_active = false;
    --depths()[m_db.connectionName()];
}

} // namespace kontor
