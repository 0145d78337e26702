// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactImport.h"

#include "io/ContactRowParser.h"
#include "io/ContactRowWriter.h"
#include "io/ImportRun.h"
#include "io/RowPipeline.h"
#include "io/VCard.h"
#include "repositories/SettingsRepository.h"
#include "search/Search.h"
#include "storage/BulkLoad.h"
#include "storage/Sql.h"

#include <QIODevice>
#include <QLocale>
#include <QSqlQuery>

#include <utility>

namespace kontor {

namespace {

Result<ImportReport> importRows(const QSqlDatabase& db, const ImportOptions& options, const RowSource& source,
                                const ProgressCallback& progress)
{
    using R = Result<ImportReport>;
    ImportRun run(db, options, QStringLiteral("contacts"));
    if (Status started = run.start(); !started)
        return R::failure(started.error());
    const QString region = SettingsRepository(db).phoneRegion();
    const ContactRowParser parser(db, options, region);
    ContactRowWriter writer(db, options, region, run);
    // The assignment rules, applied as each new contact is written when they can be (AssignmentMatcher); else
    // ImportActions applies them afterwards.
    auto matcher = AssignmentMatcher::forImport(db);
    if (!matcher)
        return R::failure(ContactImport::tr("The import could not start: %1").arg(matcher.error()));
    std::optional<AssignmentMatcher> assigner = std::move(matcher).value();
    if (assigner)
        writer.setAssigner(&*assigner);

    // The change history's triggers log a contact's creation and each email and phone added, a row each: a third
    // of an import's time. They are dropped for the import (inside its transaction, so a rollback brings them
    // back) and the history written afterwards in three statements: "created" for each new contact, and the
    // emails and phones added to contacts that were there before.
    QSqlQuery marks(db);
    if (!marks.exec(QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM contacts), "
                                   "(SELECT coalesce(max(id), 0) FROM contact_emails), "
                                   "(SELECT coalesce(max(id), 0) FROM contact_phones), "
                                   "(SELECT coalesce(max(id), 0) FROM companies)")) ||
        !marks.next())
        return R::failure(ContactImport::tr("The import could not start: %1").arg(sql::errorText(marks)));
    const QVariantList before = {marks.value(0), marks.value(1), marks.value(2), marks.value(3)};
    marks.finish();
    // A file about as large as the table or larger: the contacts' indexes (but the one the duplicate check reads)
    // are built once at the end instead of growing a row at a time: a sort instead of a random b-tree search per
    // row and index.
    QStringList indexes;
    if (source.estimatedRows > before.at(0).toLongLong()) {
        // The custom values' indexes by value too (their key by field and record stays: updates read by it).
        auto dropped = BulkLoad::dropIndexes(db, {QStringLiteral("contacts"), QStringLiteral("custom_values")},
                                             {QStringLiteral("contacts_by_name")});
        if (!dropped)
            return R::failure(ContactImport::tr("The import could not start: %1").arg(dropped.error()));
        indexes = dropped.value();
    }
    QStringList triggers;
    // The new companies' search entries likewise: the trigger's full-text insert flushes the index every time.
    for (const QString& trigger :
         {QStringLiteral("audit_contacts_insert"), QStringLiteral("audit_contact_emails_insert"),
          QStringLiteral("audit_contact_phones_insert"), QStringLiteral("audit_companies_insert"),
          QStringLiteral("companies_search_insert")}) {
        auto dropped = BulkLoad::dropTriggers(db, trigger);
        if (!dropped)
            return R::failure(ContactImport::tr("The import could not start: %1").arg(dropped.error()));
        triggers << dropped.value();
    }
    // Custom values go into the change history as they are set, but those of the contacts this import makes do not
    // (nor do the contacts themselves): while it runs, only values of contacts that were there before are logged.
    for (const QString& table : {QStringLiteral("custom_values"), QStringLiteral("custom_value_choices")}) {
        auto dropped = BulkLoad::dropTriggers(db, QStringLiteral("audit_%1_insert").arg(table));
        if (!dropped)
            return R::failure(ContactImport::tr("The import could not start: %1").arg(dropped.error()));
        triggers << dropped.value();
        // Into an empty table, nothing is logged: the triggers stay off until the end.
        if (before.at(0).toLongLong() == 0)
            continue;
        QSqlQuery narrow(db);
        const QString head = QStringLiteral("AFTER INSERT ON %1 BEGIN").arg(table);
        for (QString definition : dropped.value()) {
            // A definition written otherwise is put back as it was: every value logged, only slower.
            if (definition.contains(head))
                definition.replace(head, QStringLiteral("AFTER INSERT ON %1 WHEN new.record_id <= %2 BEGIN")
                                             .arg(table)
                                             .arg(before.at(0).toLongLong()));
            if (!narrow.exec(definition))
                return R::failure(ContactImport::tr("The import could not start: %1").arg(sql::errorText(narrow)));
        }
    }

