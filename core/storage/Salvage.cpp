// SPDX-License-Identifier: GPL-3.0-or-later
#include "Salvage.h"
#include "Translations.h"

#include "BulkLoad.h"
#include "Database.h"
#include "Sql.h"
#include "Transaction.h"
#include "reports/LifecycleReport.h"
#include "reports/ReportSummaries.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/PipelineRepository.h"
#include "search/Search.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <limits>
#include <optional>

namespace kontor {

namespace {

// Summaries that are built again from the rows they sum up, not copied.
const QSet<QString> rebuiltTables = {QStringLiteral("deal_totals"), QStringLiteral("interaction_hours"),
                                     QStringLiteral("deal_move_hours"), QStringLiteral("deal_stage_facts"),
                                     QStringLiteral("funnel_hours")};
constexpr int rowsPerRead = 1000;

QString quoted(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// The plain tables of a schema, in its order: not SQLite's own, not the search indexes nor their shadow tables.
QStringList plainTables(const QSqlDatabase& db, bool* ok)
{
    QSqlQuery query(db);
    *ok = query.exec(QStringLiteral("SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_schema "
                                    "WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid"));
    QStringList tables;
    QStringList virtualTables;
    while (query.next()) {
        if (query.value(1).toBool())
            virtualTables << query.value(0).toString() + u'_';
        else
            tables << query.value(0).toString();
    }
    *ok = *ok && !query.lastError().isValid();
    tables.removeIf([&virtualTables](const QString& table) {
        return std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                           [&table](const QString& prefix) { return table.startsWith(prefix); });
    });
    return tables;
}

QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    QStringList columns;
    if (query.exec(QStringLiteral("SELECT name FROM pragma_table_info(%1)").arg(quoted(table).replace(u'"', u'\''))))
        while (query.next())
            columns << query.value(0).toString();
    return columns;
}

// Copies one table's readable rows: in rowid order, a thousand at a time; past a row that cannot be read, it looks
// for the next readable one further and further on (1, 4, 16... rowids), so that one damaged page costs its rows
// and a few probes, not the rest of the table.
void copyTable(const QSqlDatabase& source, const QSqlDatabase& target, const QString& table, SalvagedTable& saved,
               QString* writeError)
{
    const QStringList targetColumns = columnsOf(target, table);
    QStringList columns;
    for (const QString& column : columnsOf(source, table))
        if (targetColumns.contains(column))
            columns << column;
    if (columns.isEmpty()) {
        saved.unreadable = true;
        return;
    }
    QStringList quotedColumns;
    for (const QString& column : columns)
        quotedColumns << quoted(column);
    const QString list = quotedColumns.join(QStringLiteral(", "));
    QSqlQuery insert(target);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                       .arg(quoted(table), list, QStringList(columns.size(), QStringLiteral("?")).join(u',')));
    bool cleared = false;
    const auto keep = [&](const QSqlQuery& row, int first) {
        // What a new database put in this table (its stages, its settings) gives way to the saved rows, but stays
        // where nothing could be saved.
        if (!cleared) {
            QSqlQuery(target).exec(QStringLiteral("DELETE FROM %1").arg(quoted(table)));
            cleared = true;
        }
        for (int i = 0; i < columns.size(); ++i)
            insert.bindValue(i, row.value(first + i));
        if (!insert.exec() && writeError->isEmpty())
            *writeError = insert.lastError().text();
        ++saved.rowsSaved;
    };

