// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace kontor {

/// One card: the contact it describes, and its organisation by name (Kontor links contacts to companies by id; an
/// import finds or creates the company).
struct VCard
{
    Contact contact;
    QString company;
    /// The contact's own fields as X-KONTOR-<KEY> properties: the key in lower case and the value as text
    /// (FieldValueText::exportText).
    QList<std::pair<QString, QString>> customFields;
};

/// vCard 2.1, 3.0 (RFC 2426) and 4.0 (RFC 6350) as phones, Google, Apple and Outlook write them: folded lines,
/// quoted-printable values with soft line breaks, CHARSET parameters, escaped commas and semicolons, grouped
/// properties (item1.EMAIL), several EMAIL and TEL with their types; N, FN, ORG, TITLE, BDAY, ADR, NOTE and
/// CATEGORIES, and Kontor's own X-KONTOR-<KEY> for custom fields. Photos, sounds and keys are skipped whatever
/// their size.
class VCards
{
    Q_DECLARE_TR_FUNCTIONS(VCards)

public:
    /// Every card in `data`; what could not be taken over (a birthday without a year, an unknown charset) is added
    /// to `warnings`, with the card's name.
    static QList<VCard> read(const QByteArray& data, QStringList* warnings = nullptr);
    /// vCard 4.0: UTF-8, CRLF, lines folded at 75 octets; reading it back gives every field Kontor stores.
    static QByteArray write(const QList<VCard>& cards);
};

} // namespace kontor
