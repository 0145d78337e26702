// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "CliContext.h"
#include "FieldCommands.h"
#include "TransferCommands.h"
#include "WriteCommands.h"

#include "Clock.h"
#include "ReportCommand.h"
#include "UtcTime.h"
#include "actions/ImportActions.h"
#include "demo/DemoGenerator.h"
#include "domain/DateText.h"
#include "io/ContactExport.h"
#include "io/ContactImport.h"
#include "io/RecordExport.h"
#include "io/RecordImport.h"
#include "reports/ReportPeriod.h"
#include "repositories/SettingsRepository.h"
#include "repositories/UserRepository.h"
#include "search/Search.h"
#include "storage/Backups.h"
#include "storage/BusyWait.h"
#include "storage/Database.h"
#include "storage/Salvage.h"

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
#include <QScopeGuard>

#include <utility>

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
                           .arg(QDir::toNativeSeparators(db.value()->path()),
                                QLocale().toString(db.value()->schemaVersion()))
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
    // Made in the language of the messages (--lang, else the system's): a Persian demo is a business in Iran.
    options.language = QLocale().name();
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
            context.err << Cli::tr("%1: %2%").arg(phase, QLocale().toString(percent)) << Qt::endl;
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
        const QLocale locale;
        context.out << Cli::tr("Generated %1 contacts, %2 companies, %3 interactions, %4 deals, %5 reminders in %6 s.")
                           .arg(locale.toString(summary->contacts), locale.toString(summary->companies),
                                locale.toString(summary->interactions), locale.toString(summary->deals),
                                locale.toString(summary->reminders), locale.toString(double(elapsed) / 1000.0, 'f', 1))
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
                           .arg(QLocale().toString(report->schemaVersion),
                                QLocale().toString(report->latestSchemaVersion))
                    << Qt::endl
                    << Cli::tr("SQLite %1, journal mode %2").arg(report->sqliteVersion, report->journalMode)
                    << Qt::endl;
        for (auto it = report->rowCounts.cbegin(); it != report->rowCounts.cend(); ++it)
            context.out << "  " << it.key() << ": " << QLocale().toString(it.value()) << Qt::endl;
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

// Reads the damaged file only, so it never goes through openDatabase (which would upgrade or write it).
int salvageCommand(Context& context)
{
    if (context.args.size() != 3)
        return usage(context, Cli::tr("salvage needs the damaged file and a new file to save into."));
    const QString damaged = context.args.at(1);
    const QString target = context.args.at(2);
    const auto report = salvage(damaged, target);
    if (!report)
        return fail(context, report.error());
    if (context.json) {
        QJsonArray tables;
        for (const SalvagedTable& table : report->tables)
            tables.append(QJsonObject{{QStringLiteral("table"), table.table},
                                      {QStringLiteral("rows_saved"), table.rowsSaved},
                                      {QStringLiteral("gaps_skipped"), table.gapsSkipped},
                                      {QStringLiteral("unreadable"), table.unreadable}});
        printJson(context.out, QJsonObject{{QStringLiteral("saved_into"), QDir::toNativeSeparators(target)},
                                           {QStringLiteral("tables"), tables},
                                           {QStringLiteral("dangling_references"), report->danglingReferences},
                                           {QStringLiteral("wal_left_out"), !report->walLeftOut.isEmpty()}});
        return 0;
    }
    context.out << Cli::tr("Saved into %1:").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    for (const SalvagedTable& table : report->tables) {
        if (table.unreadable)
            context.out << "  "
                        << Cli::tr("%1: nothing could be read (kept as a new database has it)").arg(table.title());
        else if (table.gapsSkipped > 0)
            context.out << "  "
                        << Cli::tr("%1: %Ln row(s); damaged stretches skipped: %2", nullptr, int(table.rowsSaved))
                               .arg(table.title(), QLocale().toString(table.gapsSkipped));
        else
            context.out << "  " << Cli::tr("%1: %Ln row(s)", nullptr, int(table.rowsSaved)).arg(table.title());
        context.out << Qt::endl;
    }
    if (report->danglingReferences > 0)
        context.out << Cli::tr("%Ln saved row(s) refer to rows that were lost (a deal whose contact was on a damaged "
                               "page, for example).",
                               nullptr, int(std::min<qint64>(report->danglingReferences, 1000000000)))
                    << Qt::endl;
    if (!report->walLeftOut.isEmpty())
        context.out << report->caveat() << Qt::endl;
    context.out << Cli::tr("The damaged file was left unchanged. Open the new one and look through it before you use "
                           "it instead.")
                << Qt::endl;
    return 0;
}

