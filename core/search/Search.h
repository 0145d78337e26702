// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace kontor {

struct SearchHit
{
    enum class Kind { Contact, Company, Interaction, Deal };
    Kind kind = Kind::Contact;
    qint64 id = 0;
    /// For interactions: the contact it belongs to.
    qint64 contactId = 0;
    QString title;
    QString detail;
    QDateTime when;
};

QString searchHitKindKey(SearchHit::Kind kind);

/// Full-text search over contacts (names, company, emails, phones), companies and interaction notes.
/// Every word typed is a prefix and all must match; accents and case are ignored. Results come in index
/// order, not ranked: ranking a large match set by bm25 costs far more than a keystroke allows.
class Search
{
    Q_DECLARE_TR_FUNCTIONS(Search)

public:
    explicit Search(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The FTS5 expression for what the user typed; empty when it holds nothing to search for in full text.
    static QString matchExpression(const QString& text);
    /// The words of `text` as the index splits them.
    static QStringList words(const QString& text);
    /// The letter, when all that was typed is one letter or digit: searched by last name, not in full text.
    static QString singleLetter(const QString& text);

    /// Contacts first, then companies, then interactions, up to `limit` hits in all.
    Result<QList<SearchHit>> find(const QString& text, int limit = 50) const;
    Result<QList<SearchHit>> findContacts(const QString& text, int limit) const;
    Result<QList<SearchHit>> findCompanies(const QString& text, int limit) const;
    /// Deals whose title matches, with their stage and contact as the detail.
    Result<QList<SearchHit>> findDeals(const QString& text, int limit) const;
    Result<QList<SearchHit>> findInteractions(const QString& text, int limit) const;

private:
    Result<QSqlQuery> execute(const QString& sql, const QVariantList& values) const;
    QSqlDatabase m_db;
};

/// Keeps the contact search index in step; repositories call it inside their transactions.
namespace SearchIndex {
Status reindexContact(const QSqlDatabase& db, qint64 contactId);
Status reindexContactsOfCompany(const QSqlDatabase& db, qint64 companyId);
/// The entries of the contacts that have a value in the field: after it became searchable or no longer is, was
/// archived or restored; with `change`, of those that had one before it too (a change of type moves and removes
/// values). In the caller's transaction.
Status reindexContactsWithField(const QSqlDatabase& db, qint64 fieldId, const std::function<Status()>& change = {});
Status removeContact(const QSqlDatabase& db, qint64 contactId);
/// Writes the entries of the contacts whose id is above `lastIndexedId`, in one statement: for an import, whose
/// contacts (ContactInserter) go in without them.
Status indexContactsAfter(const QSqlDatabase& db, qint64 lastIndexedId);
/// Merges each index's segments into one; worth doing after bulk loads.
Status optimize(const QSqlDatabase& db);
/// Rebuilds all three indexes from their tables.
Status rebuild(const QSqlDatabase& db);

/// For bulk loads inside one transaction. FTS5 flushes its pending terms at every statement savepoint, and a
/// trigger-maintained index makes every insert open one, which makes row-by-row loading many times slower.
/// suspend() drops the index triggers, resume() rebuilds the indexes once and puts the triggers back; both
/// belong inside the caller's transaction, so a rollback undoes them too.
Result<QStringList> suspendTriggers(const QSqlDatabase& db);
Status resumeTriggers(const QSqlDatabase& db, const QStringList& triggerSql);
} // namespace SearchIndex

} // namespace kontor
