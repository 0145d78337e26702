// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactWhere.h"

#include "Clock.h"
#include "search/Search.h"
#include "search/TextFolding.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace kontor::contactlist {

Where whereClause(const ContactFilter& filter, IndexHints hints)
{
    Where where;
    where.clause = filter.archived ? QStringLiteral("archived_at IS NOT NULL") : QStringLiteral("archived_at IS NULL");
    if (filter.status) {
        where.clause += QStringLiteral(" AND status = ?");
        where.values << contactStatusKey(*filter.status);
    }
    if (filter.ownerId > 0) {
        where.clause += hints.skipOwner ? QStringLiteral(" AND +owner_id = ?") : QStringLiteral(" AND owner_id = ?");
        where.values << filter.ownerId;
    }
    if (filter.leadSourceId > 0) {
        where.clause += hints.skipLeadSource ? QStringLiteral(" AND +lead_source_id = ?")
                                             : QStringLiteral(" AND lead_source_id = ?");
        where.values << filter.leadSourceId;
    }
    if (!filter.tag.trimmed().isEmpty()) {
        where.clause += QStringLiteral(" AND id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t "
                                       "ON t.id = ct.tag_id WHERE t.name = ?)");
        where.values << filter.tag.trimmed();
    }
    if (filter.lastContactFrom.isValid()) {
        where.clause += QStringLiteral(" AND last_interaction_at >= ?");
        where.values << filter.lastContactFrom.toMSecsSinceEpoch();
    }
    if (filter.lastContactTo.isValid()) {
        where.clause += QStringLiteral(" AND last_interaction_at < ?");
        where.values << filter.lastContactTo.toMSecsSinceEpoch();
    }
    if (filter.noContactForDays > 0) {
        where.clause += QStringLiteral(" AND (last_interaction_at IS NULL OR last_interaction_at < ?)");
        where.values << Clock::now().addDays(-filter.noContactForDays).toMSecsSinceEpoch();
    }
    if (filter.problem) {
        switch (*filter.problem) {
        case DataProblem::NoEmailOrPhone:
            where.clause +=
                QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM contact_emails e WHERE e.contact_id = contacts.id) "
                               "AND NOT EXISTS (SELECT 1 FROM contact_phones p WHERE p.contact_id = contacts.id)");
            break;
        case DataProblem::InvalidEmail:
            // ContactText::isPlausibleEmail in SQL: one @, something before it, a dotted domain, no blanks.
            where.clause +=
                QStringLiteral(" AND id IN (SELECT contact_id FROM contact_emails WHERE email GLOB '*[ 	]*' "
                               "OR length(email) - length(replace(email, '@', '')) <> 1 OR email GLOB '@*' "
                               "OR instr(substr(email, instr(email, '@') + 1), '.') = 0 OR email GLOB '*..*' "
                               "OR email GLOB '*@.*' OR email GLOB '*.')");
            break;
        case DataProblem::InvalidPhone:
            where.clause += QStringLiteral(" AND id IN (SELECT contact_id FROM contact_phones WHERE valid = 0)");
            break;
        case DataProblem::NoOwner:
            where.clause += QStringLiteral(" AND owner_id IS NULL");
            break;
        case DataProblem::NoLeadSource:
            where.clause += QStringLiteral(" AND lead_source_id IS NULL");
            break;
        }
    }
    if (filter.importId > 0) {
        where.clause += QStringLiteral(" AND id IN (SELECT entity_id FROM import_changes WHERE import_id = ? "
                                       "AND entity = 'contact')");
        where.values << filter.importId;
    }
    if (!filter.segment.isEmpty()) {
        where.clause += QStringLiteral(" AND id IN (SELECT contact_id FROM contact_segments WHERE segment = ?)");
        where.values << filter.segment;
    }
    for (const SqlCondition& condition : filter.conditions) {
        where.clause += QStringLiteral(" AND (%1)").arg(condition.clause);
        where.values << condition.values;
    }
    // Folded as the contacts' index is (Persian however typed).
    const QString expression = Search::matchExpression(foldArabicScript(filter.text));
    if (const QString letter = Search::singleLetter(filter.text); !letter.isEmpty()) {
        where.clause += QStringLiteral(" AND sort_name >= ? AND sort_name < ? || char(1114111)");
        where.values << sortKey(letter) << sortKey(letter);
    } else if (!expression.isEmpty()) {
        where.clause += QStringLiteral(" AND id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)");
        where.values << expression;
    }
    return where;
}

IndexHints indexHints(const QSqlDatabase& db, const ContactFilter& filter)
{
    // Owners and lead sources have few values each: a page of a common one is found soonest by walking the sort
    // order's index and skipping the rest, while the column's own index would collect every match and sort them.
    // For a rare one it is the other way round, so count first (a range of the column's index: milliseconds).
    constexpr qint64 common = 5000;
    auto isCommon = [&db](const QString& column, qint64 value) {
        QSqlQuery query =
            sql::prepare(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM contacts WHERE %1 = ? LIMIT %2)")
                                 .arg(column)
                                 .arg(common + 1));
        query.addBindValue(value);
        return query.exec() && query.next() && query.value(0).toLongLong() > common;
    };
    IndexHints hints;
    hints.skipOwner = filter.ownerId > 0 && isCommon(QStringLiteral("owner_id"), filter.ownerId);
    hints.skipLeadSource = filter.leadSourceId > 0 && isCommon(QStringLiteral("lead_source_id"), filter.leadSourceId);
    return hints;
}

} // namespace kontor::contactlist
