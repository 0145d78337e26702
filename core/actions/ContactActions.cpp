// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactActions.h"

#include "ActionScope.h"
#include "AssignActions.h"
#include "CustomFieldActions.h"
#include "LifecycleRules.h"
#include "domain/Company.h"
#include "domain/ContactText.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/CustomFieldRepository.h"

#include <algorithm>

namespace kontor {

std::optional<InputProblem> ContactActions::check(const Contact& contact, const Contact* stored)
{
    if (contact.firstName.trimmed().isEmpty() && contact.lastName.trimmed().isEmpty())
        return InputProblem{QStringLiteral("first_name"), tr("Enter a first or a last name.")};
    for (qsizetype i = 0; i < contact.emails.size(); ++i) {
        const QString email = contact.emails.at(i).value.trimmed();
        // An address the import kept and flagged stays as it is until someone changes it.
        const bool unchanged =
            stored && std::any_of(stored->emails.cbegin(), stored->emails.cend(),
                                  [&email](const LabeledValue& kept) { return kept.value == email; });
        if (!email.isEmpty() && !unchanged && !ContactText::isPlausibleEmail(email)) {
            return InputProblem{i == 0 ? QStringLiteral("email") : QStringLiteral("email%1").arg(i + 1),
                                tr("“%1” does not look like an email address.").arg(email)};
        }
    }
    return std::nullopt;
}

Result<int> ContactActions::changeMany(const QSqlDatabase& db, const QList<qint64>& ids,
                                       const ContactRepository::BulkChange& change)
{
    ContactRepository contacts(db);
    // The statuses before, for the status events; the selection is bounded (a few thousand) by the page.
    auto before = contacts.rows(ids);
    if (!before)
        return Result<int>::failure(before.error());
    if (change.status && change.move.reason.trimmed().isEmpty()) {
        for (const ContactRow& row : before.value()) {
            if (stageMoveNeedsReason(row.status, *change.status))
                return Result<int>::failure(
                    tr("Say why: %1 would go back to %2.").arg(row.name, contactStatusName(*change.status)));
        }
    }
    QStringList customKeys;
    if (!change.custom.isEmpty()) {
        auto fields = CustomFieldRepository(db).fields(RecordKind::Contact);
        if (!fields)
            return Result<int>::failure(fields.error());
        // Only the fields set are checked: the others keep what each contact has.
        QList<CustomField> changing;
        for (const CustomField& field : fields.value()) {
            if (change.custom.contains(field.id)) {
                changing << field;
                customKeys << field.key;
            }
        }
        if (changing.size() != change.custom.size())
            return Result<int>::failure(tr("The field is not a contact field in use; it may have been removed."));
        if (auto problem = CustomFieldActions::checkRequired(changing, change.custom))
            return Result<int>::failure(problem->message);
    }
    const int count = int(ids.size());
    const QString label = change.archive             ? tr("Archive %n contact(s)", nullptr, count)
                          : change.status            ? tr("Set the stage of %Ln contact(s)", nullptr, count)
                          : change.ownerId           ? tr("Set the owner of %n contact(s)", nullptr, count)
                          : !change.custom.isEmpty() ? tr("Set a field of %Ln contact(s)", nullptr, count)
                                                     : tr("Tag %n contact(s)", nullptr, count);
    ActionScope action(db, label);
    if (Status begun = action.begun(); !begun)
        return Result<int>::failure(begun.error());
    auto changed = contacts.bulkChange(ids, change);
    if (!changed)
        return Result<int>::failure(changed.error());
    QStringList fields;
    if (change.ownerId)
        fields << QStringLiteral("owner");
    if (change.status)
        fields << QStringLiteral("status");
    if (!change.addTag.isEmpty())
        fields << QStringLiteral("tags");
    fields << customKeys;
    for (const ContactRow& row : before.value()) {
        if (change.archive) {
            action.publish(events::RecordArchived{QStringLiteral("contact"), row.id});
            continue;
        }
        if (!fields.isEmpty())
            action.publish(events::ContactChanged{row.id, fields});
        if (change.status && *change.status != row.status)
            action.publish(events::ContactStatusChanged{row.id, row.status, *change.status, QString()});
        // A field the lifecycle rules wait for may be filled now.
        if (!change.custom.isEmpty()) {
            if (auto moved = LifecycleRules::follow(action, row.id, LifecycleEvent::FieldsChanged); !moved)
                return Result<int>::failure(moved.error());
        }
    }
    if (Status committed = action.commit(); !committed)
        return Result<int>::failure(committed.error());
    return changed.value();
}

QStringList ContactActions::changedFields(const Contact& before, const Contact& after)
{
    QStringList fields;
    auto note = [&fields](bool changed, const char* key) {
        if (changed)
            fields << QString::fromLatin1(key);
    };
    note(before.firstName != after.firstName, "first_name");
    note(before.lastName != after.lastName, "last_name");
    note(before.companyId != after.companyId, "company");
    note(before.title != after.title, "title");
    // What a contact keeps of a list: the values filled in, in order (the dialog offers two empty rows).
    auto filled = [](const QList<LabeledValue>& values) {
        QList<LabeledValue> kept;
        for (const LabeledValue& value : values) {
            if (!value.value.trimmed().isEmpty())
                kept.append({value.value.trimmed(), value.label});
        }
        return kept;
    };
    auto tagSet = [](const QStringList& tags) {
        QStringList set;
        for (const QString& tag : tags)
            set << tag.trimmed().toCaseFolded();
        set.removeDuplicates();
        set.sort();
        return set;
    };
    note(filled(before.emails) != filled(after.emails), "email");
    note(filled(before.phones) != filled(after.phones), "phone");
    note(before.birthday != after.birthday, "birthday");
    note(before.address.street != after.address.street, "street");
    note(before.address.city != after.address.city, "city");
    note(before.address.region != after.address.region, "region");
    note(before.address.postalCode != after.address.postalCode, "postal_code");
    note(before.address.country != after.address.country, "country");
    note(before.leadSourceId != after.leadSourceId, "lead_source");
    note(before.campaignId != after.campaignId, "campaign");
    note(before.status != after.status, "status");
    note(before.ownerId != after.ownerId, "owner");
    note(tagSet(before.tags) != tagSet(after.tags), "tags");
    note(before.notes != after.notes, "notes");
    note(before.stayInTouchDays != after.stayInTouchDays, "stay_in_touch_days");
    return fields;
}

Result<SavedContact> ContactActions::save(const QSqlDatabase& db, Contact contact, const QString& companyName,
                                          const StageMove& move)
{
    using Failure = Result<SavedContact>;
    std::optional<Contact> before;
    if (contact.id) {
        auto existing = ContactRepository(db).get(contact.id);
        if (!existing)
            return Failure::failure(existing.error());
        before = existing.value();
    }
    if (auto problem = check(contact, before ? &*before : nullptr))
        return Failure::failure(problem->message);
    auto fields = CustomFieldRepository(db).fields(RecordKind::Contact);
    if (!fields)
        return Failure::failure(fields.error());
    CustomValues custom = before ? before->custom : CustomValues{};
    custom.insert(contact.custom);
    if (auto problem = CustomFieldActions::checkRequired(fields.value(), custom))
        return Failure::failure(problem->message);
    if (before && stageMoveNeedsReason(before->status, contact.status) && move.reason.trimmed().isEmpty())
        return Failure::failure(
            contact.status == ContactStatus::Disqualified
                ? tr("Say why %1 is disqualified.").arg(contact.displayName())
                : tr("Say why %1 goes back to %2.").arg(contact.displayName(), contactStatusName(contact.status)));
    for (LabeledValue& email : contact.emails)
        email.value = email.value.trimmed();

    ActionScope action(db, before ? tr("Edit %1").arg(contact.displayName())
                                  : tr("New contact %1").arg(contact.displayName()));
    if (Status begun = action.begun(); !begun)
        return Failure::failure(begun.error());

    SavedContact saved;
    contact.companyId = 0;
    if (const QString name = companyName.trimmed(); !name.isEmpty()) {
        CompanyRepository companies(db);
        auto existing = companies.findByName(name);
        if (!existing)
            return Failure::failure(existing.error());
        contact.companyId = existing.value();
        if (!contact.companyId) {
            Company company;
            company.name = name;
            company.ownerId = contact.ownerId;
            auto created = companies.create(company);
            if (!created)
                return Failure::failure(created.error());
            contact.companyId = saved.createdCompanyId = created.value();
            action.publish(events::CompanyCreated{contact.companyId, name});
        }
    }
    ContactRepository contacts(db);
    if (before) {
        StageMove recorded = move;
        recorded.userId = recorded.userId ? recorded.userId : action.actingUserId();
        if (Status updated = contacts.update(contact, recorded); !updated)
            return Failure::failure(updated.error());
        saved.contactId = contact.id;
        // Compared with what was stored, without reading it back (a save must stay well under 2 ms on a million
        // contacts): empty emails and phones are not kept, tags are a set.
        QStringList changed = changedFields(*before, contact);
        for (const CustomField& field : fields.value()) {
            if (!contact.custom.contains(field.id))
                continue;
            const FieldValue was = before->custom.value(field.id);
            const FieldValue now = contact.custom.value(field.id);
            if (isEmptyValue(was) != isEmptyValue(now) || (!isEmptyValue(now) && was != now))
                changed << field.key;
        }
        if (!changed.isEmpty())
            action.publish(events::ContactChanged{contact.id, changed});
        if (before->status != contact.status)
            action.publish(events::ContactStatusChanged{contact.id, before->status, contact.status, QString()});
    } else {
        auto created = contacts.create(contact);
        if (!created)
            return Failure::failure(created.error());
        saved.contactId = created.value();
        saved.created = true;
        action.publish(events::ContactCreated{saved.contactId});
        // Nobody chosen: the assignment rules choose, as for an import; a company made on the way gets the same owner.
        if (contact.ownerId <= 0) {
            if (auto assigned = AssignActions::assignOwnerless(action, {QStringLiteral("id = ?"), {saved.contactId}});
                !assigned)
                return Failure::failure(assigned.error());
            if (Status shared = AssignActions::shareOwner(action, saved.contactId, saved.createdCompanyId); !shared)
                return Failure::failure(shared.error());
        }
    }
    // A stage chosen by hand stands; otherwise the rules may move the contact on.
    if (!before || before->status == contact.status) {
        if (auto moved = LifecycleRules::follow(action, saved.contactId, LifecycleEvent::FieldsChanged); !moved)
            return Failure::failure(moved.error());
    }
    if (Status committed = action.commit(); !committed)
        return Failure::failure(committed.error());
    return saved;
}

} // namespace kontor
