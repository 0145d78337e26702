// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Money.h"
#include "reports/RfmReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace kontor {

/// One person worth calling now, and why.
struct CallNextItem
{
    qint64 contactId = 0;
    QString name;
    /// Why: the customer's segment (At risk, Can't lose them) and the figures behind it.
    RfmSegment segment = RfmSegment::AtRisk;
    qint64 frequency = 0;
    QDate lastWon;
    Money monetary;
    /// Invalid: never contacted.
    QDateTime lastContact;
};

/// Today's "who to call next": customers in "Can't lose them" and "At risk" (the segments CustomerSegments stored)
/// not contacted for `quietDays`, those who bought most first.
class CallNext
{
    Q_DECLARE_TR_FUNCTIONS(CallNext)

public:
    static constexpr int quietDays = 30;
    static constexpr int shown = 10;

    explicit CallNext(QSqlDatabase db) : m_db(std::move(db)) {}
    /// At most `limit` people, as of `now`: "Can't lose them" before "At risk", then by revenue.
    Result<QList<CallNextItem>> list(const QDateTime& now, int limit = shown) const;
    /// Why, beside the segment: "6 orders, the last on 03/03/2026, 12,400.00 EUR in all; no contact for 45 days".
    static QString reason(const CallNextItem& item, const QDateTime& now);

private:
    QSqlDatabase m_db;
};

} // namespace kontor
