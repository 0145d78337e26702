// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Contact.h"
#include "repositories/ContactListQuery.h"
#include "storage/BulkStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <atomic>
#include <optional>

namespace kontor {

/// What the stage history keeps of a move besides from, to and when: why (a move back along the journey or out to
/// Disqualified needs a reason), which automatic rule made it, and who (0: the database's default user).
struct StageMove
{
    QString reason;
    QString rule;
    qint64 userId = 0;
};

/// A contact's writes (create, update, archive and restore, changes to many at once) and the whole contact read
/// back; the contacts list's reads are ContactListQuery's.
class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)

public:
    explicit ContactRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Inserts `contact` with its emails, phones and tags, and the stage it starts in (its stage history's first
    /// entry); returns the new id.
    Result<qint64> create(const Contact& contact);
    /// Writes `contact`; a change of stage is recorded in its stage history with `move`.
    Status update(const Contact& contact, const StageMove& move = {});
    Result<Contact> get(qint64 id) const;
    /// Moves the contact to `stage` alone (the lifecycle rules' moves), recording it in the stage history.
    Status setStage(qint64 id, ContactStatus stage, const StageMove& move);
    /// Soft delete: the contact disappears from lists and search, and restore() brings it back.
    Status archive(qint64 id);
    Status restore(qint64 id);

    /// One change for many contacts at once, in one transaction: any of a new owner, a new status, a tag added,
    /// or archiving.
    struct BulkChange
    {
        std::optional<qint64> ownerId;
        std::optional<ContactStatus> status;
        /// Recorded with each change of stage.
        StageMove move;
        QString addTag;
        bool archive = false;
        /// Custom values to set (an empty one empties the field); other fields are left alone.
        CustomValues custom;
    };
    /// Applies `change` to the contacts; returns how many it changed.
    Result<int> bulkChange(const QList<qint64>& ids, const BulkChange& change);

    /// Whether the database has any contact at all, archived ones too: a new database has none.
    Result<bool> any() const;

    // The contacts list's reads, for the callers that have a repository at hand: ContactListQuery has them and says
    // what each does.
    Result<qint64> count(const ContactFilter& filter) const { return ContactListQuery(m_db).count(filter); }
    Result<QList<ContactRow>> page(const ContactFilter& filter, ContactSort sort, Qt::SortOrder order, qint64 offset,
                                   int limit, std::optional<qint64> knownCount = {}) const
    {
        return ContactListQuery(m_db).page(filter, sort, order, offset, limit, knownCount);
    }
    Result<QList<ContactRow>> pageAfter(const ContactFilter& filter, ContactSort sort, Qt::SortOrder order,
                                        const ContactRow& after, int limit) const
    {
        return ContactListQuery(m_db).pageAfter(filter, sort, order, after, limit);
    }
    static bool canPageAfter(ContactSort sort) { return ContactListQuery::canPageAfter(sort); }
    static bool isIndexed(ContactSort sort) { return ContactListQuery::isIndexed(sort); }
    Result<QList<qint64>> sortedIds(const ContactFilter& filter, ContactSort sort, Qt::SortOrder order,
                                    const std::atomic_bool* cancelled = nullptr) const
    {
        return ContactListQuery(m_db).sortedIds(filter, sort, order, cancelled);
    }
    Result<QList<ContactRow>> rows(const QList<qint64>& ids) const { return ContactListQuery(m_db).rows(ids); }

private:
    Status validate(const Contact& contact) const;
    Status writeDetails(qint64 id, const Contact& contact);
    QSqlDatabase m_db;
};

/// Many new contacts in a row, as create() writes them but for their search entries, inside the caller's
/// transaction: for imports. Its statements are prepared once and it opens no savepoint per contact (each costs the
/// search index a flush), so a contact costs a fraction of a millisecond instead of several. The caller writes the
/// search entries of them all at the end with SearchIndex::indexContactsAfter(), a third faster than one by one.
class ContactInserter
{
    Q_DECLARE_TR_FUNCTIONS(ContactInserter)

public:
    explicit ContactInserter(const QSqlDatabase& db);

    /// Inserts `contact` (its emails, phones and tags); `phoneKeys` is the match key of each phone
    /// (PhoneNumbers::matchKey) and `phoneValid` whether libphonenumber finds it valid, worked out by the caller,
    /// who has parsed them already.
    Result<qint64> insert(const Contact& contact, const QStringList& phoneKeys, const QList<bool>& phoneValid);

private:
    Result<qint64> tagId(const QString& name);

    BulkStatement m_contact;
    BulkStatement m_email;
    BulkStatement m_phone;
    BulkStatement m_newTag;
    BulkStatement m_findTag;
    BulkStatement m_link;
    QHash<QString, qint64> m_tags;
};

} // namespace kontor
