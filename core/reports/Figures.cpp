// SPDX-License-Identifier: GPL-3.0-or-later
#include "Figures.h"

namespace kontor {

void addMoney(QList<Money>& totals, const QString& currency, qint64 minor)
{
    for (Money& total : totals) {
        if (total.currency == currency) {
            total.minor += minor;
            return;
        }
    }
    totals.append(Money{minor, currency});
}

std::optional<double> ratio(double a, double b)
{
    if (b == 0)
        return std::nullopt;
    return a / b;
}

} // namespace kontor
