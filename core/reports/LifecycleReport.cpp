// SPDX-License-Identifier: GPL-3.0-or-later
#include "LifecycleReport.h"

#include "storage/Sql.h"

#include <QCollator>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace kontor {

namespace {

/// A contact's first entry into a stage in the period, and when it first went further.
struct Entry
{
    qint64 contactId = 0;
    ContactStatus stage = ContactStatus::Lead;
    qint64 enteredAt = 0;
    qint64 advancedAt = 0;
    qint64 sourceId = 0;
    qint64 ownerId = 0;
};

Result<QList<Entry>> readEntries(const QSqlDatabase& db, const ReportFilter& filter)
{
    using R = Result<QList<Entry>>;
    // The whole history of every contact that moved in the period, contact by contact in the order of its moves:
    // one pass along the history's index, in which the first later move up the journey of each entry is found by
    // looking ahead, so that a lead that entered in the period and qualified after it still counts as advanced.
    QSqlQuery query =
        sql::prepare(db, QStringLiteral("SELECT h.contact_id, h.to_stage, h.changed_at, c.lead_source_id, c.owner_id "
                                        "FROM contacts c JOIN contact_stage_history h ON h.contact_id = c.id "
                                        "WHERE c.archived_at IS NULL %1 AND %2 AND c.id IN (SELECT contact_id FROM "
                                        "  contact_stage_history WHERE changed_at >= ? AND changed_at < ?) "
                                        "ORDER BY h.contact_id, h.changed_at, h.id")
                             .arg(filter.ownerId > 0 ? QStringLiteral("AND c.owner_id = ?") : QString(),
                                  filter.choice.contactCondition(QStringLiteral("c.id"))));
    query.setForwardOnly(true);
    if (filter.ownerId > 0)
        query.addBindValue(filter.ownerId);
    query.addBindValue(filter.period.fromMs());
    query.addBindValue(filter.period.toMs());
    if (!query.exec())
        return R::failure(
            LifecycleFunnel::tr("The lifecycle funnel could not be computed: %1").arg(sql::errorText(query)));
    const qint64 from = filter.period.fromMs();
    const qint64 to = filter.period.toMs();
    struct Move
    {
        ContactStatus stage;
        qint64 at;
    };
    QList<Entry> entries;
    QList<Move> moves;
    qint64 contact = 0;
    qint64 source = 0;
    qint64 owner = 0;
    // The entries of one contact: its first entry into each stage in the period, and when it next went up.
    const auto finish = [&] {
        QList<ContactStatus> seen;
        for (qsizetype i = 0; i < moves.size(); ++i) {
            const Move& move = moves.at(i);
            if (move.at < from || move.at >= to || seen.contains(move.stage))
                continue;
            seen << move.stage;
            Entry entry{contact, move.stage, move.at, 0, source, owner};
            const int rank = journeyRank(move.stage);
            if (rank >= 1 && rank <= 4) {
                for (qsizetype later = i + 1; later < moves.size() && !entry.advancedAt; ++later) {
                    if (journeyRank(moves.at(later).stage) > rank)
                        entry.advancedAt = moves.at(later).at;
                }
            }
            entries << entry;
        }
        moves.clear();
    };
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id != contact) {
            finish();
            contact = id;
            source = query.value(3).toLongLong();
            owner = query.value(4).toLongLong();
        }
        moves << Move{contactStatusFromKey(query.value(1).toString()), query.value(2).toLongLong()};
    }
    finish();
    // In the order the contacts entered, as the drill-down lists them.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.enteredAt < b.enteredAt; });
    return entries;
}

QList<LifecycleStageFigures> tally(const QList<const Entry*>& entries)
{
    QList<LifecycleStageFigures> stages;
    for (ContactStatus stage : allContactStatuses()) {
        LifecycleStageFigures figures;
        figures.stage = stage;
        QList<double> days;
        for (const Entry* entry : entries) {
            if (entry->stage != stage)
                continue;
            ++figures.entered;
            if (entry->advancedAt > 0) {
                ++figures.advanced;
                days << double(entry->advancedAt - entry->enteredAt) / 86400000.0;
            }
        }
        if (!days.isEmpty()) {
            std::sort(days.begin(), days.end());
            const qsizetype middle = days.size() / 2;
            figures.medianDaysToAdvance =
                days.size() % 2 ? days.at(middle) : (days.at(middle - 1) + days.at(middle)) / 2;
        }
        stages << figures;
    }
    return stages;
}

/// The names of the sources or salespeople, by id.
QHash<qint64, QString> names(const QSqlDatabase& db, const QString& table)
{
    QHash<qint64, QString> names;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT id, name FROM %1").arg(table))) {
        while (query.next())
            names.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    return names;
}

QList<LifecycleGroup> groups(const QList<Entry>& entries, qint64 Entry::*key, const QHash<qint64, QString>& names,
                             const QString& noneName)
{
    QHash<qint64, QList<const Entry*>> byId;
    for (const Entry& entry : entries)
        byId[entry.*key].append(&entry);
    QList<LifecycleGroup> groups;
    for (auto it = byId.cbegin(); it != byId.cend(); ++it)
        groups << LifecycleGroup{it.key(), it.key() ? names.value(it.key()) : noneName, tally(it.value())};
    QCollator collator;
    std::sort(groups.begin(), groups.end(), [&collator](const LifecycleGroup& a, const LifecycleGroup& b) {
        const qint64 leadsA = a.stages.first().entered;
        const qint64 leadsB = b.stages.first().entered;
        if (leadsA != leadsB)
            return leadsA > leadsB;
        // The contacts without a source or owner last among equals.
        if ((a.id == 0) != (b.id == 0))
            return b.id == 0;
        return collator.compare(a.name, b.name) < 0;
    });
    return groups;
}

} // namespace

std::optional<double> LifecycleStageFigures::conversion() const
{
    if (entered == 0 || journeyRank(stage) == 0 || stage == ContactStatus::Customer)
        return std::nullopt;
    return double(advanced) / double(entered);
}

const LifecycleStageFigures& LifecycleReport::figures(ContactStatus stage) const
{
    for (const LifecycleStageFigures& figures : stages) {
        if (figures.stage == stage)
            return figures;
    }
    static const LifecycleStageFigures none;
    return none;
}

Result<LifecycleReport> LifecycleFunnel::compute(const ReportFilter& filter) const
{
    auto entries = readEntries(m_db, filter);
    if (!entries)
        return Result<LifecycleReport>::failure(entries.error());
    LifecycleReport report;
    report.filter = filter;
    QList<const Entry*> all;
    for (const Entry& entry : entries.value())
        all << &entry;
    report.stages = tally(all);
    report.bySource =
        groups(entries.value(), &Entry::sourceId, names(m_db, QStringLiteral("lead_sources")), tr("No lead source"));
    report.byOwner = groups(entries.value(), &Entry::ownerId, names(m_db, QStringLiteral("users")), tr("No owner"));
    return report;
}

Result<QList<qint64>> LifecycleFunnel::contacts(const ReportFilter& filter, ContactStatus stage, Group group,
                                                qint64 groupId, bool advancedOnly) const
{
    auto entries = readEntries(m_db, filter);
    if (!entries)
        return Result<QList<qint64>>::failure(entries.error());
    QList<qint64> ids;
    for (const Entry& entry : entries.value()) {
        if (entry.stage != stage || (advancedOnly && entry.advancedAt == 0))
            continue;
        if ((group == Group::Source && entry.sourceId != groupId) ||
            (group == Group::Owner && entry.ownerId != groupId))
            continue;
        ids << entry.contactId;
    }
    return ids;
}

} // namespace kontor
