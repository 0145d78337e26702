// SPDX-License-Identifier: GPL-3.0-or-later
#include "LifecycleReport.h"

#include "storage/BulkStatement.h"
#include "storage/Sql.h"

#include <QCollator>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

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
    // Only the moves of the period, each with when its contact next went further up the journey (schema 16 keeps it
    // on the move), so a lead that entered in the period and qualified after it still counts as advanced. Both
    // indexes cover what is read: the moves by time, and the contact's owner, source and archiving by id; the
    // contact's own row, far larger, is not read.
    // The stage as the enum's number: a few hundred thousand rows are read, through SQLite's own API.
    QStringList stageNumbers;
    for (ContactStatus stage : allContactStatuses())
        stageNumbers << QStringLiteral("WHEN '%1' THEN %2").arg(contactStatusKey(stage)).arg(static_cast<int>(stage));
    const QString sql =
        QStringLiteral("SELECT h.id, h.contact_id, CASE h.to_stage %4 ELSE 0 END, h.changed_at, h.advanced_at, "
                       "c.lead_source_id, c.owner_id "
                       "FROM contact_stage_history h JOIN contacts c %1 ON c.id = h.contact_id "
                       "WHERE h.changed_at >= ? AND h.changed_at < ? AND c.archived_at IS NULL %2 "
                       "AND %3 ORDER BY h.changed_at, h.contact_id")
            .arg(QStringLiteral("%1"), filter.ownerId > 0 ? QStringLiteral("AND c.owner_id = ?") : QString(),
                 filter.choice.contactCondition(QStringLiteral("c.id")), stageNumbers.join(u' '));
    // The planner prefers the table's own key; the narrow index is read instead where it exists (a bulk load drops
    // it for a while).
    QSqlQuery hasIndex(db);
    const bool narrow = hasIndex.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND "
                                                     "name = 'contacts_for_reports'")) &&
                        hasIndex.next();
    hasIndex.finish();
    BulkStatement query(db, sql.arg(narrow ? QStringLiteral("INDEXED BY contacts_for_reports") : QString()));
    query.bind(0, filter.period.fromMs());
    query.bind(1, filter.period.toMs());
    if (filter.ownerId > 0)
        query.bind(2, filter.ownerId);
    if (!query.isValid() || !query.exec())
        return R::failure(LifecycleFunnel::tr("The lifecycle funnel could not be computed: %1").arg(query.error()));
    // A contact counts once per stage: its first entry in the period, the earlier id among moves of one moment.
    struct First
    {
        qsizetype entry;
        qint64 moveId;
    };
    const int stageCount = static_cast<int>(allContactStatuses().size());
    QHash<qint64, First> firsts;
    QList<Entry> entries;
    while (query.next()) {
        const qint64 moveId = query.integer(0);
        const int stage = static_cast<int>(query.integer(2));
        Entry entry{query.integer(1), static_cast<ContactStatus>(stage),
                    query.integer(3), query.integer(4),
                    query.integer(5), query.integer(6)};
        const qint64 key = entry.contactId * stageCount + stage;
        auto first = firsts.find(key);
        if (first == firsts.end()) {
            firsts.insert(key, First{entries.size(), moveId});
            entries << entry;
        } else if (entries.at(first->entry).enteredAt == entry.enteredAt && moveId < first->moveId) {
            entries[first->entry] = entry;
            first->moveId = moveId;
        }
    }
    if (!query.error().isEmpty())
        return R::failure(LifecycleFunnel::tr("The lifecycle funnel could not be computed: %1").arg(query.error()));
    // In the order the contacts entered, as the drill-down lists them.
    return entries;
}

QList<LifecycleStageFigures> tally(const QList<const Entry*>& entries)
{
    // One pass over the entries, each stage's figures at the place of its number.
    const QList<ContactStatus> order = allContactStatuses();
    std::vector<int> place(order.size(), 0);
    for (qsizetype i = 0; i < order.size(); ++i)
        place.at(static_cast<size_t>(order.at(i))) = static_cast<int>(i);
    QList<LifecycleStageFigures> stages(order.size());
    std::vector<std::vector<double>> days(order.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        stages[i].stage = order.at(i);
    for (const Entry* entry : entries) {
        const int at = place.at(static_cast<size_t>(entry->stage));
        LifecycleStageFigures& figures = stages[at];
        ++figures.entered;
        if (entry->advancedAt > 0) {
            ++figures.advanced;
            days.at(at).push_back(double(entry->advancedAt - entry->enteredAt) / 86400000.0);
        }
    }
    for (qsizetype i = 0; i < order.size(); ++i) {
        std::vector<double>& those = days.at(static_cast<size_t>(i));
        if (those.empty())
            continue;
        std::sort(those.begin(), those.end());
        const size_t middle = those.size() / 2;
        stages[i].medianDaysToAdvance =
            those.size() % 2 ? those.at(middle) : (those.at(middle - 1) + those.at(middle)) / 2;
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

Status LifecycleFunnel::refreshAdvances(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("UPDATE contact_stage_history SET advanced_at = (SELECT a.advanced_at FROM "
                                   "contact_stage_advances a WHERE a.id = contact_stage_history.id) "
                                   "WHERE to_stage IN ('lead', 'mql', 'sql', 'opportunity')")))
        return Status::failure(
            tr("The lifecycle funnel could not be brought up to date: %1").arg(sql::errorText(query)));
    return {};
}

} // namespace kontor
