// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ContactStatus.h"
#include "domain/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace kontor {

/// What an action changed, as plain facts: delivered after the action's transaction commits, in the order they
/// happened, to the pages (which refresh what they show) and later to automation and lead scoring. A rolled-back
/// action publishes nothing.
namespace events {

struct ContactCreated
{
    qint64 contactId = 0;
};

/// `fields` are the contact's field keys (ContactFields: first_name, email, status, tags, ...) and the keys of the
/// custom fields whose values changed.
struct ContactChanged
{
    qint64 contactId = 0;
    QStringList fields;
};

/// A move along the lifecycle. `rule`: the automatic rule that made it (LifecycleRules::ruleKey), empty when a person
/// did.
struct ContactStatusChanged
{
    qint64 contactId = 0;
    ContactStatus from = ContactStatus::Lead;
    ContactStatus to = ContactStatus::Lead;
    QString rule;
};

struct CompanyCreated
{
    qint64 companyId = 0;
    QString name;
};

/// A call, meeting, email, note... that was logged; a planned meeting is MeetingScheduled instead.
struct InteractionLogged
{
    qint64 interactionId = 0;
    qint64 contactId = 0;
    QString kind;
    QString outcome;
};

struct MeetingScheduled
{
    qint64 interactionId = 0;
    qint64 contactId = 0;
    QDateTime at;
};

struct ReminderCreated
{
    qint64 reminderId = 0;
    qint64 contactId = 0;
    QDateTime dueAt;
};

struct ReminderDone
{
    qint64 reminderId = 0;
    qint64 contactId = 0;
};

struct DealCreated
{
    qint64 dealId = 0;
    qint64 contactId = 0;
    qint64 stageId = 0;
};

/// `fields`: title, contact, amount, owner, lead_source, expected_close, notes.
struct DealChanged
{
    qint64 dealId = 0;
    QStringList fields;
};

struct DealStageChanged
{
    qint64 dealId = 0;
    qint64 fromStageId = 0;
    qint64 toStageId = 0;
};

struct DealWon
{
    qint64 dealId = 0;
    qint64 contactId = 0;
    Money amount;
};

struct DealLost
{
    qint64 dealId = 0;
    qint64 contactId = 0;
    QString reason;
};

/// `entity`: "contact", "company", "deal", "reminder" or "interaction" (ChangeLogRepository::entityKey).
struct RecordArchived
{
    QString entity;
    qint64 id = 0;
};

struct RecordRestored
{
    QString entity;
    qint64 id = 0;
};

/// Duplicates merged: everything of `mergedId` now belongs to `keptId`, and `mergedId` is gone.
struct RecordsMerged
{
    QString entity;
    qint64 keptId = 0;
    qint64 mergedId = 0;
};

/// A company saved from its dialog (a new one is CompanyCreated).
struct CompanyChanged
{
    qint64 companyId = 0;
};

/// A complaint marked resolved, or open again.
struct ComplaintResolved
{
    qint64 interactionId = 0;
    qint64 contactId = 0;
    bool resolved = true;
};

/// A setting of the database changed. `area`: "stages", "lead_sources", "campaigns", "users", "tags", "import_presets",
/// "default_currency", "phone_region", "backups_to_keep", "custom_fields" or "lifecycle_rules".
struct SettingsChanged
{
    QString area;
};

/// An import committed (never a dry run): its history entry, what it was ("contacts", "companies", "interactions",
/// "deals") and its counts.
struct ImportFinished
{
    qint64 importId = 0;
    QString kind;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 merged = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
};

/// An import taken back from its history.
struct ImportUndone
{
    qint64 importId = 0;
    qint64 removed = 0;
    qint64 restored = 0;
    qint64 archived = 0;
};

} // namespace events

using DomainEvent =
    std::variant<events::ContactCreated, events::ContactChanged, events::ContactStatusChanged, events::CompanyCreated,
                 events::InteractionLogged, events::MeetingScheduled, events::ReminderCreated, events::ReminderDone,
                 events::DealCreated, events::DealChanged, events::DealStageChanged, events::DealWon, events::DealLost,
                 events::RecordArchived, events::RecordRestored, events::RecordsMerged, events::CompanyChanged,
                 events::ComplaintResolved, events::SettingsChanged, events::ImportFinished, events::ImportUndone>;

/// The event's name in English, for logs, tests and `kontor-cli --json` ("deal_stage_changed").
QString eventName(const DomainEvent& event);

} // namespace kontor
