// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Money.h"
#include "reports/ReportPeriod.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

#include <array>
#include <optional>

namespace kontor {

/// The customer segments of RFM, from recency and frequency scores (monetary does not change the segment), in the
/// order the report lists them: the best first.
enum class RfmSegment {
    Champions,
    Loyal,
    PotentialLoyalists,
    NewCustomers,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLoseThem,
    Hibernating,
};

QList<RfmSegment> allRfmSegments();
/// The segment of recency score `r` and frequency score `f` (each 1–5).
RfmSegment rfmSegmentOf(int r, int f);
/// "champions", "at_risk": for the database, JSON and the command line.
QString rfmSegmentKey(RfmSegment segment);
std::optional<RfmSegment> rfmSegmentFromKey(QStringView key);
/// "Champions", "Can't lose them": translated.
QString rfmSegmentName(RfmSegment segment);
/// Which scores make the segment, translated: "R 5, F 4–5: bought lately and often."
QString rfmSegmentDefinition(RfmSegment segment);

/// One customer's RFM figures at the report's end date.
struct RfmCustomer
{
    qint64 contactId = 0;
    /// Filled only when asked for (RfmAnalysis::Details::Contacts).
    QString name;
    QString email;
    /// The day (in the report's time zone) the last won deal closed, and the days from it to the end date.
    QDate lastWon;
    qint64 recencyDays = 0;
    /// Won deals in the window, and the sum of their amounts in the report's currency.
    qint64 frequency = 0;
    qint64 monetaryMinor = 0;
    int r = 0;
    int f = 0;
    int m = 0;
    RfmSegment segment = RfmSegment::Hibernating;
};

/// Customers and revenue of one place of the R-by-F grid or one segment.
struct RfmTally
{
    qint64 customers = 0;
    qint64 revenueMinor = 0;
};

/// RFM over the customers at an end date. Customers are contacts (not archived) with at least one deal won in the two
/// years up to the end date, in the database's default currency; deals in other currencies are left out.
struct RfmReport
{
    /// The window's days: from the day after the same date two years before `end`, to `end`, both included.
    QDate windowFirst;
    QDate end;
    QString currency;
    /// By segment (in allRfmSegments() order), then by most revenue, then by contact.
    QList<RfmCustomer> customers;
    /// By recency score, then frequency score, each 1–5 at [score - 1].
    std::array<std::array<RfmTally, 5>, 5> grid{};
    /// Every segment, in allRfmSegments() order.
    QList<std::pair<RfmSegment, RfmTally>> segments;
    /// Won deals in the window left out because they are in another currency.
    qint64 otherCurrencyDeals = 0;

    const RfmTally& cell(int r, int f) const { return grid.at(size_t(r - 1)).at(size_t(f - 1)); }
    RfmTally segment(RfmSegment segment) const;
    Money money(qint64 minor) const { return Money{minor, currency}; }
};

/// Computes RFM from the won deals (their stage's kind is "won", their close time is when). Scores are
/// ⌈5 × cume_dist⌉: for frequency and monetary the share of customers whose value is at most theirs; for recency the
/// share whose last won deal is as old as theirs or older, so the most recent score 5 and ties share a score.
class RfmAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(RfmAnalysis)

public:
    enum class Details { Figures, Contacts };

    explicit RfmAnalysis(QSqlDatabase db) : m_db(std::move(db)) {}
    /// RFM at `end` (days counted in `zone`), for the contacts `ownerId` owns (0: everyone's) that meet `choice`.
    Result<RfmReport> compute(QDate end, const QTimeZone& zone, qint64 ownerId = 0, const ReportChoice& choice = {},
                              Details details = Details::Figures) const;
    /// For the Reports page: at the period's last day, or today while the period is still running.
    Result<RfmReport> compute(const ReportFilter& filter, QDate today, Details details = Details::Figures) const;
    static QDate endOf(const ReportFilter& filter, QDate today) { return std::min(filter.period.last, today); }

private:
    QSqlDatabase m_db;
};

} // namespace kontor
