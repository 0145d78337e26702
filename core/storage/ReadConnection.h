// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace kontor {

/// A read-only connection to the same database file, for reading in another thread while the window's connection
/// stays free (SQLite in WAL mode lets readers run beside the writer). Qt's connections belong to the thread that
/// made them: make, use and drop this object in one thread.
class ReadConnection
{
public:
    /// `path` is the file of the window's connection (its databaseName()): pass the name, not the connection,
    /// since a connection must not be touched from another thread.
    explicit ReadConnection(const QString& path);
    ~ReadConnection();
    ReadConnection(const ReadConnection&) = delete;
    ReadConnection& operator=(const ReadConnection&) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase db() const { return m_db; }
    /// False for an in-memory database, which no other connection can see.
    static bool canShare(const QSqlDatabase& db);
    static bool canShare(const QString& path);

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace kontor
