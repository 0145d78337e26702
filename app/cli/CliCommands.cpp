// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "CliContext.h"
#include "WriteCommands.h"

#include "Clock.h"
#include "ReportCommand.h"
#include "UtcTime.h"
#include "actions/ImportActions.h"
#include "demo/DemoGenerator.h"
#include "io/ContactExport.h"
#include "io/ContactImport.h"
#include "io/RecordExport.h"
#include "io/RecordImport.h"
#include "reports/ReportPeriod.h"
#include "repositories/SettingsRepository.h"
#include "repositories/UserRepository.h"
#include "search/Search.h"
#include "storage/Backups.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace kontor::cli {

namespace {

int init(Context& context)
{
    auto db = openDatabase(context, Database::Missing::Create);
    if (!db)
        return fail(context, db.error());
    if (context.json) {
        printJson(context.out, QJsonObject{{QStringLiteral("database"), QDir::toNativeSeparators(db.value()->path())},
                                           {QStringLiteral("schema_version"), db.value()->schemaVersion()}});
    } else {
        context.out << Cli::tr("Database ready: %1 (schema %2)")
                           .arg(QDir::toNativeSeparators(db.value()->path()))
                           .arg(db.value()->schemaVersion())
                    << Qt::endl;
    }
    return 0;
}

bool parseCount(const QString& text, qint64* value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok && *value >= 0;
}

int demo(Context& context)
{
    DemoOptions options;
    if (context.parser.isSet(QStringLiteral("contacts")) &&
        !parseCount(context.parser.value(QStringLiteral("contacts")), &options.contacts))
        return usage(context, Cli::tr("--contacts needs a whole number of 0 or more."));
    if (context.parser.isSet(QStringLiteral("interactions"))) {
        qint64 perContact = 0;
        if (!parseCount(context.parser.value(QStringLiteral("interactions")), &perContact) || perContact > 1000)
            return usage(context, Cli::tr("--interactions needs a whole number from 0 to 1000."));
        options.interactionsPerContact = int(perContact);
    }
    if (context.parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = context.parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usage(context, Cli::tr("--seed needs a whole number."));
    }
    // The demo is written relative to "now"; pinning the day makes two runs produce the same rows.
    std::optional<FixedClock> pinnedClock;
    if (context.parser.isSet(QStringLiteral("as-of"))) {
        const QDate day = QDate::fromString(context.parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!day.isValid())
            return usage(context, Cli::tr("--as-of needs a date such as 2026-11-24."));
        pinnedClock.emplace(utcAt(day, QTime(12, 0)));
        Clock::setInstance(&*pinnedClock);
    }
    struct RestoreClock
    {
        ~RestoreClock() { Clock::setInstance(nullptr); }
    } restoreClock;
    auto db = openDatabase(context, Database::Missing::Create);
    if (!db)
        return fail(context, db.error());
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    QString lastPhase;
    const bool showProgress = !context.json;
    // Every tenth of the way, and every new phase of the finish (which all come at 100 %).
    auto progress = [&](qint64 done, qint64 total, const QString& phase) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (showProgress && ((percent != lastPercent && percent % 10 == 0) || phase != lastPhase)) {
            context.err << Cli::tr("%1: %2%").arg(phase).arg(percent) << Qt::endl;
            lastPercent = percent;
            lastPhase = phase;
        }
        return true;
    };
    auto summary = DemoGenerator(db.value()->connection()).generate(options, progress);
    if (!summary)
        return fail(context, summary.error());
    const qint64 elapsed = timer.elapsed();
    if (context.json) {
        printJson(context.out, QJsonObject{{QStringLiteral("contacts"), summary->contacts},
                                           {QStringLiteral("companies"), summary->companies},
                                           {QStringLiteral("interactions"), summary->interactions},
                                           {QStringLiteral("deals"), summary->deals},
                                           {QStringLiteral("reminders"), summary->reminders},
                                           {QStringLiteral("campaigns"), summary->campaigns},
                                           {QStringLiteral("users"), summary->users},
                                           {QStringLiteral("milliseconds"), elapsed}});
    } else {
        context.out << Cli::tr("Generated %1 contacts, %2 companies, %3 interactions, %4 deals, %5 reminders in %6 s.")
                           .arg(summary->contacts)
                           .arg(summary->companies)
                           .arg(summary->interactions)
                           .arg(summary->deals)
                           .arg(summary->reminders)
                           .arg(double(elapsed) / 1000.0, 0, 'f', 1)
                    << Qt::endl;
    }
    return 0;
}

