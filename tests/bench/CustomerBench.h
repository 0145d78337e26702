// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlDatabase>

namespace kontor::ui {
class ContactListModel;
}

namespace kontor::bench {

/// Issue 19's figures on the database `db` (shown in `model`): RFM of the customers, the stored segments, and the
/// contacts list filtered and sorted by segment.
void customers(const QSqlDatabase& db, ui::ContactListModel* model, const QDate& today);

} // namespace kontor::bench
