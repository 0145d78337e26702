// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ContactListQuery.h"

#include <QVariantList>

namespace kontor::contactlist {

/// A ContactFilter as SQL over the table `contacts` (unaliased; the subqueries name it), with its values to bind by
/// position.
struct Where
{
    QString clause;
    QVariantList values;
};

/// Columns whose index a page query should not use: `+column` keeps SQLite on the index of the sort order.
struct IndexHints
{
    bool skipOwner = false;
    bool skipLeadSource = false;
};

Where whereClause(const ContactFilter& filter, IndexHints hints = {});
/// Which of the filter's columns to keep SQLite off for a page in name order (see IndexHints).
IndexHints indexHints(const QSqlDatabase& db, const ContactFilter& filter);

} // namespace kontor::contactlist
