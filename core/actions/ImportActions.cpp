// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportActions.h"

#include "ActionScope.h"
#include "AssignActions.h"
#include "LifecycleRules.h"
#include "io/ImportHistory.h"

#include <QIODevice>

namespace kontor {

Result<ImportReport> ImportActions::importFile(const QSqlDatabase& db, QIODevice* file, Format format, ImportKind kind,
                                               const ImportOptions& options, const ProgressCallback& progress)
{
    using R = Result<ImportReport>;
    if (format == Format::VCard && kind != ImportKind::Contacts)
        return R::failure(tr("A vCard file holds contacts."));
    ActionScope action(db, options.fileName.isEmpty() ? tr("Import") : tr("Import %1").arg(options.fileName));
    if (Status begun = action.begun(); !begun)
        return R::failure(tr("The import could not start: %1").arg(begun.error()));
    ContactImport contacts(db);
    auto report = format == Format::VCard        ? contacts.runVCards(file->readAll(), options, progress)
                  : kind == ImportKind::Contacts ? contacts.run(file, options, progress)
                                                 : RecordImport(db).run(file, kind, options, progress);
    if (!report)
        return report;
    if (!report->dryRun && kind == ImportKind::Contacts) {
        // The rules on filled fields move the contacts the import made or changed, as a save in the window would.
        auto touched = ImportHistory(db).contactsOf(report->importId);
        if (!touched)
            return R::failure(touched.error());
        if (auto moved = LifecycleRules::followFieldRules(action, touched.value()); !moved)
            return R::failure(moved.error());
        // The new contacts without an owner get one from the assignment rules, unless the import gave it already.
        if (!report->rulesApplied) {
            auto assigned = AssignActions::assignOwnerless(
                action, {QStringLiteral("id IN (SELECT entity_id FROM import_changes WHERE import_id = ? AND "
                                        "entity = 'contact' AND action = 'created')"),
                         {report->importId}});
            if (!assigned)
                return R::failure(assigned.error());
            report.value().assigned = assigned.value();
        }
    }
    if (!report->dryRun) {
        action.publish(events::ImportFinished{report->importId, ImportFields::kindKey(kind), report->created,
                                              report->updated, report->merged, report->skipped, report->rejected});
    }
    if (Status committed = action.commit(); !committed)
        return R::failure(tr("The import could not be saved: %1").arg(committed.error()));
    return report;
}

Result<ImportHistory::UndoReport> ImportActions::undo(const QSqlDatabase& db, qint64 importId,
                                                      const ProgressCallback& progress)
{
    using R = Result<ImportHistory::UndoReport>;
    ActionScope action(db, tr("Undo import %1").arg(importId));
    if (Status begun = action.begun(); !begun)
        return R::failure(tr("The import could not be undone: %1").arg(begun.error()));
    auto undone = ImportHistory(db).undo(importId, progress);
    if (!undone)
        return undone;
    action.publish(events::ImportUndone{importId, undone->removed, undone->restored, undone->archived});
    if (Status committed = action.commit(); !committed)
        return R::failure(tr("The import could not be undone: %1").arg(committed.error()));
    return undone;
}

} // namespace kontor
