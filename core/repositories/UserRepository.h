// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace kontor {

class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<User>> list() const;
    /// The default owner of new records (every database has one).
    Result<User> defaultUser() const;
    /// The salesperson named `nameOrId` (case-insensitive) or with that number; a translated failure names who
    /// there is.
    Result<User> find(const QString& nameOrId) const;
    Result<qint64> create(const User& user);
    Status rename(qint64 id, const QString& name);

private:
    QSqlDatabase m_db;
};

} // namespace kontor
