// SPDX-License-Identifier: GPL-3.0-or-later
// What a file is before Kontor writes to it: new, a Kontor database of some schema, or something to refuse with a
// message that says what happened (another program's file, a newer Kontor's, a damaged one, a stray log file beside
// it, a folder that cannot be written).
#include "Database.h"
#include "Translations.h"

#include "Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

#include <sqlite3.h>

namespace kontor {

namespace {

struct Header
{
    bool readable = false;
    int sqliteError = 0;
    QString sqliteText;
    int applicationId = 0;
    int version = 0;
    int objects = 0;
};

// The header's numbers through a read-only connection; `immutable` reads the file alone, without its -wal and
// without writing any file beside it.
Header readHeader(const QString& path, bool immutable)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("kontor-inspect-%1").arg(++counter);
    Header header;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (immutable) {
            sql::readAsItIs(db, path);
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open()) {
            header.sqliteError = db.lastError().nativeErrorCode().toInt();
            header.sqliteText = db.lastError().text();
        } else {
            QSqlQuery query(db);
            header.readable = query.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                                        "(SELECT user_version FROM pragma_user_version), "
                                                        "(SELECT count(*) FROM sqlite_schema)")) &&
                              query.next();
            if (header.readable) {
                header.applicationId = query.value(0).toInt();
                header.version = query.value(1).toInt();
                header.objects = query.value(2).toInt();
            } else {
                header.sqliteError = query.lastError().nativeErrorCode().toInt();
                header.sqliteText = query.lastError().databaseText();
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return header;
}

// Why a file could not be read, in words that say what to do.
QString unreadable(const QString& path, const Header& header)
{
    const QFileInfo info(path);
    const QString wal = path + QStringLiteral("-wal");
    const int primary = header.sqliteError & 0xff;
    // A -wal file of another database (copied or synced beside this one) makes SQLite read pages that are not this
    // file's: the file alone reads well.
    if (QFileInfo::exists(wal) && (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT) &&
        readHeader(path, true).readable) {
        return Database::tr(
                   "“%1” could not be read together with “%2” beside it: that file holds changes of another database, "
                   "or is damaged. Move “%2” into another folder (keep it: it may hold this database's last "
                   "changes) and open “%1” again. Both files were left unchanged.")
            .arg(shownPath(path), QFileInfo(wal).fileName());
    }
    if (primary == SQLITE_CORRUPT) {
        return Database::tr(
                   "“%1” is damaged: its first pages cannot be read. Restore it from a backup (File → Restore from "
                   "Backup…, or the kontor-backups folder beside it). The file was left unchanged.")
            .arg(shownPath(path));
    }
    if (primary == SQLITE_NOTADB) {
        return Database::tr("“%1” is not a Kontor database: it is not an SQLite database file. It was left unchanged.")
            .arg(shownPath(path));
    }
    // Only when SQLite could not open or write: a damaged file in a read-only folder is said to be damaged.
    if (primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY || primary == SQLITE_PERM ||
        (primary != SQLITE_CORRUPT && primary != SQLITE_NOTADB && !QFileInfo(info.absolutePath()).isWritable())) {
        return Database::tr(
                   "“%1” cannot be opened: its folder “%2” does not allow changes, and SQLite needs to keep two small "
                   "files beside the database while it is open. Copy the file into a folder of yours, or ask for "
                   "permission to write in that one. The file was left unchanged.")
            .arg(shownPath(path), shownPath(info.absolutePath()));
    }
    return Database::tr("“%1” could not be read: %2. It was left unchanged.").arg(shownPath(path), header.sqliteText);
}

} // namespace

QString Database::foreign(const QString& path)
{
    return tr("“%1” is an SQLite database of another program, not a Kontor database. It was left unchanged.")
        .arg(shownPath(path));
}

QString Database::newer(const QString& path, int version)
{
    return tr("“%1” was written by a newer version of Kontor (schema %2; this version knows up to %3). Please update "
              "Kontor. The file was left unchanged.")
        .arg(shownPath(path), QLocale().toString(version), QLocale().toString(Database::latestSchemaVersion()));
}

// Looks at an existing file through a read-only connection, so that nothing is written to a file that
// turns out not to be ours, nor beside it.
Result<Database::Inspection> Database::inspect(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return Inspection{true};
    if (!info.isFile())
        return Result<Inspection>::failure(tr("“%1” is not a file.").arg(shownPath(path)));
    if (!info.isReadable())
        return Result<Inspection>::failure(tr("“%1” cannot be read: permission denied.").arg(shownPath(path)));

    // Another program's database, or a newer Kontor's, is refused from its first page alone, read as it is: no
    // shared-memory file is made beside it, not even for a moment (its own program may be making one).
    if (const Header first = readHeader(path, true); first.readable && first.applicationId != 0) {
        if (first.applicationId != Database::applicationId)
            return Result<Inspection>::failure(foreign(path));
        if (first.version > Database::latestSchemaVersion())
            return Result<Inspection>::failure(newer(path, first.version));
    }
    // SQLite makes a shared-memory file beside a database in WAL mode (and beside anything with a -wal file) as it
    // reads: one made for a file that is then refused is removed again.
    const QString sharedMemory = path + QStringLiteral("-shm");
    const bool hadSharedMemory = QFileInfo::exists(sharedMemory);
    const Header header = readHeader(path, false);
    const auto refuse = [&](const QString& message) {
        if (!hadSharedMemory)
            QFile::remove(sharedMemory);
        return Result<Inspection>::failure(message);
    };
    if (!header.readable)
        return refuse(unreadable(path, header));
    if (header.applicationId == 0 && header.version == 0 && header.objects == 0)
        return Inspection{true, 0};
    if (header.applicationId != Database::applicationId)
        return refuse(foreign(path));
    if (header.version > Database::latestSchemaVersion())
        return refuse(newer(path, header.version));
    return Inspection{false, header.version};
}

} // namespace kontor