int report(Context& context)
{
    static const QStringList kinds = {
        QStringLiteral("funnel"),   QStringLiteral("sources"),   QStringLiteral("weekly"), QStringLiteral("activity"),
        QStringLiteral("forecast"), QStringLiteral("lifecycle"), QStringLiteral("rfm")};
    if (context.args.size() != 2 || !kinds.contains(context.args.at(1)))
        return usage(context, Cli::tr("report needs one of: %1.").arg(kinds.join(QStringLiteral(", "))));
    ReportRequest request;
    request.kind = context.args.at(1);
    // RFM looks back two years from one day: a first day would only be misread as the end.
    if (request.kind == QStringLiteral("rfm") && context.parser.isSet(QStringLiteral("from")))
        return usage(context, Cli::tr("report rfm takes only --to: it looks back two years from that day."));
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
        request.first = ReportPeriod::of(ReportPeriod::Kind::ThisQuarter, request.last, request.weekStart, request.zone,
                                         DateText::calendar())
                            .first;
    auto db = openDatabase(context);
    if (!db)
        return fail(context, db.error());
    if (context.parser.isSet(QStringLiteral("owner"))) {
        auto owner = UserRepository(db.value()->connection()).find(context.parser.value(QStringLiteral("owner")));
        if (!owner)
            return fail(context, owner.error());
        request.ownerId = owner->id;
    }
    if (context.parser.isSet(QStringLiteral("only"))) {
        auto choice = ReportChoice::parse(db.value()->connection(), context.parser.value(QStringLiteral("only")));
        if (!choice)
            return fail(context, choice.error());
        request.choice = choice.value();
    }
    return printReport(db.value()->connection(), request, context.out, context.err);
}

} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    // Said once: a script's log shows why a command took long, not a line per statement.
    BusyWait::setNotifier([&err](int limitSeconds) {
        static bool said = false;
        if (std::exchange(said, true))
            return;
        err << Cli::tr("Another program is writing to this database; waiting for it (at most %1 s)…")
                   .arg(QLocale().toString(limitSeconds))
            << Qt::endl;
    });
    const auto forgetNotifier = qScopeGuard([] { BusyWait::setNotifier({}); });
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Kontor's command line: scripts, backups, tests and benchmarks over the same database as the window.\n\n"
        "Commands:\n"
        "  init                      create or upgrade the database\n"
        "  demo [--contacts N] [--seed S] [--interactions N] [--as-of DATE]\n"
        "                            add deterministic demo data\n"
        "  search TEXT [--limit N]   find contacts, companies and notes\n"
        "  report funnel|sources|weekly|activity|forecast|lifecycle [--from DATE] [--to DATE] [--owner NAME]\n"
        "                            the Reports page's figures (default: this quarter)\n"
        "  report rfm [--to DATE]    customers' recency, frequency and money, by segment (default: today)\n"
        "  score [ID]                lead scores worked out again, or one contact's with its rules\n"
        "  score rules [--starter]   the scoring rules (--starter: put in the starter set)\n"
        "  assign [--where \"KEY OP VALUE\" ...] [--dry-run]\n"
        "                            owners from the assignment rules for the contacts without one (or those\n"
        "                            --where names); assign rules lists the rules\n"
        "  check                     integrity and schema report\n"
        "  backup FILE               consistent copy, also while Kontor is open\n"
        "  salvage DAMAGED NEW       save what can be read of a damaged database into a new file\n"
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
        "              [--job-title T] [--owner NAME] [--set KEY=VALUE ...]\n"
        "  contact update ID|EMAIL|PHONE [the same options]\n"
        "  contact merge KEEP OTHER     (each ID|EMAIL|PHONE) OTHER's history and empty fields go to KEEP\n"
        "  log --contact ID|EMAIL|PHONE [--kind call|meeting|email|message|note|complaint]\n"
        "      [--outcome KEY] [--at TIME] [--minutes N] [--subject S] [--notes TEXT]\n"
        "      [--next-reminder TIME [--next-title T] | --next-meeting TIME [--next-title T]]\n"
        "  deal add --title T --contact ID|EMAIL|PHONE [--amount 1250.50] [--currency EUR] [--stage NAME]\n"
        "  deal move ID --stage NAME [--reason TEXT] | deal win ID | deal lose ID --reason TEXT\n"
        "  reminder add --title T --due TIME [--contact ID|EMAIL|PHONE] | reminder done ID\n"
        "\n"
        "Your own fields, and contacts by any field:\n"
        "  field list [--record contact|company|deal] [--archived]\n"
        "  field add [--record R] --key K --label L --type text|longtext|number|money|date|checkbox|\n"
        "            choice|choices|contact|company [--options \"a;b;c\"] [--currency C] [--required] [--searchable]\n"
        "  field rename KEY [--record R] [--label L] [--key NEW] [--options \"a;b;c\"]\n"
        "               [--required|--optional] [--searchable|--not-searchable]\n"
        "  field remove KEY | field restore KEY [--record R]     archive, and bring back with its values\n"
        "  contacts [--where \"KEY OP VALUE\" ...] [--json]     OP: = != < <= > >= ~, or KEY empty|notempty\n"
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
        {QStringLiteral("only"),
         Cli::tr("report: only the records with these answers of a choice field, such as industry=Retail;Food, or in a "
                 "territory, such as territory=DACH."),
         Cli::tr("field=answers")},
        {QStringLiteral("lang"), Cli::tr("The language of messages, such as de or en."), Cli::tr("language")},
        {QStringLiteral("format"),
         Cli::tr("export: csv (default), vcf (contacts) or ics (reminders, meetings, calendar)."), Cli::tr("format")},
        {{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("export: the file to write."), Cli::tr("file")},
        {QStringLiteral("as"),
         Cli::tr("import: what the file holds: contacts (default), companies, interactions or deals."),
         Cli::tr("kind")},
        {QStringLiteral("dry-run"), Cli::tr("import, assign: report what would happen and change nothing.")},
        {QStringLiteral("starter"), Cli::tr("score rules: put in the starter set of scoring rules.")},
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
    parser.addOptions(fieldOptions());
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
    if (command == QStringLiteral("salvage"))
        return salvageCommand(context);
    if (command == QStringLiteral("export"))
        return exportCommand(context);
    if (command == QStringLiteral("import"))
        return importCommand(context);
    if (command == QStringLiteral("imports"))
        return importsCommand(context);
    if (command == QStringLiteral("undo-import"))
        return undoImportCommand(context);
    if (command == QStringLiteral("contact"))
        return contactCommand(context);
    if (command == QStringLiteral("contacts"))
        return contactsCommand(context);
    if (command == QStringLiteral("field"))
        return fieldCommand(context);
    if (command == QStringLiteral("score"))
        return scoreCommand(context);
    if (command == QStringLiteral("assign"))
        return assignCommand(context);
    if (command == QStringLiteral("log"))
        return logCommand(context);
    if (command == QStringLiteral("deal"))
        return dealCommand(context);
    if (command == QStringLiteral("reminder"))
        return reminderCommand(context);
    return usage(context, Cli::tr("Unknown command “%1”.").arg(command));
}

} // namespace kontor::cli
