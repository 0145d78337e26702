// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReminderActions.h"

#include "domain/DateText.h"

#include "ActionScope.h"
#include "repositories/ContactRepository.h"
#include "repositories/ReminderRepository.h"

#include <QLocale>

namespace kontor {

namespace {
using Failure = Result<ReminderOutcome>;
}

std::optional<InputProblem> ReminderActions::check(const QSqlDatabase& db, const Reminder& reminder)
{
    if (reminder.title.trimmed().isEmpty())
        return InputProblem{QStringLiteral("title"), tr("Say what to do.")};
    if (!reminder.dueAt.isValid())
        return InputProblem{QStringLiteral("due"), tr("Enter when the reminder is due.")};
    if (reminder.contactId && !ContactRepository(db).get(reminder.contactId))
        return InputProblem{QStringLiteral("contact"), tr("The reminder's contact does not exist.")};
    return std::nullopt;
}

Result<ReminderOutcome> ReminderActions::save(const QSqlDatabase& db, Reminder reminder)
{
    if (auto problem = check(db, reminder))
        return Failure::failure(problem->message);
    reminder.title = reminder.title.trimmed();
    ActionScope action(db, reminder.id ? tr("Edit reminder “%1”").arg(reminder.title)
                                       : tr("New reminder “%1”").arg(reminder.title));
    if (Status begun = action.begun(); !begun)
        return Failure::failure(begun.error());
    ReminderOutcome outcome;
    ReminderRepository reminders(db);
    if (reminder.id) {
        if (Status saved = reminders.update(reminder); !saved)
            return Failure::failure(saved.error());
        outcome.reminderId = reminder.id;
    } else {
        if (!reminder.ownerId)
            reminder.ownerId = action.actingUserId();
        auto created = reminders.create(reminder);
        if (!created)
            return Failure::failure(created.error());
        outcome.reminderId = created.value();
        action.publish(events::ReminderCreated{outcome.reminderId, reminder.contactId, reminder.dueAt.toUTC()});
    }
    if (Status committed = action.commit(); !committed)
        return Failure::failure(committed.error());
    outcome.message = tr("Reminder saved.");
    return outcome;
}

Result<ReminderOutcome> ReminderActions::done(const QSqlDatabase& db, qint64 reminderId)
{
    auto reminder = ReminderRepository(db).get(reminderId);
    if (!reminder)
        return Failure::failure(reminder.error());
    if (reminder->isDone())
        return Failure::failure(tr("“%1” is done already.").arg(reminder->title));
    ActionScope action(db, tr("Mark “%1” done").arg(reminder->title));
    if (Status begun = action.begun(); !begun)
        return Failure::failure(begun.error());
    auto next = ReminderRepository(db).markDone(reminderId);
    if (!next)
        return Failure::failure(next.error());
    action.publish(events::ReminderDone{reminderId, reminder->contactId});
    if (Status committed = action.commit(); !committed)
        return Failure::failure(committed.error());
    ReminderOutcome outcome{reminderId, next.value(), {}};
    outcome.message = next->isValid()
                          ? tr("“%1” done; next on %2.").arg(reminder->title, DateText::dateTime(next->toLocalTime()))
                          : tr("“%1” done.").arg(reminder->title);
    return outcome;
}

Result<ReminderOutcome> ReminderActions::snooze(const QSqlDatabase& db, qint64 reminderId, const QDateTime& until)
{
    auto reminder = ReminderRepository(db).get(reminderId);
    if (!reminder)
        return Failure::failure(reminder.error());
    if (!until.isValid())
        return Failure::failure(tr("Enter until when to snooze."));
    ActionScope action(db, tr("Snooze “%1”").arg(reminder->title));
    if (Status begun = action.begun(); !begun)
        return Failure::failure(begun.error());
    if (Status snoozed = ReminderRepository(db).snooze(reminderId, until.toUTC()); !snoozed)
        return Failure::failure(snoozed.error());
    if (Status committed = action.commit(); !committed)
        return Failure::failure(committed.error());
    return ReminderOutcome{
        reminderId, {}, tr("“%1” snoozed until %2.").arg(reminder->title, DateText::dateTime(until))};
}

} // namespace kontor
