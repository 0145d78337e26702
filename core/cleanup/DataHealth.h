// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "Result.h"
#include "repositories/ContactRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace kontor {

/// One thing the data health check counts: which contacts (as a filter of the contacts list, so that the list
/// shows exactly those counted), what it means, and how many there are.
struct HealthFinding
{
    QString name;
    QString explanation;
    ContactFilter filter;
    qint64 count = 0;
};

/// The state of the contact data: contacts not contacted for months, without email and phone, with an email or
/// phone number that is not one, without owner or lead source. Counted with the contacts list's own filters.
class DataHealth
{
    Q_DECLARE_TR_FUNCTIONS(DataHealth)

public:
    explicit DataHealth(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Checks the phone numbers not checked yet (checkPhones()), then counts.
    Result<QList<HealthFinding>> check(int inactiveMonths, const ProgressCallback& progress = {}) const;
    /// Phone numbers saved before schema 8, or by the demo, whose validity is not known yet.
    Result<qint64> uncheckedPhones() const;
    /// Reads those with libphonenumber, storing whether each is valid and its E.164 match key (older versions
    /// stored the digits only). Steps of its own transactions: a cancel keeps what was checked so far.
    Status checkPhones(const ProgressCallback& progress = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace kontor
