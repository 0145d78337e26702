// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

namespace kontor {

struct Contact;

/// A contact as an import found it before updating or merging it, for undo to put back (import_changes.before),
/// and back again: every field an import can touch.
QString contactToJson(const Contact& contact);
void contactFromJson(const QString& json, Contact& contact);

/// The imports carried out, newest first, and undoing one.
class ImportHistory
{
    Q_DECLARE_TR_FUNCTIONS(ImportHistory)

public:
    struct Entry
    {
        qint64 id = 0;
        QString fileName;
        QDateTime startedAt;
        qint64 created = 0;
        qint64 updated = 0;
        qint64 merged = 0;
        qint64 skipped = 0;
        qint64 rejected = 0;
        QDateTime undoneAt;
    };
    struct UndoReport
    {
        qint64 removed = 0;
        qint64 restored = 0;
        /// Created contacts that have gained history since (interactions, deals, reminders): archived, not removed.
        qint64 archived = 0;
    };

    explicit ImportHistory(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Entry>> list() const;
    /// The contacts the import created, updated or merged into, by id.
    Result<QList<qint64>> contactsOf(qint64 importId) const;
    /// Removes what the import created and puts back what it updated or merged, in one transaction.
    Result<UndoReport> undo(qint64 importId, const ProgressCallback& progress = {});

private:
    QSqlDatabase m_db;
};

} // namespace kontor
