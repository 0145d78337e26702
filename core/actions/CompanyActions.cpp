// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyActions.h"

#include "ActionScope.h"
#include "CustomFieldActions.h"
#include "repositories/CompanyRepository.h"

namespace kontor {

std::optional<InputProblem> CompanyActions::check(const QSqlDatabase& db, const Company& company)
{
    if (company.name.simplified().isEmpty())
        return InputProblem{QStringLiteral("name"), tr("Give the company a name.")};
    if (Status valid = CompanyRepository(db).validate(company); !valid)
        return InputProblem{QStringLiteral("parent"), valid.error()};
    return std::nullopt;
}

Result<qint64> CompanyActions::save(const QSqlDatabase& db, Company company)
{
    company.name = company.name.simplified();
    if (auto problem = check(db, company))
        return Result<qint64>::failure(problem->message);
    if (auto problem = CustomFieldActions::checkRequired(db, RecordKind::Company, company.id, company.custom))
        return Result<qint64>::failure(problem->message);
    ActionScope action(db, tr("Save %1").arg(company.name));
    if (Status begun = action.begun(); !begun)
        return Result<qint64>::failure(begun.error());
    CompanyRepository companies(db);
    if (company.id > 0) {
        if (Status saved = companies.update(company); !saved)
            return Result<qint64>::failure(saved.error());
        action.publish(events::CompanyChanged{company.id});
    } else {
        auto created = companies.create(company);
        if (!created)
            return created;
        company.id = created.value();
        action.publish(events::CompanyCreated{company.id, company.name});
    }
    if (Status committed = action.commit(); !committed)
        return Result<qint64>::failure(committed.error());
    return company.id;
}

} // namespace kontor