int search(Context& context)
{
    if (context.args.size() < 2)
        return usage(context, Cli::tr("search needs the text to look for."));
    const QString text = context.args.mid(1).join(u' ');
    qint64 limit = 20;
    if (context.parser.isSet(QStringLiteral("limit")) &&
        (!parseCount(context.parser.value(QStringLiteral("limit")), &limit) || limit == 0))
        return usage(context, Cli::tr("--limit needs a whole number of 1 or more."));
    auto db = openDatabase(context);
    if (!db)
        return fail(context, db.error());
    auto hits = Search(db.value()->connection()).find(text, int(std::min<qint64>(limit, 100000)));
    if (!hits)
        return fail(context, hits.error());
    if (context.json) {
        QJsonArray array;
        for (const SearchHit& hit : hits.value()) {
            QJsonObject object{{QStringLiteral("kind"), searchHitKindKey(hit.kind)},
                               {QStringLiteral("id"), hit.id},
                               {QStringLiteral("title"), hit.title},
                               {QStringLiteral("detail"), hit.detail}};
            if (hit.kind == SearchHit::Kind::Deal && hit.contactId > 0)
                object.insert(QStringLiteral("contact_id"), hit.contactId);
            if (hit.kind == SearchHit::Kind::Interaction) {
                object.insert(QStringLiteral("contact_id"), hit.contactId);
                object.insert(QStringLiteral("when"), hit.when.toString(Qt::ISODate));
            }
            array.append(object);
        }
        printJson(context.out, array);
    } else {
        for (const SearchHit& hit : hits.value()) {
            context.out << searchHitKindKey(hit.kind) << '\t' << hit.id << '\t' << hit.title;
            if (!hit.detail.isEmpty())
                context.out << '\t' << hit.detail;
            context.out << Qt::endl;
        }
        if (hits->isEmpty())
            context.err << Cli::tr("Nothing found for “%1”.").arg(text) << Qt::endl;
    }
    return 0;
}

int check(Context& context)
{
    auto db = openDatabase(context);
    if (!db)
        return fail(context, db.error());
    auto report = db.value()->check();
    if (!report)
        return fail(context, report.error());
    if (context.json) {
        QJsonObject counts;
        for (auto it = report->rowCounts.cbegin(); it != report->rowCounts.cend(); ++it)
            counts.insert(it.key(), it.value());
        printJson(context.out, QJsonObject{{QStringLiteral("ok"), report->integrityOk},
                                           {QStringLiteral("database"), QDir::toNativeSeparators(db.value()->path())},
                                           {QStringLiteral("schema_version"), report->schemaVersion},
                                           {QStringLiteral("latest_schema_version"), report->latestSchemaVersion},
                                           {QStringLiteral("sqlite_version"), report->sqliteVersion},
                                           {QStringLiteral("journal_mode"), report->journalMode},
                                           {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)},
                                           {QStringLiteral("rows"), counts}});
    } else {
        context.out << Cli::tr("Database: %1").arg(QDir::toNativeSeparators(db.value()->path())) << Qt::endl
                    << Cli::tr("Schema version: %1 (this program: %2)")
                           .arg(report->schemaVersion)
                           .arg(report->latestSchemaVersion)
                    << Qt::endl
                    << Cli::tr("SQLite %1, journal mode %2").arg(report->sqliteVersion, report->journalMode)
                    << Qt::endl;
        for (auto it = report->rowCounts.cbegin(); it != report->rowCounts.cend(); ++it)
            context.out << "  " << it.key() << ": " << it.value() << Qt::endl;
        if (report->integrityOk)
            context.out << Cli::tr("Integrity: ok") << Qt::endl;
        for (const QString& problem : report->problems)
            context.out << Cli::tr("Problem: %1").arg(problem) << Qt::endl;
    }
    return report->integrityOk ? 0 : 1;
}

