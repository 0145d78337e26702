// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace kontor {

/// What `kontor-cli check` and the GUI report about a database file.
struct DatabaseCheckReport
{
    bool integrityOk = false;
    /// SQLite found damaged pages: `problems` says where and what can be done, and nothing else was checked.
    bool damaged = false;
    QStringList problems;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QString sqliteVersion;
    QString journalMode;
    QMap<QString, qint64> rowCounts;
};

/// One open Kontor database file: its connection, pragmas and schema version.
/// Opening refuses, untouched, a file that is not an SQLite database, one that belongs to another
/// program, and one written by a newer Kontor.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    enum class Missing { Create, Refuse };

    /// Opens and migrates the file at `path`, creating it when missing unless told to refuse; ":memory:" gives a
    /// private in-memory database, as the tests use.
    static Result<std::unique_ptr<Database>> open(const QString& path, Missing missing = Missing::Create);

    /// Whether `path` is a Kontor database of an older schema, which open() will upgrade (once, in one transaction
    /// per step; a million contacts take a minute or so): a window may show that it is busy meanwhile. False for a
    /// missing, new or current file; failure for a file open() would refuse.
    static Result<bool> needsUpgrade(const QString& path);

    /// `QStandardPaths::AppDataLocation`/kontor.sqlite; its folder is created on demand by open().
    static QString defaultPath();
    static int latestSchemaVersion();
    /// Whether `name` is what a new database calls its first salesperson until the user gives a name ("Owner", or
    /// its translation in the language the database was made in).
    static bool isPlaceholderUserName(const QString& name);
    /// The value Kontor writes into `PRAGMA application_id` ("KNTR").
    static constexpr int applicationId = 0x4B4E5452;

    /// Whether a write to `db` can happen now: failure, with a message a user understands, when the file, its folder
    /// or its disk are read-only or another program holds the write lock. Asked before work that makes a backup
    /// first (an import), so that a write that cannot happen leaves no backup, nor anything else, behind.
    static Status canWrite(const QSqlDatabase& db);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    QString sqliteVersion() const;

    /// A consistent copy of the whole database while it is in use (SQLite's backup API), written to a temporary
    /// file beside `targetFile` first so that a failed backup never leaves half a file behind.
    Status backupTo(const QString& targetFile) const;
    Result<DatabaseCheckReport> check() const;

private:
    struct Inspection
    {
        bool isNew = false;
        int version = 0;
    };
    static Result<Inspection> inspect(const QString& path);
    /// Why `path` is refused: another program's database, or one of a newer schema `version`.
    static QString foreign(const QString& path);
    static QString newer(const QString& path, int version);

    Database(QString path, QString connectionName);
    Status applyPragmas();
    Status migrate();

    QString m_path;
    QString m_connectionName;
};

} // namespace kontor
