// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <QList>

#include <optional>

namespace kontor {

/// Adds `minor` in `currency` to the right sum of `totals`, keeping one entry per currency in order of first use:
/// a report's money is summed per currency, never converted.
void addMoney(QList<Money>& totals, const QString& currency, qint64 minor);
/// a / b, or none when b is 0: a ratio with nothing to divide by is shown as none, not as 0.
std::optional<double> ratio(double a, double b);

} // namespace kontor
