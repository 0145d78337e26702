// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveActions.h"

#include "ActionScope.h"
#include "repositories/ArchiveRepository.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/ReminderRepository.h"

namespace kontor {

namespace {

Status archiveRecord(const QSqlDatabase& db, ArchiveActions::Entity entity, qint64 id)
{
    using Entity = ArchiveActions::Entity;
    switch (entity) {
    case Entity::Contact:
        return ContactRepository(db).archive(id);
    case Entity::Company:
        return CompanyRepository(db).archive(id);
    case Entity::Deal:
        return DealRepository(db).archive(id);
    case Entity::Reminder:
        return ReminderRepository(db).archive(id);
    case Entity::Interaction:
        return InteractionRepository(db).archive(id);
    }
    return Status::failure(QString());
}

} // namespace

Result<QString> ArchiveActions::archive(const QSqlDatabase& db, Entity entity, qint64 id, const QString& name)
{
    const QString shown = name.isEmpty() ? QStringLiteral("#%1").arg(id) : name;
    // A reminder is "deleted" where the user sees it (it can still be restored from File → Archive).
    const bool reminder = entity == Entity::Reminder;
    ActionScope action(db, reminder ? tr("Delete %1").arg(shown) : tr("Archive %1").arg(shown));
    if (Status begun = action.begun(); !begun)
        return Result<QString>::failure(begun.error());
    if (Status archived = archiveRecord(db, entity, id); !archived)
        return Result<QString>::failure(archived.error());
    action.publish(events::RecordArchived{ChangeLogRepository::entityKey(entity), id});
    if (Status committed = action.commit(); !committed)
        return Result<QString>::failure(committed.error());
    return reminder ? tr("%1 deleted.").arg(shown) : tr("%1 archived.").arg(shown);
}

Result<QString> ArchiveActions::restore(const QSqlDatabase& db, Entity entity, qint64 id, const QString& name)
{
    const QString shown = name.isEmpty() ? QStringLiteral("#%1").arg(id) : name;
    ActionScope action(db, tr("Restore %1").arg(shown));
    if (Status begun = action.begun(); !begun)
        return Result<QString>::failure(begun.error());
    if (Status restored = ArchiveRepository(db).restore(entity, id); !restored)
        return Result<QString>::failure(restored.error());
    action.publish(events::RecordRestored{ChangeLogRepository::entityKey(entity), id});
    if (Status committed = action.commit(); !committed)
        return Result<QString>::failure(committed.error());
    return tr("%1 restored.").arg(shown);
}

} // namespace kontor
