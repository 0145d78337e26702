// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSummaries.h"

#include "storage/BulkLoad.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace kontor {

QString ReportSummaries::plainInteractionHours()
{
    return QStringLiteral(
        "SELECT occurred_at / 3600000, kind, coalesce(outcome, ''), coalesce(logged_by, 0), "
        "  next_meeting_id IS NOT NULL, count(*) "
        "FROM interactions WHERE archived_at IS NULL GROUP BY 1, 2, 3, 4, 5 "
        "UNION ALL "
        "SELECT resolved_at / 3600000, 'complaint_resolved', '', coalesce(logged_by, 0), 0, count(*) "
        "FROM interactions WHERE archived_at IS NULL AND kind = 'complaint' AND resolved_at IS NOT NULL "
        "GROUP BY 1, 2, 3, 4, 5");
}

QString ReportSummaries::plainDealMoveHours()
{
    return QStringLiteral("SELECT h.changed_at / 3600000, h.to_stage_id, h.from_stage_id IS NULL, "
                          "  coalesce(h.changed_by, 0), coalesce(d.owner_id, 0), d.currency, count(*), "
                          "  sum(d.amount_minor) "
                          "FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id WHERE d.archived_at IS NULL "
                          "GROUP BY 1, 2, 3, 4, 5, 6");
}

QString ReportSummaries::plainStageFacts()
{
    // Schema 6's view, which the triggers copy from too.
    return QStringLiteral("SELECT deal_id, stage_id, reached_at, went_on_at FROM deal_stage_facts_plain");
}

QString ReportSummaries::plainFunnelHours()
{
    return QStringLiteral("SELECT f.reached_at / 3600000, f.stage_id, coalesce(d.owner_id, 0), d.currency, count(*), "
                          "  sum(d.amount_minor), count(f.went_on_at), coalesce(sum(f.went_on_at - f.reached_at), 0) "
                          "FROM deal_stage_facts f JOIN deals d ON d.id = f.deal_id WHERE d.archived_at IS NULL "
                          "GROUP BY 1, 2, 3, 4");
}

Status ReportSummaries::rebuild(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    // SQLite sorts up to a cache's worth in memory before spilling sorted runs to merge; the GROUP BY of ten million
    // interactions runs in 13 s in 2 MiB runs, 21 s in 64 MiB ones and 30 s in one sort of 1 GiB (measured).
    qint64 cacheSize = 0;
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
        cacheSize = query.value(0).toLongLong();
    query.finish();
    query.exec(QStringLiteral("PRAGMA cache_size = -2048"));
    struct RestoreCache
    {
        QSqlDatabase db;
        qint64 size;
        ~RestoreCache()
        {
            if (size != 0)
                QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(size));
        }
    } restoreCache{db, cacheSize};
    for (const QString& statement :
         QStringList{QStringLiteral("DELETE FROM interaction_hours"),
                     QStringLiteral("INSERT INTO interaction_hours (hour, kind, outcome, logged_by, led, count) ") +
                         plainInteractionHours()}) {
        if (!query.exec(statement))
            return Status::failure(tr("The report summaries could not be computed: %1").arg(sql::errorText(query)));
    }
    return rebuildDeals(db);
}

Status ReportSummaries::rebuildDeals(const QSqlDatabase& db)
{
    // The facts' triggers would add each fact to the funnel a second time (and work every deal out again): the
    // funnel is summed once below.
    const Result<QStringList> suspended = BulkLoad::dropTriggers(db, QStringLiteral("reports_facts_"));
    if (!suspended)
        return Status::failure(suspended.error());
    QSqlQuery query(db);
    for (const QString& statement : QStringList{
             QStringLiteral("DELETE FROM deal_move_hours"),
             QStringLiteral("INSERT INTO deal_move_hours (hour, to_stage_id, created, changed_by, owner_id, currency, "
                            "moves, amount_minor) ") +
                 plainDealMoveHours(),
             QStringLiteral("DELETE FROM deal_stage_facts"),
             QStringLiteral("INSERT INTO deal_stage_facts (deal_id, stage_id, reached_at, went_on_at) ") +
                 plainStageFacts(),
             QStringLiteral("DELETE FROM funnel_hours"),
             QStringLiteral("INSERT INTO funnel_hours (hour, stage_id, owner_id, currency, reached, amount_minor, "
                            "went_on, went_on_ms) ") +
                 plainFunnelHours()}) {
        if (!query.exec(statement))
            return Status::failure(tr("The report summaries could not be computed: %1").arg(sql::errorText(query)));
    }
    return BulkLoad::recreate(db, suspended.value());
}

