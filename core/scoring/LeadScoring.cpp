// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadScoring.h"

#include "domain/Interaction.h"
#include "storage/BulkStatement.h"
#include "storage/KeptFirst.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlQuery>

#include <cmath>

namespace kontor {

namespace {

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;
// A decaying rule stops counting an interaction after this many halvings: 2^-10 is under a thousandth.
constexpr int halvingsCounted = 10;

QString groupKey(ScoreGroup group)
{
    return group == ScoreGroup::Fit ? QStringLiteral("fit") : QStringLiteral("engagement");
}

/// The points an engagement rule gives for an interaction `ageMs` old (0 for none it counts).
double engagementPoints(const ScoreRule& rule, qint64 ageMs)
{
    const qint64 days = std::max(1, rule.days);
    if (ageMs < 0)
        return 0;
    if (!rule.decays)
        return ageMs < days * dayMs ? rule.points : 0;
    const double halvings = double(ageMs) / double(days * dayMs);
    return halvings < halvingsCounted ? rule.points * std::exp2(-halvings) : 0;
}

/// The interactions an engagement rule looks at: of its kind and outcome, not archived, up to `now`, and not older than
/// it counts. `contactColumn` is selected first, then occurred_at.
QString engagementSql(const ScoreRule& rule, const QString& narrowing)
{
    // Everyone's interactions of a kind along interactions_for_scores (schema 21), which holds all it reads.
    return QStringLiteral("SELECT contact_id, occurred_at FROM interactions WHERE kind = ? %1 AND archived_at IS NULL "
                          "AND occurred_at <= ? AND occurred_at > ? %2")
        .arg(rule.outcome.isEmpty() ? QString() : QStringLiteral("AND outcome = ?"), narrowing);
}

qint64 oldestCounted(const ScoreRule& rule, qint64 nowMs)
{
    const qint64 days = std::max(1, rule.days);
    return nowMs - (rule.decays ? halvingsCounted * days * dayMs : days * dayMs);
}

} // namespace

int ContactScore::clamped(double points)
{
    return static_cast<int>(std::clamp<double>(std::round(points), 0, 100));
}

bool LeadScoring::hasActiveRules() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT 1 FROM score_rules WHERE active = 1 LIMIT 1")) && query.next();
}

bool LeadScoring::hasCompanyRules() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT 1 FROM score_rules WHERE active = 1 AND grp = 'fit' AND condition LIKE "
                                     "'company.%' LIMIT 1")) &&
           query.next();
}

Result<QList<ScoreRule>> LeadScoring::rules() const
{
    using R = Result<QList<ScoreRule>>;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, grp, name, condition, interaction_kind, outcome, days, decays, points, "
                                   "active FROM score_rules ORDER BY position, id")))
        return R::failure(tr("The scoring rules could not be read: %1").arg(sql::errorText(query)));
    QList<ScoreRule> rules;
    while (query.next()) {
        ScoreRule rule;
        rule.id = query.value(0).toLongLong();
        rule.group = query.value(1).toString() == QLatin1String("fit") ? ScoreGroup::Fit : ScoreGroup::Engagement;
        rule.name = query.value(2).toString();
        if (rule.group == ScoreGroup::Fit) {
            if (auto condition = FieldConditions::parse(query.value(3).toString()); condition)
                rule.condition = condition.value();
        }
        rule.interactionKind = query.value(4).toString();
        rule.outcome = query.value(5).toString();
        rule.days = query.value(6).toInt();
        rule.decays = query.value(7).toBool();
        rule.points = query.value(8).toInt();
        rule.active = query.value(9).toBool();
        rules << rule;
    }
    return rules;
}

Status LeadScoring::check(const ScoreRule& rule) const
{
    if (rule.name.trimmed().isEmpty())
        return Status::failure(tr("Every scoring rule needs a name."));
    if (rule.points == 0)
        return Status::failure(tr("“%1” gives no points.").arg(rule.name));
    if (rule.group == ScoreGroup::Fit) {
        if (rule.condition.key == QLatin1String("score"))
            return Status::failure(tr("“%1”: a score cannot count itself.").arg(rule.name));
        if (auto sql = FieldConditions::forContacts(m_db, rule.condition); !sql)
            return Status::failure(tr("“%1”: %2").arg(rule.name, sql.error()));
    } else if (rule.interactionKind.isEmpty() || rule.days < 1) {
        return Status::failure(tr("“%1” needs a kind of interaction and a number of days.").arg(rule.name));
    }
    return {};
}

