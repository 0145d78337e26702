// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AssignmentTargets.h"
#include "domain/Contact.h"
#include "territories/Territories.h"

#include <optional>

namespace kontor {

/// The assignment rules applied to a contact before it is written, for an import: each row gets its owner in the
/// same insert, instead of a second pass over the new contacts that would add a third to the import's time. Only
/// for rules whose conditions are all on the contact's own text fields, its territory, its lead source or its
/// company, worked out here exactly as FieldConditions does in SQL (ASCII case folding, as SQLite's NOCASE and
/// lower(); a company's conditions by SQL itself, once per company); for any other condition there is no matcher and
/// the import assigns afterwards (AssignActions::assignOwnerless).
class AssignmentMatcher
{
public:
    /// None when no rule is active or one asks for what only SQL knows.
    static Result<std::optional<AssignmentMatcher>> forImport(const QSqlDatabase& db);
    /// Whether `condition` can be worked out here.
    static bool handles(const FieldCondition& condition);

    struct Given
    {
        qint64 ruleId = 0;
        qint64 userId = 0;
    };
    /// The owner the rules give `contact` (not written yet: its company and lead source already are), or none.
    Result<std::optional<Given>> assign(const Contact& contact);
    /// Keeps that `contactId`, now written, got its owner from `ruleId`.
    void note(qint64 ruleId, qint64 contactId)
    {
        m_given[ruleId] << contactId;
        ++m_count;
    }
    /// How many contacts got an owner.
    qint64 count() const { return m_count; }
    /// Before the import writes its history: temp.import_assigned lists each noted contact with its rule's name
    /// (empty without `matcher`), for the "created" entries to name it.
    static Status stageHistory(const QSqlDatabase& db, const AssignmentMatcher* matcher);
    /// Stores the round robins' turns after the contacts given.
    Status storeTurns() const;
    /// Whether `condition` holds for `contact` (public for the tests that compare it with the SQL).
    Result<bool> holds(const FieldCondition& condition, const Contact& contact);

private:
    AssignmentMatcher(QSqlDatabase db, AssignmentTargets targets, QList<Territory> territories);
    Result<bool> holds(const FieldCondition& condition, const Contact& contact, std::optional<qsizetype> place);
    std::optional<qsizetype> placeOf(const Contact& contact) const;
    /// The places of the territories a condition's value names.
    QList<qsizetype> territoriesNamed(const QString& value);
    /// A condition on the contact's company, for the company `companyId` (0: none), asked once per company.
    Result<bool> companyHolds(const FieldCondition& condition, qint64 companyId);

    QSqlDatabase m_db;
    AssignmentTargets m_targets;
    QList<Territory> m_territories;
    QHash<qint64, QString> m_sourceNames;
    QHash<qint64, qint64> m_companyOwners;
    QHash<QString, QList<qsizetype>> m_named;
    QHash<QString, SqlCondition> m_compiled;
    QHash<std::pair<QString, qint64>, bool> m_companyAnswers;
    QHash<qint64, QList<qint64>> m_given;
    qint64 m_count = 0;
};

} // namespace kontor