    {
        RowPipeline rows(parser, source);
        ParsedRow row;
        qint64 line = 0;
        qint64 done = 0;
        while (rows.next(row, line, done)) {
            ImportRowOutcome outcome;
            outcome.line = line;
            if (Status applied = writer.apply(row, outcome); !applied)
                return R::failure(ContactImport::tr("Line %1 could not be imported, and nothing was: %2")
                                      .arg(QLocale().toString(line), applied.error()));
            if (!run.add(outcome, progress, done, source.total))
                return R::failure(ContactImport::tr("The import was cancelled; nothing was changed."));
        }
    }
    if (const QString error = source.error(); !error.isEmpty())
        return R::failure(ContactImport::tr("The file could not be read, and nothing was imported: %1").arg(error));
    auto report = run.finish([&]() -> Status {
        if (Status staged = AssignmentMatcher::stageHistory(db, assigner ? &*assigner : nullptr); !staged)
            return staged;
        const QString now = QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
        const QString user = QStringLiteral("(SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1)");
        const QStringList history = {
            // What undo removes: every contact added since the import started is one of its own.
            QStringLiteral("INSERT INTO import_changes (import_id, entity, entity_id, action) "
                           "SELECT :import, 'contact', id, 'created' FROM contacts WHERE id > :contact ORDER BY id"),
            // The rule that gave a new contact its owner as it was written is named in its entry.
            QStringLiteral("INSERT INTO change_log (entity, entity_id, action, new_values, changed_at, changed_by) "
                           "SELECT 'contact', id, 'created', (SELECT json_object('assignment_rule', rule) FROM "
                           "temp.import_assigned a WHERE a.contact_id = contacts.id), %1, %2 FROM contacts "
                           "WHERE id > :contact ORDER BY id")
                .arg(now, user),
            // Each new contact entered its first stage when it was created.
            QStringLiteral("INSERT INTO contact_stage_history (contact_id, from_stage, to_stage, changed_at, "
                           "changed_by) SELECT id, NULL, status, created_at, %1 FROM contacts WHERE id > :contact "
                           "ORDER BY id")
                .arg(user),
            QStringLiteral("INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, "
                           "changed_by) SELECT 'contact', contact_id, 'updated', json_object('email', NULL), "
                           "json_object('email', email), %1, %2 FROM contact_emails "
                           "WHERE id > :email AND contact_id <= :contact ORDER BY id")
                .arg(now, user),
            QStringLiteral("INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, "
                           "changed_by) SELECT 'contact', contact_id, 'updated', json_object('phone', NULL), "
                           "json_object('phone', phone), %1, %2 FROM contact_phones "
                           "WHERE id > :phone AND contact_id <= :contact ORDER BY id")
                .arg(now, user),
            QStringLiteral("INSERT INTO change_log (entity, entity_id, action, changed_at, changed_by) "
                           "SELECT 'company', id, 'created', %1, %2 FROM companies WHERE id > :company ORDER BY id")
                .arg(now, user),
            QStringLiteral("INSERT INTO company_search (rowid, name) SELECT id, name FROM companies "
                           "WHERE id > :company AND archived_at IS NULL ORDER BY id"),
        };
        for (const QString& statement : history) {
            QSqlQuery log = sql::prepare(db, statement);
            if (statement.contains(QStringLiteral(":import")))
                log.bindValue(QStringLiteral(":import"), run.importId());
            if (statement.contains(QStringLiteral(":contact")))
                log.bindValue(QStringLiteral(":contact"), before.at(0));
            if (statement.contains(QStringLiteral(":company")))
                log.bindValue(QStringLiteral(":company"), before.at(3));
            if (statement.contains(QStringLiteral(":email")))
                log.bindValue(QStringLiteral(":email"), before.at(1));
            if (statement.contains(QStringLiteral(":phone")))
                log.bindValue(QStringLiteral(":phone"), before.at(2));
            if (!log.exec())
                return Status::failure(sql::errorText(log));
        }
        if (assigner) {
            if (Status turned = assigner->storeTurns(); !turned)
                return turned;
        }
        if (Status indexed = SearchIndex::indexContactsAfter(db, before.at(0).toLongLong()); !indexed)
            return indexed;
        for (const char* narrowedTrigger : {"audit_custom_values_insert", "audit_custom_value_choices_insert"}) {
            QSqlQuery narrowed(db);
            if (!narrowed.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(narrowedTrigger))))
                return Status::failure(sql::errorText(narrowed));
        }
        if (Status restored = BulkLoad::recreate(db, triggers); !restored)
            return restored;
        return BulkLoad::recreateIndexes(db, indexes);
    });
    if (report && progress)
        progress(source.total, source.total, ContactImport::tr("Imported"));
    if (report && assigner) {
        report.value().assigned = assigner->count();
        report.value().rulesApplied = true;
    }
    return report;
}

} // namespace

