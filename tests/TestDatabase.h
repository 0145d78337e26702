// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace kontor::test {

/// A fresh database file in a temporary folder, removed with the object.
class TestDatabase
{
public:
    TestDatabase()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("test.sqlite")));
        if (!opened)
            qFatal("Could not open the test database: %s", qPrintable(opened.error()));
        m_database = std::move(opened).value();
    }
    Database& database() { return *m_database; }
    QSqlDatabase db() const { return m_database->connection(); }
    QString path() const { return m_database->path(); }
    QString dirPath(const QString& name) const { return m_dir.filePath(name); }
    std::unique_ptr<Database> take() { return std::move(m_database); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

inline QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// The single number `sql` selects; a query that fails stops the test run with the query's text.
inline qint64 count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        qFatal("%s", qPrintable(sql));
    return query.value(0).toLongLong();
}

} // namespace kontor::test
