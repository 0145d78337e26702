// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Company.h"
#include "domain/ContactStatus.h"
#include "domain/Interaction.h"
#include "repositories/FieldConditions.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace kontor {

/// A row of the company tree.
struct CompanyListItem
{
    Company company;
    bool hasBranches = false;
    int contactCount = 0;
};

/// A person at a company, for the company page.
struct CompanyContact
{
    qint64 id = 0;
    QString name;
    QString title;
    QString companyName;
    ContactStatus status = ContactStatus::Lead;
    QDateTime lastInteraction;
};

/// An interaction of someone at a company, with who it was.
struct CompanyInteraction
{
    Interaction interaction;
    QString contactName;
};

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

    /// Head offices (parentId 0) or the branches of `parentId`, by name, `limit` at a time: the next page starts
    /// after the last row of the one before.
    Result<QList<CompanyListItem>> list(qint64 parentId, int limit, const CompanyListItem* after = nullptr) const;
    /// Head offices and branches alike that meet `condition` (SQL over the companies' own columns, such as a
    /// territory's), by name, `limit` at a time after `after`.
    Result<QList<CompanyListItem>> listWhere(const SqlCondition& condition, int limit,
                                             const CompanyListItem* after = nullptr) const;
    /// The company and every branch below it, at any depth.
    Result<QList<qint64>> withBranches(qint64 id) const;
    /// People at the company (and its branches when `withBranches`), by name.
    Result<QList<CompanyContact>> contacts(qint64 id, bool withBranches, int limit) const;
    /// Interactions with people at the company and its branches, newest first.
    Result<QList<CompanyInteraction>> history(qint64 id, int limit) const;

    /// A name, and a head office that is not the company itself or one of its own branches.
    Status validate(const Company& company) const;

private:
    /// Companies meeting `condition` (with its `values`), not archived, by name, `limit` after `after`.
    Result<QList<CompanyListItem>> listMatching(const QString& condition, const QVariantList& values, int limit,
                                                const CompanyListItem* after) const;
    QSqlDatabase m_db;
};

} // namespace kontor