    QSqlQuery read(source);
    read.setForwardOnly(true);
    const bool hasRowid = read.exec(QStringLiteral("SELECT rowid FROM %1 LIMIT 0").arg(quoted(table)));
    if (!hasRowid) {
        // Tables keyed by their own columns (settings, a few small ones): read whole, up to what can be read.
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(list, quoted(table)))) {
            saved.gapsSkipped = 1;
        } else {
            while (read.next())
                keep(read, 0);
            if (read.lastError().isValid())
                saved.gapsSkipped = 1;
        }
        saved.unreadable = saved.rowsSaved == 0 && saved.gapsSkipped > 0;
        return;
    }
    const QString batch = QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid > ? ORDER BY rowid LIMIT %3")
                              .arg(list, quoted(table))
                              .arg(rowsPerRead);
    const QString next =
        QStringLiteral("SELECT rowid FROM %1 WHERE rowid > ? ORDER BY rowid LIMIT 1").arg(quoted(table));
    qint64 after = std::numeric_limits<qint64>::min();
    while (writeError->isEmpty()) {
        read.prepare(batch);
        read.addBindValue(after);
        int rows = 0;
        bool failed = !read.exec();
        while (!failed && read.next()) {
            after = read.value(0).toLongLong();
            keep(read, 1);
            ++rows;
        }
        failed = failed || read.lastError().isValid();
        read.finish();
        if (!failed) {
            if (rows < rowsPerRead)
                break;
            continue;
        }
        // Past the damage: the first rowid that can be found further on (Kontor's rowids start at 1, so a table
        // whose first page is damaged is probed from there, not from the smallest number there is).
        ++saved.gapsSkipped;
        bool found = false;
        after = std::max<qint64>(after, 0);
        constexpr qint64 largest = std::numeric_limits<qint64>::max();
        for (qint64 step = 1; step <= largest / 4 && after <= largest - step; step *= 4) {
            QSqlQuery probe(source);
            probe.prepare(next);
            probe.addBindValue(after + step);
            if (!probe.exec())
                continue;
            if (probe.next()) {
                after = probe.value(0).toLongLong() - 1;
                found = true;
                break;
            }
            if (!probe.lastError().isValid())
                break; // nothing further: the table ends here
        }
        if (!found)
            break;
    }
    saved.unreadable = saved.rowsSaved == 0 && saved.gapsSkipped > 0;
}

} // namespace

namespace {

// Copies `from` to `to` a few megabytes at a time, telling `progress` (0-100 of the copy) and stopping when it says
// so; the error, or an empty string.
QString copyFile(const QString& from, const QString& to, const std::function<bool(int)>& progress)
{
    QFile source(from);
    QFile target(to);
    if (!source.open(QIODevice::ReadOnly))
        return source.errorString();
    if (!target.open(QIODevice::WriteOnly))
        return target.errorString();
    target.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const qint64 size = std::max<qint64>(1, source.size());
    QByteArray buffer(4 * 1024 * 1024, Qt::Uninitialized);
    for (qint64 done = 0;;) {
        const qint64 read = source.read(buffer.data(), buffer.size());
        if (read < 0)
            return source.errorString();
        if (read == 0)
            break;
        if (target.write(buffer.constData(), read) != read)
            return target.errorString();
        done += read;
        if (progress && !progress(int(std::min<qint64>(100, done * 100 / size))))
            return Database::tr("Stopped.");
    }
    return target.flush() ? QString() : target.errorString();
}

// Copies the file and its -wal into `scratch` (as damaged.sqlite and its -wal); why not, or an empty string.
QString copyWithWal(const QString& damagedPath, const QTemporaryDir& scratch, const std::function<bool(int)>& progress)
{
    if (!scratch.isValid())
        return scratch.errorString();
    const QString copy = scratch.filePath(QStringLiteral("damaged.sqlite"));
    const QString error = copyFile(damagedPath, copy, progress);
    return error.isEmpty() ? copyFile(damagedPath + QStringLiteral("-wal"), copy + QStringLiteral("-wal"), {}) : error;
}

} // namespace

QString SalvageReport::caveat() const
{
    if (walLeftOut.isEmpty())
        return {};
    return QCoreApplication::translate("Salvage", "The latest changes, in the file's “-wal” beside it, could not be "
                                                  "read: the copy that reading them takes could not be made (%1). "
                                                  "Free some space beside the new file and save again to have them "
                                                  "too.")
        .arg(walLeftOut);
}

