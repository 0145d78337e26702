// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "repositories/ChangeLogRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kontor {

/// Archiving takes a contact, company, deal or reminder out of lists, search and totals, keeping its history;
/// restoring puts it back. Each is one action ("Archive Karen Hall") with its event.
class ArchiveActions
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveActions)

public:
    using Entity = ChangeLogRepository::Entity;

    /// `name` is what the user calls the record, for the undo step and the message ("Karen Hall archived.").
    static Result<QString> archive(const QSqlDatabase& db, Entity entity, qint64 id, const QString& name);
    static Result<QString> restore(const QSqlDatabase& db, Entity entity, qint64 id, const QString& name);
};

} // namespace kontor
