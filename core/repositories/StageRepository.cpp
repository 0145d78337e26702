// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageRepository.h"

#include "Clock.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace kontor {

namespace {

Stage readStage(const QSqlQuery& query)
{
    Stage stage;
    stage.id = query.value(0).toLongLong();
    stage.name = query.value(1).toString();
    stage.position = query.value(2).toInt();
    stage.probability = query.value(3).toInt();
    stage.kind = stageKindFromKey(query.value(4).toString());
    stage.staleAfterDays = query.value(5).toInt();
    return stage;
}

const QString selectColumns =
    QStringLiteral("SELECT id, name, position, probability, kind, stale_after_days FROM stages ");

} // namespace

Status StageRepository::validate(const Stage& stage) const
{
    if (stage.name.trimmed().isEmpty())
        return Status::failure(tr("A stage needs a name."));
    if (stage.probability < 0 || stage.probability > 100)
        return Status::failure(tr("The win probability must be between 0 and 100 percent."));
    return {};
}

Result<QList<Stage>> StageRepository::list() const
{
    QSqlQuery query =
        sql::prepare(m_db, selectColumns + QStringLiteral("WHERE archived_at IS NULL ORDER BY position, id"));
    if (!query.exec())
        return Result<QList<Stage>>::failure(tr("The stages could not be read: %1").arg(sql::errorText(query)));
    QList<Stage> stages;
    while (query.next())
        stages.append(readStage(query));
    return stages;
}

Result<Stage> StageRepository::get(qint64 id) const
{
    sql::KeptRead read(m_db, selectColumns + QStringLiteral("WHERE id = ?"));
    QSqlQuery& query = *read;
    query.bindValue(0, id);
    if (!query.exec() || !query.next())
        return Result<Stage>::failure(tr("There is no stage with the number %1.").arg(id));
    return readStage(query);
}

Result<qint64> StageRepository::create(const Stage& stage)
{
    if (Status valid = validate(stage); !valid)
        return Result<qint64>::failure(valid.error());
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("INSERT INTO stages (name, position, probability, kind, stale_after_days) VALUES "
                             "(?, coalesce(?, (SELECT coalesce(max(position), 0) + 1 FROM stages)), ?, ?, ?)"));
    query.addBindValue(stage.name.trimmed());
    query.addBindValue(stage.position > 0 ? QVariant(stage.position) : QVariant());
    query.addBindValue(stage.probability);
    query.addBindValue(stageKindKey(stage.kind));
    query.addBindValue(stage.staleAfterDays > 0 ? QVariant(stage.staleAfterDays) : QVariant());
    if (!query.exec())
        return Result<qint64>::failure(tr("The stage could not be saved: %1").arg(sql::errorText(query)));
    return query.lastInsertId().toLongLong();
}

Status StageRepository::update(const Stage& stage)
{
    if (Status valid = validate(stage); !valid)
        return valid;
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("UPDATE stages SET name = ?, probability = ?, kind = ?, "
                                                        "stale_after_days = ? WHERE id = ?"));
    query.addBindValue(stage.name.trimmed());
    query.addBindValue(stage.probability);
    query.addBindValue(stageKindKey(stage.kind));
    query.addBindValue(stage.staleAfterDays > 0 ? QVariant(stage.staleAfterDays) : QVariant());
    query.addBindValue(stage.id);
    if (!query.exec())
        return Status::failure(tr("The stage could not be saved: %1").arg(sql::errorText(query)));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("There is no stage with the number %1.").arg(stage.id));
    return {};
}

Status StageRepository::reorder(const QList<qint64>& orderedIds)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("UPDATE stages SET position = ? WHERE id = ?"));
    int position = 1;
    for (qint64 id : orderedIds) {
        query.addBindValue(position++);
        query.addBindValue(id);
        if (!query.exec())
            return Status::failure(tr("The stages could not be reordered: %1").arg(sql::errorText(query)));
    }
    return transaction.commit();
}

Status StageRepository::remove(qint64 stageId, qint64 reassignTo, qint64 byUserId)
{
    auto stage = get(stageId);
    if (!stage)
        return Status::failure(stage.error());
    auto target = get(reassignTo);
    if (!target || reassignTo == stageId)
        return Status::failure(tr("Choose another stage for the deals of “%1”.").arg(stage->name));
    auto stages = list();
    if (!stages)
        return Status::failure(stages.error());
    const bool targetActive = std::any_of(stages->cbegin(), stages->cend(),
                                          [reassignTo](const Stage& other) { return other.id == reassignTo; });
    if (!targetActive)
        return Status::failure(tr("Choose another stage for the deals of “%1”.").arg(stage->name));
    if (stage->isFinal()) {
        int sameKind = 0;
        for (const Stage& other : stages.value())
            sameKind += other.kind == stage->kind ? 1 : 0;
        if (sameKind <= 1)
            return Status::failure(tr("“%1” is the only stage for deals that are %2: the pipeline needs it.")
                                       .arg(stage->name, stage->kind == StageKind::Won ? tr("won") : tr("lost")));
    }
    const qint64 now = Clock::nowMs();
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery history = sql::prepare(
        m_db, QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, changed_at, "
                             "changed_by) SELECT id, stage_id, ?, ?, ? FROM deals WHERE stage_id = ?"));
    history.addBindValue(reassignTo);
    history.addBindValue(now);
    history.addBindValue(sql::id(byUserId));
    history.addBindValue(stageId);
    // A deal that moves into a final stage closes now; one that moves into an open stage is open again.
    QSqlQuery move = sql::prepare(
        m_db, QStringLiteral("UPDATE deals SET stage_id = ?, stage_entered_at = ?, updated_at = ?, "
                             "  closed_at = CASE WHEN ? THEN coalesce(closed_at, ?) END WHERE stage_id = ?"));
    move.addBindValue(reassignTo);
    move.addBindValue(now);
    move.addBindValue(now);
    move.addBindValue(target->isFinal());
    move.addBindValue(now);
    move.addBindValue(stageId);
    QSqlQuery retire = sql::prepare(m_db, QStringLiteral("UPDATE stages SET archived_at = ? WHERE id = ?"));
    retire.addBindValue(now);
    retire.addBindValue(stageId);
    for (QSqlQuery* query : {&history, &move, &retire}) {
        if (!query->exec())
            return Status::failure(tr("The stage could not be removed: %1").arg(sql::errorText(*query)));
    }
    return transaction.commit();
}

} // namespace kontor