QString SalvagedTable::title() const
{
    // Lower case: the titles stand inside a sentence ("some could not be read in: deals, reminders").
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("contacts"), QT_TRANSLATE_NOOP("Salvage", "contacts")},
        {QStringLiteral("companies"), QT_TRANSLATE_NOOP("Salvage", "companies")},
        {QStringLiteral("deals"), QT_TRANSLATE_NOOP("Salvage", "deals")},
        {QStringLiteral("interactions"), QT_TRANSLATE_NOOP("Salvage", "calls, meetings and notes")},
        {QStringLiteral("reminders"), QT_TRANSLATE_NOOP("Salvage", "reminders")},
        {QStringLiteral("deal_stage_history"), QT_TRANSLATE_NOOP("Salvage", "the deals' moves between stages")},
        {QStringLiteral("deal_stage_facts"), QT_TRANSLATE_NOOP("Salvage", "the deals' dates in each stage")},
        {QStringLiteral("change_log"), QT_TRANSLATE_NOOP("Salvage", "the change history")},
        {QStringLiteral("campaigns"), QT_TRANSLATE_NOOP("Salvage", "campaigns")},
        {QStringLiteral("lead_sources"), QT_TRANSLATE_NOOP("Salvage", "lead sources")},
        {QStringLiteral("users"), QT_TRANSLATE_NOOP("Salvage", "salespeople")},
        {QStringLiteral("stages"), QT_TRANSLATE_NOOP("Salvage", "pipeline stages")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("Salvage", "tags")},
        {QStringLiteral("contact_tags"), QT_TRANSLATE_NOOP("Salvage", "the contacts' tags")},
        {QStringLiteral("company_tags"), QT_TRANSLATE_NOOP("Salvage", "the companies' tags")},
        {QStringLiteral("contact_emails"), QT_TRANSLATE_NOOP("Salvage", "the contacts' emails")},
        {QStringLiteral("contact_phones"), QT_TRANSLATE_NOOP("Salvage", "the contacts' phone numbers")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("Salvage", "settings")},
        {QStringLiteral("imports"), QT_TRANSLATE_NOOP("Salvage", "the import history")},
        {QStringLiteral("import_changes"), QT_TRANSLATE_NOOP("Salvage", "what each import changed")},
        {QStringLiteral("duplicate_dismissals"), QT_TRANSLATE_NOOP("Salvage", "contacts marked as not duplicates")},
    };
    const char* title = titles.value(table);
    return title ? QCoreApplication::translate("Salvage", title) : table;
}

