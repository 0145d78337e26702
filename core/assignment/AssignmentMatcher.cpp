// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssignmentMatcher.h"

#include "storage/Sql.h"

#include <QSqlQuery>

namespace kontor {

namespace {

/// As SQLite's NOCASE and lower() fold: ASCII letters only.
QString folded(const QString& text)
{
    QString result = text;
    for (QChar& c : result) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    }
    return result;
}

/// FieldConditions' onText, for a value of the contact (null or empty: no value).
bool textHolds(const QString& value, const FieldCondition& condition)
{
    switch (condition.op) {
    case ConditionOp::Empty:
        return value.isEmpty();
    case ConditionOp::NotEmpty:
        return !value.isEmpty();
    case ConditionOp::Contains:
        return folded(value).contains(folded(condition.value));
    case ConditionOp::Equal:
        // NULL = 'x' is not true in SQL; '' = '' is.
        return !value.isNull() && folded(value) == folded(condition.value);
    case ConditionOp::NotEqual:
        return folded(value) != folded(condition.value);
    default:
        break;
    }
    if (value.isNull())
        return false;
    // SQLite compares text byte by byte in UTF-8.
    const int order = value.toUtf8().compare(condition.value.toUtf8());
    switch (condition.op) {
    case ConditionOp::Less:
        return order < 0;
    case ConditionOp::LessOrEqual:
        return order <= 0;
    case ConditionOp::Greater:
        return order > 0;
    case ConditionOp::GreaterOrEqual:
        return order >= 0;
    default:
        return false;
    }
}

/// The contact's own text fields as the contacts table stores them (an empty text is NULL there).
QString textOf(const Contact& contact, const QString& key)
{
    // As sql::text binds it: an empty text is NULL.
    const auto stored = [](const QString& value) { return value.isEmpty() ? QString() : value; };
    // The names are NOT NULL columns: a missing one is '' there, never NULL.
    if (key == QStringLiteral("first_name"))
        return sql::notNull(contact.firstName.trimmed());
    if (key == QStringLiteral("last_name"))
        return sql::notNull(contact.lastName.trimmed());
    if (key == QStringLiteral("title"))
        return stored(contact.title);
    if (key == QStringLiteral("street"))
        return stored(contact.address.street);
    if (key == QStringLiteral("city"))
        return stored(contact.address.city);
    if (key == QStringLiteral("region"))
        return stored(contact.address.region);
    if (key == QStringLiteral("postal_code"))
        return stored(contact.address.postalCode);
    if (key == QStringLiteral("country"))
        return stored(contact.address.country);
    return QString();
}

const QStringList& ownTextKeys()
{
    static const QStringList keys = {QStringLiteral("first_name"),  QStringLiteral("last_name"),
                                     QStringLiteral("title"),       QStringLiteral("street"),
                                     QStringLiteral("city"),        QStringLiteral("region"),
                                     QStringLiteral("postal_code"), QStringLiteral("country")};
    return keys;
}

} // namespace

AssignmentMatcher::AssignmentMatcher(QSqlDatabase db, AssignmentTargets targets, QList<Territory> territories)
    : m_db(std::move(db)), m_targets(std::move(targets)), m_territories(std::move(territories))
{
}

bool AssignmentMatcher::handles(const FieldCondition& condition)
{
    // A condition on the contact's company is the company's, asked of SQL once for each company.
    if (ownTextKeys().contains(condition.key) || condition.key.startsWith(QStringLiteral("company.")))
        return true;
    const bool named = condition.op == ConditionOp::Equal || condition.op == ConditionOp::NotEqual ||
                       condition.op == ConditionOp::Empty || condition.op == ConditionOp::NotEmpty;
    if (condition.key == QStringLiteral("territory"))
        return named;
    return condition.key == QStringLiteral("lead_source") && (named || condition.op == ConditionOp::Contains);
}

