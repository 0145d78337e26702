// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataHealth.h"

#include "domain/PhoneNumbers.h"
#include "repositories/SettingsRepository.h"
#include "storage/BulkStatement.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

#include <algorithm>
#include <climits>

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
        {tr("A phone number that is not valid"), tr("Not a phone number, or not a valid one for its country."),
         withProblem(DataProblem::InvalidPhone)},
        {tr("No owner"), tr("Nobody looks after them."), withProblem(DataProblem::NoOwner)},
        {tr("No lead source"), tr("The lead-source report cannot count them."), withProblem(DataProblem::NoLeadSource)},
    };
    if (Status checked = checkPhones(progress); !checked)
        return R::failure(checked.error());
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

Result<qint64> DataHealth::uncheckedPhones() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM contact_phones WHERE valid IS NULL")) || !query.next())
        return Result<qint64>::failure(sql::errorText(query));
    return query.value(0).toLongLong();
}

Status DataHealth::checkPhones(const ProgressCallback& progress) const
{
    auto unchecked = uncheckedPhones();
    if (!unchecked)
        return Status::failure(unchecked.error());
    const qint64 total = unchecked.value();
    if (total == 0)
        return {};
    const QString region = SettingsRepository(m_db).phoneRegion();
    const QString label =
        tr("Checking %n phone number(s) saved before", nullptr, int(std::min<qint64>(total, INT_MAX)));
    BulkStatement read(m_db, QStringLiteral("SELECT id, phone FROM contact_phones WHERE valid IS NULL "
                                            "ORDER BY id LIMIT 5000"));
    BulkStatement write(m_db, QStringLiteral("UPDATE contact_phones SET normalized = ?, valid = ? WHERE id = ?"));
    qint64 done = 0;
    // In steps of a few thousand, each its own transaction: a cancel keeps what was checked, and the window's
    // other work is never kept waiting long. Only the match key and the flag change, never the number typed.
    while (true) {
        if (progress && !progress(done, total, label))
            return Status::failure(tr("The check was cancelled."));
        Transaction transaction(m_db);
        if (Status begun = transaction.begun(); !begun)
            return begun;
        QList<std::pair<qint64, QString>> phones;
        if (!read.exec())
            return Status::failure(read.error());
        while (read.next())
            phones.append({read.integer(0), read.text(1)});
        if (phones.isEmpty())
            return transaction.commit();
        for (const auto& [id, phone] : phones) {
            const ParsedPhone parsed = PhoneNumbers::parse(phone, region);
            write.bind(0, PhoneNumbers::matchKey(phone, parsed));
            write.bind(1, parsed.valid ? 1 : 0);
            write.bind(2, id);
            if (!write.exec())
                return Status::failure(write.error());
        }
        if (Status committed = transaction.commit(); !committed)
            return committed;
        done += phones.size();
    }
}

} // namespace kontor
