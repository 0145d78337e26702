// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "Result.h"
#include "scoring/ScoreRule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

#include <array>

#include <optional>

namespace kontor {

/// Lead scoring: the rules (schema 18's score_rules) and each contact's score (contact_scores). A contact's score is
/// the sum of the points of the fit rules it meets and of the engagement rules its interactions meet, rounded and
/// clamped to 0–100. Archived interactions and contacts count nothing; a decaying rule counts nothing for an
/// interaction older than ten halvings (under a thousandth of its points).
class LeadScoring
{
    Q_DECLARE_TR_FUNCTIONS(LeadScoring)

public:
    explicit LeadScoring(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Whether any rule is on: without one there is nothing to score.
    bool hasActiveRules() const;
    /// Whether an active fit rule asks about the contact's company (company.KEY): a company changed changes scores.
    bool hasCompanyRules() const;
    /// Every rule, active or not, in their order.
    Result<QList<ScoreRule>> rules() const;
    /// Why `rule` cannot be saved: no name, no points, a fit condition that does not read, an engagement rule
    /// without a kind or days.
    Status check(const ScoreRule& rule) const;
    /// Replaces the rules with `rules` (in that order; ids of new ones are given), in one transaction. Each fit
    /// condition must read (FieldConditions::forContacts); a rule without points or a name is refused.
    Status saveRules(const QList<ScoreRule>& rules);
    /// A ready set to start from, offered in Settings, never put in by itself.
    static QList<ScoreRule> starterRules();

    /// The contact's score at `now` with the rules that gave it, worked out afresh (not read from what is stored).
    Result<ContactScore> explain(qint64 contactId, const QDateTime& now) const;
    /// Works out one contact's score and stores it (after a logged call, a changed field, a new contact); returns it.
    Result<int> rescore(qint64 contactId, const QDateTime& now);
    /// Every contact's score (not archived), worked out by reading only: for another thread's connection.
    struct AllScores
    {
        QDateTime at;
        /// By contact: score, fit, engagement.
        QHash<qint64, std::array<int, 3>> scores;
    };
    Result<AllScores> computeAll(const QDateTime& now, const ProgressCallback& progress = {}) const;
    /// Stores what computeAll() worked out, only the scores that changed, in one transaction; returns how many.
    /// `crossed` (when given) receives the contacts whose score reached `threshold` (above 0) from below it or from
    /// never scored: those a lifecycle rule "to MQL at score N" moves, and only those, so that a lead moved back by
    /// hand, or a move taken back, stays as it is.
    Result<qint64> storeAll(const AllScores& all, int threshold = 0, QList<qint64>* crossed = nullptr);
    /// Both: works out every contact's score and stores those that changed. `progress` hears each step and may stop
    /// it (nothing is then stored).
    Result<qint64> rescoreAll(const QDateTime& now, const ProgressCallback& progress = {}, int threshold = 0,
                              QList<qint64>* crossed = nullptr);
    /// The stored score; none for a contact never scored.
    Result<std::optional<int>> stored(qint64 contactId) const;

private:
    QSqlDatabase m_db;
};

} // namespace kontor
