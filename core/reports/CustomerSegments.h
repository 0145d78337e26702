// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "reports/RfmReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace kontor {

/// Each customer's RFM segment as of a day, kept in the database (schema 17) for the Contacts page's column and
/// filter and for Today: RfmAnalysis over every customer, stored by difference, so that a refresh after a deal is won
/// writes a few rows. Derived data: never undone, never typed; a refresh follows any change of deals and each new day.
class CustomerSegments
{
    Q_DECLARE_TR_FUNCTIONS(CustomerSegments)

public:
    explicit CustomerSegments(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The day the stored segments were computed for; invalid when they never were.
    QDate asOf() const;
    /// Computes RFM at `today` for all customers and stores it (in one transaction); returns the rows changed.
    Result<qint64> refresh(QDate today, const QTimeZone& zone);
    /// Stores `report` (every customer's, computed elsewhere, say on a reading thread) as the segments of its end
    /// date: rows that differ are written, the others left alone; returns the rows changed.
    Result<qint64> store(const RfmReport& report);
    /// The stored segment of each of `contactIds` that is a customer.
    Result<QHash<qint64, RfmSegment>> of(const QList<qint64>& contactIds) const;

private:
    QSqlDatabase m_db;
};

} // namespace kontor
