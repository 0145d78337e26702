// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace kontor {

/// Kontor's own SQL functions, on every connection opened after install() (sqlite3_auto_extension):
/// `kontor_fold(text)` is foldArabicScript (core/search/TextFolding), for the contacts' search index, which only
/// Kontor writes. Nothing that another program may run (triggers, views) calls them.
namespace SqlFunctions {
void install();
/// `expression` folded as foldArabicScript folds: kontor_fold(expression) where the connection has it, else the
/// same folding in plain SQL (nested replace(), eight times slower), as where Qt's driver carries its own SQLite.
QString foldedExpression(const QSqlDatabase& db, const QString& expression);
} // namespace SqlFunctions

} // namespace kontor
