// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserRepository.h"

#include "storage/Sql.h"

#include <QSqlQuery>

namespace kontor {

Result<QList<User>> UserRepository::list() const
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT id, name, email, is_default FROM users "
                                                        "WHERE archived_at IS NULL ORDER BY is_default DESC, name"));
    if (!query.exec())
        return Result<QList<User>>::failure(sql::errorText(query));
    QList<User> users;
    while (query.next())
        users.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toBool()});
    return users;
}

Result<User> UserRepository::defaultUser() const
{
    // Kept: every action asks who is acting.
    sql::KeptRead read(m_db, QStringLiteral("SELECT id, name, email, is_default FROM users "
                                            "ORDER BY is_default DESC, id LIMIT 1"));
    QSqlQuery& query = *read;
    if (!query.exec() || !query.next())
        return Result<User>::failure(tr("The database has no users."));
    return User{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toBool()};
}

Result<User> UserRepository::find(const QString& nameOrId) const
{
    // Archived salespeople too: a report on someone who has left is still asked for.
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT id, name, email, is_default FROM users "
                                                        "ORDER BY archived_at IS NOT NULL, is_default DESC, name"));
    if (!query.exec())
        return Result<User>::failure(sql::errorText(query));
    const QString wanted = nameOrId.simplified();
    QStringList names;
    while (query.next()) {
        const User user{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toBool()};
        if (user.name.simplified().compare(wanted, Qt::CaseInsensitive) == 0 || QString::number(user.id) == wanted)
            return user;
        names << user.name;
    }
    return Result<User>::failure(
        tr("There is no salesperson “%1”; there are: %2.").arg(wanted, names.join(QStringLiteral(", "))));
}

Result<qint64> UserRepository::create(const User& user)
{
    if (user.name.trimmed().isEmpty())
        return Result<qint64>::failure(tr("A user needs a name."));
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("INSERT INTO users (name, email) VALUES (?, ?)"));
    query.addBindValue(user.name.trimmed());
    query.addBindValue(sql::text(user.email));
    if (!query.exec())
        return Result<qint64>::failure(tr("The user could not be saved: %1").arg(sql::errorText(query)));
    return query.lastInsertId().toLongLong();
}

Status UserRepository::rename(qint64 id, const QString& name)
{
    if (name.trimmed().isEmpty())
        return Status::failure(tr("A user needs a name."));
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("UPDATE users SET name = ? WHERE id = ?"));
    query.addBindValue(name.trimmed());
    query.addBindValue(id);
    if (!query.exec())
        return Status::failure(tr("The user could not be renamed: %1").arg(sql::errorText(query)));
    return {};
}

} // namespace kontor
