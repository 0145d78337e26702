// SPDX-License-Identifier: GPL-3.0-or-later
// Applying the assignment rules: which rule holds for each contact is found in SQL, rule by rule over the contacts
// no earlier rule took (a temporary table keeps the answer), so that 50,000 imported contacts cost a few statements;
// who gets each contact is then decided here, where turns and counts are kept.
#include "AssignmentRules.h"
#include "AssignmentTargets.h"

#include "Clock.h"
#include "storage/BulkLoad.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>

namespace kontor {

namespace {

Status exec(QSqlQuery& query, const QString& sql, const QVariantList& values = {})
{
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Status::failure(
            AssignmentRules::tr("The assignment rules could not be applied: %1").arg(sql::errorText(query)));
    return {};
}

} // namespace

SqlCondition AssignmentRules::among(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return {QStringLiteral("id IN (SELECT value FROM json_each(?))"),
            {QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))}};
}

Result<AssignmentPlan> AssignmentRules::plan(const SqlCondition& who) const
{
    using R = Result<AssignmentPlan>;
    // Only the rules that can give a contact to someone: a group whose members have all left gives nothing.
    auto targets = AssignmentTargets::read(m_db);
    if (!targets)
        return R::failure(targets.error());
    const QList<AssignmentRule> usable = targets->rules();

    QSqlQuery query(m_db);
    if (Status made = exec(query, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS assign_candidates (contact_id "
                                                 "INTEGER PRIMARY KEY, rule_id INTEGER, owner_id INTEGER)"));
        !made)
        return R::failure(made.error());
    if (Status cleared = exec(query, QStringLiteral("DELETE FROM temp.assign_candidates")); !cleared)
        return R::failure(cleared.error());
    if (Status filled = exec(query,
                             QStringLiteral("INSERT INTO temp.assign_candidates (contact_id, owner_id) SELECT id, "
                                            "owner_id FROM main.contacts WHERE archived_at IS NULL AND (%1)")
                                 .arg(who.clause),
                             who.values);
        !filled)
        return R::failure(filled.error());
    AssignmentPlan plan;
    plan.considered = query.numRowsAffected();

    // First match wins: each rule looks only at the contacts no rule before it took.
    for (const AssignmentRule& rule : usable) {
        QStringList clauses;
        QVariantList values{rule.id};
        for (const FieldCondition& condition : rule.conditions) {
            auto sql = FieldConditions::forContacts(m_db, condition);
            if (!sql)
                return R::failure(tr("%1: %2").arg(rule.name, sql.error()));
            clauses << QStringLiteral("(%1)").arg(sql->clause);
            values << sql->values;
        }
        if (rule.target == AssignTarget::CompanyOwner)
            clauses << QStringLiteral("company_id IN (SELECT id FROM main.companies WHERE owner_id IN "
                                      "(SELECT id FROM main.users WHERE archived_at IS NULL))");
        if (Status matched =
                exec(query,
                     QStringLiteral("UPDATE temp.assign_candidates SET rule_id = ? WHERE rule_id IS NULL "
                                    "AND contact_id IN (SELECT id FROM main.contacts WHERE id IN (SELECT "
                                    "contact_id FROM temp.assign_candidates WHERE rule_id IS NULL)%1)")
                         .arg(clauses.isEmpty() ? QString()
                                                : QStringLiteral(" AND ") + clauses.join(QStringLiteral(" AND "))),
                     values);
            !matched)
            return R::failure(matched.error());
        plan.matched += query.numRowsAffected();
    }
    if (plan.matched == 0)
        return plan;

    QHash<qint64, qsizetype> placeOf;
    for (qsizetype place = 0; place < usable.size(); ++place)
        placeOf.insert(usable.at(place).id, place);

    if (Status read = exec(query, QStringLiteral("SELECT a.contact_id, a.rule_id, a.owner_id, co.owner_id FROM "
                                                 "temp.assign_candidates a JOIN main.contacts c ON c.id = a.contact_id "
                                                 "LEFT JOIN main.companies co ON co.id = c.company_id "
                                                 "WHERE a.rule_id IS NOT NULL ORDER BY a.contact_id"));
        !read)
        return R::failure(read.error());
    // (rule's place, user) → contacts, for the summary in the rules' order.
    QMap<std::pair<qsizetype, qint64>, qint64> given;
    while (query.next()) {
        const qint64 contactId = query.value(0).toLongLong();
        const qsizetype place = placeOf.value(query.value(1).toLongLong());
        const AssignmentRule& rule = usable.at(place);
        const qint64 owner = query.value(2).toLongLong();
        const qint64 chosen = targets.value().choose(place, owner, query.value(3).toLongLong());
        if (chosen == owner)
            continue;
        plan.changes.append({contactId, rule.id, chosen, owner});
        ++given[{place, chosen}];
    }
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const AssignmentRule& rule = usable.at(it.key().first);
        plan.lines.append({rule.id, rule.name, it.key().second, targets->userName(it.key().second), it.value()});
    }
    plan.lastTurns = targets->lastTurns();
    // In the rules' order (as `given` has them), by salesperson's name within a rule.
    std::stable_sort(plan.lines.begin(), plan.lines.end(), [&placeOf](const auto& a, const auto& b) {
        const qsizetype first = placeOf.value(a.ruleId);
        const qsizetype second = placeOf.value(b.ruleId);
        return first != second ? first < second : a.user.localeAwareCompare(b.user) < 0;
    });
    return plan;
}

