// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealRepository.h"
#include "CustomFieldRepository.h"

#include "Clock.h"
#include "StageRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace kontor {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, title, contact_id, company_id, stage_id, amount_minor, currency, expected_close, owner_id, "
    "lead_source_id, campaign_id, stage_entered_at, closed_at, lost_reason, notes, created_at, updated_at, "
    "archived_at FROM deals ");

Deal readDeal(const QSqlQuery& query)
{
    Deal deal;
    deal.id = query.value(0).toLongLong();
    deal.title = query.value(1).toString();
    deal.contactId = query.value(2).toLongLong();
    deal.companyId = query.value(3).toLongLong();
    deal.stageId = query.value(4).toLongLong();
    deal.amount = Money{query.value(5).toLongLong(), query.value(6).toString()};
    deal.expectedClose = sql::toDate(query.value(7));
    deal.ownerId = query.value(8).toLongLong();
    deal.leadSourceId = query.value(9).toLongLong();
    deal.campaignId = query.value(10).toLongLong();
    deal.stageEnteredAt = sql::toTime(query.value(11));
    deal.closedAt = sql::toTime(query.value(12));
    deal.lostReason = query.value(13).toString();
    deal.notes = query.value(14).toString();
    deal.createdAt = sql::toTime(query.value(15));
    deal.updatedAt = sql::toTime(query.value(16));
    deal.archivedAt = sql::toTime(query.value(17));
    return deal;
}

} // namespace

Status DealRepository::validate(const Deal& deal) const
{
    if (deal.title.trimmed().isEmpty())
        return Status::failure(tr("A deal needs a title."));
    if (deal.stageId <= 0)
        return Status::failure(tr("Choose the stage the deal is in."));
    if (deal.amount.minor < 0)
        return Status::failure(tr("The amount cannot be negative."));
    if (!Money::isCurrencyCode(deal.amount.currency))
        return Status::failure(Money::currencyCodeProblem());
    return {};
}

Result<qint64> DealRepository::create(const Deal& deal, qint64 byUserId)
{
    if (Status valid = validate(deal); !valid)
        return Result<qint64>::failure(valid.error());
    auto stage = StageRepository(m_db).get(deal.stageId);
    if (!stage)
        return Result<qint64>::failure(stage.error());
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return Result<qint64>::failure(begun.error());
    const qint64 now = Clock::nowMs();
    const qint64 created = deal.createdAt.isValid() ? deal.createdAt.toMSecsSinceEpoch() : now;
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("INSERT INTO deals (title, contact_id, company_id, stage_id, amount_minor, currency, "
                             "  expected_close, owner_id, lead_source_id, campaign_id, stage_entered_at, closed_at, "
                             "  lost_reason, notes, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(deal.title.trimmed());
    query.addBindValue(sql::id(deal.contactId));
    query.addBindValue(sql::id(deal.companyId));
    query.addBindValue(deal.stageId);
    query.addBindValue(deal.amount.minor);
    query.addBindValue(deal.amount.currency.toUpper());
    query.addBindValue(sql::date(deal.expectedClose));
    query.addBindValue(sql::id(deal.ownerId));
    query.addBindValue(sql::id(deal.leadSourceId));
    query.addBindValue(sql::id(deal.campaignId));
    query.addBindValue(created);
    query.addBindValue(stage->isFinal() ? QVariant(created) : QVariant());
    query.addBindValue(sql::text(deal.lostReason));
    query.addBindValue(sql::text(deal.notes));
    query.addBindValue(created);
    query.addBindValue(now);
    if (!query.exec())
        return Result<qint64>::failure(tr("The deal could not be saved: %1").arg(sql::errorText(query)));
    const qint64 id = query.lastInsertId().toLongLong();
    QSqlQuery history =
        sql::prepare(m_db, QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, "
                                          "to_stage_id, changed_at, changed_by) VALUES (?, NULL, ?, ?, ?)"));
    history.addBindValue(id);
    history.addBindValue(deal.stageId);
    history.addBindValue(created);
    history.addBindValue(sql::id(byUserId));
    if (!history.exec())
        return Result<qint64>::failure(sql::errorText(history));
    if (Status custom = CustomFieldRepository(m_db).write(RecordKind::Deal, id, deal.custom); !custom)
        return Result<qint64>::failure(custom.error());
    if (Status committed = transaction.commit(); !committed)
        return Result<qint64>::failure(committed.error());
    return id;
}