int backup(Context& context)
{
    if (context.args.size() != 2)
        return usage(context, Cli::tr("backup needs exactly one target file."));
    auto db = openDatabase(context);
    if (!db)
        return fail(context, db.error());
    const QString target = context.args.at(1);
    if (Status status = db.value()->backupTo(target); !status)
        return fail(context, status.error());
    if (context.json)
        printJson(context.out, QJsonObject{{QStringLiteral("backup"), QDir::toNativeSeparators(target)}});
    else
        context.out << Cli::tr("Backup written to %1").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    return 0;
}

int exportData(Context& context)
{
    static const QStringList kinds = {QStringLiteral("contacts"),     QStringLiteral("companies"),
                                      QStringLiteral("interactions"), QStringLiteral("deals"),
                                      QStringLiteral("reminders"),    QStringLiteral("meetings"),
                                      QStringLiteral("calendar")};
    const QString kind = context.args.value(1);
    if (context.args.size() != 2 || !kinds.contains(kind))
        return usage(context, Cli::tr("export needs what: contacts, companies, interactions, deals, reminders, "
                                      "meetings or calendar."));
    const bool calendar =
        kind == QStringLiteral("reminders") || kind == QStringLiteral("meetings") || kind == QStringLiteral("calendar");
    QString format = context.parser.value(QStringLiteral("format"));
    if (format == QStringLiteral("vcard"))
        format = QStringLiteral("vcf");
    if (format.isEmpty())
        format = calendar ? QStringLiteral("ics") : QStringLiteral("csv");
    const QString allowed = calendar                             ? QStringLiteral("ics")
                            : kind == QStringLiteral("contacts") ? QStringLiteral("csv|vcf")
                                                                 : QStringLiteral("csv");
    if (!allowed.split(u'|').contains(format))
        return usage(context, Cli::tr("--format for %1 is %2.").arg(kind, allowed));
    auto db = openDatabase(context);
    if (!db)
        return fail(context, db.error());
    const QSqlDatabase connection = db.value()->connection();
    const bool safe = !context.parser.isSet(QStringLiteral("exact"));
    const auto write = [&](QIODevice* device) -> Result<qint64> {
        if (kind == QStringLiteral("contacts"))
            return ContactExport(connection)
                .write(device,
                       format == QStringLiteral("vcf") ? ContactExport::Format::VCard : ContactExport::Format::Csv,
                       safe ? ContactExport::CsvMode::SpreadsheetSafe : ContactExport::CsvMode::Exact);
        if (calendar)
            return CalendarExport(connection)
                .write(device, kind == QStringLiteral("reminders")  ? CalendarExport::Reminders
                               : kind == QStringLiteral("meetings") ? CalendarExport::Meetings
                                                                    : CalendarExport::Both);
        const RecordExport::Records records = kind == QStringLiteral("companies") ? RecordExport::Records::Companies
                                              : kind == QStringLiteral("deals")   ? RecordExport::Records::Deals
                                                                                  : RecordExport::Records::Interactions;
        return RecordExport(connection).writeCsv(device, records, safe);
    };
    const QString target = context.parser.value(QStringLiteral("output"));
    if (target.isEmpty()) {
        // Standard output, for pipes: the bytes themselves, not through the text stream's codec.
        context.out.flush();
        QIODevice* device = context.out.device();
        QBuffer buffer;
        if (!device) {
            buffer.open(QIODevice::WriteOnly);
            device = &buffer;
        }
        const auto written = write(device);
        if (device == &buffer)
            context.out << QString::fromUtf8(buffer.data());
        return written ? 0 : fail(context, written.error());
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return fail(context, Cli::tr("“%1” could not be written: %2").arg(target, file.errorString()));
    const auto written = write(&file);
    if (!written)
        return fail(context, written.error());
    if (!file.commit())
        return fail(context, Cli::tr("“%1” could not be written: %2").arg(target, file.errorString()));
    if (context.json)
        printJson(context.out, QJsonObject{{QStringLiteral("exported"), written.value()},
                                           {QStringLiteral("file"), QDir::toNativeSeparators(target)}});
    else
        context.out << Cli::tr("Exported %1 records to %2").arg(written.value()).arg(QDir::toNativeSeparators(target))
                    << Qt::endl;
    return 0;
}

QJsonObject outcomeJson(const ImportRowOutcome& outcome)
{
    static const char* const actions[] = {"create", "update", "merge", "skip", "reject"};
    return {{QStringLiteral("line"), outcome.line},
            {QStringLiteral("action"), QString::fromLatin1(actions[int(outcome.action)])},
            {QStringLiteral("name"), outcome.name},
            {QStringLiteral("reason"), outcome.reason},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(outcome.warnings)},
            {QStringLiteral("contact_id"), outcome.contactId}};
}

