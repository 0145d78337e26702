// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

class QLineEdit;

namespace kontor::ui {

/// Offers the names of existing companies that start with what is typed into `edit`.
void attachCompanyCompleter(QLineEdit* edit, const QSqlDatabase& db);

} // namespace kontor::ui
