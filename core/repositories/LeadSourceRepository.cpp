// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadSourceRepository.h"

#include "storage/Sql.h"

#include <QSqlQuery>

namespace kontor {

Result<QList<LeadSource>> LeadSourceRepository::sources() const
{
    QSqlQuery query = sql::prepare(
        m_db,
        QStringLiteral("SELECT id, name FROM lead_sources WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE"));
    if (!query.exec())
        return Result<QList<LeadSource>>::failure(sql::errorText(query));
    QList<LeadSource> sources;
    while (query.next())
        sources.append({query.value(0).toLongLong(), query.value(1).toString()});
    return sources;
}

Result<qint64> LeadSourceRepository::ensureSource(const QString& rawName)
{
    const QString name = rawName.simplified();
    if (name.isEmpty())
        return Result<qint64>::failure(tr("A lead source needs a name."));
    QSqlQuery insert =
        sql::prepare(m_db, QStringLiteral("INSERT INTO lead_sources (name) VALUES (?) ON CONFLICT DO NOTHING"));
    insert.addBindValue(name);
    if (!insert.exec())
        return Result<qint64>::failure(tr("The lead source could not be saved: %1").arg(sql::errorText(insert)));
    QSqlQuery select = sql::prepare(m_db, QStringLiteral("SELECT id FROM lead_sources WHERE name = ?"));
    select.addBindValue(name);
    if (!select.exec() || !select.next())
        return Result<qint64>::failure(sql::errorText(select));
    return select.value(0).toLongLong();
}

Result<qint64> LeadSourceRepository::createCampaign(const Campaign& campaign)
{
    if (campaign.name.trimmed().isEmpty())
        return Result<qint64>::failure(tr("A campaign needs a name."));
    if (campaign.leadSourceId <= 0)
        return Result<qint64>::failure(tr("Choose the lead source of the campaign."));
    if (campaign.spend.minor < 0)
        return Result<qint64>::failure(tr("The spend cannot be negative."));
    if (campaign.startsOn.isValid() && campaign.endsOn.isValid() && campaign.endsOn < campaign.startsOn)
        return Result<qint64>::failure(tr("The campaign cannot end before it starts."));
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("INSERT INTO campaigns (lead_source_id, name, starts_on, ends_on, spend_minor, currency) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(campaign.leadSourceId);
    query.addBindValue(campaign.name.trimmed());
    query.addBindValue(sql::date(campaign.startsOn));
    query.addBindValue(sql::date(campaign.endsOn));
    query.addBindValue(campaign.spend.minor);
    query.addBindValue(campaign.spend.currency);
    if (!query.exec())
        return Result<qint64>::failure(tr("The campaign could not be saved: %1").arg(sql::errorText(query)));
    return query.lastInsertId().toLongLong();
}

Result<QList<Campaign>> LeadSourceRepository::campaigns(qint64 leadSourceId) const
{
    QSqlQuery query = sql::prepare(
        m_db,
        QStringLiteral("SELECT id, lead_source_id, name, starts_on, ends_on, spend_minor, currency FROM campaigns "
                       "WHERE archived_at IS NULL AND (:p1 = 0 OR lead_source_id = :p1) ORDER BY starts_on, name"));
    query.bindValue(QStringLiteral(":p1"), leadSourceId);
    if (!query.exec())
        return Result<QList<Campaign>>::failure(sql::errorText(query));
    QList<Campaign> campaigns;
    while (query.next()) {
        Campaign campaign;
        campaign.id = query.value(0).toLongLong();
        campaign.leadSourceId = query.value(1).toLongLong();
        campaign.name = query.value(2).toString();
        campaign.startsOn = sql::toDate(query.value(3));
        campaign.endsOn = sql::toDate(query.value(4));
        campaign.spend = Money{query.value(5).toLongLong(), query.value(6).toString()};
        campaigns.append(campaign);
    }
    return campaigns;
}

Status LeadSourceRepository::renameSource(qint64 id, const QString& name)
{
    if (name.trimmed().isEmpty())
        return Status::failure(tr("A lead source needs a name."));
    QSqlQuery taken = sql::prepare(m_db, QStringLiteral("SELECT 1 FROM lead_sources WHERE name = ? AND id <> ?"));
    taken.addBindValue(name.simplified());
    taken.addBindValue(id);
    if (taken.exec() && taken.next())
        return Status::failure(tr("A lead source called “%1” already exists.").arg(name.simplified()));
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("UPDATE lead_sources SET name = ? WHERE id = ?"));
    query.addBindValue(name.simplified());
    query.addBindValue(id);
    if (!query.exec())
        return Status::failure(tr("The lead source could not be saved: %1").arg(sql::errorText(query)));
    return {};
}

Status LeadSourceRepository::updateCampaign(const Campaign& campaign)
{
    if (campaign.name.trimmed().isEmpty())
        return Status::failure(tr("A campaign needs a name."));
    if (campaign.spend.minor < 0)
        return Status::failure(tr("The spend cannot be negative."));
    if (campaign.startsOn.isValid() && campaign.endsOn.isValid() && campaign.endsOn < campaign.startsOn)
        return Status::failure(tr("The campaign cannot end before it starts."));
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("UPDATE campaigns SET name = ?, starts_on = ?, ends_on = ?, "
                                                        "spend_minor = ?, currency = ? WHERE id = ?"));
    query.addBindValue(campaign.name.trimmed());
    query.addBindValue(sql::date(campaign.startsOn));
    query.addBindValue(sql::date(campaign.endsOn));
    query.addBindValue(campaign.spend.minor);
    query.addBindValue(campaign.spend.currency);
    query.addBindValue(campaign.id);
    if (!query.exec())
        return Status::failure(tr("The campaign could not be saved: %1").arg(sql::errorText(query)));
    return {};
}

} // namespace kontor