Status LeadScoring::saveRules(const QList<ScoreRule>& rules)
{
    for (const ScoreRule& rule : rules) {
        if (Status fits = check(rule); !fits)
            return fits;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DELETE FROM score_rules")))
        return Status::failure(sql::errorText(query));
    query.prepare(QStringLiteral("INSERT INTO score_rules (id, position, grp, name, condition, interaction_kind, "
                                 "outcome, days, decays, points, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // The kept rules first, with their ids; then the new ones, whose ids SQLite gives after the highest kept one.
    for (qsizetype i : keptFirst(rules)) {
        const ScoreRule& rule = rules.at(i);
        const bool fit = rule.group == ScoreGroup::Fit;
        query.addBindValue(rule.id > 0 ? QVariant(rule.id) : QVariant());
        query.addBindValue(static_cast<int>(i));
        query.addBindValue(groupKey(rule.group));
        query.addBindValue(rule.name.trimmed());
        query.addBindValue(fit ? QVariant(FieldConditions::text(rule.condition)) : QVariant());
        query.addBindValue(fit ? QVariant() : QVariant(rule.interactionKind));
        query.addBindValue(fit || rule.outcome.isEmpty() ? QVariant() : QVariant(rule.outcome));
        query.addBindValue(rule.days);
        query.addBindValue(rule.decays);
        query.addBindValue(rule.points);
        query.addBindValue(rule.active);
        if (!query.exec())
            return Status::failure(tr("The scoring rules could not be saved: %1").arg(sql::errorText(query)));
    }
    return transaction.commit();
}

QList<ScoreRule> LeadScoring::starterRules()
{
    auto fit = [](const QString& name, const char* condition, int points) {
        ScoreRule rule;
        rule.group = ScoreGroup::Fit;
        rule.name = name;
        rule.condition = FieldConditions::parse(QString::fromLatin1(condition)).value();
        rule.points = points;
        return rule;
    };
    auto engagement = [](const QString& name, const QString& kind, const QString& outcome, int days, bool decays,
                         int points) {
        ScoreRule rule;
        rule.group = ScoreGroup::Engagement;
        rule.name = name;
        rule.interactionKind = kind;
        rule.outcome = outcome;
        rule.days = days;
        rule.decays = decays;
        rule.points = points;
        return rule;
    };
    return {
        fit(tr("Decision maker (title with “director”)"), "title ~ director", 15),
        fit(tr("Decision maker (title with “head”)"), "title ~ head", 10),
        fit(tr("Owner or founder"), "title ~ owner", 15),
        fit(tr("Has an email address"), "email notempty", 5),
        fit(tr("No way to reach them"), "phone empty", -5),
        engagement(tr("Successful meeting in the last 30 days"), InteractionKinds::meeting,
                   InteractionOutcomes::successful, 30, false, 25),
        engagement(tr("Answered call (halves every 14 days)"), InteractionKinds::call, InteractionOutcomes::successful,
                   14, true, 10),
        engagement(tr("Email exchanged in the last 14 days"), InteractionKinds::email, QString(), 14, false, 5),
        engagement(tr("Complaint (halves every 30 days)"), InteractionKinds::complaint, QString(), 30, true, -20),
    };
}

Result<ContactScore> LeadScoring::explain(qint64 contactId, const QDateTime& now) const
{
    using R = Result<ContactScore>;
    auto all = rules();
    if (!all)
        return R::failure(all.error());
    const qint64 nowMs = now.toMSecsSinceEpoch();
    ContactScore score;
    score.contactId = contactId;
    double fit = 0;
    double engagement = 0;
    for (const ScoreRule& rule : all.value()) {
        if (!rule.active)
            continue;
        double points = 0;
        if (rule.group == ScoreGroup::Fit) {
            auto condition = FieldConditions::forContacts(m_db, rule.condition);
            if (!condition)
                continue;
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral("SELECT 1 FROM contacts WHERE id = ? AND (%1)").arg(condition->clause));
            query.addBindValue(contactId);
            for (const QVariant& value : condition->values)
                query.addBindValue(value);
            if (!query.exec())
                return R::failure(tr("The score could not be worked out: %1").arg(sql::errorText(query)));
            if (query.next())
                points = rule.points;
            fit += points;
        } else {
            QSqlQuery query(m_db);
            query.prepare(engagementSql(rule, QStringLiteral("AND contact_id = ?")));
            query.addBindValue(rule.interactionKind);
            if (!rule.outcome.isEmpty())
                query.addBindValue(rule.outcome);
            query.addBindValue(nowMs);
            query.addBindValue(oldestCounted(rule, nowMs));
            query.addBindValue(contactId);
            if (!query.exec())
                return R::failure(tr("The score could not be worked out: %1").arg(sql::errorText(query)));
            while (query.next()) {
                const double each = engagementPoints(rule, nowMs - query.value(1).toLongLong());
                // Once for a rule within some days; each interaction for a decaying one.
                points = rule.decays ? points + each : each;
                if (!rule.decays && each != 0)
                    break;
            }
            engagement += points;
        }
        if (points != 0)
            score.reasons << ScoreReason{rule.id, rule.name, rule.group, points};
    }
    score.fit = static_cast<int>(std::round(fit));
    score.engagement = static_cast<int>(std::round(engagement));
    score.score = ContactScore::clamped(fit + engagement);
    return score;
}

Result<int> LeadScoring::rescore(qint64 contactId, const QDateTime& now)
{
    auto score = explain(contactId, now);
    if (!score)
        return Result<int>::failure(score.error());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO contact_scores (contact_id, score, fit, engagement, computed_at) "
                                 "SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM contacts WHERE id = ?) "
                                 "ON CONFLICT (contact_id) DO UPDATE SET score = excluded.score, fit = excluded.fit, "
                                 "engagement = excluded.engagement, computed_at = excluded.computed_at"));
    for (const QVariant& value :
         QVariantList{contactId, score->score, score->fit, score->engagement, now.toMSecsSinceEpoch(), contactId})
        query.addBindValue(value);
    if (!query.exec())
        return Result<int>::failure(tr("The score could not be saved: %1").arg(sql::errorText(query)));
    return score->score;
}