Result<std::optional<AssignmentMatcher>> AssignmentMatcher::forImport(const QSqlDatabase& db)
{
    using R = Result<std::optional<AssignmentMatcher>>;
    auto targets = AssignmentTargets::read(db);
    if (!targets)
        return R::failure(targets.error());
    if (targets->rules().isEmpty())
        return std::optional<AssignmentMatcher>();
    for (const AssignmentRule& rule : targets->rules()) {
        if (!std::all_of(rule.conditions.cbegin(), rule.conditions.cend(), &AssignmentMatcher::handles))
            return std::optional<AssignmentMatcher>();
    }
    auto territories = Territories(db).list();
    if (!territories)
        return R::failure(territories.error());
    return std::optional<AssignmentMatcher>(AssignmentMatcher(db, std::move(targets).value(), territories.value()));
}

Result<bool> AssignmentMatcher::holds(const FieldCondition& condition, const Contact& contact)
{
    return holds(condition, contact, placeOf(contact));
}

std::optional<qsizetype> AssignmentMatcher::placeOf(const Contact& contact) const
{
    return Territories::find(m_territories,
                             {contact.address.country, contact.address.region, contact.address.postalCode});
}

QList<qsizetype> AssignmentMatcher::territoriesNamed(const QString& value)
{
    auto known = m_named.constFind(value);
    if (known != m_named.cend())
        return *known;
    // As FieldConditions reads it: several names separated by ";", unless the whole value is one's name.
    const QString whole = value.trimmed();
    const bool one = std::any_of(m_territories.cbegin(), m_territories.cend(), [&whole](const Territory& each) {
        return each.name.compare(whole, Qt::CaseInsensitive) == 0;
    });
    const QStringList names = one ? QStringList{whole} : value.split(u';', Qt::SkipEmptyParts);
    QList<qsizetype> places;
    for (qsizetype place = 0; place < m_territories.size(); ++place) {
        for (const QString& name : names) {
            if (m_territories.at(place).name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                places << place;
        }
    }
    return *m_named.insert(value, places);
}

Result<bool> AssignmentMatcher::companyHolds(const FieldCondition& condition, qint64 companyId)
{
    const QString text = FieldConditions::text(condition);
    const std::pair<QString, qint64> key{text, companyId};
    if (auto known = m_companyAnswers.constFind(key); known != m_companyAnswers.cend())
        return *known;
    auto compiled = m_compiled.constFind(text);
    if (compiled == m_compiled.cend()) {
        auto sql = FieldConditions::forContacts(m_db, condition);
        if (!sql)
            return Result<bool>::failure(sql.error());
        compiled = m_compiled.insert(text, sql.value());
    }
    // FieldConditions writes a company's condition over the contact's company_id alone: asked of a row that has
    // only that column, it answers for a contact not written yet.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT coalesce((%1), 0) FROM (SELECT ? AS company_id)").arg(compiled->clause));
    // In the text's order: the condition's values, then the company.
    for (const QVariant& value : compiled->values)
        query.addBindValue(value);
    query.addBindValue(companyId > 0 ? QVariant(companyId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!query.exec() || !query.next())
        return Result<bool>::failure(sql::errorText(query));
    return *m_companyAnswers.insert(key, query.value(0).toBool());
}

Result<bool> AssignmentMatcher::holds(const FieldCondition& condition, const Contact& contact,
                                      std::optional<qsizetype> place)
{
    if (ownTextKeys().contains(condition.key))
        return textHolds(textOf(contact, condition.key), condition);
    if (condition.key.startsWith(QStringLiteral("company.")))
        return companyHolds(condition, contact.companyId);
    if (condition.key == QStringLiteral("territory")) {
        if (condition.op == ConditionOp::Empty || condition.op == ConditionOp::NotEmpty)
            return place.has_value() == (condition.op == ConditionOp::NotEmpty);
        const bool inOne = place && territoriesNamed(condition.value).contains(*place);
        return condition.op == ConditionOp::NotEqual ? !inOne : inOne;
    }
    // The lead source by its name.
    QString source;
    if (contact.leadSourceId > 0) {
        auto known = m_sourceNames.constFind(contact.leadSourceId);
        if (known == m_sourceNames.cend()) {
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral("SELECT name FROM lead_sources WHERE id = ?"));
            query.addBindValue(contact.leadSourceId);
            if (!query.exec())
                return Result<bool>::failure(sql::errorText(query));
            known = m_sourceNames.insert(contact.leadSourceId, query.next() ? query.value(0).toString() : QString());
        }
        source = *known;
    }
    // FieldConditions' throughIds: "!=" holds for contacts without a source too.
    if (condition.op == ConditionOp::NotEqual)
        return source.isNull() || folded(source) != folded(condition.value);
    if (condition.op == ConditionOp::Empty || condition.op == ConditionOp::NotEmpty)
        return source.isNull() == (condition.op == ConditionOp::Empty);
    return !source.isNull() && textHolds(source, condition);
}

Result<std::optional<AssignmentMatcher::Given>> AssignmentMatcher::assign(const Contact& contact)
{
    using R = Result<std::optional<Given>>;
    const QList<AssignmentRule>& rules = m_targets.rules();
    // The contact's territory once, for all the rules that ask.
    const std::optional<qsizetype> territory = m_territories.isEmpty() ? std::nullopt : placeOf(contact);
    for (qsizetype place = 0; place < rules.size(); ++place) {
        const AssignmentRule& rule = rules.at(place);
        bool all = true;
        for (const FieldCondition& condition : rule.conditions) {
            auto holding = holds(condition, contact, territory);
            if (!holding)
                return R::failure(holding.error());
            if (!holding.value()) {
                all = false;
                break;
            }
        }
        if (!all)
            continue;
        qint64 companyOwner = 0;
        if (rule.target == AssignTarget::CompanyOwner) {
            if (contact.companyId <= 0)
                continue;
            auto known = m_companyOwners.constFind(contact.companyId);
            if (known == m_companyOwners.cend()) {
                QSqlQuery query(m_db);
                query.prepare(QStringLiteral("SELECT owner_id FROM companies WHERE id = ? AND owner_id IN (SELECT id "
                                             "FROM users WHERE archived_at IS NULL)"));
                query.addBindValue(contact.companyId);
                if (!query.exec())
                    return R::failure(sql::errorText(query));
                known = m_companyOwners.insert(contact.companyId, query.next() ? query.value(0).toLongLong() : 0);
            }
            companyOwner = *known;
            // A company without an owner is no match, as in SQL: the next rule is tried.
            if (companyOwner == 0)
                continue;
        }
        return std::optional<Given>(Given{rule.id, m_targets.choose(place, contact.ownerId, companyOwner)});
    }
    return std::optional<Given>();
}

Status AssignmentMatcher::stageHistory(const QSqlDatabase& db, const AssignmentMatcher* matcher)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS import_assigned (contact_id INTEGER PRIMARY KEY, rule TEXT NOT NULL)")) ||
        !query.exec(QStringLiteral("DELETE FROM temp.import_assigned")))
        return Status::failure(sql::errorText(query));
    if (!matcher)
        return {};
    // A rule's contacts in one statement: fifty thousand rows of an import cost a few milliseconds.
    query.prepare(QStringLiteral("INSERT INTO temp.import_assigned (contact_id, rule) SELECT value, (SELECT name FROM "
                                 "main.assignment_rules WHERE id = ?) FROM json_each(?)"));
    for (auto it = matcher->m_given.cbegin(); it != matcher->m_given.cend(); ++it) {
        QStringList ids;
        for (qint64 id : it.value())
            ids << QString::number(id);
        query.bindValue(0, it.key());
        query.bindValue(1, QString(u'[' + ids.join(u',') + u']'));
        if (!query.exec())
            return Status::failure(sql::errorText(query));
    }
    return {};
}

Status AssignmentMatcher::storeTurns() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO assignment_turns (rule_id, last_user_id) VALUES (?, ?) ON CONFLICT "
                                 "(rule_id) DO UPDATE SET last_user_id = excluded.last_user_id"));
    for (auto it = m_targets.lastTurns().cbegin(); it != m_targets.lastTurns().cend(); ++it) {
        query.bindValue(0, it.key());
        query.bindValue(1, it.value());
        if (!query.exec())
            return Status::failure(sql::errorText(query));
    }
    return {};
}

} // namespace kontor
