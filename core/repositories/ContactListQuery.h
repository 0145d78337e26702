// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Contact.h"
#include "domain/CustomField.h"
#include "repositories/FieldConditions.h"
#include "territories/Territories.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
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
    /// The customer's RFM segment as last stored (CustomerSegments: "at_risk"); empty for a contact who is none.
    QString segment;
    /// The stored lead score (LeadScoring); none for a contact never scored.
    std::optional<int> score;
    /// What its territory is worked out from (Territories).
    TerritoryAddress address;
    /// The name as sorted (see sortKey()); with the id it positions the row for reading on after it.
    QString sortName;
    /// The contact's custom values and their text on the screen, by field id; filled by the list's model for the
    /// fields it shows, not by ContactListQuery.
    CustomValues custom;
    QHash<qint64, QString> customText;
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
    /// Empty: any; otherwise the customers of this RFM segment as last stored (rfmSegmentKey: "at_risk").
    QString segment;
    /// Conditions on built-in and custom fields (FieldConditions), all of which a contact meets.
    QList<SqlCondition> conditions;
    friend bool operator==(const ContactFilter&, const ContactFilter&) = default;
};

/// The orders of the contacts list. The first four walk an index, so any page of them reads at once; the others
/// are sorted as a whole list of ids (sortedIds()), which takes a second or two for a million contacts.
/// CustomField sorts by the value of the field given to ContactListQuery::setSortField().
enum class ContactSort {
    Name,
    Status,
    LastInteraction,
    Created,
    Company,
    Title,
    Email,
    Phone,
    LeadSource,
    Owner,
    CustomField,
    /// By RFM segment, best first (allRfmSegments()); contacts who are no customers last.
    Segment,
    /// By lead score; contacts never scored last.
    Score
};

/// The contacts list: which contacts a filter matches, how many, and a page of them in one of the list's orders, as
/// ContactRows. The filter and the order are all SQL, so a page of a million contacts reads in milliseconds.
class ContactListQuery
{
    Q_DECLARE_TR_FUNCTIONS(ContactListQuery)

public:
    explicit ContactListQuery(QSqlDatabase db) : m_db(std::move(db)) {}
    /// The field ContactSort::CustomField sorts by: a contact field (choices by the order of their options, multiple
    /// choice by its first option, links by the linked record's name, money by amount).
    void setSortField(const kontor::CustomField& field) { m_sortField = field; }

    Result<qint64> count(const ContactFilter& filter) const;
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
    /// The first `limit` ids of sortedIds(), read along the sort field's value index where there is one (see
    /// hasQuickFirstPage()): milliseconds where sortedIds() takes seconds. None for the other orders.
    Result<std::optional<QList<qint64>>> firstSorted(const ContactFilter& filter, ContactSort sort, Qt::SortOrder order,
                                                     int limit) const;
    /// Whether firstSorted() reads the order's first page quickly: custom fields of text, numbers, amounts, dates,
    /// boxes and choices. Not long text, nor links, which sort by the linked record's name.
    static bool hasQuickFirstPage(ContactSort sort, const kontor::CustomField& field);
    /// The rows of `ids`, in the order given; ids no longer listed (archived or deleted since) are left out.
    Result<QList<ContactRow>> rows(const QList<qint64>& ids) const;

private:
    Result<QList<ContactRow>> readPage(const QString& innerSql, const QVariantList& values,
                                       const QString& outerOrder) const;

    QSqlDatabase m_db;
    kontor::CustomField m_sortField;
};

} // namespace kontor
