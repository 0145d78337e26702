// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InputProblem.h"
#include "Result.h"
#include "domain/Contact.h"
#include "repositories/ContactRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace kontor {

struct SavedContact
{
    qint64 contactId = 0;
    bool created = false;
    /// The company made on the way because `companyName` named none yet; 0 otherwise.
    qint64 createdCompanyId = 0;
};

class ContactActions
{
    Q_DECLARE_TR_FUNCTIONS(ContactActions)

public:
    /// Kontor's one check of a contact's input: a first or a last name; every email shaped like an address, except
    /// one the `stored` contact already has (an import keeps and flags doubtful addresses). Field keys:
    /// "first_name", "email" (the first address), "email2", ...
    static std::optional<InputProblem> check(const Contact& contact, const Contact* stored = nullptr);

    /// Creates (`contact.id` 0) or updates the contact with its emails, phones and tags, in the company named
    /// `companyName` (made when there is none of that name; empty: no company), as one action "New contact <name>"
    /// or "Edit <name>". Events: CompanyCreated, ContactCreated, or ContactChanged with the fields that changed and
    /// ContactStatusChanged when the status did.
    /// A move back along the lifecycle or out to Disqualified needs `move.reason`; it is kept in the stage history.
    /// After the save, the lifecycle rules may move the contact on (LifecycleRules: fields filled).
    static Result<SavedContact> save(const QSqlDatabase& db, Contact contact, const QString& companyName,
                                     const StageMove& move = {});

    /// Change Selected: one owner, stage or tag for many contacts, or archiving them, as one action ("Set the
    /// stage of 12 contacts"). A stage that is a move back or out to Disqualified for any of them needs
    /// `change.move.reason`. Returns how many changed. Events: ContactChanged (and ContactStatusChanged) or
    /// RecordArchived for each contact that changed.
    static Result<int> changeMany(const QSqlDatabase& db, const QList<qint64>& ids,
                                  const ContactRepository::BulkChange& change);

    /// The field keys whose values differ between `before` and `after`.
    static QStringList changedFields(const Contact& before, const Contact& after);
};

} // namespace kontor
