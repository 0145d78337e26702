// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace kontor {

/// A contact's stage in the buyer's journey (schema 14's lifecycle). Declared in the order of the journey, then the
/// two stages off it: the contacts list sorts by stage in this order.
enum class ContactStatus { Lead, Mql, Sql, Opportunity, Customer, Disqualified, Inactive };

/// The stable key stored in the database: lead, mql, sql, opportunity, customer, disqualified, inactive.
QString contactStatusKey(ContactStatus status);
/// Unknown keys fall back to Lead. The statuses before schema 14 read as the stages they became: "qualified" as
/// Sql, "lost" as Disqualified.
ContactStatus contactStatusFromKey(const QString& key, bool* ok = nullptr);
/// The translated name shown to the user ("Marketing qualified").
QString contactStatusName(ContactStatus status);
/// The name where space is short: "MQL", "SQL", otherwise the name.
QString contactStatusShortName(ContactStatus status);
/// What the stage means, for tooltips.
QString contactStatusDefinition(ContactStatus status);
QList<ContactStatus> allContactStatuses();

/// The place on the journey, 1 (lead) to 5 (customer); 0 for disqualified and inactive, which are off it.
int journeyRank(ContactStatus status);
/// Whether a move from `from` to `to` needs a reason: back along the journey, or out to Disqualified.
bool stageMoveNeedsReason(ContactStatus from, ContactStatus to);

} // namespace kontor
