// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Money.h"
#include "reports/Figures.h"
#include "reports/ReportPeriod.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace kontor {

/// One stage of the funnel over a period, from the stage history: what deals really did, so a deal that skipped a
/// stage is not counted in it. A deal counts in the period in which it first reached the stage; coming back to a
/// stage later does not count it again.
struct FunnelStage
{
    qint64 stageId = 0;
    QString name;
    /// open, won or lost.
    QString kind;
    int probability = 0;
    /// Deals that first reached the stage during the period.
    qint64 reached = 0;
    /// Of those, the deals that have gone on (so far, also after the period) to a later stage other than Lost.
    qint64 wentOn = 0;
    /// Their amounts, one sum per currency.
    QList<Money> value;
    /// Average days those that went on took to, from first reaching the stage. None when none went on, and for
    /// Won and Lost, which deals do not leave.
    std::optional<double> averageDays;

    /// wentOn / reached; none when no deal reached the stage, and for Won and Lost.
    std::optional<double> conversion() const;
};

struct FunnelReport
{
    ReportFilter filter;
    /// Every stage in the order of the pipeline, Won and Lost last.
    QList<FunnelStage> stages;
    /// Deals created (entered the pipeline) during the period.
    qint64 entered = 0;
    /// Deals that reached Won and Lost during the period.
    qint64 won = 0;
    qint64 lost = 0;
    QList<Money> wonValue;

    /// won / (won + lost); none when no deal closed.
    std::optional<double> winRate() const;
    /// Deals won in the period / deals created in it; none when none was created.
    std::optional<double> overallConversion() const;
};

class Funnel
{
    Q_DECLARE_TR_FUNCTIONS(Funnel)

public:
    explicit Funnel(QSqlDatabase db) : m_db(std::move(db)) {}
    Result<FunnelReport> compute(const ReportFilter& filter) const;
    /// The deals that first reached `stageId` in the period: what a click on its bar lists.
    Result<QList<qint64>> dealsReaching(const ReportFilter& filter, qint64 stageId) const;

private:
    QSqlDatabase m_db;
};

} // namespace kontor
