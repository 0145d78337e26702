// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataHealth.h"

namespace kontor {

Result<QList<HealthFinding>> DataHealth::check(int inactiveMonths, const ProgressCallback& progress) const
{
    using R = Result<QList<HealthFinding>>;
    const auto withProblem = [](DataProblem problem) {
        ContactFilter filter;
        filter.problem = problem;
        return filter;
    };
    ContactFilter inactive;
    inactive.noContactForDays = inactiveMonths * 30;
    QList<HealthFinding> findings = {
        {tr("No contact for %n month(s)", nullptr, inactiveMonths),
         tr("Not called, met or written to in that time, or never."), inactive},
        {tr("No email and no phone"), tr("No way to reach them."), withProblem(DataProblem::NoEmailOrPhone)},
        {tr("An email that is not one"), tr("Without an @, with spaces, or without a dotted domain."),
         withProblem(DataProblem::InvalidEmail)},
        {tr("A phone number that cannot be read"),
         tr("Not a number libphonenumber reads, in the region of the settings."),
         withProblem(DataProblem::UnreadablePhone)},
        {tr("No owner"), tr("Nobody looks after them."), withProblem(DataProblem::NoOwner)},
        {tr("No lead source"), tr("The lead-source report cannot count them."), withProblem(DataProblem::NoLeadSource)},
    };
    ContactRepository contacts(m_db);
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (progress && !progress(i, findings.size(), findings.at(i).name))
            return R::failure(tr("The check was cancelled."));
        auto counted = contacts.count(findings.at(i).filter);
        if (!counted)
            return R::failure(counted.error());
        findings[i].count = counted.value();
    }
    return findings;
}

} // namespace kontor
