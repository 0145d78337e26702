// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Interaction.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace kontor {

class InteractionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InteractionRepository)

public:
    explicit InteractionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Records an interaction and moves the contact's "last contacted" time forward when it is newer.
    Result<qint64> log(const Interaction& interaction);
    Status update(const Interaction& interaction);
    Result<Interaction> get(qint64 id) const;
    Status archive(qint64 id);
    /// Marks a complaint resolved at `when`, or open again when `when` is invalid.
    Status setResolved(qint64 id, const QDateTime& when);
    /// The contact's interactions, newest first; `before` pages further back in time.
    Result<QList<Interaction>> forContact(qint64 contactId, int limit, const QDateTime& before = {}) const;
    /// The interactions with these ids, in their order (archived ones too: a report may list them).
    Result<QList<Interaction>> byIds(const QList<qint64>& ids) const;
    /// The contact's complaints not yet resolved, newest first.
    Result<QList<Interaction>> openComplaints(qint64 contactId) const;
    /// Sets the contact's "last contacted" time from its interactions again (after some moved to it).
    Status refreshLastInteraction(qint64 contactId);
    /// Kontor's one check of an interaction: a contact, a known kind, a time, a duration not negative.
    Status validate(const Interaction& interaction) const;

private:
    QSqlDatabase m_db;
};

QString directionKey(Direction direction);
Direction directionFromKey(const QString& key);

} // namespace kontor
