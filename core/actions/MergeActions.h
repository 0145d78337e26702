// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Contact.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kontor {

/// Merging duplicates as actions: everything of the other record moves to the kept one, which takes the chosen
/// values; the other is gone. One undo step ("Merge contacts"); event RecordsMerged.
class MergeActions
{
    Q_DECLARE_TR_FUNCTIONS(MergeActions)

public:
    static Status contacts(const QSqlDatabase& db, qint64 keptId, qint64 otherId, const Contact& result);
    static Status companies(const QSqlDatabase& db, qint64 keptId, qint64 otherId);
};

} // namespace kontor
