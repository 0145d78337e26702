// SPDX-License-Identifier: GPL-3.0-or-later
// kontor-cli assign: the assignment rules applied to the contacts without an owner (or those --where chooses), as
// the window's Apply Assignment Rules does; assign rules lists them.
#include "CliContext.h"
#include "FieldCommands.h"

#include "actions/AssignActions.h"
#include "assignment/AssignmentRules.h"
#include "repositories/UserRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace kontor::cli {

namespace {

struct AssignText
{
    Q_DECLARE_TR_FUNCTIONS(AssignText)
};

QHash<qint64, QString> userNames(const QSqlDatabase& db)
{
    QHash<qint64, QString> names;
    if (auto users = UserRepository(db).list(); users) {
        for (const User& user : users.value())
            names.insert(user.id, user.name);
    }
    return names;
}

int rulesCommand(Context& context, const QSqlDatabase& db)
{
    auto rules = AssignmentRules(db).list();
    if (!rules)
        return fail(context, rules.error());
    const QHash<qint64, QString> names = userNames(db);
    QJsonArray array;
    for (const AssignmentRule& rule : rules.value()) {
        QStringList conditions;
        for (const FieldCondition& condition : rule.conditions)
            conditions << FieldConditions::text(condition);
        QStringList members;
        for (qint64 id : rule.userIds)
            members << names.value(id);
        if (context.json) {
            array.append(QJsonObject{{QStringLiteral("id"), rule.id},
                                     {QStringLiteral("name"), rule.name},
                                     {QStringLiteral("conditions"), QJsonArray::fromStringList(conditions)},
                                     {QStringLiteral("target"), AssignmentRules::targetKey(rule.target)},
                                     {QStringLiteral("salespeople"), QJsonArray::fromStringList(members)},
                                     {QStringLiteral("active"), rule.active}});
            continue;
        }
        context.out << rule.name << u'\t'
                    << (conditions.isEmpty() ? AssignText::tr("(everyone)") : conditions.join(QStringLiteral(" AND ")))
                    << u'\t' << AssignmentRules::targetKey(rule.target) << u'\t' << members.join(QStringLiteral(", "))
                    << (rule.active ? QString() : QStringLiteral("\t") + AssignText::tr("(off)")) << Qt::endl;
    }
    if (context.json)
        printJson(context.out, QJsonObject{{QStringLiteral("rules"), array}});
    return 0;
}

} // namespace

int assignCommand(Context& context)
{
    if (context.args.size() > 2 || (context.args.size() == 2 && context.args.at(1) != QStringLiteral("rules")))
        return usage(context, AssignText::tr("assign takes its contacts as --where options, or lists its rules: "
                                             "assign rules."));
    auto opened = openDatabase(context);
    if (!opened)
        return fail(context, opened.error());
    const QSqlDatabase db = opened.value()->connection();
    if (context.args.size() == 2)
        return rulesCommand(context, db);

    // Without --where: the contacts nobody owns. With it: those it names, owned or not, as Apply on a selection.
    SqlCondition who{QStringLiteral("owner_id IS NULL"), {}};
    QList<SqlCondition> conditions;
    if (int status = 0; !whereConditions(context, db, &conditions, &status))
        return status;
    if (!conditions.isEmpty()) {
        QStringList clauses;
        who.values.clear();
        for (const SqlCondition& each : std::as_const(conditions)) {
            clauses << QStringLiteral("(%1)").arg(each.clause);
            who.values << each.values;
        }
        who.clause = clauses.join(QStringLiteral(" AND "));
    }
    const bool dryRun = context.parser.isSet(QStringLiteral("dry-run"));
    auto plan = dryRun ? AssignmentRules(db).plan(who) : AssignActions::apply(db, who);
    if (!plan)
        return fail(context, plan.error());
    const QHash<qint64, QString> names = userNames(db);
    if (context.json) {
        QJsonArray lines;
        for (const AssignmentPlan::Line& line : plan->lines)
            lines.append(QJsonObject{{QStringLiteral("rule"), line.rule},
                                     {QStringLiteral("salesperson"), line.user},
                                     {QStringLiteral("contacts"), line.contacts}});
        QHash<qint64, QString> ruleNames;
        for (const AssignmentPlan::Line& line : plan->lines)
            ruleNames.insert(line.ruleId, line.rule);
        QJsonArray contacts;
        for (const Assignment& change : plan->changes)
            contacts.append(QJsonObject{{QStringLiteral("id"), change.contactId},
                                        {QStringLiteral("rule"), ruleNames.value(change.ruleId)},
                                        {QStringLiteral("owner"), names.value(change.userId)},
                                        {QStringLiteral("previous_owner"),
                                         change.previousUserId > 0 ? QJsonValue(names.value(change.previousUserId))
                                                                   : QJsonValue(QJsonValue::Null)}});
        printJson(context.out, QJsonObject{{QStringLiteral("dry_run"), dryRun},
                                           {QStringLiteral("considered"), plan->considered},
                                           {QStringLiteral("matched"), plan->matched},
                                           {QStringLiteral("changed"), qint64(plan->changes.size())},
                                           {QStringLiteral("by_rule"), lines},
                                           {QStringLiteral("contacts"), contacts}});
        return 0;
    }
    const QLocale locale;
    for (const AssignmentPlan::Line& line : plan->lines)
        context.out << line.rule << u'\t' << line.user << u'\t' << locale.toString(line.contacts) << Qt::endl;
    const int changed = int(std::min<qsizetype>(plan->changes.size(), 1000000000));
    context.out << (dryRun ? AssignText::tr("%Ln contact(s) would change owner.", nullptr, changed)
                           : AssignText::tr("%Ln contact(s) changed owner.", nullptr, changed))
                << u' '
                << AssignText::tr("%Ln contact(s) looked at.", nullptr,
                                  int(std::min<qint64>(plan->considered, 1000000000)))
                << Qt::endl;
    return 0;
}

} // namespace kontor::cli