QString ContactImport::actionName(ImportAction action)
{
    switch (action) {
    case ImportAction::Create:
        return tr("Create");
    case ImportAction::Update:
        return tr("Update");
    case ImportAction::Merge:
        return tr("Merge");
    case ImportAction::Skip:
        return tr("Skip");
    case ImportAction::Reject:
        return tr("Reject");
    }
    return {};
}

Result<ImportReport> ContactImport::run(QIODevice* file, const ImportOptions& options, const ProgressCallback& progress)
{
    if (options.mapping.isEmpty())
        return Result<ImportReport>::failure(tr("No column is mapped to a field: choose at least the name's columns."));
    bool named = false;
    for (const QString& key : options.mapping)
        named = named || key == QStringLiteral("first_name") || key == QStringLiteral("last_name") ||
                key == QStringLiteral("full_name");
    if (!named)
        return Result<ImportReport>::failure(tr("No column is mapped to a name (first, last or full name)."));

    CsvReader reader(file, options.format);
    CsvRecord record;
    bool header = options.hasHeader;
    RowSource source;
    source.total = file->size();
    source.estimatedRows = source.total / 120; // About a row of a contacts CSV.
    source.next = [&](const ContactRowParser& parser, ParsedRow& row, qint64& line) {
        while (reader.next(record)) {
            if (std::exchange(header, false))
                continue;
            // Lines left blank between records are no contacts, and not worth a rejection each.
            if (record.fields.size() == 1 && record.fields.first().trimmed().isEmpty())
                continue;
            row = parser.parse(record.fields);
            line = record.line;
            return true;
        }
        return false;
    };
    source.done = [&] { return reader.bytesRead(); };
    source.error = [&] { return reader.error(); };
    auto report = importRows(m_db, options, source, progress);
    // The reader's guesses are known only once it has read everything.
    if (report)
        report.value().fileWarnings = reader.warnings();
    return report;
}

Result<ImportReport> ContactImport::runVCards(const QByteArray& data, const ImportOptions& options,
                                              const ProgressCallback& progress)
{
    QStringList warnings;
    const QList<VCard> cards = VCards::read(data, &warnings);
    qsizetype index = 0;
    RowSource source;
    source.total = cards.size();
    source.estimatedRows = cards.size();
    source.next = [&](const ContactRowParser& parser, ParsedRow& row, qint64& line) {
        if (index >= cards.size())
            return false;
        row = parser.fromCard(cards.at(index));
        line = ++index;
        return true;
    };
    source.done = [&] { return qint64(index); };
    auto report = importRows(m_db, options, source, progress);
    if (report)
        report.value().fileWarnings = warnings + report.value().fileWarnings;
    return report;
}

} // namespace kontor
