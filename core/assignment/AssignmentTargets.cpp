// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssignmentTargets.h"

#include "storage/Sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace kontor {

Result<AssignmentTargets> AssignmentTargets::read(const QSqlDatabase& db)
{
    using R = Result<AssignmentTargets>;
    const auto failed = [](const QSqlQuery& query) {
        return R::failure(AssignmentRules::tr("The assignment rules could not be read: %1").arg(sql::errorText(query)));
    };
    auto rules = AssignmentRules(db).list();
    if (!rules)
        return R::failure(rules.error());
    AssignmentTargets targets;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, name FROM users WHERE archived_at IS NULL")))
        return failed(query);
    while (query.next())
        targets.m_users.insert(query.value(0).toLongLong(), query.value(1).toString());
    for (AssignmentRule rule : rules.value()) {
        rule.userIds.removeIf([&targets](qint64 id) { return !targets.m_users.contains(id); });
        // A rule whose condition no longer reads (its territory, field or choice renamed or removed since) holds for
        // nobody: it must not stop a contact from being saved or a file from being imported.
        const bool reads =
            std::all_of(rule.conditions.cbegin(), rule.conditions.cend(),
                        [&db](const FieldCondition& each) { return FieldConditions::forContacts(db, each).ok(); });
        if (rule.active && reads && (rule.target == AssignTarget::CompanyOwner || !rule.userIds.isEmpty()))
            targets.m_rules << rule;
    }
    if (!query.exec(QStringLiteral("SELECT rule_id, last_user_id FROM assignment_turns")))
        return failed(query);
    while (query.next())
        targets.m_storedTurns.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    for (const AssignmentRule& rule : std::as_const(targets.m_rules)) {
        if (rule.target != AssignTarget::FewestOpenDeals)
            continue;
        QStringList ids;
        for (qint64 id : rule.userIds)
            ids << QString::number(id);
        if (!query.exec(QStringLiteral("SELECT d.owner_id, count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                                       "WHERE s.kind = 'open' AND d.archived_at IS NULL AND d.owner_id IN (%1) "
                                       "GROUP BY d.owner_id")
                            .arg(ids.join(u','))))
            return failed(query);
        QHash<qint64, qint64>& load = targets.m_loads[rule.id];
        while (query.next())
            load.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    return targets;
}

qint64 AssignmentTargets::choose(qsizetype place, qint64 owner, qint64 companyOwner)
{
    const AssignmentRule& rule = m_rules.at(place);
    switch (rule.target) {
    case AssignTarget::Salesperson:
        return rule.userIds.first();
    case AssignTarget::CompanyOwner:
        return companyOwner;
    case AssignTarget::RoundRobin:
    case AssignTarget::FewestOpenDeals:
        break;
    }
    if (rule.userIds.contains(owner))
        return owner;
    if (rule.target == AssignTarget::RoundRobin) {
        const qint64 last = m_lastTurns.value(rule.id, m_storedTurns.value(rule.id));
        const qint64 next = rule.userIds.at((rule.userIds.indexOf(last) + 1) % rule.userIds.size());
        m_lastTurns.insert(rule.id, next);
        return next;
    }
    // The fewest open deals; on a tie, the first in the group.
    QHash<qint64, qint64>& load = m_loads[rule.id];
    const qint64 fewest = *std::min_element(rule.userIds.cbegin(), rule.userIds.cend(),
                                            [&load](qint64 a, qint64 b) { return load.value(a) < load.value(b); });
    ++load[fewest];
    return fewest;
}

} // namespace kontor
