// SPDX-License-Identifier: GPL-3.0-or-later
// The assignment rules as stored (schema 20); AssignmentPlan.cpp applies them.
#include "AssignmentRules.h"

#include "storage/KeptFirst.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kontor {

namespace {

QString conditionsJson(const QList<FieldCondition>& conditions)
{
    QJsonArray texts;
    for (const FieldCondition& condition : conditions)
        texts.append(FieldConditions::text(condition));
    return QString::fromUtf8(QJsonDocument(texts).toJson(QJsonDocument::Compact));
}

} // namespace

QString AssignmentRules::targetKey(AssignTarget target)
{
    switch (target) {
    case AssignTarget::Salesperson:
        return QStringLiteral("salesperson");
    case AssignTarget::CompanyOwner:
        return QStringLiteral("company_owner");
    case AssignTarget::RoundRobin:
        return QStringLiteral("round_robin");
    case AssignTarget::FewestOpenDeals:
        return QStringLiteral("fewest_open_deals");
    }
    return QString();
}

std::optional<AssignTarget> AssignmentRules::targetOf(const QString& key)
{
    for (AssignTarget target : {AssignTarget::Salesperson, AssignTarget::CompanyOwner, AssignTarget::RoundRobin,
                                AssignTarget::FewestOpenDeals}) {
        if (targetKey(target) == key)
            return target;
    }
    return std::nullopt;
}

Result<QList<AssignmentRule>> AssignmentRules::list() const
{
    using R = Result<QList<AssignmentRule>>;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, name, conditions, target, active FROM assignment_rules "
                                   "ORDER BY position, id")))
        return R::failure(tr("The assignment rules could not be read: %1").arg(sql::errorText(query)));
    QList<AssignmentRule> rules;
    QHash<qint64, qsizetype> places;
    while (query.next()) {
        AssignmentRule rule;
        rule.id = query.value(0).toLongLong();
        rule.name = query.value(1).toString();
        for (const QJsonValue& text : QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array()) {
            // A condition that no longer reads is kept as its text, so that check() names it.
            auto condition = FieldConditions::parse(text.toString());
            rule.conditions << (condition ? condition.value() : FieldCondition{text.toString(), {}, {}});
        }
        rule.target = targetOf(query.value(3).toString()).value_or(AssignTarget::Salesperson);
        rule.active = query.value(4).toBool();
        places.insert(rule.id, rules.size());
        rules << rule;
    }
    if (!query.exec(QStringLiteral("SELECT rule_id, user_id FROM assignment_rule_members ORDER BY position, id")))
        return R::failure(tr("The assignment rules could not be read: %1").arg(sql::errorText(query)));
    while (query.next()) {
        if (const auto place = places.constFind(query.value(0).toLongLong()); place != places.cend())
            rules[*place].userIds << query.value(1).toLongLong();
    }
    return rules;
}

Status AssignmentRules::check(const AssignmentRule& rule) const
{
    if (Status shape = checkShape(rule); !shape)
        return shape;
    for (const FieldCondition& condition : rule.conditions) {
        if (auto sql = FieldConditions::forContacts(m_db, condition); !sql)
            return Status::failure(tr("%1: %2").arg(rule.name.trimmed(), sql.error()));
    }
    return {};
}

Status AssignmentRules::checkShape(const AssignmentRule& rule)
{
    const QString name = rule.name.trimmed();
    if (name.isEmpty())
        return Status::failure(tr("Give the rule a name."));
    switch (rule.target) {
    case AssignTarget::Salesperson:
        if (rule.userIds.size() != 1)
            return Status::failure(tr("%1: choose the salesperson who gets the contacts.").arg(name));
        break;
    case AssignTarget::CompanyOwner:
        break;
    case AssignTarget::RoundRobin:
    case AssignTarget::FewestOpenDeals:
        if (rule.userIds.isEmpty())
            return Status::failure(tr("%1: choose at least one salesperson to share the contacts.").arg(name));
        break;
    }
    return {};
}

Status AssignmentRules::save(const QList<AssignmentRule>& rules)
{
    // Only the shape: a rule whose territory has since been removed must not keep the others from being switched off
    // or reordered (the dialog checks the conditions of the rule it edits).
    for (const AssignmentRule& rule : rules) {
        if (Status fits = checkShape(rule); !fits)
            return fits;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    QSqlQuery query(m_db);
    const auto failed = [](const QSqlQuery& failing) {
        return Status::failure(tr("The assignment rules could not be saved: %1").arg(sql::errorText(failing)));
    };
    if (!query.exec(QStringLiteral("DELETE FROM assignment_rule_members")) ||
        !query.exec(QStringLiteral("DELETE FROM assignment_rules")))
        return failed(query);
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO assignment_rules (id, position, name, conditions, target, active) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery member(m_db);
    member.prepare(QStringLiteral("INSERT INTO assignment_rule_members (rule_id, user_id, position) VALUES (?, ?, ?)"));
    for (qsizetype i : keptFirst(rules)) {
        const AssignmentRule& rule = rules.at(i);
        insert.addBindValue(rule.id > 0 ? QVariant(rule.id) : QVariant());
        insert.addBindValue(static_cast<int>(i));
        insert.addBindValue(rule.name.trimmed());
        insert.addBindValue(conditionsJson(rule.conditions));
        insert.addBindValue(targetKey(rule.target));
        insert.addBindValue(rule.active);
        if (!insert.exec())
            return failed(insert);
        const qint64 id = insert.lastInsertId().toLongLong();
        if (rule.target == AssignTarget::CompanyOwner)
            continue;
        for (qsizetype place = 0; place < rule.userIds.size(); ++place) {
            member.addBindValue(id);
            member.addBindValue(rule.userIds.at(place));
            member.addBindValue(static_cast<int>(place));
            if (!member.exec())
                return failed(member);
        }
    }
    // The turns of rules that are gone go with them; a kept rule keeps its turn.
    if (!query.exec(
            QStringLiteral("DELETE FROM assignment_turns WHERE rule_id NOT IN (SELECT id FROM assignment_rules)")))
        return failed(query);
    return transaction.commit();
}

Result<bool> AssignmentRules::anyActive() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM assignment_rules WHERE active)")) || !query.next())
        return Result<bool>::failure(tr("The assignment rules could not be read: %1").arg(sql::errorText(query)));
    return query.value(0).toBool();
}

} // namespace kontor