Result<qint64> ReportSummaries::differences(const QSqlDatabase& db)
{
    // Rows counted down to zero stay behind as zeros; they stand for nothing.
    const QString interactions = QStringLiteral("SELECT hour, kind, outcome, logged_by, led, count "
                                                "FROM interaction_hours WHERE count <> 0");
    const QString moves = QStringLiteral("SELECT hour, to_stage_id, created, changed_by, owner_id, currency, moves, "
                                         "amount_minor FROM deal_move_hours WHERE moves <> 0");
    QSqlQuery query(db);
    // Each side is a subquery: the plain query of interactions is itself a UNION ALL.
    const QString differing = QStringLiteral("(SELECT count(*) FROM (SELECT * FROM (%1) EXCEPT SELECT * FROM (%2))) + "
                                             "(SELECT count(*) FROM (SELECT * FROM (%2) EXCEPT SELECT * FROM (%1)))");
    const QString facts = QStringLiteral("SELECT deal_id, stage_id, reached_at, went_on_at FROM deal_stage_facts");
    const QString funnel = QStringLiteral("SELECT hour, stage_id, owner_id, currency, reached, amount_minor, went_on, "
                                          "went_on_ms FROM funnel_hours WHERE reached <> 0");
    if (!query.exec(QStringLiteral("SELECT ") + differing.arg(interactions, plainInteractionHours()) +
                    QStringLiteral(" + ") + differing.arg(moves, plainDealMoveHours()) + QStringLiteral(" + ") +
                    differing.arg(facts, plainStageFacts()) + QStringLiteral(" + ") +
                    differing.arg(funnel, plainFunnelHours())) ||
        !query.next())
        return Result<qint64>::failure(tr("The report summaries could not be checked: %1").arg(sql::errorText(query)));
    return query.value(0).toLongLong();
}

QString ReportSummaries::interactionRows(const HourCover& cover, const ReportChoice& choice)
{
    return QStringLiteral(
               "SELECT hour * 3600000 AS at, kind, outcome, logged_by, led, count AS tally FROM interaction_hours "
               "WHERE ") +
           cover.summaryCondition(QStringLiteral("hour")) +
           QStringLiteral(" UNION ALL SELECT occurred_at, kind, coalesce(outcome, ''), coalesce(logged_by, 0), "
                          "next_meeting_id IS NOT NULL, 1 FROM interactions WHERE archived_at IS NULL AND ") +
           cover.rowCondition(QStringLiteral("occurred_at")) + QStringLiteral(" AND ") +
           choice.contactCondition(QStringLiteral("contact_id")) +
           QStringLiteral(" UNION ALL SELECT resolved_at, 'complaint_resolved', '', coalesce(logged_by, 0), 0, 1 "
                          "FROM interactions WHERE archived_at IS NULL AND kind = 'complaint' AND ") +
           cover.rowCondition(QStringLiteral("resolved_at")) + QStringLiteral(" AND ") +
           choice.contactCondition(QStringLiteral("contact_id"));
}

QString ReportSummaries::funnelRows(const HourCover& cover, const ReportChoice& choice)
{
    return QStringLiteral("SELECT hour * 3600000 AS at, stage_id, owner_id, currency, reached, amount_minor, went_on, "
                          "went_on_ms FROM funnel_hours WHERE ") +
           cover.summaryCondition(QStringLiteral("hour")) +
           QStringLiteral(" UNION ALL SELECT f.reached_at, f.stage_id, coalesce(d.owner_id, 0), d.currency, 1, "
                          "d.amount_minor, f.went_on_at IS NOT NULL, coalesce(f.went_on_at - f.reached_at, 0) "
                          "FROM deal_stage_facts f JOIN deals d ON d.id = f.deal_id WHERE d.archived_at IS NULL AND ") +
           cover.rowCondition(QStringLiteral("f.reached_at")) + QStringLiteral(" AND ") +
           choice.dealCondition(QStringLiteral("d"));
}

QString ReportSummaries::moveRows(const HourCover& cover, const ReportChoice& choice)
{
    return QStringLiteral("SELECT hour * 3600000 AS at, to_stage_id, created, changed_by, owner_id, currency, moves, "
                          "amount_minor FROM deal_move_hours WHERE ") +
           cover.summaryCondition(QStringLiteral("hour")) +
           QStringLiteral(
               " UNION ALL SELECT h.changed_at, h.to_stage_id, h.from_stage_id IS NULL, "
               "coalesce(h.changed_by, 0), coalesce(d.owner_id, 0), d.currency, 1, d.amount_minor "
               "FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id WHERE d.archived_at IS NULL AND ") +
           cover.rowCondition(QStringLiteral("h.changed_at")) + QStringLiteral(" AND ") +
           choice.dealCondition(QStringLiteral("d"));
}

} // namespace kontor
