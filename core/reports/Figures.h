// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Money.h"

#include <QList>
#include <QSqlQuery>

#include <optional>

namespace kontor {

/// Adds `minor` in `currency` to the right sum of `totals`, keeping one entry per currency in order of first use:
/// a report's money is summed per currency, never converted.
void addMoney(QList<Money>& totals, const QString& currency, qint64 minor);
/// a / b, or none when b is 0: a ratio with nothing to divide by is shown as none, not as 0.
std::optional<double> ratio(double a, double b);

/// What lies behind a figure: the interactions, contacts or deals it counts.
struct FigureRows
{
    enum class Kind { Interactions, Contacts, Deals };
    Kind kind = Kind::Interactions;
    QList<qint64> ids;
    /// There are more than the `limit` asked for.
    bool more = false;
};

/// Runs `query` and reads the ids of its first column, each once, in the order the query gives them; at most
/// `limit` of them when it is not negative (a query ordered along an index then stops reading there).
Result<FigureRows> readFigureRows(QSqlQuery& query, FigureRows::Kind kind, int limit = -1);

} // namespace kontor
