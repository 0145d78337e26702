// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Stage.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace kontor {

class StageRepository
{
    Q_DECLARE_TR_FUNCTIONS(StageRepository)

public:
    explicit StageRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Active stages in pipeline order.
    Result<QList<Stage>> list() const;
    Result<Stage> get(qint64 id) const;
    Result<qint64> create(const Stage& stage);
    Status update(const Stage& stage);
    /// Puts the stages in the order of `orderedIds`.
    Status reorder(const QList<qint64>& orderedIds);
    /// Retires the stage: its deals move to `reassignTo` (each move recorded in the deal's history) and the stage
    /// leaves the pipeline. The last Won or Lost stage cannot go.
    Status remove(qint64 stageId, qint64 reassignTo, qint64 byUserId = 0);

private:
    Status validate(const Stage& stage) const;
    QSqlDatabase m_db;
};

} // namespace kontor
