// SPDX-License-Identifier: GPL-3.0-or-later
#include "Territories.h"

#include "storage/KeptFirst.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace kontor {

namespace {

const QString countryKind = QStringLiteral("country");
const QString regionKind = QStringLiteral("region");
const QString prefixKind = QStringLiteral("postal_prefix");
const QString rangeKind = QStringLiteral("postal_range");

// The postal code as compared in SQL: upper case, without spaces (SQLite's upper() folds ASCII, as postal codes are).
const QString postalExpression = QStringLiteral("upper(replace(coalesce(postal_code, ''), ' ', ''))");

/// Folded as SQLite's NOCASE and upper() fold: ASCII letters only, so that the column (C++) and the filter (SQL)
/// always agree.
QString asciiUpper(const QString& text)
{
    QString folded = text;
    for (QChar& c : folded) {
        if (c >= u'a' && c <= u'z')
            c = QChar(c.unicode() - (u'a' - u'A'));
    }
    return folded;
}

/// A territory's value (saved trimmed) against a record's, compared as the SQL compares them.
bool sameText(const QString& territoryValue, const QString& recordValue)
{
    return asciiUpper(territoryValue.trimmed()) == asciiUpper(recordValue);
}

bool postalHeld(const QString& entry, const QString& postal)
{
    const QString code = Territories::normalizedPostalCode(postal);
    if (code.isEmpty())
        return false;
    if (const auto range = Territories::postalRange(entry)) {
        // Compared over the length of the range's ends: "20–29" holds 20095 as "20000–29999" does.
        const QString head = code.left(range->first.size());
        return head.size() == range->first.size() && head >= range->first && head <= range->second;
    }
    return code.startsWith(Territories::normalizedPostalCode(entry));
}

/// "column = ? COLLATE NOCASE OR …" for each of `values`.
void anyOf(const QString& column, const QStringList& values, QStringList* clauses, QVariantList* bound)
{
    for (const QString& value : values) {
        *clauses << QStringLiteral("%1 = ? COLLATE NOCASE").arg(column);
        *bound << value.trimmed();
    }
}

} // namespace

QString Territories::normalizedPostalCode(const QString& code)
{
    QString normalized = asciiUpper(code);
    normalized.remove(u' ');
    return normalized;
}

std::optional<std::pair<QString, QString>> Territories::postalRange(const QString& entry)
{
    // An en dash, "..", or a hyphen with spaces around it; a hyphen inside a code is the code's.
    static const QRegularExpression shape(QStringLiteral("^\\s*(\\S.*?)\\s*(?:–|\\.\\.|\\s-\\s)\\s*(\\S.*?)\\s*$"));
    const QRegularExpressionMatch match = shape.match(entry);
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair{normalizedPostalCode(match.captured(1)), normalizedPostalCode(match.captured(2))};
}

Result<QList<Territory>> Territories::list() const
{
    using R = Result<QList<Territory>>;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT t.id, t.name, p.kind, p.value, p.value_to FROM territories t LEFT JOIN "
                                   "territory_parts p ON p.territory_id = t.id ORDER BY t.position, t.id, p.id")))
        return R::failure(tr("The territories could not be read: %1").arg(sql::errorText(query)));
    QList<Territory> territories;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (territories.isEmpty() || territories.last().id != id) {
            Territory territory;
            territory.id = id;
            territory.name = query.value(1).toString();
            territories << territory;
        }
        Territory& territory = territories.last();
        const QString kind = query.value(2).toString();
        const QString value = query.value(3).toString();
        if (kind == countryKind)
            territory.countries << value;
        else if (kind == regionKind)
            territory.regions << value;
        else if (kind == prefixKind)
            territory.postalCodes << value;
        else if (kind == rangeKind)
            territory.postalCodes << QStringLiteral("%1–%2").arg(value, query.value(4).toString());
    }
    return territories;
}

Status Territories::check(const Territory& territory, const QList<Territory>& all)
{
    const QString name = territory.name.trimmed();
    if (name.isEmpty())
        return Status::failure(tr("Every territory needs a name."));
    for (const Territory& other : all) {
        if (&other != &territory && (other.id != territory.id || territory.id == 0) && sameText(other.name, name))
            return Status::failure(tr("There is a territory named “%1” already.").arg(name));
    }
    for (const QString& entry : territory.postalCodes) {
        if (const auto range = postalRange(entry);
            range && (range->first.size() != range->second.size() || range->first > range->second))
            return Status::failure(
                tr("“%1”: a range of postal codes goes from the lower to the higher, both as long, such as "
                   "20000–29999.")
                    .arg(entry.trimmed()));
    }
    return {};
}

