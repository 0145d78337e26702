// SPDX-License-Identifier: GPL-3.0-or-later
#include "InteractionActions.h"

#include "ActionScope.h"
#include "Clock.h"
#include "LifecycleRules.h"
#include "repositories/ContactRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/ReminderRepository.h"
#include "repositories/SettingsRepository.h"

namespace kontor {

namespace {

QString savedMessage(const LoggedInteraction& logged)
{
    if (logged.closedReminder)
        return logged.meetingId
                   ? InteractionActions::tr("Interaction logged, reminder done and the next meeting scheduled.")
               : logged.reminderId
                   ? InteractionActions::tr("Interaction logged, reminder done and follow-up scheduled.")
                   : InteractionActions::tr("Interaction logged and reminder done.");
    return logged.meetingId    ? InteractionActions::tr("Interaction logged and the next meeting scheduled.")
           : logged.reminderId ? InteractionActions::tr("Interaction logged and follow-up scheduled.")
                               : InteractionActions::tr("Interaction logged.");
}

} // namespace

std::optional<InputProblem> InteractionActions::check(const QSqlDatabase& db, const LogInteractionInput& input)
{
    if (input.interaction.contactId <= 0 || !ContactRepository(db).get(input.interaction.contactId))
        return InputProblem{QStringLiteral("contact"), tr("Choose the contact the interaction was with.")};
    if (input.nextStep != LogInteractionInput::NextStep::None) {
        if (input.nextTitle.trimmed().isEmpty())
            return InputProblem{QStringLiteral("next_title"), tr("Give the follow-up a title.")};
        if (!input.nextAt.isValid())
            return InputProblem{QStringLiteral("next_at"), tr("Enter when the follow-up is due.")};
    }
    if (Status valid = InteractionRepository(db).validate(input.interaction); !valid)
        return InputProblem{QStringLiteral("interaction"), valid.error()};
    return std::nullopt;
}

Result<LoggedInteraction> InteractionActions::log(const QSqlDatabase& db, LogInteractionInput input)
{
    using Failure = Result<LoggedInteraction>;
    if (auto problem = check(db, input))
        return Failure::failure(problem->message);
    Interaction& interaction = input.interaction;
    auto contact = ContactRepository(db).get(interaction.contactId);
    if (!contact)
        return Failure::failure(contact.error());
    input.nextTitle = input.nextTitle.trimmed();
    interaction.subject = interaction.subject.trimmed();
    interaction.notes = interaction.notes.trimmed();
    interaction.outcome = interaction.outcome.simplified();

    ActionScope action(db, tr("Log interaction with %1").arg(contact->displayName()));
    if (Status begun = action.begun(); !begun)
        return Failure::failure(begun.error());
    if (!interaction.loggedBy)
        interaction.loggedBy = action.actingUserId();

    LoggedInteraction logged;
    // The next meeting first, so that the interaction can point at the meeting it booked.
    if (input.nextStep == LogInteractionInput::NextStep::Meeting) {
        Interaction meeting;
        meeting.contactId = interaction.contactId;
        meeting.kind = InteractionKinds::meeting;
        meeting.occurredAt = input.nextAt.toUTC();
        meeting.subject = input.nextTitle;
        meeting.loggedBy = interaction.loggedBy;
        auto scheduled = InteractionRepository(db).log(meeting);
        if (!scheduled)
            return Failure::failure(scheduled.error());
        logged.meetingId = scheduled.value();
        interaction.nextMeetingId = logged.meetingId;
    }
    auto saved = InteractionRepository(db).log(interaction);
    if (!saved)
        return Failure::failure(saved.error());
    logged.interactionId = saved.value();
    // A publish order that follows what happened: the interaction, then what it booked and closed.
    action.publish(
        events::InteractionLogged{logged.interactionId, interaction.contactId, interaction.kind, interaction.outcome});
    if (logged.meetingId)
        action.publish(events::MeetingScheduled{logged.meetingId, interaction.contactId, input.nextAt.toUTC()});
    // A meeting booked, as the next step or logged ahead of its time.
    const bool meetingAhead = interaction.kind == InteractionKinds::meeting && interaction.occurredAt > Clock::now();
    if (logged.meetingId || meetingAhead) {
        if (auto moved = LifecycleRules::follow(action, interaction.contactId, LifecycleEvent::MeetingBooked); !moved)
            return Failure::failure(moved.error());
    }
    if (!interaction.outcome.isEmpty() && !InteractionOutcomes::all().contains(interaction.outcome)) {
        if (Status kept = SettingsRepository(db).addCustomOutcome(interaction.outcome); !kept)
            return Failure::failure(kept.error());
    }
    if (input.nextStep == LogInteractionInput::NextStep::Reminder) {
        Reminder reminder;
        reminder.title = input.nextTitle;
        reminder.dueAt = input.nextAt.toUTC();
        reminder.contactId = interaction.contactId;
        reminder.ownerId = interaction.loggedBy;
        auto created = ReminderRepository(db).create(reminder);
        if (!created)
            return Failure::failure(created.error());
        logged.reminderId = created.value();
        action.publish(events::ReminderCreated{logged.reminderId, interaction.contactId, reminder.dueAt});
    }
    if (input.closeReminderId) {
        auto reminder = ReminderRepository(db).get(input.closeReminderId);
        if (!reminder)
            return Failure::failure(reminder.error());
        if (auto done = ReminderRepository(db).markDone(input.closeReminderId); !done)
            return Failure::failure(done.error());
        logged.closedReminder = true;
        action.publish(events::ReminderDone{input.closeReminderId, reminder->contactId});
    }
    if (Status committed = action.commit(); !committed)
        return Failure::failure(committed.error());
    logged.message = savedMessage(logged);
    return logged;
}

Result<QString> InteractionActions::setComplaintResolved(const QSqlDatabase& db, qint64 interactionId, bool resolved)
{
    auto complaint = InteractionRepository(db).get(interactionId);
    if (!complaint)
        return Result<QString>::failure(complaint.error());
    if (complaint->kind != InteractionKinds::complaint)
        return Result<QString>::failure(tr("Only a complaint can be resolved."));
    const QString message = resolved ? tr("Complaint resolved.") : tr("Complaint open again.");
    ActionScope action(db, resolved ? tr("Resolve complaint") : tr("Open complaint again"));
    if (Status begun = action.begun(); !begun)
        return Result<QString>::failure(begun.error());
    if (Status written = InteractionRepository(db).setResolved(interactionId, resolved ? Clock::now() : QDateTime());
        !written)
        return Result<QString>::failure(written.error());
    action.publish(events::ComplaintResolved{interactionId, complaint->contactId, resolved});
    if (Status committed = action.commit(); !committed)
        return Result<QString>::failure(committed.error());
    return message;
}

} // namespace kontor
