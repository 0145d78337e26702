// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Company.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace kontor {

class CompanyRepository
{
    Q_DECLARE_TR_FUNCTIONS(CompanyRepository)

public:
    explicit CompanyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> create(const Company& company);
    Status update(const Company& company);
    Result<Company> get(qint64 id) const;
    Status archive(qint64 id);
    /// The branches directly below `parentId`.
    Result<QList<Company>> children(qint64 parentId) const;
    /// The chain from the top head office down to `id` itself.
    Result<QList<Company>> ancestry(qint64 id) const;
    /// An active company with exactly this name (ignoring case and accents), or 0.
    Result<qint64> findByName(const QString& name) const;
    /// Active company names starting with `prefix`, for completion.
    Result<QList<Company>> namesStartingWith(const QString& prefix, int limit) const;

private:
    Status validate(const Company& company) const;
    QSqlDatabase m_db;
};

} // namespace kontor
