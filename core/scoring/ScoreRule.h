// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/FieldConditions.h"

#include <QList>
#include <QString>

namespace kontor {

/// Fit says who the contact is (a title, a country, a lead source, a field of your own); engagement what they did
/// lately (calls answered, meetings held, complaints).
enum class ScoreGroup { Fit, Engagement };

/// One rule of lead scoring, with its points (negative ones take points away).
struct ScoreRule
{
    qint64 id = 0;
    ScoreGroup group = ScoreGroup::Fit;
    /// What the card says gave the points: "Decision maker".
    QString name;
    /// Fit: the contacts that meet it get the points.
    FieldCondition condition;
    /// Engagement: interactions of this kind ("meeting") and, unless empty, this outcome ("successful").
    QString interactionKind;
    QString outcome;
    /// Engagement: the points once if there was such an interaction in the last `days` days; or, when `decays`, the
    /// points for each such interaction, halved for every `days` days of its age.
    int days = 30;
    bool decays = false;
    int points = 0;
    bool active = true;
    friend bool operator==(const ScoreRule&, const ScoreRule&) = default;
};

/// The points one rule gave one contact.
struct ScoreReason
{
    qint64 ruleId = 0;
    QString name;
    ScoreGroup group = ScoreGroup::Fit;
    double points = 0;
};

/// A contact's score, 0 to 100: fit and engagement added up, rounded and clamped, with the rules that gave it.
struct ContactScore
{
    qint64 contactId = 0;
    int score = 0;
    /// Each group's points, rounded (before clamping the total).
    int fit = 0;
    int engagement = 0;
    QList<ScoreReason> reasons;

    static int clamped(double points);
};

} // namespace kontor
