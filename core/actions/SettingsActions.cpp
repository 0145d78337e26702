// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsActions.h"

#include "ActionScope.h"
#include "Clock.h"
#include "repositories/LeadSourceRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/StageRepository.h"
#include "repositories/TagStore.h"
#include "repositories/UserRepository.h"

#include <functional>

namespace kontor {

namespace {

/// Runs `write` as one action named `label` that publishes SettingsChanged for `area`.
template <typename T>
Result<T> changeSetting(const QSqlDatabase& db, const QString& label, const QString& area,
                        const std::function<Result<T>()>& write)
{
    ActionScope action(db, label);
    if (Status begun = action.begun(); !begun)
        return Result<T>::failure(begun.error());
    Result<T> written = write();
    if (!written)
        return written;
    action.publish(events::SettingsChanged{area});
    if (Status committed = action.commit(); !committed)
        return Result<T>::failure(committed.error());
    return written;
}

Status changeSetting(const QSqlDatabase& db, const QString& label, const QString& area,
                     const std::function<Status()>& write)
{
    auto written = changeSetting<bool>(db, label, area, [&write]() -> Result<bool> {
        if (Status status = write(); !status)
            return Result<bool>::failure(status.error());
        return true;
    });
    return written ? Status() : Status::failure(written.error());
}

QString stageName(const QSqlDatabase& db, qint64 stageId)
{
    auto stage = StageRepository(db).get(stageId);
    return stage ? stage->name : QString();
}

} // namespace

Result<qint64> SettingsActions::addStage(const QSqlDatabase& db, const QString& name)
{
    const QString simplified = name.simplified();
    return changeSetting<qint64>(db, tr("Add stage %1").arg(simplified), QStringLiteral("stages"),
                                 [&db, &simplified]() -> Result<qint64> {
                                     StageRepository stages(db);
                                     auto existing = stages.list();
                                     if (!existing)
                                         return Result<qint64>::failure(existing.error());
                                     Stage stage;
                                     stage.name = simplified;
                                     stage.probability = 50;
                                     stage.staleAfterDays = 14;
                                     stage.position = static_cast<int>(existing->size()) + 1;
                                     auto created = stages.create(stage);
                                     if (!created)
                                         return created;
                                     QList<qint64> order;
                                     bool placed = false;
                                     for (const Stage& each : existing.value()) {
                                         if (!placed && each.isFinal()) {
                                             order << created.value();
                                             placed = true;
                                         }
                                         order << each.id;
                                     }
                                     if (!placed)
                                         order << created.value();
                                     if (Status reordered = stages.reorder(order); !reordered)
                                         return Result<qint64>::failure(reordered.error());
                                     return created;
                                 });
}

Status SettingsActions::saveStage(const QSqlDatabase& db, const Stage& stage)
{
    return changeSetting(db, tr("Change stage %1").arg(stage.name.simplified()), QStringLiteral("stages"),
                         [&db, &stage] {
                             Stage simplified = stage;
                             simplified.name = stage.name.simplified();
                             return StageRepository(db).update(simplified);
                         });
}

Status SettingsActions::removeStage(const QSqlDatabase& db, qint64 stageId, qint64 moveDealsTo)
{
    ActionScope action(db, tr("Remove stage %1").arg(stageName(db, stageId)));
    if (Status begun = action.begun(); !begun)
        return begun;
    if (Status removed = StageRepository(db).remove(stageId, moveDealsTo, action.actingUserId()); !removed)
        return removed;
    action.publish(events::SettingsChanged{QStringLiteral("stages")});
    return action.commit();
}

Status SettingsActions::reorderStages(const QSqlDatabase& db, const QList<qint64>& orderedIds)
{
    return changeSetting(db, tr("Reorder stages"), QStringLiteral("stages"),
                         [&db, &orderedIds] { return StageRepository(db).reorder(orderedIds); });
}

Result<qint64> SettingsActions::addLeadSource(const QSqlDatabase& db, const QString& name)
{
    return changeSetting<qint64>(db, tr("Add lead source %1").arg(name.simplified()), QStringLiteral("lead_sources"),
                                 [&db, &name] { return LeadSourceRepository(db).ensureSource(name); });
}

Status SettingsActions::renameLeadSource(const QSqlDatabase& db, qint64 sourceId, const QString& name)
{
    return changeSetting(db, tr("Rename lead source to %1").arg(name.simplified()), QStringLiteral("lead_sources"),
                         [&db, sourceId, &name] { return LeadSourceRepository(db).renameSource(sourceId, name); });
}

Result<qint64> SettingsActions::addCampaign(const QSqlDatabase& db, qint64 sourceId, const QString& name)
{
    Campaign campaign;
    campaign.leadSourceId = sourceId;
    campaign.name = name.simplified();
    campaign.spend.currency = SettingsRepository(db).defaultCurrency();
    campaign.startsOn = Clock::now().toLocalTime().date();
    return changeSetting<qint64>(db, tr("Add campaign %1").arg(campaign.name), QStringLiteral("campaigns"),
                                 [&db, &campaign] { return LeadSourceRepository(db).createCampaign(campaign); });
}

Status SettingsActions::saveCampaign(const QSqlDatabase& db, const Campaign& campaign)
{
    if (!Money::isCurrencyCode(campaign.spend.currency))
        return Status::failure(Money::currencyCodeProblem());
    return changeSetting(db, tr("Change campaign %1").arg(campaign.name.simplified()), QStringLiteral("campaigns"),
                         [&db, &campaign] { return LeadSourceRepository(db).updateCampaign(campaign); });
}

Result<qint64> SettingsActions::addSalesperson(const QSqlDatabase& db, const QString& name)
{
    const QString simplified = name.simplified();
    return changeSetting<qint64>(db, tr("Add salesperson %1").arg(simplified), QStringLiteral("users"),
                                 [&db, &simplified] {
                                     return UserRepository(db).create({0, simplified, {}, false});
                                 });
}

Status SettingsActions::renameSalesperson(const QSqlDatabase& db, qint64 userId, const QString& name)
{
    const QString simplified = name.simplified();
    return changeSetting(db, tr("Rename salesperson to %1").arg(simplified), QStringLiteral("users"),
                         [&db, userId, &simplified] { return UserRepository(db).rename(userId, simplified); });
}

Status SettingsActions::renameTag(const QSqlDatabase& db, const QString& tag, const QString& newName)
{
    return changeSetting(db, tr("Rename tag %1").arg(tag), QStringLiteral("tags"),
                         [&db, &tag, &newName] { return TagStore(db).rename(tag, newName); });
}

Status SettingsActions::removeTag(const QSqlDatabase& db, const QString& tag)
{
    return changeSetting(db, tr("Remove tag %1").arg(tag), QStringLiteral("tags"),
                         [&db, &tag] { return TagStore(db).remove(tag); });
}

Status SettingsActions::saveImportPreset(const QSqlDatabase& db, const ImportPreset& preset)
{
    return changeSetting(db, tr("Save import preset %1").arg(preset.name), QStringLiteral("import_presets"),
                         [&db, &preset] { return ContactFields::savePreset(db, preset); });
}

Status SettingsActions::introduce(const QSqlDatabase& db, const QString& userName, const QString& region)
{
    const QString name = userName.simplified();
    ActionScope action(db, tr("Your name and country"));
    if (Status begun = action.begun(); !begun)
        return begun;
    if (!name.isEmpty()) {
        // A database without users (made by another program) keeps its lack of one.
        if (auto user = UserRepository(db).defaultUser(); user && user->name != name) {
            if (Status renamed = UserRepository(db).rename(user->id, name); !renamed)
                return renamed;
            action.publish(events::SettingsChanged{QStringLiteral("users")});
        }
    }
    if (!region.isEmpty()) {
        if (Status saved = SettingsRepository(db).setPhoneRegion(region); !saved)
            return saved;
        action.publish(events::SettingsChanged{QStringLiteral("phone_region")});
    }
    return action.commit();
}

Status SettingsActions::setDefaultCurrency(const QSqlDatabase& db, const QString& code)
{
    return changeSetting(db, tr("Set the default currency"), QStringLiteral("default_currency"),
                         [&db, &code] { return SettingsRepository(db).setDefaultCurrency(code); });
}

Status SettingsActions::setPhoneRegion(const QSqlDatabase& db, const QString& region)
{
    return changeSetting(db, tr("Set the region of phone numbers"), QStringLiteral("phone_region"),
                         [&db, &region] { return SettingsRepository(db).setPhoneRegion(region); });
}

Status SettingsActions::setBackupsToKeep(const QSqlDatabase& db, int count)
{
    return changeSetting(db, tr("Set the backups to keep"), QStringLiteral("backups_to_keep"),
                         [&db, count] { return SettingsRepository(db).setBackupsToKeep(count); });
}

Status SettingsActions::setLifecycleRules(const QSqlDatabase& db, const LifecycleRuleSettings& rules)
{
    return changeSetting(db, tr("Change lifecycle rules"), QStringLiteral("lifecycle_rules"),
                         [&db, &rules]() { return LifecycleRules::save(db, rules); });
}

Status SettingsActions::setTerritories(const QSqlDatabase& db, const QList<Territory>& territories)
{
    return changeSetting(db, tr("Change territories"), QStringLiteral("territories"),
                         [&db, &territories]() { return Territories(db).save(territories); });
}

} // namespace kontor