Result<LeadScoring::AllScores> LeadScoring::computeAll(const QDateTime& now, const ProgressCallback& progress) const
{
    using R = Result<AllScores>;
    const auto failed = [](const QString& why) {
        return R::failure(tr("The scores could not be worked out: %1").arg(why));
    };
    auto all = rules();
    if (!all)
        return R::failure(all.error());
    QList<ScoreRule> active;
    for (const ScoreRule& rule : all.value()) {
        if (rule.active)
            active << rule;
    }
    // Each rule is one pass over its contacts or interactions, adding its points; then every contact's sum.
    const qint64 steps = active.size() + 1;
    const QString phase = tr("Working out the scores");
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QHash<qint64, double> fit;
    QHash<qint64, double> engagement;
    for (qsizetype i = 0; i < active.size(); ++i) {
        if (progress && !progress(i, steps, phase))
            return failed(tr("Stopped."));
        const ScoreRule& rule = active.at(i);
        if (rule.group == ScoreGroup::Fit) {
            auto condition = FieldConditions::forContacts(m_db, rule.condition);
            if (!condition)
                continue;
            QSqlQuery query(m_db);
            query.setForwardOnly(true);
            query.prepare(
                QStringLiteral("SELECT id FROM contacts WHERE archived_at IS NULL AND (%1)").arg(condition->clause));
            for (const QVariant& value : condition->values)
                query.addBindValue(value);
            if (!query.exec())
                return failed(sql::errorText(query));
            while (query.next())
                fit[query.value(0).toLongLong()] += rule.points;
            continue;
        }
        BulkStatement query(m_db, engagementSql(rule, QString()));
        int bind = 0;
        query.bind(bind++, rule.interactionKind);
        if (!rule.outcome.isEmpty())
            query.bind(bind++, rule.outcome);
        query.bind(bind++, nowMs);
        query.bind(bind++, oldestCounted(rule, nowMs));
        if (!query.isValid() || !query.exec())
            return failed(query.error());
        QHash<qint64, double> points;
        while (query.next()) {
            const double each = engagementPoints(rule, nowMs - query.integer(1));
            double& sum = points[query.integer(0)];
            sum = rule.decays ? sum + each : each;
        }
        if (!query.error().isEmpty())
            return failed(query.error());
        for (auto it = points.cbegin(); it != points.cend(); ++it)
            engagement[it.key()] += it.value();
    }
    if (progress && !progress(active.size(), steps, phase))
        return failed(tr("Stopped."));
    AllScores scores;
    scores.at = now;
    BulkStatement contacts(m_db, QStringLiteral("SELECT id FROM contacts WHERE archived_at IS NULL"));
    if (!contacts.isValid() || !contacts.exec())
        return failed(contacts.error());
    while (contacts.next()) {
        const qint64 id = contacts.integer(0);
        const double f = fit.value(id);
        const double e = engagement.value(id);
        scores.scores.insert(
            id, {ContactScore::clamped(f + e), static_cast<int>(std::round(f)), static_cast<int>(std::round(e))});
    }
    if (!contacts.error().isEmpty())
        return failed(contacts.error());
    return scores;
}

