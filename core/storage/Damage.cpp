// SPDX-License-Identifier: GPL-3.0-or-later
#include "Damage.h"
#include "Database.h"
#include "Sql.h"

#include <sqlite3.h>

#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace kontor::Damage {

namespace {

// SQLite names a damaged b-tree by its root page ("Tree 12 page 4 cell 0: ...", "On tree page 7 cell 2: ...") and
// an index by name ("row 5 missing from index contacts_by_name").
QStringList namesOf(const QSqlDatabase& db, const QStringList& lines)
{
    QHash<int, QString> byRootPage;
    QHash<QString, QString> tableOfIndex;
    QSqlQuery schema(db);
    if (schema.exec(QStringLiteral("SELECT type, name, tbl_name, rootpage FROM sqlite_schema"))) {
        while (schema.next()) {
            byRootPage.insert(schema.value(3).toInt(), schema.value(1).toString());
            if (schema.value(0).toString() == QStringLiteral("index"))
                tableOfIndex.insert(schema.value(1).toString(), schema.value(2).toString());
        }
    }
    static const QRegularExpression tree(QStringLiteral("^Tree (\\d+) page"));
    static const QRegularExpression index(QStringLiteral("(?:from|in) index (\\w+)"));
    QStringList names;
    const auto add = [&](const QString& name) {
        const QString shown =
            tableOfIndex.contains(name) ? Database::tr("%1 (an index of it)").arg(tableOfIndex.value(name)) : name;
        if (!names.contains(shown))
            names << shown;
    };
    for (const QString& line : lines) {
        if (const auto match = tree.match(line); match.hasMatch() && byRootPage.contains(match.captured(1).toInt()))
            add(byRootPage.value(match.captured(1).toInt()));
        else if (const auto named = index.match(line); named.hasMatch())
            add(named.captured(1));
    }
    return names;
}

QStringList describe(const QSqlDatabase& db, const QStringList& lines, const QString& stoppedBy)
{
    if (lines.isEmpty() && stoppedBy.isEmpty())
        return {};
    const QStringList names = namesOf(db, lines);
    QStringList findings;
    if (!names.isEmpty())
        findings << Database::tr("The database is damaged in: %1.").arg(names.join(QStringLiteral(", ")));
    else
        findings << Database::tr("The database is damaged: SQLite reports “%1”.")
                        .arg(stoppedBy.isEmpty() ? lines.first() : stoppedBy);
    return findings;
}

} // namespace

QStringList findings(const QSqlDatabase& db, bool quick, const std::atomic<bool>* stop)
{
    // SQLite asks every few thousand steps whether to go on: a window that closes does not wait seconds for a check
    // of a large file on a cold disk.
    sqlite3* handle = stop ? sql::handleOf(db) : nullptr;
    if (handle) {
        sqlite3_progress_handler(
            handle, 10000, [](void* flag) { return static_cast<const std::atomic<bool>*>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic<bool>*>(stop));
    }
    const auto removeHandler = qScopeGuard([handle] {
        if (handle)
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    });
    QSqlQuery query(db);
    // The first hundred findings say where the damage is; a badly damaged file has millions.
    if (!query.exec(quick ? QStringLiteral("PRAGMA quick_check(100)")
                          : QStringLiteral("PRAGMA integrity_check(100)"))) {
        // Another program's lock (SQLITE_BUSY, SQLITE_LOCKED) says nothing of the file's pages, nor does a check
        // that was stopped (SQLITE_INTERRUPT).
        const QString code = query.lastError().nativeErrorCode();
        if (code == QStringLiteral("5") || code == QStringLiteral("6") || code == QStringLiteral("9"))
            return {};
        return describe(db, {}, query.lastError().databaseText());
    }
    QStringList lines;
    while (query.next()) {
        if (const QString line = query.value(0).toString(); line != QStringLiteral("ok"))
            lines << line;
    }
    // Stopped (SQLITE_INTERRUPT): nothing is known.
    if ((query.lastError().nativeErrorCode().toInt() & 0xff) == 9)
        return {};
    const QString stoppedBy = query.lastError().isValid() ? query.lastError().databaseText() : QString();
    return describe(db, lines, stoppedBy);
}

QStringList findingsInFile(const QString& path)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("kontor-damage-%1").arg(++counter);
    QStringList result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        sql::readAsItIs(db, path);
        if (!db.open())
            result << Database::tr("The database is damaged: SQLite reports “%1”.").arg(db.lastError().databaseText());
        else
            result = findings(db, true);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString whatCanBeDone()
{
    return Database::tr(
        "Restore the newest good backup (File → Restore from Backup…; the backups made before the damage were "
        "kept), or save what can still be read into a new file with “kontor-cli salvage FILE NEW-FILE”.");
}

} // namespace kontor::Damage
