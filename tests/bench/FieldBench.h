// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace kontor::ui {
class ContactListModel;
}

namespace kontor::bench {

/// Issue 18's figures on the database at `path` (opened as `db`, shown in `model`): ten custom fields are added and
/// filled on every contact the first time.
void customFields(const QString& path, const QSqlDatabase& db, ui::ContactListModel* model, const QDate& today);

} // namespace kontor::bench
