// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeActions.h"

#include "ActionScope.h"
#include "cleanup/Duplicates.h"

namespace kontor {

Status MergeActions::contacts(const QSqlDatabase& db, qint64 keptId, qint64 otherId, const Contact& result)
{
    ActionScope action(db, tr("Merge contacts"));
    if (Status begun = action.begun(); !begun)
        return begun;
    if (Status merged = ContactMerge(db).merge(keptId, otherId, result); !merged)
        return merged;
    action.publish(events::RecordsMerged{QStringLiteral("contact"), keptId, otherId});
    return action.commit();
}

Status MergeActions::companies(const QSqlDatabase& db, qint64 keptId, qint64 otherId)
{
    ActionScope action(db, tr("Merge companies"));
    if (Status begun = action.begun(); !begun)
        return begun;
    if (Status merged = CompanyMerge(db).merge(keptId, otherId); !merged)
        return merged;
    action.publish(events::RecordsMerged{QStringLiteral("company"), keptId, otherId});
    return action.commit();
}

} // namespace kontor
