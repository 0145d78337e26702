// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InputProblem.h"
#include "Result.h"
#include "domain/Company.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace kontor {

class CompanyActions
{
    Q_DECLARE_TR_FUNCTIONS(CompanyActions)

public:
    /// Kontor's one check of a company: a name, and a head office that is not itself or one of its own branches.
    /// Field keys: "name", "parent".
    static std::optional<InputProblem> check(const QSqlDatabase& db, const Company& company);
    /// Creates (`company.id` 0) or saves the company as one action "Save <name>". Returns its id. Events:
    /// CompanyCreated or CompanyChanged.
    static Result<qint64> save(const QSqlDatabase& db, Company company);
};

} // namespace kontor
