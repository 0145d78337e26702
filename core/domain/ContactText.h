// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kontor {

/// The clean-up of what people type or old files hold in names and email addresses.
namespace ContactText {

/// A name as people write it. Spaces are trimmed and collapsed; a name typed in one case only ("ADA LOVELACE",
/// "ada lovelace") is given capitals ("Ada Lovelace", "McDonald", "O'Brien", "Jean-Luc"), with the particles of
/// family names kept small ("van der Berg", "de la Cruz", "von Neumann"); a name already in mixed case is kept as
/// typed, since its writer knew best ("DeShawn", "MacKenzie", "da Silva").
QString casedName(const QString& name);

/// A full name split in first and last: "Lovelace, Ada" by its comma; otherwise the last word, with the particles
/// before it ("Jan van der Berg": "Jan" and "van der Berg").
struct SplitName
{
    QString first;
    QString last;
};
SplitName splitFullName(const QString& fullName);

/// Whether `email` has the shape of an address: one @, something before it, a domain with a dot after it, no spaces.
/// What a mail server would accept is a question only the server answers; this catches typing slips and columns
/// mapped wrongly.
bool isPlausibleEmail(const QString& email);

/// A title without the contact's name where it repeats the name shown beside it: "Premium support for Karen Hall"
/// reads "Premium support" on Karen Hall's card. The title as it is when the name is not in it or is all of it.
QString withoutName(const QString& title, const QString& name);

} // namespace ContactText

} // namespace kontor