int importData(Context& context)
{
    if (context.args.size() != 2)
        return usage(context, Cli::tr("import needs a file: import FILE.csv or FILE.vcf."));
    const QString as = context.parser.value(QStringLiteral("as"));
    static const QHash<QString, ImportKind> kinds = {{QStringLiteral("contacts"), ImportKind::Contacts},
                                                     {QStringLiteral("companies"), ImportKind::Companies},
                                                     {QStringLiteral("interactions"), ImportKind::Interactions},
                                                     {QStringLiteral("deals"), ImportKind::Deals}};
    if (!as.isEmpty() && !kinds.contains(as))
        return usage(context, Cli::tr("--as is contacts, companies, interactions or deals."));
    const ImportKind kind = kinds.value(as, ImportKind::Contacts);
    static const QHash<QString, DuplicatePolicy> policies = {{QStringLiteral("skip"), DuplicatePolicy::Skip},
                                                             {QStringLiteral("update"), DuplicatePolicy::Update},
                                                             {QStringLiteral("merge"), DuplicatePolicy::Merge},
                                                             {QStringLiteral("create"), DuplicatePolicy::CreateAnyway}};
    const QString policy = context.parser.value(QStringLiteral("duplicates"));
    if (!policy.isEmpty() && !policies.contains(policy))
        return usage(context, Cli::tr("--duplicates is skip, update, merge or create."));

    const QString path = context.args.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(context, Cli::tr("“%1” could not be read: %2").arg(path, file.errorString()));
    auto opened = openDatabase(context, Database::Missing::Create);
    if (!opened)
        return fail(context, opened.error());
    const QSqlDatabase db = opened.value()->connection();

    ImportOptions options;
    options.fileName = QFileInfo(path).fileName();
    options.duplicates = policies.value(policy, DuplicatePolicy::Skip);
    options.dryRun = context.parser.isSet(QStringLiteral("dry-run"));
    const bool vcard = path.endsWith(QStringLiteral(".vcf"), Qt::CaseInsensitive) ||
                       path.endsWith(QStringLiteral(".vcard"), Qt::CaseInsensitive);
    if (!vcard) {
        options.format = CsvReader::detect(file.peek(65536));
        if (context.parser.isSet(QStringLiteral("encoding")))
            options.format.encoding = context.parser.value(QStringLiteral("encoding")).toLatin1();
        if (context.parser.isSet(QStringLiteral("delimiter"))) {
            QString delimiter = context.parser.value(QStringLiteral("delimiter"));
            if (delimiter == QStringLiteral("tab") || delimiter == QStringLiteral("\\t"))
                delimiter = QStringLiteral("\t");
            if (delimiter.size() != 1)
                return usage(context, Cli::tr("--delimiter is one character (or “tab”)."));
            options.format.delimiter = delimiter.front();
        }
        if (!TextDecoder(options.format.encoding).isValid())
            return usage(context,
                         Cli::tr("The encoding “%1” is not known.").arg(QString::fromLatin1(options.format.encoding)));
        CsvReader reader(&file, options.format);
        CsvRecord header;
        if (!reader.next(header))
            return fail(context, reader.error().isEmpty() ? Cli::tr("“%1” is empty.").arg(path) : reader.error());
        const QList<ImportPreset> presets = ContactFields::presets(db);
        ImportPreset preset = ContactFields::bestPreset(header.fields, presets);
        if (context.parser.isSet(QStringLiteral("preset"))) {
            const QString wanted = context.parser.value(QStringLiteral("preset"));
            const auto found = std::find_if(presets.begin(), presets.end(), [&](const ImportPreset& p) {
                return p.name.compare(wanted, Qt::CaseInsensitive) == 0;
            });
            if (found == presets.end())
                return usage(context, Cli::tr("No preset is called “%1”.").arg(wanted));
            preset = *found;
        }
        options.mapping = kind == ImportKind::Contacts ? ContactFields::map(header.fields, preset)
                                                       : ImportFields::map(kind, header.fields, presets);
        // --map "Given Name=first_name": by header, or by column number from 1; "=" alone leaves the column out.
        for (const QString& map : context.parser.values(QStringLiteral("map"))) {
            const qsizetype equals = map.lastIndexOf(u'=');
            const QString column = map.left(equals).trimmed();
            const QString key = map.mid(equals + 1).trimmed();
            const QList<ContactField> fields = ImportFields::of(kind);
            const bool known =
                std::any_of(fields.begin(), fields.end(), [&](const ContactField& f) { return f.key == key; });
            if (equals < 0 || (!key.isEmpty() && !known))
                return usage(context,
                             Cli::tr("--map takes COLUMN=field, with a field key such as first_name: “%1”.").arg(map));
            qsizetype index = -1;
            for (qsizetype i = 0; i < header.fields.size() && index < 0; ++i)
                if (header.fields.at(i).trimmed().compare(column, Qt::CaseInsensitive) == 0)
                    index = i;
            bool number = false;
            if (index < 0 && column.toInt(&number) > 0 && number)
                index = column.toInt() - 1;
            if (index < 0 || index >= header.fields.size())
                return usage(context, Cli::tr("The file has no column “%1”.").arg(column));
            for (auto it = options.mapping.begin(); it != options.mapping.end();)
                it = it.value() == key ? options.mapping.erase(it) : std::next(it);
            options.mapping.remove(int(index));
            if (!key.isEmpty())
                options.mapping.insert(int(index), key);
        }
        file.seek(0);
    }

    // A backup first, so that even an import later undone from the history can be undone by hand.
    if (!options.dryRun) {
        const int keep = SettingsRepository(db).backupsToKeep();
        if (auto backup = Backups(opened.value()->path(), keep).make(QStringLiteral("before-import")); !backup)
            return fail(
                context,
                Cli::tr("No backup could be made before the import, so nothing was imported: %1").arg(backup.error()));
    }
    if (vcard && kind != ImportKind::Contacts)
        return usage(context, Cli::tr("A vCard file holds contacts."));
    const auto report = ImportActions::importFile(
        db, &file, vcard ? ImportActions::Format::VCard : ImportActions::Format::Csv, kind, options);
    if (!report)
        return fail(context, report.error());
    const ImportReport& r = report.value();
    if (context.json) {
        QJsonArray rows;
        for (const ImportRowOutcome& outcome : r.outcomes)
            rows.append(outcomeJson(outcome));
        printJson(context.out,
                  QJsonObject{{QStringLiteral("dry_run"), r.dryRun},
                              {QStringLiteral("import_id"), r.importId},
                              {QStringLiteral("rows"), r.rows},
                              {QStringLiteral("created"), r.created},
                              {QStringLiteral("updated"), r.updated},
                              {QStringLiteral("merged"), r.merged},
                              {QStringLiteral("skipped"), r.skipped},
                              {QStringLiteral("rejected"), r.rejected},
                              {QStringLiteral("flagged"), r.flagged},
                              {QStringLiteral("file_warnings"), QJsonArray::fromStringList(r.fileWarnings)},
                              {QStringLiteral("outcomes"), rows}});
        return 0;
    }
    const QString counts = r.dryRun ? Cli::tr("Dry run, nothing changed: %1 rows; %2 would be created, %3 updated, %4 "
                                              "merged, %5 skipped, %6 rejected; %7 with warnings.")
                                    : Cli::tr("Imported %1 rows: %2 created, %3 updated, %4 merged, %5 skipped, %6 "
                                              "rejected; %7 with warnings.");
    context.out
        << counts.arg(r.rows).arg(r.created).arg(r.updated).arg(r.merged).arg(r.skipped).arg(r.rejected).arg(r.flagged);
    if (!r.dryRun)
        context.out << ' ' << Cli::tr("“kontor-cli undo-import %1” takes it back.").arg(r.importId);
    context.out << Qt::endl;
    for (const QString& warning : r.fileWarnings)
        context.out << "  " << warning << Qt::endl;
    // The rows that need a look: all but plain creations, which come last in the list.
    for (const ImportRowOutcome& outcome : r.outcomes) {
        if (outcome.action == ImportAction::Create && outcome.warnings.isEmpty())
            break;
        context.out << Cli::tr("line %1").arg(outcome.line) << '\t' << ContactImport::actionName(outcome.action) << '\t'
                    << outcome.name << '\t' << outcome.explanation() << Qt::endl;
    }
    return 0;
}

