// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Translations.h"
#include "domain/Money.h"
#include "repositories/CustomFieldRepository.h"

#include "reports/ReportSummaries.h"

#include "BusyWait.h"
#include "Damage.h"
#include "PrivateFiles.h"
#include "Sql.h"
#include "SqlClock.h"
#include "SqlFunctions.h"
#include "SqlScript.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <optional>

#include <atomic>

#include <sqlite3.h>

namespace kontor {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("kontor-%1").arg(++counter);
}

QStringList migrationFiles()
{
    QDir dir(QStringLiteral(":/kontor/migrations"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString& file : files)
        file = dir.filePath(file);
    return files;
}

/// The part of schema step `version` that needs Kontor's own code.
Status completeStep(const QSqlDatabase& db, int version)
{
    if (version == 16)
        return CustomFieldRepository::refreshSortTexts(db);
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    sql::forgetKept(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // SQLite's advice for long-lived connections: refresh the planner's statistics where they went stale.
            // Closing the last connection then folds the WAL back into the file.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<bool> Database::needsUpgrade(const QString& path)
{
    if (path == QStringLiteral(":memory:"))
        return false;
    const Result<Inspection> inspection = inspect(path);
    if (!inspection)
        return Result<bool>::failure(inspection.error());
    return !inspection.value().isNew && inspection.value().version < latestSchemaVersion();
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("kontor.sqlite"));
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(migrationFiles().size());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Missing missing)
{
    using R = Result<std::unique_ptr<Database>>;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return R::failure(tr("Qt's SQLite driver (QSQLITE) is not installed."));
    SqlClock::install();
    SqlFunctions::install();

    const bool inMemory = path == QStringLiteral(":memory:");
    if (!inMemory && missing == Missing::Refuse && !QFileInfo::exists(path))
        return R::failure(tr("There is no database at “%1”.").arg(shownPath(path)));
    if (!inMemory) {
        const Result<Inspection> inspection = inspect(path);
        if (!inspection)
            return R::failure(inspection.error());
        // A new database is its user's alone (0600, in a 0700 folder if Kontor makes it); SQLite gives its WAL and
        // shared-memory files the database's permissions.
        const QFileInfo info(path);
        if (!info.exists()) {
            if (!makePrivateFolder(info.absolutePath()))
                return R::failure(tr("The folder “%1” could not be created.").arg(shownPath(info.absolutePath())));
            if (!createPrivateFile(path))
                return R::failure(tr("“%1” could not be created.").arg(shownPath(path)));
        }
    }

    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return R::failure(tr("“%1” could not be opened: %2").arg(shownPath(path), db.lastError().text()));

    if (Status status = database->applyPragmas(); !status)
        return R::failure(status.error());
    if (Status status = database->migrate(); !status)
        return R::failure(status.error());
    return R(std::move(database));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::applyPragmas()
{
    QSqlDatabase db = connection();
    // A write that finds another program writing waits for it, saying so (BusyWait), rather than failing at once.
    if (!BusyWait::install(db))
        QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        // 64 MiB of page cache: enough for the hot indexes of a million contacts.
        QStringLiteral("PRAGMA cache_size = -65536"),
        // Temporary tables and the reports' small sorts stay in memory (measured twice as fast as in a file). Bulk
        // work that sorts millions of rows switches to temp_store = FILE (see migrate() and the demo generator).
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
    QSqlQuery query(db);
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return Status::failure(
                tr("The database could not be configured (%1): %2").arg(pragma, query.lastError().text()));
    }
    return {};
}

namespace {

// The stages and lead sources a new database starts with, as the first migration names them (in English).
constexpr const char* defaultStageNames[] = {
    QT_TRANSLATE_NOOP("DefaultNames", "New lead"),      QT_TRANSLATE_NOOP("DefaultNames", "Initial contact"),
    QT_TRANSLATE_NOOP("DefaultNames", "Qualification"), QT_TRANSLATE_NOOP("DefaultNames", "Demo/Presentation"),
    QT_TRANSLATE_NOOP("DefaultNames", "Proposal"),      QT_TRANSLATE_NOOP("DefaultNames", "Contract review"),
    QT_TRANSLATE_NOOP("DefaultNames", "Won"),           QT_TRANSLATE_NOOP("DefaultNames", "Lost")};
constexpr const char* defaultSourceNames[] = {
    QT_TRANSLATE_NOOP("DefaultNames", "Website"),      QT_TRANSLATE_NOOP("DefaultNames", "Referral"),
    QT_TRANSLATE_NOOP("DefaultNames", "Cold call"),    QT_TRANSLATE_NOOP("DefaultNames", "Trade show"),
    QT_TRANSLATE_NOOP("DefaultNames", "Social media"), QT_TRANSLATE_NOOP("DefaultNames", "Advertising")};

// The first salesperson of a new database, until the welcome page asks for a name (the first migration's).
struct TranslatableName
{
    const char* source;
    const char* comment;
    QString translated() const { return QCoreApplication::translate("DefaultNames", source, comment); }
};
constexpr TranslatableName placeholderUser =
    QT_TRANSLATE_NOOP3("DefaultNames", "Owner", "the person who runs the business");

// The money a new database counts in: the currency of the country the computer is set up for (euros in Germany,
// rials in Iran, whatever the interface's language); without one (a C locale), the language's country's (rials in
// Persian, taka in Bengali, birr in Amharic), except English's, which is spoken everywhere; euros otherwise.
QString currencyOfTheUsersCountry()
{
    const QString system = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
    if (Money::isCurrencyCode(system))
        return system.toUpper();
    const QLocale language;
    const QString spoken = language.currencySymbol(QLocale::CurrencyIsoCode);
    if (language.language() != QLocale::English && Money::isCurrencyCode(spoken))
        return spoken.toUpper();
    return QStringLiteral("EUR");
}

// A database made in Persian starts with Persian stages and sources: they are its user's own data from then on,
// renamed in Settings like any other (so they are named once, here, not translated when shown). Its money is the
// user's country's.
Status nameDefaultsInTheLanguage(const QSqlDatabase& db)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    QSqlQuery query(db);
    const auto rename = [&query](const QString& table, const char* english) {
        const QString named = QCoreApplication::translate("DefaultNames", english);
        if (named == QLatin1String(english))
            return true;
        query.prepare(QStringLiteral("UPDATE %1 SET name = ? WHERE name = ?").arg(table));
        query.addBindValue(named);
        query.addBindValue(QString::fromLatin1(english));
        return query.exec();
    };
    for (const char* stage : defaultStageNames) {
        if (!rename(QStringLiteral("stages"), stage))
            return Status::failure(query.lastError().text());
    }
    for (const char* source : defaultSourceNames) {
        if (!rename(QStringLiteral("lead_sources"), source))
            return Status::failure(query.lastError().text());
    }
    // Until the user gives a name, the first salesperson stands on every card and in every owner list.
    const QString owner = placeholderUser.translated();
    if (owner != QLatin1String(placeholderUser.source)) {
        query.prepare(QStringLiteral("UPDATE users SET name = ? WHERE name = ? AND is_default = 1"));
        query.addBindValue(owner);
        query.addBindValue(QString::fromLatin1(placeholderUser.source));
        if (!query.exec())
            return Status::failure(query.lastError().text());
    }
    const QString currency = currencyOfTheUsersCountry();
    if (Money::isCurrencyCode(currency)) {
        query.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'default_currency'"));
        query.addBindValue(currency);
        if (!query.exec())
            return Status::failure(query.lastError().text());
    }
    return transaction.commit();
}

} // namespace

bool Database::isPlaceholderUserName(const QString& name)
{
    return translationsInEveryLanguage("DefaultNames", placeholderUser.source, placeholderUser.comment).contains(name);
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    const QStringList files = migrationFiles();
    int version = schemaVersion();
    if (version >= files.size())
        return {};
    const bool created = version == 0;
    // A step may build indexes or fill summaries from millions of rows: sorts that large are 2.5 times faster
    // spilled to a temporary file in sorted runs than sorted in memory (measured). Nothing temporary exists yet on a
    // connection being opened, so switching (which drops temporary objects) loses nothing.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = FILE"));
    struct RestoreTempStore
    {
        QSqlDatabase db;
        ~RestoreTempStore() { QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = MEMORY")); }
    } restoreTempStore{db};
    // A new database is made in one transaction, its names in the user's language included: a failure anywhere
    // leaves an empty file that the next start makes again, never one with English names for good.
    std::optional<Transaction> creation;
    if (created) {
        creation.emplace(db);
        if (!creation->isActive())
            return Status::failure(creation->error());
    }
    for (int index = version; index < files.size(); ++index) {
        QFile file(files.at(index));
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(tr("The built-in schema step %1 is missing.").arg(QLocale().toString(index + 1)));
        const QStringList statements = splitSqlScript(QString::fromUtf8(file.readAll()));

        Transaction transaction(db);
        if (!transaction.isActive())
            return Status::failure(transaction.error());
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            if (!query.exec(statement))
                return Status::failure(tr("Upgrading the database to schema %1 failed: %2\n%3")
                                           .arg(QLocale().toString(index + 1), query.lastError().text(), statement));
        }
        // What a step's SQL cannot do itself is done by Kontor in the same transaction.
        if (Status completed = completeStep(db, index + 1); !completed)
            return Status::failure(tr("Upgrading the database to schema %1 failed: %2")
                                       .arg(QLocale().toString(index + 1), completed.error()));
        // The version is written last, inside the same transaction: a failed step leaves the old version.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(index + 1)))
            return Status::failure(query.lastError().text());
        if (Status committed = transaction.commit(); !committed)
            return committed;
        version = index + 1;
    }
    if (creation) {
        if (Status named = nameDefaultsInTheLanguage(db); !named)
            return named;
        return creation->commit();
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QString Database::sqliteVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
        return query.value(0).toString();
    return {};
}

namespace {

// SQLite's online backup, on connections of its own: the pages are copied as they are, in one step under one read
// transaction, so the copy is the database at one moment even while Kontor writes (in WAL mode the writer goes on).
// A third of the time of VACUUM INTO, which builds every table and index anew: 7 s instead of 23 s for a million
// contacts.
Status copyWithBackupApi(const QString& sourcePath, const QString& copyPath)
{
    sqlite3* source = nullptr;
    sqlite3* copy = nullptr;
    const auto closeBoth = qScopeGuard([&] {
        sqlite3_close(copy);
        sqlite3_close(source);
    });
    if (sqlite3_open_v2(QFile::encodeName(sourcePath).constData(), &source, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(source)));
    sqlite3_busy_timeout(source, 5000);
    if (sqlite3_open_v2(QFile::encodeName(copyPath).constData(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(copy)));
    sqlite3_backup* backup = sqlite3_backup_init(copy, "main", source, "main");
    if (backup == nullptr)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(copy)));
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(copy)));
    // Closed here, so that the copy is complete on disk (and has no journal beside it) before it is renamed.
    const int closed = sqlite3_close(copy);
    copy = nullptr;
    if (closed != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errstr(closed)));
    return {};
}

} // namespace

