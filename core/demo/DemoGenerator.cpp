// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "scoring/LeadScoring.h"

#include "reports/LifecycleReport.h"
#include "reports/ReportSummaries.h"

#include "Clock.h"
#include "demo/DemoWriter.h"
#include "demo/InteractionBatch.h"
#include "repositories/PipelineRepository.h"
#include "search/Search.h"
#include "storage/BulkLoad.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace kontor {

using demo::DemoWriter;
using demo::InteractionBatch;

Result<DemoSummary> DemoGenerator::generate(const DemoOptions& options, const ProgressCallback& progress)
{
    using R = Result<DemoSummary>;
    if (options.contacts < 0)
        return R::failure(tr("The number of contacts cannot be negative."));

    const qint64 now = Clock::nowMs();
    const QDate today = Clock::now().date();
    DemoSummary summary;

    auto fail = [](const QSqlQuery& query) {
        return R::failure(tr("Generating demo data failed: %1").arg(sql::errorText(query)));
    };
    auto report = [&](qint64 done, qint64 total, const QString& phase) {
        return !progress || progress(done, total, phase);
    };
    const QString cancelled = tr("Generating demo data was cancelled; the database is unchanged.");

    QSqlQuery pragma(m_db);
    // A large page cache keeps the random inserts into the time indexes in memory.
    pragma.exec(QStringLiteral("PRAGMA cache_size = -1048576"));
    struct RestoreCache
    {
        QSqlDatabase db;
        ~RestoreCache() { QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -65536")); }
    } restoreCache{m_db};

    // In WAL mode every page of one big transaction is written twice: to the log, then back into the file. With a
    // rollback journal, pages added to the end of the file are written once and only the few changed ones are
    // journalled, which halves the writing for a large load. Another open connection keeps WAL: then nothing changes.
    QString journalMode;
    if (pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next())
        journalMode = pragma.value(0).toString();
    pragma.finish();
    if (journalMode == QStringLiteral("wal"))
        pragma.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    pragma.finish();
    struct RestoreJournal
    {
        QSqlDatabase db;
        bool wasWal;
        ~RestoreJournal()
        {
            if (wasWal)
                QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        }
    } restoreJournal{m_db, journalMode == QStringLiteral("wal")};

    // Building the indexes and summing the report summaries sort millions of rows: spilled to a temporary file in
    // sorted runs that is 2.5 times faster than in memory (measured). Switching drops the connection's temporary
    // objects, which a connection that is about to be filled with demo data does not have.
    pragma.exec(QStringLiteral("PRAGMA temp_store = FILE"));
    struct RestoreTempStore
    {
        QSqlDatabase db;
        ~RestoreTempStore() { QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = MEMORY")); }
    } restoreTempStore{m_db};

    // Row-by-row foreign key checks cost a b-tree search per reference; the generated rows are checked all at once
    // with foreign_key_check before committing instead. (A no-op when called inside an open transaction.)
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    struct RestoreForeignKeys
    {
        QSqlDatabase db;
        ~RestoreForeignKeys() { QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
    } restoreForeignKeys{m_db};

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const Result<QStringList> suspendedTriggers = SearchIndex::suspendTriggers(m_db);
    if (!suspendedTriggers)
        return R::failure(suspendedTriggers.error());
    // The pipeline totals are summed once at the end instead of by a trigger per deal.
    const Result<QStringList> suspendedTotals = BulkLoad::dropTriggers(m_db, QStringLiteral("deals_totals_"));
    if (!suspendedTotals)
        return R::failure(suspendedTotals.error());
    // Generated rows have no history of changes to show.
    const Result<QStringList> suspendedAudit = BulkLoad::dropTriggers(m_db, QStringLiteral("audit_"));
    if (!suspendedAudit)
        return R::failure(suspendedAudit.error());
    // Each contact's lifecycle moves are written in one go, and when each went further is found once at the end.
    const Result<QStringList> suspendedAdvances = BulkLoad::dropTriggers(m_db, QStringLiteral("lifecycle_advances_"));
    if (!suspendedAdvances)
        return R::failure(suspendedAdvances.error());
    // The report summaries are counted once at the end, like the totals.
    const Result<QStringList> suspendedSummaries = BulkLoad::dropTriggers(m_db, QStringLiteral("reports_"));
    if (!suspendedSummaries)
        return R::failure(suspendedSummaries.error());
    // Kept: the indexes the load itself reads (a contact's history and addresses, by contact).
    const Result<QStringList> suspendedIndexes = BulkLoad::dropIndexes(
        m_db,
        {QStringLiteral("contacts"), QStringLiteral("contact_emails"), QStringLiteral("contact_phones"),
         QStringLiteral("interactions"), QStringLiteral("deals"), QStringLiteral("deal_stage_history"),
         QStringLiteral("reminders"), QStringLiteral("companies"), QStringLiteral("contact_stage_history")},
        {QStringLiteral("interactions_by_contact"), QStringLiteral("contact_emails_by_contact"),
         QStringLiteral("contact_phones_by_contact")});
    if (!suspendedIndexes)
        return R::failure(suspendedIndexes.error());

    DemoWriter writer(m_db, options, now, today, summary);
    if (Status users = writer.addUsers(); !users)
        return R::failure(users.error());
    if (Status campaigns = writer.addCampaigns(); !campaigns)
        return R::failure(campaigns.error());
    if (Status stages = writer.readStages(); !stages)
        return R::failure(stages.error());
    if (Status companies = writer.addCompanies(); !companies)
        return R::failure(companies.error());

    const qint64 reportEvery = std::max<qint64>(1, options.contacts / 200);

    InteractionBatch history(m_db, options, now);
    if (Status prepared = history.prepare(); !prepared)
        return R::failure(prepared.error());
    qint64 batchFirstId = 0;
    qint64 batchLastId = 0;
    auto flushHistory = [&]() -> Status {
        if (!batchFirstId)
            return {};
        auto added = history.generate(batchFirstId, batchLastId);
        if (!added)
            return Status::failure(added.error());
        summary.interactions += added.value();
        batchFirstId = 0;
        return {};
    };

    for (qint64 n = 0; n < options.contacts; ++n) {
        if (n % reportEvery == 0 && !report(n, options.contacts, tr("Contacts and their history")))
            return R::failure(cancelled);
        if (n % 5000 == 0) {
            if (Status flushed = flushHistory(); !flushed)
                return R::failure(flushed.error());
        }
        const Result<qint64> contactId = writer.addContact();
        if (!contactId)
            return R::failure(contactId.error());
        if (!batchFirstId)
            batchFirstId = contactId.value();
        batchLastId = contactId.value();
    }

    if (Status flushed = flushHistory(); !flushed)
        return R::failure(flushed.error());
    if (Status dropped = history.finish(); !dropped)
        return R::failure(dropped.error());
    if (!report(options.contacts, options.contacts, tr("Indexes")))
        return R::failure(cancelled);
    if (Status rebuilt = BulkLoad::recreateIndexes(m_db, suspendedIndexes.value()); !rebuilt)
        return R::failure(rebuilt.error());
    if (!report(options.contacts, options.contacts, tr("Search index")))
        return R::failure(cancelled);
    if (Status resumed = SearchIndex::resumeTriggers(m_db, suspendedTriggers.value()); !resumed)
        return R::failure(resumed.error());
    if (!report(options.contacts, options.contacts, tr("Pipeline totals")))
        return R::failure(cancelled);
    if (Status totals = PipelineRepository::rebuildTotals(m_db); !totals)
        return R::failure(totals.error());
    if (Status resumed = BulkLoad::recreate(m_db, suspendedTotals.value()); !resumed)
        return R::failure(resumed.error());
    if (Status resumed = BulkLoad::recreate(m_db, suspendedAudit.value()); !resumed)
        return R::failure(resumed.error());
    if (Status advances = LifecycleFunnel::refreshAdvances(m_db); !advances)
        return R::failure(advances.error());
    if (Status resumed = BulkLoad::recreate(m_db, suspendedAdvances.value()); !resumed)
        return R::failure(resumed.error());
    if (!report(options.contacts, options.contacts, tr("Report summaries")))
        return R::failure(cancelled);
    // Once at the end: summing each batch as it is written upserts nearly every row, since a batch's interactions
    // spread over every hour of the year.
    if (Status summaries = ReportSummaries::rebuild(m_db); !summaries)
        return R::failure(summaries.error());
    if (Status resumed = BulkLoad::recreate(m_db, suspendedSummaries.value()); !resumed)
        return R::failure(resumed.error());
    // The starter scoring rules, so that the Score column, the card and Today's leads have something to show; the
    // window works the scores out when it opens the file.
    if (Status rules = LeadScoring(m_db).saveRules(LeadScoring::starterRules()); !rules)
        return R::failure(rules.error());
    if (!report(options.contacts, options.contacts, tr("Checking references")))
        return R::failure(cancelled);
    QSqlQuery foreignKeys(m_db);
    if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return fail(foreignKeys);
    if (foreignKeys.next())
        return R::failure(tr("Generating demo data failed: a row of %1 refers to a missing row of %2.")
                              .arg(foreignKeys.value(0).toString(), foreignKeys.value(2).toString()));
    foreignKeys.finish();
    if (!report(options.contacts, options.contacts, tr("Writing")))
        return R::failure(cancelled);
    if (Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    // Statistics for the query planner from a sample: a full ANALYZE reads every index of a million-row file.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
    QSqlQuery(m_db).exec(QStringLiteral("ANALYZE"));
    return summary;
}

} // namespace kontor