Status DealRepository::update(const Deal& deal)
{
    if (Status valid = validate(deal); !valid)
        return valid;
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("UPDATE deals SET title = ?, contact_id = ?, company_id = ?, amount_minor = ?, "
                             "  currency = ?, expected_close = ?, owner_id = ?, lead_source_id = ?, campaign_id = ?, "
                             "  lost_reason = ?, notes = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(deal.title.trimmed());
    query.addBindValue(sql::id(deal.contactId));
    query.addBindValue(sql::id(deal.companyId));
    query.addBindValue(deal.amount.minor);
    query.addBindValue(deal.amount.currency.toUpper());
    query.addBindValue(sql::date(deal.expectedClose));
    query.addBindValue(sql::id(deal.ownerId));
    query.addBindValue(sql::id(deal.leadSourceId));
    query.addBindValue(sql::id(deal.campaignId));
    query.addBindValue(sql::text(deal.lostReason));
    query.addBindValue(sql::text(deal.notes));
    query.addBindValue(Clock::nowMs());
    query.addBindValue(deal.id);
    if (!query.exec())
        return Status::failure(tr("The deal could not be saved: %1").arg(sql::errorText(query)));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("There is no deal with the number %1.").arg(deal.id));
    return CustomFieldRepository(m_db).write(RecordKind::Deal, deal.id, deal.custom);
}

Result<Deal> DealRepository::get(qint64 id) const
{
    // Kept: every move and save reads its deal first.
    sql::KeptRead read(m_db, selectColumns + QStringLiteral("WHERE id = ?"));
    QSqlQuery& query = *read;
    query.bindValue(0, id);
    if (!query.exec())
        return Result<Deal>::failure(tr("The deal could not be read: %1").arg(sql::errorText(query)));
    if (!query.next())
        return Result<Deal>::failure(tr("There is no deal with the number %1.").arg(id));
    Deal deal = readDeal(query);
    query.finish();
    auto custom = CustomFieldRepository(m_db).values(RecordKind::Deal, id);
    if (!custom)
        return Result<Deal>::failure(custom.error());
    deal.custom = custom.value();
    return deal;
}

Status DealRepository::archive(qint64 id)
{
    QSqlQuery query = sql::prepare(
        m_db,
        QStringLiteral("UPDATE deals SET archived_at = :p1, updated_at = :p1 WHERE id = :p2 AND archived_at IS NULL"));
    query.bindValue(QStringLiteral(":p1"), Clock::nowMs());
    query.bindValue(QStringLiteral(":p2"), id);
    if (!query.exec())
        return Status::failure(tr("The deal could not be archived: %1").arg(sql::errorText(query)));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("The deal is already archived or no longer exists."));
    return {};
}

Status DealRepository::moveToStage(qint64 dealId, qint64 stageId, qint64 byUserId, const QDateTime& when,
                                   const QString& lostReason)
{
    auto deal = get(dealId);
    if (!deal)
        return Status::failure(deal.error());
    auto stage = StageRepository(m_db).get(stageId);
    if (!stage)
        return Status::failure(stage.error());
    return moveToStage(deal.value(), stage.value(), byUserId, when, lostReason);
}

Status DealRepository::moveToStage(const Deal& deal, const Stage& stage, qint64 byUserId, const QDateTime& when,
                                   const QString& lostReason)
{
    const qint64 dealId = deal.id;
    const qint64 stageId = stage.id;
    if (deal.stageId == stageId)
        return {};
    const qint64 at = when.isValid() ? when.toMSecsSinceEpoch() : Clock::nowMs();
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery& move =
        sql::kept(m_db, QStringLiteral("UPDATE deals SET stage_id = ?, stage_entered_at = ?, closed_at = ?, "
                                       "  lost_reason = coalesce(?, lost_reason), updated_at = ? WHERE id = ?"));
    move.bindValue(0, stageId);
    move.bindValue(1, at);
    move.bindValue(2, stage.isFinal() ? QVariant(at) : QVariant());
    move.bindValue(3, sql::text(stage.kind == StageKind::Lost ? lostReason : QString()));
    move.bindValue(4, Clock::nowMs());
    move.bindValue(5, dealId);
    if (!move.exec())
        return Status::failure(tr("The deal could not be moved: %1").arg(sql::errorText(move)));
    QSqlQuery& history = sql::kept(m_db, QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, "
                                                        "to_stage_id, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)"));
    history.bindValue(0, dealId);
    history.bindValue(1, deal.stageId);
    history.bindValue(2, stageId);
    history.bindValue(3, at);
    history.bindValue(4, sql::id(byUserId));
    if (!history.exec())
        return Status::failure(tr("The deal could not be moved: %1").arg(sql::errorText(history)));
    return transaction.commit();
}