Result<qint64> LeadScoring::storeAll(const AllScores& all, int threshold, QList<qint64>* crossed)
{
    using R = Result<qint64>;
    const auto failed = [](const QString& why) { return R::failure(tr("The scores could not be saved: %1").arg(why)); };
    // Only what changed is written: a rescore after one new rule rewrites the contacts it touches.
    QHash<qint64, std::array<int, 3>> stored;
    {
        BulkStatement read(m_db, QStringLiteral("SELECT contact_id, score, fit, engagement FROM contact_scores"));
        if (!read.isValid() || !read.exec())
            return failed(read.error());
        while (read.next())
            stored.insert(read.integer(0), {int(read.integer(1)), int(read.integer(2)), int(read.integer(3))});
    }
    QList<qint64> changes;
    for (auto it = all.scores.cbegin(); it != all.scores.cend(); ++it) {
        const auto before = stored.constFind(it.key());
        if (before == stored.cend() || *before != it.value())
            changes << it.key();
        // Reached now, not before (never scored counts as 0).
        if (crossed && threshold > 0 && it.value()[0] >= threshold &&
            (before == stored.cend() || (*before)[0] < threshold))
            *crossed << it.key();
    }
    if (changes.isEmpty())
        return qint64(0);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failed(transaction.error());
    // A contact deleted since the scores were read is skipped.
    BulkStatement write(m_db, QStringLiteral("INSERT INTO contact_scores (contact_id, score, fit, engagement, "
                                             "computed_at) SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM contacts "
                                             "WHERE id = ?) ON CONFLICT (contact_id) DO UPDATE SET "
                                             "score = excluded.score, fit = excluded.fit, "
                                             "engagement = excluded.engagement, computed_at = excluded.computed_at"));
    if (!write.isValid())
        return failed(write.error());
    const qint64 atMs = all.at.toMSecsSinceEpoch();
    for (qint64 id : std::as_const(changes)) {
        const std::array<int, 3>& score = all.scores.value(id);
        write.bind(0, id);
        write.bind(1, score[0]);
        write.bind(2, score[1]);
        write.bind(3, score[2]);
        write.bind(4, atMs);
        write.bind(5, id);
        if (!write.exec())
            return failed(write.error());
    }
    if (Status committed = transaction.commit(); !committed)
        return failed(committed.error());
    return qint64(changes.size());
}

Result<qint64> LeadScoring::rescoreAll(const QDateTime& now, const ProgressCallback& progress, int threshold,
                                       QList<qint64>* crossed)
{
    auto all = computeAll(now, progress);
    if (!all)
        return Result<qint64>::failure(all.error());
    auto stored = storeAll(all.value(), threshold, crossed);
    if (stored && progress)
        progress(1, 1, tr("Working out the scores"));
    return stored;
}

Result<std::optional<int>> LeadScoring::stored(qint64 contactId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT score FROM contact_scores WHERE contact_id = ?"));
    query.addBindValue(contactId);
    if (!query.exec())
        return Result<std::optional<int>>::failure(sql::errorText(query));
    if (!query.next())
        return std::optional<int>{};
    return std::optional<int>{query.value(0).toInt()};
}

} // namespace kontor