int listImports(Context& context)
{
    auto db = openDatabase(context);
    if (!db)
        return fail(context, db.error());
    const auto entries = ImportHistory(db.value()->connection()).list();
    if (!entries)
        return fail(context, entries.error());
    QJsonArray json;
    for (const ImportHistory::Entry& entry : entries.value()) {
        if (context.json) {
            json.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                    {QStringLiteral("file"), entry.fileName},
                                    {QStringLiteral("started_at"), entry.startedAt.toString(Qt::ISODate)},
                                    {QStringLiteral("created"), entry.created},
                                    {QStringLiteral("updated"), entry.updated},
                                    {QStringLiteral("merged"), entry.merged},
                                    {QStringLiteral("undone_at"), entry.undoneAt.isValid()
                                                                      ? QJsonValue(entry.undoneAt.toString(Qt::ISODate))
                                                                      : QJsonValue()}});
            continue;
        }
        context.out
            << entry.id << '\t' << QLocale().toString(entry.startedAt.toLocalTime(), QLocale::ShortFormat) << '\t'
            << entry.fileName << '\t'
            << Cli::tr("%1 created, %2 updated, %3 merged").arg(entry.created).arg(entry.updated).arg(entry.merged)
            << (entry.undoneAt.isValid() ? QStringLiteral("\t") + Cli::tr("undone") : QString()) << Qt::endl;
    }
    if (context.json)
        printJson(context.out, json);
    return 0;
}

