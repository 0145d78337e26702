// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "repositories/FieldConditions.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

class QSqlQuery;

namespace kontor {

/// Whom an assignment rule gives a contact to.
enum class AssignTarget {
    /// The one salesperson named.
    Salesperson,
    /// The owner of the contact's company; the rule holds only for contacts whose company has one.
    CompanyOwner,
    /// The group's members in turn, the turn kept in the database.
    RoundRobin,
    /// The member with the fewest open deals, each contact given in the same run counting as one more.
    FewestOpenDeals,
};

/// One assignment rule (schema 20): when all its conditions hold for a contact, it gets the target's owner.
struct AssignmentRule
{
    qint64 id = 0;
    QString name;
    /// All must hold; none: every contact.
    QList<FieldCondition> conditions;
    AssignTarget target = AssignTarget::Salesperson;
    /// The salesperson (one) or the group, in the group's order; none for CompanyOwner.
    QList<qint64> userIds;
    bool active = true;
    friend bool operator==(const AssignmentRule&, const AssignmentRule&) = default;
};

/// One contact's new owner in a plan.
struct Assignment
{
    qint64 contactId = 0;
    qint64 ruleId = 0;
    qint64 userId = 0;
    /// The owner before; 0 for none.
    qint64 previousUserId = 0;
};

/// What applying the rules to some contacts would do: who gets which contact by which rule. Worked out by
/// AssignmentRules::plan, written by AssignmentRules::apply.
struct AssignmentPlan
{
    /// The contacts looked at, and those a rule held for (an owner kept counts).
    qint64 considered = 0;
    qint64 matched = 0;
    /// Only the contacts whose owner changes, by contact id.
    QList<Assignment> changes;
    /// The last salesperson each round robin rule gives a contact to in this plan: its turn after it is applied.
    QHash<qint64, qint64> lastTurns;

    /// How many contacts each rule gives to each salesperson, in the rules' order, then by salesperson's name.
    struct Line
    {
        qint64 ruleId = 0;
        QString rule;
        qint64 userId = 0;
        QString user;
        qint64 contacts = 0;
    };
    QList<Line> lines;
};

/// The assignment rules and their application. The first active rule, in their order, whose conditions hold for a
/// contact and that has someone to give it to, assigns it; a contact that no rule holds for keeps its owner.
class AssignmentRules
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentRules)

public:
    explicit AssignmentRules(QSqlDatabase db) : m_db(std::move(db)) {}

    /// In their order.
    Result<QList<AssignmentRule>> list() const;
    /// Replaces the rules with `rules`, in that order, in one transaction (the caller's inside an action). Each must
    /// have its shape (checkShape); a condition that no longer reads is kept, and the rule holds for nobody.
    Status save(const QList<AssignmentRule>& rules);
    /// Why `rule` cannot be saved as it is typed: checkShape's reasons, or a condition that does not read.
    Status check(const AssignmentRule& rule) const;
    /// No name, or nobody to give contacts to.
    static Status checkShape(const AssignmentRule& rule);
    /// Whether any rule is active (a new contact's save asks this first: a save must stay fast).
    Result<bool> anyActive() const;

    /// What the rules would do for the contacts meeting `who` (SQL over contacts, as FieldConditions makes it;
    /// archived contacts are never assigned). Reads only.
    Result<AssignmentPlan> plan(const SqlCondition& who) const;
    /// The contacts `ids`, as a condition for plan().
    static SqlCondition among(const QList<qint64>& ids);
    /// Writes `plan`: the new owners, the rule named in each change's history, and the round robins' turns. Inside
    /// the caller's transaction (an action); returns how many contacts changed owner.
    Result<qint64> apply(const AssignmentPlan& plan);

    /// The key stored for a target, and back.
    static QString targetKey(AssignTarget target);
    static std::optional<AssignTarget> targetOf(const QString& key);

private:
    /// From this many changes on, apply() writes the history itself instead of through its trigger.
    static constexpr qsizetype bulkAssignment = 1000;
    /// Gives temp.assign_writes' contacts their owners, with the history naming the rule.
    Status writeOwners(QSqlQuery& query, qsizetype count);

    QSqlDatabase m_db;
};

} // namespace kontor