Status Territories::save(const QList<Territory>& territories)
{
    for (const Territory& territory : territories) {
        if (Status fits = check(territory, territories); !fits)
            return fits;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    QSqlQuery query(m_db);
    const auto failed = [&query] {
        return Status::failure(tr("The territories could not be saved: %1").arg(sql::errorText(query)));
    };
    if (!query.exec(QStringLiteral("DELETE FROM territory_parts")) ||
        !query.exec(QStringLiteral("DELETE FROM territories")))
        return failed();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO territories (id, name, position) VALUES (?, ?, ?)"));
    QSqlQuery part(m_db);
    part.prepare(
        QStringLiteral("INSERT INTO territory_parts (territory_id, kind, value, value_to) VALUES (?, ?, ?, ?)"));
    // Kept territories keep their ids; new ones are given theirs after (as with scoring rules).
    for (qsizetype i : keptFirst(territories)) {
        const Territory& territory = territories.at(i);
        insert.addBindValue(territory.id > 0 ? QVariant(territory.id) : QVariant());
        insert.addBindValue(territory.name.trimmed());
        insert.addBindValue(static_cast<int>(i));
        if (!insert.exec())
            return Status::failure(tr("The territories could not be saved: %1").arg(sql::errorText(insert)));
        const qint64 id = insert.lastInsertId().toLongLong();
        const auto addPart = [&](const QString& kind, const QString& value, const QVariant& to) {
            part.addBindValue(id);
            part.addBindValue(kind);
            part.addBindValue(value);
            part.addBindValue(to);
            return part.exec();
        };
        bool written = true;
        for (const QString& country : territory.countries)
            written = written && (country.trimmed().isEmpty() || addPart(countryKind, country.trimmed(), {}));
        for (const QString& region : territory.regions)
            written = written && (region.trimmed().isEmpty() || addPart(regionKind, region.trimmed(), {}));
        for (const QString& entry : territory.postalCodes) {
            if (normalizedPostalCode(entry).isEmpty())
                continue;
            if (const auto range = postalRange(entry))
                written = written && addPart(rangeKind, range->first, range->second);
            else
                written = written && addPart(prefixKind, normalizedPostalCode(entry), {});
        }
        if (!written)
            return Status::failure(tr("The territories could not be saved: %1").arg(sql::errorText(part)));
    }
    return transaction.commit();
}

bool Territories::holds(const Territory& territory, const TerritoryAddress& address)
{
    if (territory.countries.isEmpty() && territory.regions.isEmpty() && territory.postalCodes.isEmpty())
        return false;
    const bool inCountry = territory.countries.isEmpty() ||
                           std::any_of(territory.countries.cbegin(), territory.countries.cend(),
                                       [&](const QString& country) { return sameText(country, address.country); });
    if (!inCountry)
        return false;
    if (territory.regions.isEmpty() && territory.postalCodes.isEmpty())
        return true;
    return std::any_of(territory.regions.cbegin(), territory.regions.cend(),
                       [&](const QString& region) { return sameText(region, address.region); }) ||
           std::any_of(territory.postalCodes.cbegin(), territory.postalCodes.cend(),
                       [&](const QString& entry) { return postalHeld(entry, address.postalCode); });
}

std::optional<qsizetype> Territories::find(const QList<Territory>& territories, const TerritoryAddress& address)
{
    for (qsizetype i = 0; i < territories.size(); ++i) {
        if (holds(territories.at(i), address))
            return i;
    }
    return std::nullopt;
}

SqlCondition Territories::holding(const Territory& territory)
{
    if (territory.countries.isEmpty() && territory.regions.isEmpty() && territory.postalCodes.isEmpty())
        return {QStringLiteral("0"), {}};
    QStringList countries;
    QVariantList values;
    anyOf(QStringLiteral("country"), territory.countries, &countries, &values);
    QStringList within;
    anyOf(QStringLiteral("region"), territory.regions, &within, &values);
    for (const QString& entry : territory.postalCodes) {
        if (const auto range = postalRange(entry)) {
            within << QStringLiteral("(length(%1) >= %2 AND substr(%1, 1, %2) BETWEEN ? AND ?)")
                          .arg(postalExpression)
                          .arg(range->first.size());
            values << range->first << range->second;
        } else if (const QString prefix = normalizedPostalCode(entry); !prefix.isEmpty()) {
            within << QStringLiteral("(%1 <> '' AND substr(%1, 1, %2) = ?)").arg(postalExpression).arg(prefix.size());
            values << prefix;
        }
    }
    QStringList clauses;
    if (!countries.isEmpty())
        clauses << QStringLiteral("(%1)").arg(countries.join(QStringLiteral(" OR ")));
    if (!within.isEmpty())
        clauses << QStringLiteral("(%1)").arg(within.join(QStringLiteral(" OR ")));
    // NULL columns make NULL, not false: a record without a country is simply not in.
    return {QStringLiteral("coalesce(%1, 0)").arg(clauses.join(QStringLiteral(" AND "))), values};
}

Result<Territories::Held> Territories::countHolding(const Territory& territory) const
{
    const SqlCondition held = holding(territory);
    Held counts;
    for (const auto& [table, count] : {std::pair{QStringLiteral("contacts"), &counts.contacts},
                                       std::pair{QStringLiteral("companies"), &counts.companies}}) {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("SELECT count(*) FROM %1 WHERE archived_at IS NULL AND %2").arg(table, held.clause));
        for (const QVariant& value : held.values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return Result<Held>::failure(tr("The territory could not be counted: %1").arg(sql::errorText(query)));
        *count = query.value(0).toLongLong();
    }
    return counts;
}

SqlCondition Territories::inTerritory(const QList<Territory>& territories, qsizetype index)
{
    SqlCondition result;
    QStringList clauses;
    const qsizetype earlier = index < 0 ? territories.size() : std::min(index, territories.size());
    for (qsizetype i = 0; i < earlier; ++i) {
        const SqlCondition other = holding(territories.at(i));
        clauses << QStringLiteral("NOT %1").arg(other.clause);
        result.values << other.values;
    }
    if (index >= 0 && index < territories.size()) {
        const SqlCondition own = holding(territories.at(index));
        clauses.prepend(own.clause);
        result.values = own.values + result.values;
    }
    result.clause =
        clauses.isEmpty() ? QStringLiteral("1") : QStringLiteral("(%1)").arg(clauses.join(QStringLiteral(" AND ")));
    return result;
}

} // namespace kontor
