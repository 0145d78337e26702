// SPDX-License-Identifier: GPL-3.0-or-later
#include "LifecycleReport.h"

#include "storage/Sql.h"

#include <QCollator>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace kontor {

namespace {

/// The journey's order in SQL, as journeyRank() has it.
QString rankOf(const QString& column)
{
    return QStringLiteral("(CASE %1 WHEN 'lead' THEN 1 WHEN 'mql' THEN 2 WHEN 'sql' THEN 3 WHEN 'opportunity' THEN 4 "
                          "WHEN 'customer' THEN 5 ELSE 0 END)")
        .arg(column);
}

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
    // The later stage is looked for in the contact's whole history from the entry on, so that a lead that entered
    // in the period and qualified after it still counts as advanced.
    QSqlQuery query = sql::prepare(
        db, QStringLiteral("SELECT h.contact_id, h.to_stage, h.changed_at, c.lead_source_id, c.owner_id, "
                           "  CASE WHEN %1 BETWEEN 1 AND 4 THEN (SELECT min(l.changed_at) FROM contact_stage_history l "
                           "    WHERE l.contact_id = h.contact_id AND (l.changed_at > h.changed_at OR "
                           "      (l.changed_at = h.changed_at AND l.id > h.id)) AND %2 > %1) END "
                           "FROM contact_stage_history h JOIN contacts c ON c.id = h.contact_id "
                           "WHERE h.changed_at >= ? AND h.changed_at < ? AND c.archived_at IS NULL %3 "
                           "ORDER BY h.changed_at, h.id")
                .arg(rankOf(QStringLiteral("h.to_stage")), rankOf(QStringLiteral("l.to_stage")),
                     filter.ownerId > 0 ? QStringLiteral("AND c.owner_id = ?") : QString()));
    query.setForwardOnly(true);
    query.addBindValue(filter.period.fromMs());
    query.addBindValue(filter.period.toMs());
    if (filter.ownerId > 0)
        query.addBindValue(filter.ownerId);
    if (!query.exec())
        return R::failure(
            LifecycleFunnel::tr("The lifecycle funnel could not be computed: %1").arg(sql::errorText(query)));
    QList<Entry> entries;
    QSet<QPair<qint64, int>> seen;
    while (query.next()) {
        Entry entry;
        entry.contactId = query.value(0).toLongLong();
        entry.stage = contactStatusFromKey(query.value(1).toString());
        if (seen.contains({entry.contactId, int(entry.stage)}))
            continue;
        seen.insert({entry.contactId, int(entry.stage)});
        entry.enteredAt = query.value(2).toLongLong();
        entry.sourceId = query.value(3).toLongLong();
        entry.ownerId = query.value(4).toLongLong();
        entry.advancedAt = query.value(5).toLongLong();
        entries << entry;
    }
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
