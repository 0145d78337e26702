// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CustomField.h"

#include "Result.h"
#include "domain/ContactStatus.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace kontor {

class ActionScope;

/// The rules that move contacts along their lifecycle by themselves, as Settings has them (the database's
/// "lifecycle_rules"). A rule only moves a contact forward, and says in the stage history that it did.
struct LifecycleRuleSettings
{
    /// To Marketing qualified when all these fields (built-in or custom keys) are filled; none: the rule is off.
    QStringList mqlFields;
    /// To Marketing qualified when the lead score (LeadScoring) reaches this; 0: the rule is off.
    int mqlScore = 0;
    /// To Sales qualified when a meeting with the contact is booked.
    bool sqlOnMeeting = true;
    /// To Sales qualified when all these fields are filled (the qualification fields, say); none: off.
    QStringList sqlFields;
    /// To Opportunity when a deal with the contact is created.
    bool opportunityOnDeal = true;
    /// To Customer when a deal with the contact is won.
    bool customerOnWon = true;
    friend bool operator==(const LifecycleRuleSettings&, const LifecycleRuleSettings&) = default;
};

/// What happened that a rule may answer.
enum class LifecycleEvent { FieldsChanged, MeetingBooked, DealCreated, DealWon, ScoreChanged };

class LifecycleRules
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleRules)

public:
    static LifecycleRuleSettings settings(const QSqlDatabase& db);
    /// Saves the rules (inside the caller's transaction; SettingsActions makes it an action).
    static Status save(const QSqlDatabase& db, const LifecycleRuleSettings& rules);

    /// Inside `action`: moves the contact as the rules say `event` should, forward only (a deal brings back an
    /// inactive or disqualified contact too), recording the rule in the stage history and publishing
    /// ContactStatusChanged. Returns the stage it moved to, or nothing.
    static Result<std::optional<ContactStatus>> follow(ActionScope& action, qint64 contactId, LifecycleEvent event);
    /// The rules on filled fields for many contacts (those an import wrote), the settings and fields read once;
    /// returns how many moved. Nothing is read when no rule names fields.
    static Result<int> followFieldRules(ActionScope& action, const QList<qint64>& contactIds);
    /// Of `contactIds` (none given: everyone), the leads whose stored score reached the MQL threshold; nothing when
    /// the rule is off. Cheap to ask for one contact after each rescore.
    static Result<QList<qint64>> leadsAtThreshold(const QSqlDatabase& db, const QList<qint64>& contactIds = {});
    /// Inside `action`: moves `leads` (as leadsAtThreshold() found them) to Marketing qualified, naming the score rule
    /// in their history and publishing ContactStatusChanged for each. Returns how many moved.
    static Result<int> qualifyByScore(ActionScope& action, const QList<qint64>& leads);

    /// The rule's key as the stage history keeps it ("deal_won") and its translated description ("a deal was won").
    static QString ruleKey(LifecycleEvent event, ContactStatus to);
    static QString ruleDescription(const QString& ruleKey);

private:
    static Result<std::optional<ContactStatus>> follow(ActionScope& action, qint64 contactId, LifecycleEvent event,
                                                       const LifecycleRuleSettings& rules,
                                                       const std::optional<QList<CustomField>>& knownFields);
};

} // namespace kontor
