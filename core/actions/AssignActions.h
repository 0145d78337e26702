// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionScope.h"
#include "Result.h"
#include "assignment/AssignmentRules.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kontor {

/// The assignment rules as the window and kontor-cli use them: edited in Settings, applied to chosen contacts as one
/// undoable step, and followed by themselves when a contact without an owner is added.
class AssignActions
{
    Q_DECLARE_TR_FUNCTIONS(AssignActions)

public:
    /// Replaces the rules, in their order, as one step ("Change assignment rules"). Events: SettingsChanged
    /// "assignment_rules".
    static Status setRules(const QSqlDatabase& db, const QList<AssignmentRule>& rules);
    /// Applies the rules to the contacts meeting `who` (Apply Assignment Rules, `kontor-cli assign`) as one step
    /// ("Assign 12 contacts by the rules"); returns the plan applied. Events: ContactChanged "owner" for each contact
    /// that changed owner.
    static Result<AssignmentPlan> apply(const QSqlDatabase& db, const SqlCondition& who);
    static Result<AssignmentPlan> apply(const QSqlDatabase& db, const QList<qint64>& contactIds);
    /// Inside `action` (a new contact's save, an import): the contacts meeting `who` that have no owner get one from
    /// the rules. Returns how many did. Costs one query when no rule is active.
    static Result<qint64> assignOwnerless(ActionScope& action, const SqlCondition& who);
    /// Inside `action`: the company `companyId` (0: none), made together with the contact, gets the contact's owner
    /// when it has none (the rules gave the contact one after the company was made).
    static Status shareOwner(ActionScope& action, qint64 contactId, qint64 companyId);
};

} // namespace kontor
