// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UtcTime.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct sqlite3;

namespace kontor::sql {

/// The SQLite connection behind a Qt one (as Qt's documentation of QSqlDriver::handle() shows it); nullptr for another
/// driver or a closed connection.
sqlite3* handleOf(const QSqlDatabase& db);

/// Points `db` (a new QSQLITE connection, not open yet) at the file `path` to be read as it is: read-only and
/// immutable, so that no -wal is applied, no lock is taken and no file is made beside it. For files Kontor only
/// looks at: one it may refuse, a damaged one, a backup's copy.
void readAsItIs(QSqlDatabase& db, const QString& path);
/// The URI readAsItIs opens: "file:///home/anna/crm%20file.sqlite?immutable=1". A Windows share (\\server\share
/// or //server/share) is written with an empty host, "file:////server/share/...": SQLite refuses any host but
/// localhost, which QUrl would make of the server's name.
QString immutableUri(const QString& path);

/// Conversions between domain values and SQL columns: ids of 0, empty strings and invalid times are NULL.
inline QVariant id(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

/// For NOT NULL text columns: Qt binds a null QString as NULL, an empty one as ''.
inline QString notNull(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QVariant time(const QDateTime& value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDateTime toTime(const QVariant& value)
{
    return value.isNull() ? QDateTime() : utcFromMs(value.toLongLong());
}

inline QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

/// SQL's literal of a text or a number: for a clause that is built into a larger one as text.
QString literal(const QVariant& value);
/// `clause` with each "?" replaced by the literal of the next of `values`: a condition with bound values made into
/// one that can be put into a query as text. Only for clauses Kontor writes, whose "?" are all placeholders.
QString withValues(const QString& clause, const QVariantList& values);

/// The text of the last error of `query`, for messages.
QString errorText(const QSqlQuery& query);

/// Prepares `sql` on `db`; prepare errors surface on exec().
QSqlQuery prepare(const QSqlDatabase& db, const QString& sql);
/// `sql` prepared once per connection and kept, for the writes a user makes all day: an UPDATE of contacts or
/// deals compiles every trigger on the table (history, search, summaries), a fifth of a save. Bind by position
/// with bindValue(i, ...), never addBindValue, since the values stay from the last use. Writes only: a kept
/// SELECT would hold its read open (KeptRead is for those). Used on the connection's own thread; forgetKept()
/// before it closes.
QSqlQuery& kept(const QSqlDatabase& db, const QString& sql);
void forgetKept(const QString& connectionName);

/// A SELECT kept like kept(), for the reads every save makes (the contact before and after, its tags): reset when
/// this goes out of scope, so that it never holds a read open. Not for a read whose loop calls the same function.
class KeptRead
{
public:
    KeptRead(const QSqlDatabase& db, const QString& sql) : m_query(kept(db, sql)) {}
    ~KeptRead() { m_query.finish(); }
    KeptRead(const KeptRead&) = delete;
    KeptRead& operator=(const KeptRead&) = delete;
    QSqlQuery& operator*() { return m_query; }
    QSqlQuery* operator->() { return &m_query; }

private:
    QSqlQuery& m_query;
};

/// The rows of `select` (a SELECT up to its WHERE, the id first) whose id is one of `ids`, read by `read` and
/// handed back in the order of `ids` (ids not found are left out); false with `error` set when the query fails.
template <typename T, typename Read>
bool readByIds(const QSqlDatabase& db, const QString& select, const QList<qint64>& ids, Read read, QList<T>& rows,
               QString* error)
{
    rows.clear();
    if (ids.isEmpty())
        return true;
    QSqlQuery query = prepare(
        db, select + QStringLiteral(" WHERE id IN (%1)").arg(QStringList(ids.size(), QStringLiteral("?")).join(u',')));
    for (qint64 id : ids)
        query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = errorText(query);
        return false;
    }
    QHash<qint64, T> byId;
    while (query.next())
        byId.insert(query.value(0).toLongLong(), read(query));
    for (qint64 id : ids) {
        if (auto found = byId.constFind(id); found != byId.cend())
            rows.append(*found);
    }
    return true;
}

} // namespace kontor::sql
