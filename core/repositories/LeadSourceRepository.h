// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/LeadSource.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace kontor {

/// Lead sources and the campaigns within them.
class LeadSourceRepository
{
    Q_DECLARE_TR_FUNCTIONS(LeadSourceRepository)

public:
    explicit LeadSourceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<LeadSource>> sources() const;
    /// The id of the source with this name, creating it when it does not exist yet.
    Result<qint64> ensureSource(const QString& name);
    Result<qint64> createCampaign(const Campaign& campaign);
    Result<QList<Campaign>> campaigns(qint64 leadSourceId = 0) const;
    Status renameSource(qint64 id, const QString& name);
    /// Saves name, period and spend.
    Status updateCampaign(const Campaign& campaign);

private:
    QSqlDatabase m_db;
};

} // namespace kontor