Status AssignmentRules::writeOwners(QSqlQuery& query, qsizetype count)
{
    const QVariantList now{Clock::nowMs()};
    const QString update =
        QStringLiteral("UPDATE main.contacts SET owner_id = (SELECT user_id FROM temp.assign_writes w "
                       "WHERE w.contact_id = contacts.id), updated_at = ? WHERE id IN (SELECT "
                       "contact_id FROM temp.assign_writes)");
    if (count < bulkAssignment) {
        // The history's trigger logs each change; the rule's name is added to the entries it made.
        if (Status marked = exec(query, QStringLiteral("SELECT coalesce(max(id), 0) FROM main.change_log")); !marked)
            return marked;
        const qint64 lastChange = query.next() ? query.value(0).toLongLong() : 0;
        if (Status written = exec(query, update, now); !written)
            return written;
        return exec(query,
                    QStringLiteral("UPDATE main.change_log SET new_values = json_set(coalesce(new_values, '{}'), "
                                   "'$.assignment_rule', (SELECT r.name FROM temp.assign_writes w JOIN "
                                   "main.assignment_rules r ON r.id = w.rule_id WHERE w.contact_id = "
                                   "change_log.entity_id)) WHERE id > ? AND entity = 'contact' AND entity_id IN "
                                   "(SELECT contact_id FROM temp.assign_writes)"),
                    {lastChange});
    }
    // Thousands of contacts: the history's trigger would build two JSON objects of seventeen columns for each (a third
    // of the time); it is off for this one statement, inside the transaction, and the history written in one
    // statement instead. Not for a few: the schema's change makes every other connection read it again.
    auto trigger = BulkLoad::dropTriggers(m_db, QStringLiteral("audit_contacts_update"));
    if (!trigger)
        return Status::failure(trigger.error());
    if (Status written = exec(query, update, now); !written)
        return written;
    if (Status restored = BulkLoad::recreate(m_db, trigger.value()); !restored)
        return restored;
    return exec(query,
                QStringLiteral("INSERT INTO main.change_log (entity, entity_id, action, old_values, new_values, "
                               "changed_at, changed_by) SELECT 'contact', w.contact_id, 'updated', "
                               "json_object('owner_id', w.previous_id), json_object('owner_id', w.user_id, "
                               "'assignment_rule', r.name), CAST((julianday('now') - 2440587.5) * 86400000 AS "
                               "INTEGER), (SELECT id FROM main.users WHERE is_default = 1 ORDER BY id LIMIT 1) FROM "
                               "temp.assign_writes w JOIN main.assignment_rules r ON r.id = w.rule_id ORDER BY "
                               "w.contact_id"));
}

Result<qint64> AssignmentRules::apply(const AssignmentPlan& plan)
{
    using R = Result<qint64>;
    // Its own transaction when the caller has none: the trigger dropped for a large plan comes back with any failure.
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return R::failure(begun.error());
    QSqlQuery query(m_db);
    if (!plan.changes.isEmpty()) {
        if (Status made = exec(query, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS assign_writes (contact_id "
                                                     "INTEGER PRIMARY KEY, user_id INTEGER, rule_id INTEGER, "
                                                     "previous_id INTEGER)"));
            !made)
            return R::failure(made.error());
        if (Status cleared = exec(query, QStringLiteral("DELETE FROM temp.assign_writes")); !cleared)
            return R::failure(cleared.error());
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral(
            "INSERT INTO temp.assign_writes (contact_id, user_id, rule_id, previous_id) VALUES (?, ?, ?, ?)"));
        for (const Assignment& change : plan.changes) {
            insert.bindValue(0, change.contactId);
            insert.bindValue(1, change.userId);
            insert.bindValue(2, change.ruleId);
            insert.bindValue(3, sql::id(change.previousUserId));
            if (!insert.exec())
                return R::failure(tr("The assignment rules could not be applied: %1").arg(sql::errorText(insert)));
        }
        if (Status written = writeOwners(query, plan.changes.size()); !written)
            return R::failure(written.error());
    }
    for (auto it = plan.lastTurns.cbegin(); it != plan.lastTurns.cend(); ++it) {
        if (Status turned = exec(query,
                                 QStringLiteral("INSERT INTO main.assignment_turns (rule_id, last_user_id) VALUES "
                                                "(?, ?) ON CONFLICT (rule_id) DO UPDATE SET last_user_id = "
                                                "excluded.last_user_id"),
                                 {it.key(), it.value()});
            !turned)
            return R::failure(turned.error());
    }
    if (Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return static_cast<qint64>(plan.changes.size());
}

} // namespace kontor
