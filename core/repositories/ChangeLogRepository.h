// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariantMap>

namespace kontor {

/// One change of a record: created, updated (with the columns that changed, before and after), archived, restored or
/// deleted.
struct ChangeEntry
{
    QString action;
    /// Column name to value, for the changed columns only.
    QVariantMap oldValues;
    QVariantMap newValues;
    QDateTime changedAt;
    QString changedBy;
};

/// Reads the change history that schema 4's triggers keep for contacts, companies, deals, reminders and
/// interactions.
class ChangeLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLogRepository)

public:
    enum class Entity { Contact, Company, Deal, Reminder, Interaction };

    explicit ChangeLogRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The record's changes, newest first.
    Result<QList<ChangeEntry>> forRecord(Entity entity, qint64 id, int limit = 500) const;

    /// The name the row that `column` (company_id, owner_id, stage_id, contact_id, ...) refers to is known by, for
    /// showing a change of reference; "#<id>" when the row is gone or the column is not a reference.
    QString referencedName(const QString& column, qint64 id) const;
    /// How many records of each kind (entityKey) were added or changed after `since`: what going back to a copy made
    /// then would lose. Read from the newest change back to the first one older than `since`, so it costs what was
    /// done since, not the size of the history; stops counting after `limit` changes (then `*more` is set).
    Result<QHash<QString, qint64>> changedSince(const QDateTime& since, bool* more = nullptr, int limit = 200000) const;

    static QString entityKey(Entity entity);

private:
    QSqlDatabase m_db;
};

} // namespace kontor
