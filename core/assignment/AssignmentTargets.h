// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AssignmentRules.h"

#include <QHash>

namespace kontor {

/// Whom the rules give contacts to, once a rule holds: the active rules that have someone to give to (salespeople
/// who left taken out), whose turn it is in each round robin, and each group's open deals. Shared by the plan (which
/// finds the rule in SQL) and by an import (which finds it as it reads, AssignmentMatcher).
class AssignmentTargets
{
public:
    static Result<AssignmentTargets> read(const QSqlDatabase& db);

    /// In their order.
    const QList<AssignmentRule>& rules() const { return m_rules; }
    QString userName(qint64 id) const { return m_users.value(id); }
    /// The salesperson `rules()[place]` gives a contact owned by `owner` (0: nobody) whose company is owned by
    /// `companyOwner`. A group keeps a contact already with one of its members: applying the rules again moves
    /// nobody. Turns and loads move on with each contact given.
    qint64 choose(qsizetype place, qint64 owner, qint64 companyOwner);
    /// The last salesperson each round robin gave a contact to: the turns to store after applying.
    const QHash<qint64, qint64>& lastTurns() const { return m_lastTurns; }

private:
    QList<AssignmentRule> m_rules;
    QHash<qint64, QString> m_users;
    QHash<qint64, qint64> m_storedTurns;
    QHash<qint64, qint64> m_lastTurns;
    /// Per FewestOpenDeals rule: each member's open deals, and the contacts given since.
    QHash<qint64, QHash<qint64, qint64>> m_loads;
};

} // namespace kontor