int undoImport(Context& context)
{
    bool number = false;
    const qint64 id = context.args.value(1).toLongLong(&number);
    if (context.args.size() != 2 || !number)
        return usage(context, Cli::tr("undo-import needs the import's number, as “kontor-cli imports” lists it."));
    auto db = openDatabase(context);
    if (!db)
        return fail(context, db.error());
    const auto undone = ImportActions::undo(db.value()->connection(), id);
    if (!undone)
        return fail(context, undone.error());
    if (context.json)
        printJson(context.out, QJsonObject{{QStringLiteral("removed"), undone->removed},
                                           {QStringLiteral("restored"), undone->restored},
                                           {QStringLiteral("archived"), undone->archived}});
    else
        context.out << Cli::tr("Import %1 undone: %2 contacts removed, %3 put back as they were, %4 archived (they "
                               "have history logged since).")
                           .arg(id)
                           .arg(undone->removed)
                           .arg(undone->restored)
                           .arg(undone->archived)
                    << Qt::endl;
    return 0;
}

int report(Context& context)
{
    static const QStringList kinds = {QStringLiteral("funnel"), QStringLiteral("sources"), QStringLiteral("weekly"),
                                      QStringLiteral("activity"), QStringLiteral("forecast")};
    if (context.args.size() != 2 || !kinds.contains(context.args.at(1)))
        return usage(context, Cli::tr("report needs one of: %1.").arg(kinds.join(QStringLiteral(", "))));
    ReportRequest request;
    request.kind = context.args.at(1);
    request.json = context.json;
    request.zone = QTimeZone::systemTimeZone();
    request.weekStart = QLocale().firstDayOfWeek();
    const QDate today = Clock::now().toTimeZone(request.zone).date();
    for (const auto& [option, day] :
         {std::pair{QStringLiteral("from"), &request.first}, std::pair{QStringLiteral("to"), &request.last}}) {
        if (!context.parser.isSet(option))
            continue;
        *day = QDate::fromString(context.parser.value(option), Qt::ISODate);
        if (!day->isValid())
            return usage(context, Cli::tr("--%1 needs a date such as 2026-11-24.").arg(option));
    }
    // Without dates: this quarter (this week for weekly, today for the forecast).
    if (!request.last.isValid())
        request.last = request.first.isValid() ? std::max(request.first, today) : today;
    if (!request.first.isValid())
        request.first =
            ReportPeriod::of(ReportPeriod::Kind::ThisQuarter, request.last, request.weekStart, request.zone).first;
    auto db = openDatabase(context);
    if (!db)
        return fail(context, db.error());
    if (context.parser.isSet(QStringLiteral("owner"))) {
        auto owner = UserRepository(db.value()->connection()).find(context.parser.value(QStringLiteral("owner")));
        if (!owner)
            return fail(context, owner.error());
        request.ownerId = owner->id;
    }
    return printReport(db.value()->connection(), request, context.out, context.err);
}

} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Kontor's command line: scripts, backups, tests and benchmarks over the same database as the window.\n\n"
        "Commands:\n"
        "  init                      create or upgrade the database\n"
        "  demo [--contacts N] [--seed S] [--interactions N] [--as-of DATE]\n"
        "                            add deterministic demo data\n"
        "  search TEXT [--limit N]   find contacts, companies and notes\n"
        "  report funnel|sources|weekly|activity|forecast [--from DATE] [--to DATE] [--owner NAME]\n"
        "                            the Reports page's figures (default: this quarter)\n"
        "  check                     integrity and schema report\n"
        "  backup FILE               consistent copy, also while Kontor is open\n"
        "  import FILE.csv|FILE.vcf [--as contacts|companies|interactions|deals] [--dry-run]\n"
        "         [--duplicates skip|update|merge|create] [--map COLUMN=field ...] [--preset NAME]\n"
        "         [--encoding E] [--delimiter C]\n"
        "                            checked row by row, in one transaction\n"
        "  imports                   the import history\n"
        "  undo-import N             take an import back\n"
        "  export contacts|companies|interactions|deals [-o FILE] [--format csv|vcf] [--exact]\n"
        "                            CSV (spreadsheet-safe, or --exact); contacts also as vCard 4.0\n"
        "  export reminders|meetings|calendar [-o FILE]\n"
        "                            iCalendar (.ics); standard output without -o\n"
        "\n"
        "Commands that write (each one step, as in the window; --json prints the record with its id):\n"
        "  contact add --first-name F [--last-name L] [--email E] [--phone P] [--company C]\n"
        "              [--job-title T] [--owner NAME]\n"
        "  contact update ID|EMAIL|PHONE [the same options]\n"
        "  log --contact ID|EMAIL|PHONE [--kind call|meeting|email|message|note|complaint]\n"
        "      [--outcome KEY] [--at TIME] [--minutes N] [--subject S] [--notes TEXT]\n"
        "      [--next-reminder TIME [--next-title T] | --next-meeting TIME [--next-title T]]\n"
        "  deal add --title T --contact ID|EMAIL|PHONE [--amount 1250.50] [--currency EUR] [--stage NAME]\n"
        "  deal move ID --stage NAME [--reason TEXT] | deal win ID | deal lose ID --reason TEXT\n"
        "  reminder add --title T --due TIME [--contact ID|EMAIL|PHONE] | reminder done ID\n"
        "TIME is ISO 8601: 2026-12-03T14:30 (local time) or 2026-12-03T13:30Z."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        Cli::tr(
            "What to do: init, demo, search, report, check, backup, import, export, contact, log, deal or reminder."));
    parser.addOptions({
        {QStringLiteral("db"),
         Cli::tr("The database file (default: %1).").arg(QDir::toNativeSeparators(Database::defaultPath())),
         Cli::tr("file")},
        {QStringLiteral("json"), Cli::tr("Print machine-readable JSON on standard output.")},
        {QStringLiteral("contacts"), Cli::tr("demo: how many contacts to generate (default 500)."), Cli::tr("n")},
        {QStringLiteral("seed"), Cli::tr("demo: the random seed; the same seed gives the same data (default 1)."),
         Cli::tr("s")},
        {QStringLiteral("as-of"), Cli::tr("demo: the day the demo data is written for (default today)."),
         Cli::tr("date")},
        {QStringLiteral("interactions"),
         Cli::tr("demo: average interactions per contact over the last year (default 10)."), Cli::tr("n")},
        {QStringLiteral("limit"), Cli::tr("search: the most results to print (default 20)."), Cli::tr("n")},
        {QStringLiteral("from"), Cli::tr("report: the first day (default: the quarter's first)."), Cli::tr("date")},
        {QStringLiteral("to"), Cli::tr("report: the last day (default: today)."), Cli::tr("date")},
        {QStringLiteral("owner"),
         Cli::tr("report: one salesperson's figures; contact: the salesperson who owns it. By name."), Cli::tr("name")},
        {QStringLiteral("lang"), Cli::tr("The language of messages, such as de or en."), Cli::tr("language")},
        {QStringLiteral("format"),
         Cli::tr("export: csv (default), vcf (contacts) or ics (reminders, meetings, calendar)."), Cli::tr("format")},
        {{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("export: the file to write."), Cli::tr("file")},
        {QStringLiteral("as"),
         Cli::tr("import: what the file holds: contacts (default), companies, interactions or deals."),
         Cli::tr("kind")},
        {QStringLiteral("dry-run"), Cli::tr("import: report what would happen, row by row, and change nothing.")},
        {QStringLiteral("duplicates"),
         Cli::tr("import: a row whose email or phone is already there: skip (default), update, merge or create."),
         Cli::tr("policy")},
        {QStringLiteral("map"), Cli::tr("import: COLUMN=field, by header or number; repeatable."), Cli::tr("mapping")},
        {QStringLiteral("preset"), Cli::tr("import: the mapping preset by name (default: the one that fits best)."),
         Cli::tr("name")},
        {QStringLiteral("encoding"), Cli::tr("import: the file's encoding (default: detected)."), Cli::tr("encoding")},
        {QStringLiteral("delimiter"), Cli::tr("import: the character between fields (default: detected)."),
         Cli::tr("char")},
        {QStringLiteral("exact"),
         Cli::tr("export: CSV with every value exactly as stored, formulas not neutralised (for scripts and import).")},
    });
    parser.addOptions(writeOptions());
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("kontor-cli"));
    if (!parser.parse(argv)) {
        err << "kontor-cli: " << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "kontor-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    Context context{parser, parser.positionalArguments(), out, err, false, QString()};
    context.json = parser.isSet(QStringLiteral("json"));
    context.databasePath =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
    if (context.args.isEmpty())
        return usage(context, Cli::tr("Say what to do: init, demo, search, report, check, backup, import, export, "
                                      "contact, log, deal or reminder."));
    const QString command = context.args.first();
    if (command == QStringLiteral("init"))
        return init(context);
    if (command == QStringLiteral("demo"))
        return demo(context);
    if (command == QStringLiteral("search"))
        return search(context);
    if (command == QStringLiteral("report"))
        return report(context);
    if (command == QStringLiteral("check"))
        return check(context);
    if (command == QStringLiteral("backup"))
        return backup(context);
    if (command == QStringLiteral("export"))
        return exportData(context);
    if (command == QStringLiteral("import"))
        return importData(context);
    if (command == QStringLiteral("imports"))
        return listImports(context);
    if (command == QStringLiteral("undo-import"))
        return undoImport(context);
    if (command == QStringLiteral("contact"))
        return contactCommand(context);
    if (command == QStringLiteral("log"))
        return logCommand(context);
    if (command == QStringLiteral("deal"))
        return dealCommand(context);
    if (command == QStringLiteral("reminder"))
        return reminderCommand(context);
    return usage(context, Cli::tr("Unknown command “%1”.").arg(command));
}

} // namespace kontor::cli
