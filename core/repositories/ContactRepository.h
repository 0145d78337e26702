// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Contact.h"
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

/// What the contacts list shows: one lightweight row per contact.
struct ContactRow
{
    qint64 id = 0;
    QString name;
    QString company;
    QString title;
    QString email;
    QString phone;
    ContactStatus status = ContactStatus::Lead;
    QString leadSource;
    QString owner;
    QDateTime lastInteractionAt;
    QDateTime createdAt;
    /// The name as sorted (see sortKey()); with the id it positions the row for reading on after it.
    QString sortName;
};

/// What the data health check finds wrong with a contact's data.
enum class DataProblem {
    /// Neither an email address nor a phone number.
    NoEmailOrPhone,
    /// An email address not shaped like one (ContactText::isPlausibleEmail's rules).
    InvalidEmail,
    /// A phone number libphonenumber could not read, or reads as a number that does not exist (schema 8's
    /// contact_phones.valid).
    InvalidPhone,
    NoOwner,
    NoLeadSource,
};

/// Which contacts the list shows. Everything is evaluated in SQL.
struct ContactFilter
{
    /// Words typed in the search box (full-text, prefix per word).
    QString text;
    std::optional<ContactStatus> status;
    /// 0: any.
    qint64 ownerId = 0;
    qint64 leadSourceId = 0;
    /// Empty: any; otherwise contacts with this tag (case ignored).
    QString tag;
    /// Last contacted within [from, to) (UTC); an invalid end is open.
    QDateTime lastContactFrom;
    QDateTime lastContactTo;
    /// 0: any; otherwise contacts not contacted for this many days before now, or never.
    int noContactForDays = 0;
    bool archived = false;
    std::optional<DataProblem> problem;
    /// 0: any; otherwise the contacts this import created, updated or merged into.
    qint64 importId = 0;
    friend bool operator==(const ContactFilter&, const ContactFilter&) = default;
};

/// The orders of the contacts list. The first four walk an index, so any page of them reads at once; the others
/// are sorted as a whole list of ids (sortedIds()), which takes a second or two for a million contacts.
enum class ContactSort { Name, Status, LastInteraction, Created, Company, Title, Email, Phone, LeadSource, Owner };

class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)

public:
    explicit ContactRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Inserts `contact` with its emails, phones and tags; returns the new id.
    Result<qint64> create(const Contact& contact);
    Status update(const Contact& contact);
    Result<Contact> get(qint64 id) const;
    /// Soft delete: the contact disappears from lists and search, and restore() brings it back.
    Status archive(qint64 id);
    Status restore(qint64 id);

    /// One change for many contacts at once, in one transaction: any of a new owner, a new status, a tag added,
    /// or archiving.
    struct BulkChange
    {
        std::optional<qint64> ownerId;
        std::optional<ContactStatus> status;
        QString addTag;
        bool archive = false;
    };
    /// Applies `change` to the contacts; returns how many it changed.
    Result<int> bulkChange(const QList<qint64>& ids, const BulkChange& change);

    Result<qint64> count(const ContactFilter& filter) const;
    /// Whether the database has any contact at all, archived ones too: a new database has none.
    Result<bool> any() const;
    /// Rows [offset, offset + limit) of the filtered list in the given order. `knownCount`, when the caller has
    /// it from count(), saves counting again for pages in the second half of the list.
    Result<QList<ContactRow>> page(const ContactFilter& filter, ContactSort sort, Qt::SortOrder order, qint64 offset,
                                   int limit, std::optional<qint64> knownCount = {}) const;

    /// The `limit` rows that follow `after` in the given order. Unlike an offset this costs the same anywhere in a
    /// million rows, so reading on page by page stays fast. Only for sorts whose columns are never NULL.
    Result<QList<ContactRow>> pageAfter(const ContactFilter& filter, ContactSort sort, Qt::SortOrder order,
                                        const ContactRow& after, int limit) const;
    static bool canPageAfter(ContactSort sort) { return isIndexed(sort) && sort != ContactSort::LastInteraction; }

    /// True for the orders that page() and pageAfter() read straight from an index.
    static bool isIndexed(ContactSort sort);
    /// The ids of every contact the filter matches, in the given order: blanks last whichever the direction, and
    /// contacts with the same value by name. For the orders without an index; `cancelled`, checked while reading,
    /// stops early with an empty list.
    Result<QList<qint64>> sortedIds(const ContactFilter& filter, ContactSort sort, Qt::SortOrder order,
                                    const std::atomic_bool* cancelled = nullptr) const;
    /// The rows of `ids`, in the order given; ids no longer listed (archived or deleted since) are left out.
    Result<QList<ContactRow>> rows(const QList<qint64>& ids) const;

private:
    Result<QList<ContactRow>> readPage(const QString& innerSql, const QVariantList& values,
                                       const QString& outerOrder) const;
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
