// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealActions.h"

#include "ActionScope.h"
#include "CustomFieldActions.h"
#include "LifecycleRules.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/StageRepository.h"

namespace kontor {

namespace {

using Failure = Result<SavedDeal>;

QStringList changedFields(const Deal& before, const Deal& after)
{
    QStringList fields;
    auto note = [&fields](bool changed, const char* key) {
        if (changed)
            fields << QString::fromLatin1(key);
    };
    note(before.title != after.title, "title");
    note(before.contactId != after.contactId, "contact");
    note(before.amount.minor != after.amount.minor || before.amount.currency != after.amount.currency, "amount");
    note(before.ownerId != after.ownerId, "owner");
    note(before.leadSourceId != after.leadSourceId, "lead_source");
    note(before.campaignId != after.campaignId, "campaign");
    note(before.expectedClose != after.expectedClose, "expected_close");
    note(before.notes != after.notes, "notes");
    return fields;
}

QString movedMessage(const Deal& deal, const Stage& stage, const QString& reason)
{
    if (stage.kind == StageKind::Lost)
        return DealActions::tr("“%1” lost: %2.").arg(deal.title, reason);
    if (stage.kind == StageKind::Won)
        return DealActions::tr("“%1” won.").arg(deal.title);
    return DealActions::tr("“%1” moved to %2.").arg(deal.title, stage.name);
}

// The move inside an open action: history row, and the events of a stage change.
Status moveWithin(ActionScope& action, const Deal& deal, const Stage& stage, const QString& lostReason)
{
    if (Status moved = DealRepository(action.db()).moveToStage(deal, stage, action.actingUserId(), {}, lostReason);
        !moved)
        return moved;
    action.publish(events::DealStageChanged{deal.id, deal.stageId, stage.id});
    if (stage.kind == StageKind::Won)
        action.publish(events::DealWon{deal.id, deal.contactId, deal.amount});
    else if (stage.kind == StageKind::Lost)
        action.publish(events::DealLost{deal.id, deal.contactId, lostReason});
    if (stage.kind == StageKind::Won) {
        if (auto moved = LifecycleRules::follow(action, deal.contactId, LifecycleEvent::DealWon); !moved)
            return Status::failure(moved.error());
    }
    return {};
}

Result<Stage> firstStageOfKind(const QSqlDatabase& db, StageKind kind)
{
    auto stages = StageRepository(db).list();
    if (!stages)
        return Result<Stage>::failure(stages.error());
    for (const Stage& stage : stages.value()) {
        if (stage.kind == kind)
            return stage;
    }
    return Result<Stage>::failure(kind == StageKind::Won ? DealActions::tr("The pipeline has no Won stage.")
                                                         : DealActions::tr("The pipeline has no Lost stage."));
}

} // namespace

std::optional<InputProblem> DealActions::check(const QSqlDatabase& db, const Deal& deal)
{
    if (deal.title.trimmed().isEmpty())
        return InputProblem{QStringLiteral("title"), tr("Give the deal a title.")};
    // A deal may have no contact yet (a lead on the board); one that names a contact needs it to exist.
    if (deal.contactId < 0 || (deal.contactId > 0 && !ContactRepository(db).get(deal.contactId)))
        return InputProblem{QStringLiteral("contact"), tr("Choose the contact the deal is with.")};
    if (!Money::isCurrencyCode(deal.amount.currency))
        return InputProblem{QStringLiteral("currency"), Money::currencyCodeProblem()};
    if (deal.amount.minor < 0)
        return InputProblem{QStringLiteral("amount"), tr("The amount cannot be negative.")};
    auto stage = StageRepository(db).get(deal.stageId);
    if (deal.stageId <= 0 || !stage)
        return InputProblem{QStringLiteral("stage"), tr("Choose the stage the deal is in.")};
    if (stage->kind == StageKind::Lost && deal.lostReason.simplified().isEmpty()) {
        auto before = deal.id ? DealRepository(db).get(deal.id) : Result<Deal>::failure(QString());
        if (!before || before->stageId != deal.stageId)
            return InputProblem{QStringLiteral("lost_reason"), tr("Say why the deal was lost.")};
    }
    return std::nullopt;
}

Result<SavedDeal> DealActions::save(const QSqlDatabase& db, Deal deal)
{
    if (auto problem = check(db, deal))
        return Failure::failure(problem->message);
    if (auto problem = CustomFieldActions::checkRequired(db, RecordKind::Deal, deal.id, deal.custom))
        return Failure::failure(problem->message);
    deal.title = deal.title.trimmed();
    deal.lostReason = deal.lostReason.simplified();
    deal.notes = deal.notes.trimmed();
    auto stage = StageRepository(db).get(deal.stageId);
    if (!stage)
        return Failure::failure(stage.error());
    std::optional<Deal> before;
    if (deal.id) {
        auto existing = DealRepository(db).get(deal.id);
        if (!existing)
            return Failure::failure(existing.error());
        before = existing.value();
    }
    // The company follows the contact; a new deal takes the contact's lead source and owner when none is given.
    if (!before || before->contactId != deal.contactId) {
        deal.companyId = 0;
        if (auto contact = ContactRepository(db).get(deal.contactId); contact && deal.contactId) {
            deal.companyId = contact->companyId;
            if (!before && !deal.leadSourceId)
                deal.leadSourceId = contact->leadSourceId;
            if (!before && !deal.ownerId)
                deal.ownerId = contact->ownerId;
        }
    }

    ActionScope action(db, before ? tr("Edit deal “%1”").arg(deal.title) : tr("New deal “%1”").arg(deal.title));
    if (Status begun = action.begun(); !begun)
        return Failure::failure(begun.error());
    SavedDeal saved;
    DealRepository deals(db);
    if (!before && !deal.ownerId)
        deal.ownerId = action.actingUserId();
    if (!before) {
        auto created = deals.create(deal, action.actingUserId());
        if (!created)
            return Failure::failure(created.error());
        saved.dealId = created.value();
        saved.created = true;
        action.publish(events::DealCreated{saved.dealId, deal.contactId, deal.stageId});
        // A deal created won (an order taken at once) makes a customer; an open one an opportunity.
        if (stage->kind != StageKind::Lost) {
            const LifecycleEvent event =
                stage->kind == StageKind::Won ? LifecycleEvent::DealWon : LifecycleEvent::DealCreated;
            if (auto moved = LifecycleRules::follow(action, deal.contactId, event); !moved)
                return Failure::failure(moved.error());
        }
        saved.message = tr("Deal “%1” created in %2.").arg(deal.title, stage->name);
    } else {
        // The stage changes by a move (kept in the history); update() keeps everything else.
        Deal edited = deal;
        edited.stageId = before->stageId;
        if (Status updated = deals.update(edited); !updated)
            return Failure::failure(updated.error());
        saved.dealId = deal.id;
        if (const QStringList fields = changedFields(*before, edited); !fields.isEmpty())
            action.publish(events::DealChanged{deal.id, fields});
        saved.message = tr("Deal “%1” saved.").arg(deal.title);
        if (deal.stageId != before->stageId) {
            // Read again inside the action: the stage it moves from is the one it is in now.
            auto moving = deals.get(deal.id);
            if (!moving)
                return Failure::failure(moving.error());
            if (Status moved = moveWithin(action, moving.value(), stage.value(), deal.lostReason); !moved)
                return Failure::failure(moved.error());
            saved.message = movedMessage(deal, stage.value(), deal.lostReason);
        }
    }
    if (Status committed = action.commit(); !committed)
        return Failure::failure(committed.error());
    return saved;
}

Result<SavedDeal> DealActions::move(const QSqlDatabase& db, qint64 dealId, qint64 stageId, const QString& lostReason)
{
    // Begun before reading: the stage it moves from is the one it is in now, whoever else writes.
    ActionScope action(db, QString());
    if (Status begun = action.begun(); !begun)
        return Failure::failure(begun.error());
    auto deal = DealRepository(db).get(dealId);
    if (!deal)
        return Failure::failure(deal.error());
    auto stage = StageRepository(db).get(stageId);
    if (!stage)
        return Failure::failure(stage.error());
    const QString reason = lostReason.simplified();
    SavedDeal saved;
    saved.dealId = dealId;
    if (deal->stageId == stageId) {
        saved.message = tr("“%1” is in %2 already.").arg(deal->title, stage->name);
        return saved;
    }
    if (stage->kind == StageKind::Lost && reason.isEmpty())
        return Failure::failure(tr("Say why the deal was lost."));
    action.setUndoLabel(stage->kind == StageKind::Won    ? tr("Win “%1”").arg(deal->title)
                        : stage->kind == StageKind::Lost ? tr("Lose “%1”").arg(deal->title)
                                                         : tr("Move “%1” to %2").arg(deal->title, stage->name));
    if (Status moved = moveWithin(action, deal.value(), stage.value(), reason); !moved)
        return Failure::failure(moved.error());
    if (Status committed = action.commit(); !committed)
        return Failure::failure(committed.error());
    saved.message = movedMessage(deal.value(), stage.value(), reason);
    return saved;
}

Result<SavedDeal> DealActions::win(const QSqlDatabase& db, qint64 dealId)
{
    auto stage = firstStageOfKind(db, StageKind::Won);
    if (!stage)
        return Failure::failure(stage.error());
    return move(db, dealId, stage->id);
}

Result<SavedDeal> DealActions::lose(const QSqlDatabase& db, qint64 dealId, const QString& reason)
{
    auto stage = firstStageOfKind(db, StageKind::Lost);
    if (!stage)
        return Failure::failure(stage.error());
    return move(db, dealId, stage->id, reason);
}

Result<Stage> DealActions::stageNamed(const QSqlDatabase& db, const QString& name)
{
    auto stages = StageRepository(db).list();
    if (!stages)
        return Result<Stage>::failure(stages.error());
    for (const Stage& stage : stages.value()) {
        if (stage.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return stage;
    }
    QStringList names;
    for (const Stage& stage : stages.value())
        names << stage.name;
    return Result<Stage>::failure(tr("There is no stage “%1”; the stages are: %2.").arg(name, names.join(u", ")));
}

} // namespace kontor