Result<SalvageReport> salvage(const QString& damagedPath, const QString& newPath,
                              const std::function<bool(int)>& progress)
{
    using R = Result<SalvageReport>;
    if (!QFileInfo(damagedPath).isFile())
        return R::failure(Database::tr("There is no database at “%1”.").arg(shownPath(damagedPath)));
    // Neither the new file nor SQLite's files of an earlier one by that name: opening would take a -wal left there
    // as its own, and a failed salvage removes what it made.
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (QFileInfo::exists(newPath + suffix))
            return R::failure(Database::tr("“%1” exists already: what is saved goes into a new file.")
                                  .arg(shownPath(newPath + suffix)));

    static std::atomic<int> counter{0};
    const QString sourceName = QStringLiteral("kontor-salvage-%1").arg(++counter);
    bool finished = false;
    // A salvage that fails or is stopped leaves no new file behind.
    const auto removeNew = [&newPath] {
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(newPath + suffix);
    };
    R result = SalvageReport{};
    // Beside the new file, where there is room for it (the temporary folder may be memory).
    std::optional<QTemporaryDir> scratch;
    QString walLeftOut;
    bool copied = false;
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), sourceName);
        // Read as it is: nothing written, no file made beside it. A database still open elsewhere (the window that
        // found the damage) keeps its latest changes in its -wal: read through it then, or they would be lost.
        const bool hasWal = QFile::exists(damagedPath + QStringLiteral("-wal"));
        if (hasWal && QFile::exists(damagedPath + QStringLiteral("-shm"))) {
            source.setDatabaseName(damagedPath);
            source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else if (hasWal) {
            // A -wal without its -shm (the two copied or moved without it, or its -shm deleted): SQLite reads it
            // only on a connection that may write, so a private copy of both is read, and the last changes are
            // saved too; the damaged file and its -wal stay as they were.
            scratch.emplace(QFileInfo(newPath).absolutePath() + QStringLiteral("/.kontor-salvage-XXXXXX"));
            walLeftOut = copyWithWal(damagedPath, *scratch,
                                     [&progress](int percent) { return !progress || progress(percent / 10); });
            if (walLeftOut == Database::tr("Stopped.")) {
                source = QSqlDatabase();
                QSqlDatabase::removeDatabase(sourceName);
                return R::failure(walLeftOut);
            }
            copied = walLeftOut.isEmpty();
            if (copied)
                source.setDatabaseName(scratch->filePath(QStringLiteral("damaged.sqlite")));
            else
                sql::readAsItIs(source, damagedPath);
        } else {
            sql::readAsItIs(source, damagedPath);
        }
        bool schemaRead = source.open();
        QSqlQuery header(source);
        schemaRead = schemaRead && header.exec(QStringLiteral("SELECT application_id FROM pragma_application_id")) &&
                     header.next();
        const bool ours = schemaRead && header.value(0).toInt() == Database::applicationId;
        header.finish();
        const QStringList sourceTables = schemaRead ? plainTables(source, &schemaRead) : QStringList();
        if (!schemaRead || sourceTables.isEmpty()) {
            result = R::failure(Database::tr("Nothing can be read from “%1”: the list of its tables is damaged. "
                                             "Restore a backup instead.")
                                    .arg(shownPath(damagedPath)));
        } else if (!ours) {
            result = R::failure(Database::tr("“%1” is not a Kontor database.").arg(shownPath(damagedPath)));
        } else if (auto target = Database::open(newPath); !target) {
            result = R::failure(target.error());
        } else {
            QSqlDatabase db = target.value()->connection();
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
            SalvageReport report;
            QString error;
            {
                Transaction transaction(db);
                bool targetOk = false;
                const QStringList targetTables = plainTables(db, &targetOk);
                const Result<QStringList> triggers =
                    BulkLoad::dropTriggers(db, QStringLiteral("")); // every trigger (an empty prefix, not NULL)
                if (!transaction.isActive()) {
                    error = transaction.error();
                } else if (!triggers) {
                    error = triggers.error();
                } else if (!targetOk) {
                    error = Database::tr("the new file's tables could not be listed");
                } else {
                    for (int i = 0; i < targetTables.size() && error.isEmpty(); ++i) {
                        const QString& table = targetTables.at(i);
                        if (rebuiltTables.contains(table) || !sourceTables.contains(table))
                            continue;
                        SalvagedTable saved;
                        saved.table = table;
                        copyTable(source, db, table, saved, &error);
                        report.tables << saved;
                        const int first = copied ? 10 : 0;
                        if (progress && !progress(first + int((90 - first) * (i + 1) / targetTables.size())))
                            error = Database::tr("Stopped.");
                    }
                    // The search indexes and the summaries, from what was saved.
                    if (error.isEmpty()) {
                        for (const Status& built :
                             {SearchIndex::rebuild(db), PipelineRepository::rebuildTotals(db),
                              ReportSummaries::rebuild(db), LifecycleFunnel::refreshAdvances(db),
                              CustomFieldRepository::refreshSortTexts(db), BulkLoad::recreate(db, triggers.value())}) {
                            if (!built && error.isEmpty())
                                error = built.error();
                        }
                    }
                    if (error.isEmpty())
                        if (Status committed = transaction.commit(); !committed)
                            error = committed.error();
                }
            }
            if (error.isEmpty()) {
                QSqlQuery dangling(db);
                if (dangling.exec(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) && dangling.next())
                    report.danglingReferences = dangling.value(0).toLongLong();
                dangling.finish();
                QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
                if (progress)
                    progress(100);
                report.walLeftOut = walLeftOut;
                result = report;
                finished = true;
            } else {
                result = R::failure(Database::tr("Nothing was saved: %1").arg(error));
            }
        }
        source.close();
    }
    QSqlDatabase::removeDatabase(sourceName);
    if (!finished)
        removeNew();
    return result;
}

} // namespace kontor
