// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sql.h"

#include <QMutex>

#include <memory>
#include <unordered_map>

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <sqlite3.h>

namespace kontor::sql {

sqlite3* handleOf(const QSqlDatabase& db)
{
    if (db.driverName() != QStringLiteral("QSQLITE") || !db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

QString immutableUri(const QString& path)
{
    // An absolute path as it is: QFileInfo would make "//server" of a share "/server" on Linux.
    const QUrl url = QUrl::fromLocalFile(QDir::isAbsolutePath(path) ? path : QFileInfo(path).absoluteFilePath());
    const QString file = url.host().isEmpty() ? QString::fromUtf8(url.toEncoded())
                                              : QStringLiteral("file:////") + url.host(QUrl::FullyEncoded) +
                                                    url.path(QUrl::FullyEncoded);
    return file + QStringLiteral("?immutable=1");
}

void readAsItIs(QSqlDatabase& db, const QString& path)
{
    db.setDatabaseName(immutableUri(path));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
}

QString literal(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QString)
        return u'\'' + value.toString().replace(u'\'', QStringLiteral("''")) + u'\'';
    return value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 17) : value.toString();
}

QString withValues(const QString& clause, const QVariantList& values)
{
    QString result;
    qsizetype next = 0;
    for (const QChar c : clause) {
        if (c == u'?' && next < values.size())
            result += literal(values.at(next++));
        else
            result += c;
    }
    return result;
}

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

namespace {

QMutex keptMutex;
// Per connection, its kept statements by their text. The outer map is shared by threads; each inner one belongs
// to its connection's thread.
std::unordered_map<QString, std::unordered_map<QString, std::unique_ptr<QSqlQuery>>>& keptStatements()
{
    static std::unordered_map<QString, std::unordered_map<QString, std::unique_ptr<QSqlQuery>>> byConnection;
    return byConnection;
}

} // namespace

QSqlQuery& kept(const QSqlDatabase& db, const QString& sql)
{
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>>* statements = nullptr;
    {
        QMutexLocker lock(&keptMutex);
        statements = &keptStatements()[db.connectionName()];
    }
    auto& query = (*statements)[sql];
    // A connection of the same name opened again has another driver: its statements are prepared anew.
    // One that did not prepare (a table not there yet, a busy schema) is prepared again rather than kept broken.
    if (!query || query->driver() != db.driver() || (!query->isValid() && query->lastError().isValid()))
        query = std::make_unique<QSqlQuery>(prepare(db, sql));
    return *query;
}

void forgetKept(const QString& connectionName)
{
    QMutexLocker lock(&keptMutex);
    keptStatements().erase(connectionName);
}

} // namespace kontor::sql
