// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "repositories/FieldConditions.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace kontor {

/// A sales territory: the countries it lies in, and within them regions and postal codes. Postal codes are prefixes
/// ("10") or ranges ("20000–29999", also written "20000..29999" or "20000 - 29999"; a hyphen without spaces belongs
/// to the code, as in Portugal's "1000-001"). Countries and regions compare without case; postal codes without case
/// and spaces.
struct Territory
{
    qint64 id = 0;
    QString name;
    QStringList countries;
    QStringList regions;
    QStringList postalCodes;
    friend bool operator==(const Territory&, const Territory&) = default;
};

/// The address a territory is worked out from.
struct TerritoryAddress
{
    QString country;
    QString region;
    QString postalCode;
};

/// The territories (schema 19) and who is in which. A record is in the first territory, in their order, whose
/// countries include its country (or that names none) and whose regions and postal codes include its own (or that
/// names none); a territory that names nothing holds nobody. Nothing is stored for each record: the territory follows
/// the address as it is.
class Territories
{
    Q_DECLARE_TR_FUNCTIONS(Territories)

public:
    explicit Territories(QSqlDatabase db) : m_db(std::move(db)) {}

    /// In their order.
    Result<QList<Territory>> list() const;
    /// Replaces the territories with `territories`, in that order, in one transaction (the caller's, when inside an
    /// action). Names must be given and differ; a postal range must read.
    Status save(const QList<Territory>& territories);
    /// Why `territory` cannot be saved among `all`: no name, a name taken, a postal range that does not read.
    static Status check(const Territory& territory, const QList<Territory>& all);

    /// The place in `territories` of the one that holds `address`, or none.
    static std::optional<qsizetype> find(const QList<Territory>& territories, const TerritoryAddress& address);
    /// Whether `territory` holds `address` (first match aside).
    static bool holds(const Territory& territory, const TerritoryAddress& address);

    /// SQL over a table with the columns country, region and postal_code (contacts, companies): the records in
    /// `territories[index]` and in no territory before it. `index` -1: the records in no territory at all.
    static SqlCondition inTerritory(const QList<Territory>& territories, qsizetype index);
    /// The records `territory` holds, first match aside (Settings counts them as a territory is typed).
    static SqlCondition holding(const Territory& territory);

    /// How many contacts and companies (not archived) `territory` holds, first match aside: what Settings shows as
    /// a territory is typed.
    struct Held
    {
        qint64 contacts = 0;
        qint64 companies = 0;
    };
    Result<Held> countHolding(const Territory& territory) const;

    /// A postal code as compared: upper case, without spaces.
    static QString normalizedPostalCode(const QString& code);
    /// A postal entry read as a range (its two ends), or none for a prefix.
    static std::optional<std::pair<QString, QString>> postalRange(const QString& entry);

private:
    QSqlDatabase m_db;
};

} // namespace kontor
