// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <QSqlDatabase>
#include <QStringList>

namespace kontor {

/// Tags shared by contacts and companies: names are unique regardless of case and created on first use.
class TagStore
{
    Q_DECLARE_TR_FUNCTIONS(TagStore)

public:
    explicit TagStore(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Links `tags` to the owner row in `linkTable` (contact_tags or company_tags) through `ownerColumn`.
    Status attach(const QString& linkTable, const QString& ownerColumn, qint64 ownerId, const QStringList& tags);
    Result<QStringList> tagsOf(const QString& linkTable, const QString& ownerColumn, qint64 ownerId) const;
    Result<QStringList> all() const;
    /// Renames a tag everywhere; renaming to an existing tag merges the two.
    Status rename(const QString& from, const QString& to);
    /// Removes the tag from every contact and company.
    Status remove(const QString& tag);

private:
    Result<qint64> idFor(const QString& tag);
    QSqlDatabase m_db;
};

} // namespace kontor