Status Database::backupTo(const QString& targetFile) const
{
    if (m_path == QStringLiteral(":memory:"))
        return Status::failure(tr("A database in memory has no file to back up."));
    const QFileInfo target(targetFile);
    if (target.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Status::failure(tr("A backup cannot overwrite the database it is made from."));
    if (!makePrivateFolder(target.absolutePath()))
        return Status::failure(tr("The folder “%1” could not be created.").arg(shownPath(target.absolutePath())));

    // Written under a name of its own and renamed when whole; private from its first byte. A copy that fails takes
    // its pieces with it (SQLite's journal of the copy too), and one killed half way is recognised by its name
    // and removed by the next backup (Backups::make).
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".partial-") +
                              QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    const auto removePieces = [&temporary] {
        for (const QString& suffix :
             {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(temporary + suffix);
    };
    if (!createPrivateFile(temporary))
        return Status::failure(tr("The backup could not be written to “%1”: %2")
                                   .arg(shownPath(targetFile), tr("the folder cannot be written to")));
    if (Status copied = copyWithBackupApi(m_path, temporary); !copied) {
        removePieces();
        return Status::failure(
            tr("The backup could not be written to “%1”: %2").arg(shownPath(targetFile), copied.error()));
    }
    // A copy of a damaged database is not a backup: kept, it would rotate the good ones away, day after day.
    if (const QStringList damage = Damage::findingsInFile(temporary); !damage.isEmpty()) {
        removePieces();
        return Status::failure(tr("No backup was made. %1 %2").arg(damage.join(u' '), Damage::whatCanBeDone()));
    }
    if (target.exists() && !QFile::remove(target.absoluteFilePath())) {
        removePieces();
        return Status::failure(tr("“%1” exists and could not be replaced.").arg(shownPath(targetFile)));
    }
    if (!QFile::rename(temporary, target.absoluteFilePath())) {
        removePieces();
        return Status::failure(tr("The backup could not be moved to “%1”.").arg(shownPath(targetFile)));
    }
    return {};
}

Status Database::canWrite(const QSqlDatabase& db)
{
    if (sqlite3* connection = sql::handleOf(db); connection && sqlite3_db_readonly(connection, "main") == 1)
        return Status::failure(tr("The database can only be read: its file, its folder or its disk does not allow "
                                  "changes."));
    // The write lock taken (waiting for another writer as every write does) and given back at once: nothing is
    // written.
    Transaction probe(db);
    if (!probe.isActive())
        return Status::failure(probe.error());
    probe.rollback();
    return {};
}

Result<DatabaseCheckReport> Database::check() const
{
    DatabaseCheckReport report;
    report.schemaVersion = schemaVersion();
    report.latestSchemaVersion = latestSchemaVersion();
    report.sqliteVersion = sqliteVersion();

    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next())
        report.journalMode = query.value(0).toString();

    // A damaged file is said to be so in words, with what can be done; what follows would only fail on it.
    if (const QStringList damage = Damage::findings(connection(), false); !damage.isEmpty()) {
        report.problems = damage;
        report.problems << Damage::whatCanBeDone();
        report.damaged = true;
        return report;
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Result<DatabaseCheckReport>::failure(query.lastError().text());
    while (query.next()) {
        report.problems.append(
            tr("Row %1 of table %2 refers to a missing row in %3.")
                .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString()));
    }
    // Summaries kept by triggers must equal what they summarise.
    if (report.schemaVersion >= 3) {
        const QString totals =
            QStringLiteral("SELECT stage_id, coalesce(owner_id, 0), currency, count(*), sum(amount_minor) FROM deals "
                           "WHERE archived_at IS NULL GROUP BY 1, 2, 3");
        const QString kept = QStringLiteral(
            "SELECT stage_id, owner_id, currency, deals, amount_minor FROM deal_totals WHERE deals <> 0");
        if (!query.exec(
                QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT %2)) + (SELECT count(*) FROM (%2 EXCEPT "
                               "%1))")
                    .arg(totals, kept)) ||
            !query.next())
            return Result<DatabaseCheckReport>::failure(query.lastError().text());
        if (const int differing = query.value(0).toInt(); differing > 0)
            report.problems.append(
                tr("The pipeline totals (deal_totals) differ from the deals in %n row(s).", nullptr, differing));
    }
    if (report.schemaVersion >= 6) {
        auto differing = ReportSummaries::differences(connection());
        if (!differing)
            return Result<DatabaseCheckReport>::failure(differing.error());
        if (differing.value() > 0)
            report.problems.append(tr("The report summaries differ from the rows they sum up in %n row(s).", nullptr,
                                      int(std::min<qint64>(differing.value(), 1000000))));
    }
    if (report.schemaVersion != report.latestSchemaVersion)
        report.problems.append(
            tr("Schema version %1 differs from the expected %2.")
                .arg(QLocale().toString(report.schemaVersion), QLocale().toString(report.latestSchemaVersion)));
    report.integrityOk = report.problems.isEmpty();

    const QStringList tables = {
        QStringLiteral("contacts"),     QStringLiteral("companies"), QStringLiteral("interactions"),
        QStringLiteral("deals"),        QStringLiteral("reminders"), QStringLiteral("stages"),
        QStringLiteral("lead_sources"), QStringLiteral("campaigns"), QStringLiteral("users")};
    for (const QString& table : tables) {
        if (query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next())
            report.rowCounts.insert(table, query.value(0).toLongLong());
    }
    return report;
}

} // namespace kontor
