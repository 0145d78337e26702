// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace kontor {

/// RAII unit of work: rolls back unless commit() is called. The outermost level is BEGIN IMMEDIATE (it waits for
/// another writer instead of failing half way); nested transactions on the same connection become savepoints, so
/// a repository method can be called alone or inside a larger user action.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// False when the transaction could not even begin (for example, the database is locked).
    bool isActive() const { return m_active; }
    /// Fine when the transaction began; otherwise why not, translated.
    Status begun() const;
    const QString& error() const { return m_error; }
    /// True at the outermost level (BEGIN IMMEDIATE), false for a savepoint inside another transaction.
    bool isOutermost() const { return m_outermost; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_savepoint;
    QString m_error;
    bool m_active = false;
    bool m_outermost = false;
};

} // namespace kontor
