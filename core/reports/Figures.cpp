// SPDX-License-Identifier: GPL-3.0-or-later
#include "Figures.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSet>

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

Result<FigureRows> readFigureRows(QSqlQuery& query, FigureRows::Kind kind, int limit)
{
    if (!query.exec()) {
        return Result<FigureRows>::failure(
            QCoreApplication::translate("Reports", "What lies behind the figure could not be read: %1")
                .arg(sql::errorText(query)));
    }
    FigureRows rows{kind, {}, false};
    QSet<qint64> seen;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (seen.contains(id))
            continue;
        if (limit >= 0 && rows.ids.size() >= limit) {
            rows.more = true;
            break;
        }
        seen.insert(id);
        rows.ids << id;
    }
    query.finish();
    return rows;
}

} // namespace kontor
