// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "repositories/ChangeLogRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace kontor {

/// A record that was archived (or, for reminders, deleted), as the archive lists it.
struct ArchivedRecord
{
    qint64 id = 0;
    QString title;
    QString detail;
    QDateTime archivedAt;
};

/// Archived contacts, companies, deals and reminders, and bringing them back.
class ArchiveRepository
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveRepository)

public:
    using Entity = ChangeLogRepository::Entity;

    explicit ArchiveRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The most recently archived first; `text` narrows by name or title.
    Result<QList<ArchivedRecord>> list(Entity entity, const QString& text = {}, int limit = 500) const;
    /// Puts the record back where it was, in lists, search and totals.
    Status restore(Entity entity, qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace kontor
