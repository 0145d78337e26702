// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/CustomField.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kontor {

/// A report narrowed to the records that have one of some options of a choice field ("Industry: Retail"). A contact
/// field narrows the contacts and what is theirs (interactions, deals); a company field the contacts of those
/// companies and their deals; a deal field the deals, and the contacts and interactions of contacts with such a deal.
/// Or a report narrowed to a sales territory (Territories): the contacts whose address lies in it and what is
/// theirs, and the deals of those contacts, or of companies in it when a deal has no contact.
struct ReportChoice
{
    qint64 fieldId = 0;
    RecordKind record = RecordKind::Contact;
    /// Multiple choice keeps its options in a table of their own.
    bool multiple = false;
    QList<qint64> optionIds;
    /// A territory instead of a field: the condition on an address (country, region, postal_code columns) with its
    /// values written in. Empty when the choice is a field's or nothing.
    QString territoryPlace;

    bool isSet() const { return (fieldId > 0 && !optionIds.isEmpty()) || !territoryPlace.isEmpty(); }
    /// A condition that a column of contact ids meets for the contacts in the choice; "1" when it is not set.
    QString contactCondition(const QString& contactIdColumn) const;
    /// The same for deals, `alias` naming the deals table (its id, contact_id and company_id).
    QString dealCondition(const QString& alias) const;
    /// The choice of `optionIds` of a field, read from the database; fails when the field is no choice field.
    static Result<ReportChoice> of(const QSqlDatabase& db, qint64 fieldId, const QList<qint64>& optionIds);
    /// The choice of the territory `territoryId`, or of the records in no territory for 0.
    static Result<ReportChoice> ofTerritory(const QSqlDatabase& db, qint64 territoryId);
    /// "industry=Retail" or "industry=Retail;Food", a field of contacts, companies or deals by its key (contacts
    /// first), options by their names; "territory=DACH" (or "territory=" for those in none); for the command line.
    static Result<ReportChoice> parse(const QSqlDatabase& db, const QString& text);
    friend bool operator==(const ReportChoice&, const ReportChoice&) = default;
};

} // namespace kontor
