// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kontor {

/// Finds the contact a script or a phone system means: by its number, an email address or a phone number
/// (matched as the import matches them: emails case-insensitively, phones by E.164 in the database's region; digits
/// that are no contact's number are tried as a phone number). An address or number that several contacts share is
/// refused rather than guessed. Archived contacts are not found.
class ContactLookup
{
    Q_DECLARE_TR_FUNCTIONS(ContactLookup)

public:
    explicit ContactLookup(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> find(const QString& idEmailOrPhone) const;

private:
    QSqlDatabase m_db;
};

} // namespace kontor
