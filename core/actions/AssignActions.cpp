// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssignActions.h"

#include "DomainEvent.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace kontor {

Status AssignActions::setRules(const QSqlDatabase& db, const QList<AssignmentRule>& rules)
{
    ActionScope action(db, tr("Change assignment rules"));
    if (Status begun = action.begun(); !begun)
        return begun;
    if (Status saved = AssignmentRules(db).save(rules); !saved)
        return saved;
    action.publish(events::SettingsChanged{QStringLiteral("assignment_rules")});
    return action.commit();
}

Result<AssignmentPlan> AssignActions::apply(const QSqlDatabase& db, const SqlCondition& who)
{
    using R = Result<AssignmentPlan>;
    ActionScope action(db, tr("Assign contacts by the rules"));
    if (Status begun = action.begun(); !begun)
        return R::failure(begun.error());
    AssignmentRules rules(db);
    auto plan = rules.plan(who);
    if (!plan)
        return plan;
    auto applied = rules.apply(plan.value());
    if (!applied)
        return R::failure(applied.error());
    action.setUndoLabel(tr("Assign %n contact(s) by the rules", nullptr, static_cast<int>(applied.value())));
    for (const Assignment& change : plan->changes)
        action.publish(events::ContactChanged{change.contactId, {QStringLiteral("owner")}});
    if (Status committed = action.commit(); !committed)
        return R::failure(committed.error());
    return plan;
}

Result<AssignmentPlan> AssignActions::apply(const QSqlDatabase& db, const QList<qint64>& contactIds)
{
    return apply(db, AssignmentRules::among(contactIds));
}

Result<qint64> AssignActions::assignOwnerless(ActionScope& action, const SqlCondition& who)
{
    AssignmentRules rules(action.db());
    auto any = rules.anyActive();
    if (!any || !any.value())
        return any ? Result<qint64>(qint64(0)) : Result<qint64>::failure(any.error());
    auto plan = rules.plan(SqlCondition{QStringLiteral("owner_id IS NULL AND (%1)").arg(who.clause), who.values});
    if (!plan)
        return Result<qint64>::failure(plan.error());
    return rules.apply(plan.value());
}

Status AssignActions::shareOwner(ActionScope& action, qint64 contactId, qint64 companyId)
{
    if (companyId <= 0)
        return {};
    QSqlQuery query(action.db());
    query.prepare(QStringLiteral("UPDATE companies SET owner_id = (SELECT owner_id FROM contacts WHERE id = ?) "
                                 "WHERE id = ? AND owner_id IS NULL"));
    query.addBindValue(contactId);
    query.addBindValue(companyId);
    if (!query.exec())
        return Status::failure(sql::errorText(query));
    return {};
}

} // namespace kontor
