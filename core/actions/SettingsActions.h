// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "actions/LifecycleRules.h"
#include "domain/LeadSource.h"
#include "domain/Stage.h"
#include "io/ContactFields.h"
#include "territories/Territories.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kontor {

/// The changes Settings (and the welcome page) make to the database: the pipeline's stages, lead sources and their
/// campaigns, salespeople, the default currency, the phone region and the backups kept. Each is one action with its
/// undo step ("Rename stage Proposal") and a SettingsChanged event naming the area, so that the pages showing it
/// refresh.
class SettingsActions
{
    Q_DECLARE_TR_FUNCTIONS(SettingsActions)

public:
    /// A new open stage, placed before the first won or lost one, where open work belongs. Returns its id.
    static Result<qint64> addStage(const QSqlDatabase& db, const QString& name);
    static Status saveStage(const QSqlDatabase& db, const Stage& stage);
    /// Removes the stage; its deals move to `moveDealsTo`, recorded as moved by the acting user.
    static Status removeStage(const QSqlDatabase& db, qint64 stageId, qint64 moveDealsTo);
    static Status reorderStages(const QSqlDatabase& db, const QList<qint64>& orderedIds);

    static Result<qint64> addLeadSource(const QSqlDatabase& db, const QString& name);
    static Status renameLeadSource(const QSqlDatabase& db, qint64 sourceId, const QString& name);
    /// A campaign of the source, starting today, its spend in the default currency.
    static Result<qint64> addCampaign(const QSqlDatabase& db, qint64 sourceId, const QString& name);
    static Status saveCampaign(const QSqlDatabase& db, const Campaign& campaign);

    static Result<qint64> addSalesperson(const QSqlDatabase& db, const QString& name);
    static Status renameSalesperson(const QSqlDatabase& db, qint64 userId, const QString& name);

    /// Renames a tag on every contact and company that has it (into another tag: the two become one).
    static Status renameTag(const QSqlDatabase& db, const QString& tag, const QString& newName);
    /// Takes the tag off every contact and company.
    static Status removeTag(const QSqlDatabase& db, const QString& tag);

    /// Saves the import wizard's mapping under its name, for files of the same shape later.
    static Status saveImportPreset(const QSqlDatabase& db, const ImportPreset& preset);

    /// The welcome page's answers as one action "Your name and country": the default salesperson's name (the
    /// user's) and the region of phone numbers. Either may be empty: it is left as it is.
    static Status introduce(const QSqlDatabase& db, const QString& userName, const QString& region);

    static Status setDefaultCurrency(const QSqlDatabase& db, const QString& code);
    static Status setPhoneRegion(const QSqlDatabase& db, const QString& region);
    static Status setBackupsToKeep(const QSqlDatabase& db, int count);
    /// The rules that move contacts along their lifecycle by themselves (LifecycleRules).
    static Status setLifecycleRules(const QSqlDatabase& db, const LifecycleRuleSettings& rules);
    /// The sales territories (Territories), all at once, in their order.
    static Status setTerritories(const QSqlDatabase& db, const QList<Territory>& territories);
};

} // namespace kontor
