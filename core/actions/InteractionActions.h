// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InputProblem.h"
#include "Result.h"
#include "domain/Interaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace kontor {

/// What Log Interaction (the dialog, `kontor-cli log`) asks for: the interaction, the next step it books and the
/// reminder it closes.
struct LogInteractionInput
{
    enum class NextStep { None, Reminder, Meeting };

    /// contactId, kind, outcome (a key, a custom text or empty), occurredAt, duration, subject, notes. loggedBy 0:
    /// the acting user.
    Interaction interaction;
    NextStep nextStep = NextStep::None;
    QString nextTitle;
    QDateTime nextAt;
    /// A reminder of the contact that this interaction answers: marked done with it. 0: none.
    qint64 closeReminderId = 0;
};

struct LoggedInteraction
{
    qint64 interactionId = 0;
    qint64 meetingId = 0;
    qint64 reminderId = 0;
    bool closedReminder = false;
    /// What was saved, in one translated sentence ("Interaction logged and follow-up scheduled.").
    QString message;
};

class InteractionActions
{
    Q_DECLARE_TR_FUNCTIONS(InteractionActions)

public:
    /// Kontor's one check of this input. Field keys: "contact", "next_title", "next_at", "interaction".
    static std::optional<InputProblem> check(const QSqlDatabase& db, const LogInteractionInput& input);
    /// Logs the interaction with its next step (a reminder, or a planned meeting the interaction points at) and
    /// closes the reminder it answers, as one action "Log interaction with <name>". Events: InteractionLogged,
    /// MeetingScheduled, ReminderCreated, ReminderDone.
    static Result<LoggedInteraction> log(const QSqlDatabase& db, LogInteractionInput input);
    /// Marks a complaint resolved now, or open again. Events: ComplaintResolved. Returns the message to show.
    static Result<QString> setComplaintResolved(const QSqlDatabase& db, qint64 interactionId, bool resolved);
};

} // namespace kontor