Result<QList<StageChange>> DealRepository::history(qint64 dealId) const
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT id, deal_id, from_stage_id, to_stage_id, changed_at, "
                                                        "changed_by FROM deal_stage_history WHERE deal_id = ? "
                                                        "ORDER BY changed_at, id"));
    query.addBindValue(dealId);
    if (!query.exec())
        return Result<QList<StageChange>>::failure(sql::errorText(query));
    QList<StageChange> changes;
    while (query.next()) {
        changes.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                        query.value(3).toLongLong(), sql::toTime(query.value(4)), query.value(5).toLongLong()});
    }
    return changes;
}

Result<QList<Deal>> DealRepository::forContact(qint64 contactId) const
{
    QSqlQuery query = sql::prepare(
        m_db, selectColumns + QStringLiteral("WHERE contact_id = ? AND archived_at IS NULL ORDER BY created_at DESC"));
    query.addBindValue(contactId);
    if (!query.exec())
        return Result<QList<Deal>>::failure(sql::errorText(query));
    QList<Deal> deals;
    while (query.next())
        deals.append(readDeal(query));
    return deals;
}

Result<QList<Deal>> DealRepository::forCompanies(const QList<qint64>& companyIds) const
{
    if (companyIds.isEmpty())
        return QList<Deal>();
    QStringList marks;
    for (qsizetype i = 0; i < companyIds.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query =
        sql::prepare(m_db, selectColumns + QStringLiteral("WHERE company_id IN (%1) AND archived_at IS NULL "
                                                          "ORDER BY created_at DESC, id DESC LIMIT 1000")
                                               .arg(marks.join(u',')));
    for (qint64 id : companyIds)
        query.addBindValue(id);
    if (!query.exec())
        return Result<QList<Deal>>::failure(tr("The deal could not be read: %1").arg(sql::errorText(query)));
    QList<Deal> deals;
    while (query.next())
        deals.append(readDeal(query));
    return deals;
}

Result<QList<Deal>> DealRepository::byIds(const QList<qint64>& ids) const
{
    QList<Deal> deals;
    QString error;
    if (!sql::readByIds(m_db, selectColumns, ids, readDeal, deals, &error))
        return Result<QList<Deal>>::failure(tr("The deal could not be read: %1").arg(error));
    return deals;
}

Result<QList<DealStep>> DealRepository::stepsForContact(qint64 contactId, int limit) const
{
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT d.id, d.title, d.amount_minor, d.currency, fs.name, ts.name, ts.kind, "
                             "  h.changed_at, d.lost_reason "
                             "FROM deals d JOIN deal_stage_history h ON h.deal_id = d.id "
                             "  LEFT JOIN stages fs ON fs.id = h.from_stage_id JOIN stages ts ON ts.id = h.to_stage_id "
                             "WHERE d.contact_id = ? AND d.archived_at IS NULL "
                             "ORDER BY h.changed_at DESC, h.id DESC LIMIT ?"));
    query.addBindValue(contactId);
    query.addBindValue(limit);
    if (!query.exec())
        return Result<QList<DealStep>>::failure(tr("The deal could not be read: %1").arg(sql::errorText(query)));
    QList<DealStep> steps;
    while (query.next()) {
        DealStep step;
        step.dealId = query.value(0).toLongLong();
        step.title = query.value(1).toString();
        step.amount = Money{query.value(2).toLongLong(), query.value(3).toString()};
        step.fromStage = query.value(4).toString();
        step.toStage = query.value(5).toString();
        step.toKind = query.value(6).toString();
        step.at = sql::toTime(query.value(7));
        step.lostReason = query.value(8).toString();
        steps.append(step);
    }
    return steps;
}

} // namespace kontor
