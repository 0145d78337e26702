// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldConditions.h"

#include "domain/ContactStatus.h"
#include "domain/FieldValueText.h"
#include "repositories/CustomFieldRepository.h"
#include "storage/Sql.h"
#include "territories/Territories.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

namespace kontor {

namespace {

QString opSql(ConditionOp op)
{
    switch (op) {
    case ConditionOp::Equal:
        return QStringLiteral("=");
    case ConditionOp::NotEqual:
        return QStringLiteral("<>");
    case ConditionOp::Less:
        return QStringLiteral("<");
    case ConditionOp::LessOrEqual:
        return QStringLiteral("<=");
    case ConditionOp::Greater:
        return QStringLiteral(">");
    case ConditionOp::GreaterOrEqual:
        return QStringLiteral(">=");
    default:
        return QStringLiteral("=");
    }
}

bool isOrdering(ConditionOp op)
{
    return op == ConditionOp::Less || op == ConditionOp::LessOrEqual || op == ConditionOp::Greater ||
           op == ConditionOp::GreaterOrEqual;
}

/// A condition on a text expression of the contacts row.
SqlCondition onText(const QString& expression, const FieldCondition& condition)
{
    const QString empty = QStringLiteral("coalesce(%1, '') = ''").arg(expression);
    switch (condition.op) {
    case ConditionOp::Empty:
        return {empty, {}};
    case ConditionOp::NotEmpty:
        return {QStringLiteral("NOT ") + empty, {}};
    case ConditionOp::Contains:
        return {QStringLiteral("instr(lower(coalesce(%1, '')), lower(?)) > 0").arg(expression), {condition.value}};
    case ConditionOp::Equal:
        return {QStringLiteral("%1 = ? COLLATE NOCASE").arg(expression), {condition.value}};
    case ConditionOp::NotEqual:
        return {QStringLiteral("coalesce(%1, '') <> ? COLLATE NOCASE").arg(expression), {condition.value}};
    default:
        return {QStringLiteral("%1 %2 ?").arg(expression, opSql(condition.op)), {condition.value}};
    }
}

/// A condition on the contacts whose `select` (a query of contact ids with one ? for the value) matches: the
/// contacts a detail table (emails, phones, tags) or a named record (company, owner, source) has.
SqlCondition throughIds(const QString& select, const QString& anyRow, const FieldCondition& condition)
{
    switch (condition.op) {
    case ConditionOp::Empty:
        return {QStringLiteral("id NOT IN (%1)").arg(anyRow), {}};
    case ConditionOp::NotEmpty:
        return {QStringLiteral("id IN (%1)").arg(anyRow), {}};
    case ConditionOp::NotEqual: {
        FieldCondition equal = condition;
        equal.op = ConditionOp::Equal;
        return {QStringLiteral("id NOT IN (%1)").arg(select.arg(onText(QStringLiteral("v"), equal).clause)),
                {condition.value}};
    }
    default: {
        const SqlCondition inner = onText(QStringLiteral("v"), condition);
        return {QStringLiteral("id IN (%1)").arg(select.arg(inner.clause)), inner.values};
    }
    }
}

/// Start of the local day `date`, as stored times count (UTC milliseconds).
qint64 dayStart(QDate date)
{
    return QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch();
}

Result<SqlCondition> onTime(const QString& column, const FieldCondition& condition)
{
    switch (condition.op) {
    case ConditionOp::Empty:
        return SqlCondition{column + QStringLiteral(" IS NULL"), {}};
    case ConditionOp::NotEmpty:
        return SqlCondition{column + QStringLiteral(" IS NOT NULL"), {}};
    case ConditionOp::Contains:
        return Result<SqlCondition>::failure(FieldConditions::tr("%1: “~” is for text.").arg(condition.key));
    default:
        break;
    }
    const QDate date = QDate::fromString(condition.value.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return Result<SqlCondition>::failure(
            FieldConditions::tr("%1: “%2” is not a date in the form 2026-12-31.").arg(condition.key, condition.value));
    const qint64 start = dayStart(date);
    const qint64 end = dayStart(date.addDays(1));
    switch (condition.op) {
    case ConditionOp::Equal:
        return SqlCondition{QStringLiteral("%1 >= ? AND %1 < ?").arg(column), {start, end}};
    case ConditionOp::NotEqual:
        return SqlCondition{QStringLiteral("(%1 IS NULL OR %1 < ? OR %1 >= ?)").arg(column), {start, end}};
    case ConditionOp::Less:
        return SqlCondition{QStringLiteral("%1 < ?").arg(column), {start}};
    case ConditionOp::LessOrEqual:
        return SqlCondition{QStringLiteral("%1 < ?").arg(column), {end}};
    case ConditionOp::Greater:
        return SqlCondition{QStringLiteral("%1 >= ?").arg(column), {end}};
    default:
        return SqlCondition{QStringLiteral("%1 >= ?").arg(column), {start}};
    }
}

/// The contacts with a row of `table` (custom_values or custom_value_choices) that meets `where`. Where such rows are
/// many, each contact of a page is looked up by its (field, record) key, so the list's first page reads at once and
/// not after the whole set was collected; where they are few, the set is read first and the contacts by it.
SqlCondition holders(const QSqlDatabase& db, const QString& outer, const QString& table, const QString& where,
                     const QVariantList& values, bool negate = false)
{
    constexpr int common = 2000;
    QSqlQuery count = sql::prepare(
        db,
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 LIMIT %3)").arg(table, where).arg(common + 1));
    for (const QVariant& value : values)
        count.addBindValue(value);
    const bool many = count.exec() && count.next() && count.value(0).toLongLong() > common;
    const QString no = negate ? QStringLiteral("NOT ") : QString();
    if (many)
        return {
            QStringLiteral("%1EXISTS (SELECT 1 FROM %2 WHERE %3 AND record_id = %4.id)").arg(no, table, where, outer),
            values};
    return {QStringLiteral("id %1IN (SELECT record_id FROM %2 WHERE %3)").arg(no, table, where), values};
}

/// A condition on a custom field of the records of `outer` (contacts, or companies for a contact's company).
Result<SqlCondition> onCustomField(const QSqlDatabase& db, const CustomField& field, const FieldCondition& condition,
                                   const QString& outer = QStringLiteral("contacts"))
{
    using R = Result<SqlCondition>;
    const QString id = QString::number(field.id);
    const bool list = field.type == FieldType::Choices;
    const QString table = list ? QStringLiteral("custom_value_choices") : QStringLiteral("custom_values");
    const QString ofField = QStringLiteral("field_id = %1").arg(id);
    if (condition.op == ConditionOp::Empty)
        return holders(db, outer, table, ofField, {}, true);
    if (condition.op == ConditionOp::NotEmpty)
        return holders(db, outer, table, ofField, {});

    // Text contains: on the stored text, or on the option's or linked record's name.
    if (condition.op == ConditionOp::Contains) {
        switch (field.type) {
        case FieldType::Text:
        case FieldType::LongText:
            return holders(db, outer, table, ofField + QStringLiteral(" AND instr(lower(text_value), lower(?)) > 0"),
                           {condition.value});
        case FieldType::Choice:
        case FieldType::Choices:
            return holders(db, outer, table,
                           QStringLiteral("field_id = %1 AND %2 IN (SELECT id FROM custom_field_options WHERE "
                                          "field_id = %1 AND instr(lower(label), lower(?)) > 0)")
                               .arg(id, list ? QStringLiteral("option_id") : QStringLiteral("integer_value")),
                           {condition.value});
        case FieldType::CompanyLink:
            return holders(db, outer, table,
                           ofField + QStringLiteral(" AND integer_value IN (SELECT id FROM companies WHERE "
                                                    "instr(lower(name), lower(?)) > 0)"),
                           {condition.value});
        case FieldType::ContactLink:
            return holders(db, outer, table,
                           ofField + QStringLiteral(" AND integer_value IN (SELECT l.id FROM contacts l WHERE "
                                                    "instr(lower(l.first_name || ' ' || l.last_name), lower(?)) > 0)"),
                           {condition.value});
        default:
            return R::failure(FieldConditions::tr("%1: “~” is for text.").arg(condition.key));
        }
    }

    if (field.hasOptions()) {
        if (isOrdering(condition.op))
            return R::failure(FieldConditions::tr("%1: choices are compared with = and != only.").arg(condition.key));
        // "=" with several options: any of them.
        CustomField asList = field;
        asList.type = FieldType::Choices;
        auto chosen = FieldValueText::parse(asList, condition.value);
        if (!chosen)
            return R::failure(chosen.error());
        QStringList ids;
        for (qint64 option : std::get<QList<qint64>>(chosen.value()))
            ids << QString::number(option);
        if (ids.isEmpty())
            return R::failure(FieldConditions::tr("%1: name a choice.").arg(condition.key));
        return holders(
            db, outer, table,
            QStringLiteral("field_id = %1 AND %2 IN (%3)")
                .arg(id, list ? QStringLiteral("option_id") : QStringLiteral("integer_value"), ids.join(u',')),
            {}, condition.op == ConditionOp::NotEqual);
    }

    auto value = FieldValueText::parse(field, condition.value, databaseLinks(db), QLocale::c());
    if (!value)
        return R::failure(value.error());
    if (isEmptyValue(value.value()))
        return R::failure(FieldConditions::tr("%1: give a value, or use empty or notempty.").arg(condition.key));
    QString column;
    QVariantList values;
    QString extra;
    const FieldValue& typed = value.value();
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
        column = QStringLiteral("text_value");
        values << std::get<QString>(typed);
        break;
    case FieldType::Date:
        column = QStringLiteral("text_value");
        values << std::get<QDate>(typed).toString(Qt::ISODate);
        break;
    case FieldType::Number:
        column = QStringLiteral("number_value");
        values << std::get<double>(typed);
        break;
    case FieldType::Money:
        column = QStringLiteral("integer_value");
        values << std::get<Money>(typed).minor;
        extra = QStringLiteral(" AND currency = ?");
        break;
    case FieldType::Checkbox: {
        if (isOrdering(condition.op))
            return R::failure(FieldConditions::tr("%1: yes or no is compared with = and != only.").arg(condition.key));
        // An unticked box and one never ticked read the same.
        const bool yes = std::get<bool>(typed) == (condition.op == ConditionOp::Equal);
        return holders(db, outer, table, ofField + QStringLiteral(" AND integer_value = 1"), {}, !yes);
    }
    default:
        if (isOrdering(condition.op))
            return R::failure(FieldConditions::tr("%1: links are compared with = and != only.").arg(condition.key));
        column = QStringLiteral("integer_value");
        values << std::get<qint64>(typed);
        break;
    }
    if (field.type == FieldType::Money)
        values << std::get<Money>(typed).currency;
    const bool caseless = column == QStringLiteral("text_value") && field.type != FieldType::Date;
    const QString compare =
        caseless && (condition.op == ConditionOp::Equal || condition.op == ConditionOp::NotEqual)
            ? QStringLiteral("%1 = ? COLLATE NOCASE").arg(column)
            : QStringLiteral("%1 %2 ?").arg(
                  column, opSql(condition.op == ConditionOp::NotEqual ? ConditionOp::Equal : condition.op));
    return holders(db, outer, table, ofField + QStringLiteral(" AND ") + compare + extra, values,
                   condition.op == ConditionOp::NotEqual);
}

const QString companyPrefix = QStringLiteral("company.");

/// A condition on a field of the contact's company ("company.industry = Retail"). A contact without a company reads
/// as one whose company has the field empty: it meets "empty", "!=" and "is not ticked".
Result<SqlCondition> onCompanyField(const QSqlDatabase& db, const FieldCondition& condition)
{
    using R = Result<SqlCondition>;
    const QString key = condition.key.mid(companyPrefix.size());
    static const QStringList builtIn = {QStringLiteral("industry"), QStringLiteral("size"),
                                        QStringLiteral("country"),  QStringLiteral("region"),
                                        QStringLiteral("city"),     QStringLiteral("postal_code")};
    Result<SqlCondition> inner = R::failure(QString());
    // Whether the condition holds for a value left empty (or a box never ticked).
    bool meetsWhenEmpty = condition.op == ConditionOp::Empty || condition.op == ConditionOp::NotEqual;
    if (builtIn.contains(key)) {
        inner = onText(key, condition);
    } else {
        auto field = CustomFieldRepository(db).byKey(RecordKind::Company, key);
        if (!field)
            return R::failure(FieldConditions::tr("Companies have no field “%1”. Built-in: %2; your own: see "
                                                  "kontor-cli field list.")
                                  .arg(key, builtIn.join(QStringLiteral(", "))));
        inner = onCustomField(db, field.value(), condition, QStringLiteral("companies"));
        if (field->type == FieldType::Checkbox && condition.op != ConditionOp::Empty &&
            condition.op != ConditionOp::NotEmpty) {
            // "= no" and "!= yes" hold for a box never ticked; "= yes" and "!= no" do not.
            const bool ticked = FieldValueText::readYesNo(condition.value).value_or(true);
            meetsWhenEmpty = ticked == (condition.op == ConditionOp::NotEqual);
        }
    }
    if (!inner)
        return inner;
    return SqlCondition{QStringLiteral("(%1company_id IN (SELECT id FROM companies WHERE %2))")
                            .arg(meetsWhenEmpty ? QStringLiteral("company_id IS NULL OR ") : QString(), inner->clause),
                        inner->values};
}

/// The contacts in a territory (Territories: the first whose countries, regions and postal codes hold the address),
/// "=" any of several separated by ";", "!=" none of them; "empty": in none.
Result<SqlCondition> onTerritory(const QSqlDatabase& db, const FieldCondition& condition)
{
    using R = Result<SqlCondition>;
    auto territories = Territories(db).list();
    if (!territories)
        return R::failure(territories.error());
    switch (condition.op) {
    case ConditionOp::Empty:
        return Territories::inTerritory(territories.value(), -1);
    case ConditionOp::NotEmpty: {
        SqlCondition none = Territories::inTerritory(territories.value(), -1);
        none.clause = QStringLiteral("NOT ") + none.clause;
        return none;
    }
    case ConditionOp::Equal:
    case ConditionOp::NotEqual:
        break;
    default:
        return R::failure(FieldConditions::tr("territory: compare it with =, !=, empty or notempty."));
    }
    SqlCondition any;
    QStringList clauses;
    // Several separated by ";", unless the whole value is one territory's name.
    const bool whole = std::any_of(territories->cbegin(), territories->cend(), [&condition](const Territory& each) {
        return each.name.compare(condition.value.trimmed(), Qt::CaseInsensitive) == 0;
    });
    const QStringList names = whole ? QStringList{condition.value} : condition.value.split(u';', Qt::SkipEmptyParts);
    for (const QString& name : names) {
        const auto named = std::find_if(territories->cbegin(), territories->cend(), [&name](const Territory& each) {
            return each.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (named == territories->cend())
            return R::failure(FieldConditions::tr("territory: there is no territory “%1”.").arg(name.trimmed()));
        const SqlCondition in = Territories::inTerritory(territories.value(), named - territories->cbegin());
        clauses << in.clause;
        any.values << in.values;
    }
    if (clauses.isEmpty())
        return R::failure(FieldConditions::tr("territory: name a territory."));
    any.clause =
        QStringLiteral("%1(%2)").arg(condition.op == ConditionOp::NotEqual ? QStringLiteral("NOT ") : QString(),
                                     clauses.join(QStringLiteral(" OR ")));
    return any;
}

} // namespace

Result<FieldCondition> FieldConditions::parse(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\s*([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z][A-Za-z0-9_]*)?)\\s*"
                                                         "(?:(!=|<=|>=|=|<|>|~)\\s*(.*?)|\\s(empty|notempty))\\s*$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return Result<FieldCondition>::failure(
            tr("“%1” is not a condition such as “city = Berlin”, “budget >= 5000” or “timeline empty”.").arg(text));
    FieldCondition condition;
    condition.key = match.captured(1).toLower();
    const QString op = match.captured(2);
    if (!match.captured(4).isEmpty()) {
        condition.op = match.captured(4) == QStringLiteral("empty") ? ConditionOp::Empty : ConditionOp::NotEmpty;
        return condition;
    }
    static const QHash<QString, ConditionOp> ops = {
        {QStringLiteral("="), ConditionOp::Equal},   {QStringLiteral("!="), ConditionOp::NotEqual},
        {QStringLiteral("<"), ConditionOp::Less},    {QStringLiteral("<="), ConditionOp::LessOrEqual},
        {QStringLiteral(">"), ConditionOp::Greater}, {QStringLiteral(">="), ConditionOp::GreaterOrEqual},
        {QStringLiteral("~"), ConditionOp::Contains}};
    condition.op = ops.value(op);
    condition.value = match.captured(3);
    return condition;
}

QString FieldConditions::text(const FieldCondition& condition)
{
    switch (condition.op) {
    case ConditionOp::Empty:
        return condition.key + QStringLiteral(" empty");
    case ConditionOp::NotEmpty:
        return condition.key + QStringLiteral(" notempty");
    default:
        break;
    }
    static const QHash<ConditionOp, QString> ops = {
        {ConditionOp::Equal, QStringLiteral("=")},   {ConditionOp::NotEqual, QStringLiteral("!=")},
        {ConditionOp::Less, QStringLiteral("<")},    {ConditionOp::LessOrEqual, QStringLiteral("<=")},
        {ConditionOp::Greater, QStringLiteral(">")}, {ConditionOp::GreaterOrEqual, QStringLiteral(">=")},
        {ConditionOp::Contains, QStringLiteral("~")}};
    return QStringLiteral("%1 %2 %3").arg(condition.key, ops.value(condition.op), condition.value);
}

QStringList FieldConditions::contactKeys()
{
    return {QStringLiteral("first_name"), QStringLiteral("last_name"),
            QStringLiteral("full_name"),  QStringLiteral("company"),
            QStringLiteral("title"),      QStringLiteral("email"),
            QStringLiteral("phone"),      QStringLiteral("birthday"),
            QStringLiteral("street"),     QStringLiteral("city"),
            QStringLiteral("region"),     QStringLiteral("postal_code"),
            QStringLiteral("country"),    QStringLiteral("lead_source"),
            QStringLiteral("status"),     QStringLiteral("owner"),
            QStringLiteral("tags"),       QStringLiteral("notes"),
            QStringLiteral("created_at"), QStringLiteral("last_contacted_at"),
            QStringLiteral("id"),         QStringLiteral("score"),
            QStringLiteral("territory")};
}

Result<SqlCondition> FieldConditions::forContacts(const QSqlDatabase& db, const FieldCondition& condition)
{
    using R = Result<SqlCondition>;
    const QString& key = condition.key;
    static const QStringList plainText = {QStringLiteral("first_name"),  QStringLiteral("last_name"),
                                          QStringLiteral("title"),       QStringLiteral("street"),
                                          QStringLiteral("city"),        QStringLiteral("region"),
                                          QStringLiteral("postal_code"), QStringLiteral("country"),
                                          QStringLiteral("notes"),       QStringLiteral("birthday")};
    if (plainText.contains(key))
        return onText(key, condition);
    if (key == QStringLiteral("full_name"))
        return onText(QStringLiteral("trim(first_name || ' ' || last_name)"), condition);
    if (key == QStringLiteral("status")) {
        if (isOrdering(condition.op) || condition.op == ConditionOp::Contains)
            return R::failure(tr("status: compare it with = or != and a stage, such as status = customer."));
        // By key (the old "qualified" and "lost" too) or by the name the window shows.
        FieldCondition byKey = condition;
        bool known = false;
        const ContactStatus stage = contactStatusFromKey(condition.value.trimmed().toLower(), &known);
        if (known)
            byKey.value = contactStatusKey(stage);
        for (ContactStatus status : allContactStatuses()) {
            if (contactStatusName(status).compare(condition.value.trimmed(), Qt::CaseInsensitive) == 0) {
                byKey.value = contactStatusKey(status);
                known = true;
            }
        }
        if (!known && condition.op != ConditionOp::Empty && condition.op != ConditionOp::NotEmpty)
            return R::failure(tr("status: “%1” is not a stage.").arg(condition.value));
        return onText(QStringLiteral("status"), byKey);
    }
    if (key == QStringLiteral("id")) {
        bool ok = false;
        const qint64 id = condition.value.trimmed().toLongLong(&ok);
        if (!ok || condition.op == ConditionOp::Contains || condition.op == ConditionOp::Empty ||
            condition.op == ConditionOp::NotEmpty)
            return R::failure(tr("id: compare it with a number."));
        return SqlCondition{QStringLiteral("id %1 ?").arg(opSql(condition.op)), {id}};
    }
    if (key == QStringLiteral("score")) {
        // The stored lead score (LeadScoring); a contact never scored has 0.
        bool ok = false;
        const double value = condition.value.trimmed().toDouble(&ok);
        if (!ok || condition.op == ConditionOp::Contains || condition.op == ConditionOp::Empty ||
            condition.op == ConditionOp::NotEmpty)
            return R::failure(tr("score: compare it with a number, such as score >= 50."));
        return SqlCondition{QStringLiteral("coalesce((SELECT s.score FROM contact_scores s WHERE s.contact_id = "
                                           "contacts.id), 0) %1 ?")
                                .arg(opSql(condition.op)),
                            {value}};
    }
    if (key == QStringLiteral("territory"))
        return onTerritory(db, condition);
    if (key == QStringLiteral("created_at"))
        return onTime(QStringLiteral("created_at"), condition);
    if (key == QStringLiteral("last_contacted_at"))
        return onTime(QStringLiteral("last_interaction_at"), condition);
    if (isOrdering(condition.op) &&
        QStringList{QStringLiteral("company"), QStringLiteral("owner"), QStringLiteral("lead_source"),
                    QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("tags")}
            .contains(key))
        return R::failure(tr("%1: compare it with =, !=, ~, empty or notempty.").arg(key));
    if (key == QStringLiteral("company"))
        return throughIds(QStringLiteral("SELECT c.id FROM contacts c JOIN (SELECT id AS cid, name AS v FROM "
                                         "companies) ON cid = c.company_id WHERE %1"),
                          QStringLiteral("SELECT id FROM contacts WHERE company_id IS NOT NULL"), condition);
    if (key == QStringLiteral("owner"))
        return throughIds(QStringLiteral("SELECT c.id FROM contacts c JOIN (SELECT id AS uid, name AS v FROM users) "
                                         "ON uid = c.owner_id WHERE %1"),
                          QStringLiteral("SELECT id FROM contacts WHERE owner_id IS NOT NULL"), condition);
    if (key == QStringLiteral("lead_source"))
        return throughIds(QStringLiteral("SELECT c.id FROM contacts c JOIN (SELECT id AS sid, name AS v FROM "
                                         "lead_sources) ON sid = c.lead_source_id WHERE %1"),
                          QStringLiteral("SELECT id FROM contacts WHERE lead_source_id IS NOT NULL"), condition);
    if (key == QStringLiteral("email"))
        return throughIds(QStringLiteral("SELECT contact_id FROM (SELECT contact_id, email AS v FROM contact_emails) "
                                         "WHERE %1"),
                          QStringLiteral("SELECT contact_id FROM contact_emails"), condition);
    if (key == QStringLiteral("phone"))
        return throughIds(QStringLiteral("SELECT contact_id FROM (SELECT contact_id, phone AS v FROM contact_phones) "
                                         "WHERE %1"),
                          QStringLiteral("SELECT contact_id FROM contact_phones"), condition);
    if (key == QStringLiteral("tags") || key == QStringLiteral("tag"))
        return throughIds(QStringLiteral("SELECT contact_id FROM (SELECT ct.contact_id, t.name AS v FROM "
                                         "contact_tags ct JOIN tags t ON t.id = ct.tag_id) WHERE %1"),
                          QStringLiteral("SELECT contact_id FROM contact_tags"), condition);

    if (key.startsWith(companyPrefix))
        return onCompanyField(db, condition);
    auto field = CustomFieldRepository(db).byKey(RecordKind::Contact, key);
    if (!field)
        return R::failure(tr("Contacts have no field “%1”. Built-in: %2; your own: see kontor-cli field list.")
                              .arg(key, contactKeys().join(QStringLiteral(", "))));
    return onCustomField(db, field.value(), condition);
}

} // namespace kontor
