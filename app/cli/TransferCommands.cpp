// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransferCommands.h"

#include "domain/DateText.h"

#include "CliContext.h"
#include "actions/ScoreActions.h"
#include "scoring/LeadScoring.h"

#include "repositories/CustomFieldRepository.h"

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

} // namespace

int exportCommand(Context& context)
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
        context.out << Cli::tr("Exported %1 records to %2")
                           .arg(QLocale().toString(written.value()), QDir::toNativeSeparators(target))
                    << Qt::endl;
    return 0;
}

int importCommand(Context& context)
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
        // A column headed by a custom field's key or name fills that field.
        QList<CustomField> customFields;
        if (kind == ImportKind::Contacts) {
            if (auto fields = CustomFieldRepository(db).fields(RecordKind::Contact); fields)
                customFields = fields.value();
            ContactFields::mapCustomFields(customFields, header.fields, options.mapping);
        }
        // --map "Given Name=first_name": by header, or by column number from 1; "=" alone leaves the column out.
        for (const QString& map : context.parser.values(QStringLiteral("map"))) {
            const qsizetype equals = map.lastIndexOf(u'=');
            const QString column = map.left(equals).trimmed();
            const QString key = map.mid(equals + 1).trimmed();
            const QList<ContactField> fields = ImportFields::of(kind);
            const bool known =
                std::any_of(fields.begin(), fields.end(), [&](const ContactField& f) { return f.key == key; }) ||
                std::any_of(customFields.begin(), customFields.end(),
                            [&](const CustomField& f) { return f.key == key; });
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

    if (vcard && kind != ImportKind::Contacts)
        return usage(context, Cli::tr("A vCard file holds contacts."));
    // A backup first, so that even an import later undone from the history can be undone by hand; none when the
    // import could not write anyway.
    if (!options.dryRun) {
        if (Status writable = Database::canWrite(db); !writable)
            return fail(context, Cli::tr("Nothing was imported: %1").arg(writable.error()));
        const int keep = SettingsRepository(db).backupsToKeep();
        if (auto backup = Backups(opened.value()->path(), keep).make(QStringLiteral("before-import")); !backup)
            return fail(
                context,
                Cli::tr("No backup could be made before the import, so nothing was imported: %1").arg(backup.error()));
    }
    const auto report = ImportActions::importFile(
        db, &file, vcard ? ImportActions::Format::VCard : ImportActions::Format::Csv, kind, options);
    if (!report)
        return fail(context, report.error());
    const ImportReport& r = report.value();
    // The imported contacts are scored as the window would score them (the import itself stands if this fails).
    if (!r.dryRun && (r.created + r.updated + r.merged) > 0) {
        if (auto rules = LeadScoring(db).rules(); rules && !rules->isEmpty()) {
            if (auto scored = ScoreActions::rescoreEveryone(db, Clock::now()); !scored)
                context.err << "kontor-cli: " << scored.error() << Qt::endl;
        }
    }
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
                              {QStringLiteral("assigned"), r.assigned},
                              {QStringLiteral("file_warnings"), QJsonArray::fromStringList(r.fileWarnings)},
                              {QStringLiteral("outcomes"), rows}});
        return 0;
    }
    const QString counts = r.dryRun ? Cli::tr("Dry run, nothing changed: %1 rows; %2 would be created, %3 updated, %4 "
                                              "merged, %5 skipped, %6 rejected; %7 with warnings.")
                                    : Cli::tr("Imported %1 rows: %2 created, %3 updated, %4 merged, %5 skipped, %6 "
                                              "rejected; %7 with warnings.");
    const QLocale locale;
    context.out << counts.arg(locale.toString(r.rows), locale.toString(r.created), locale.toString(r.updated),
                              locale.toString(r.merged), locale.toString(r.skipped), locale.toString(r.rejected),
                              locale.toString(r.flagged));
    if (r.assigned > 0)
        context.out << ' '
                    << Cli::tr("%Ln new contact(s) got an owner from the assignment rules.", nullptr,
                               int(std::min<qint64>(r.assigned, 1000000000)));
    if (!r.dryRun)
        context.out << ' ' << Cli::tr("“kontor-cli undo-import %1” takes it back.").arg(r.importId);
    context.out << Qt::endl;
    for (const QString& warning : r.fileWarnings)
        context.out << "  " << warning << Qt::endl;
    // The rows that need a look: all but plain creations, which come last in the list.
    for (const ImportRowOutcome& outcome : r.outcomes) {
        if (outcome.action == ImportAction::Create && outcome.warnings.isEmpty())
            break;
        context.out << Cli::tr("line %1").arg(locale.toString(outcome.line)) << '\t'
                    << ContactImport::actionName(outcome.action) << '\t' << outcome.name << '\t'
                    << outcome.explanation() << Qt::endl;
    }
    return 0;
}

int importsCommand(Context& context)
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
        context.out << entry.id << '\t' << DateText::dateTime(entry.startedAt) << '\t' << entry.fileName << '\t'
                    << Cli::tr("%1 created, %2 updated, %3 merged")
                           .arg(QLocale().toString(entry.created), QLocale().toString(entry.updated),
                                QLocale().toString(entry.merged))
                    << (entry.undoneAt.isValid() ? QStringLiteral("\t") + Cli::tr("undone") : QString()) << Qt::endl;
    }
    if (context.json)
        printJson(context.out, json);
    return 0;
}

int undoImportCommand(Context& context)
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
                           .arg(QString::number(id), QLocale().toString(undone->removed),
                                QLocale().toString(undone->restored), QLocale().toString(undone->archived))
                    << Qt::endl;
    return 0;
}

} // namespace kontor::cli
