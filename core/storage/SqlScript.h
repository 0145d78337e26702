// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kontor {

/// Splits an SQL script into single statements, since Qt's SQLite driver runs only the first statement
/// of a string. Understands quotes, comments and CREATE TRIGGER ... END bodies; inside a trigger body, a statement
/// must not end with a CASE expression's END, which would look like the end of the trigger.
QStringList splitSqlScript(const QString& script);

} // namespace kontor
