// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace kontor::bench {

/// Issue 19's assignment figure on the database `db`: a 50,000-row import with assignment rules and without; the
/// file is left as it was.
void assignment(const QSqlDatabase& db);

} // namespace kontor::bench
