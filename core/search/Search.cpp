// SPDX-License-Identifier: GPL-3.0-or-later
#include "Search.h"
#include "Translations.h"

#include "TextFolding.h"
#include "storage/Sql.h"
#include "storage/SqlFunctions.h"

#include <QSqlQuery>

#include <functional>

namespace kontor {

QString searchHitKindKey(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Company:
        return QStringLiteral("company");
    case SearchHit::Kind::Interaction:
        return QStringLiteral("interaction");
    case SearchHit::Kind::Deal:
        return QStringLiteral("deal");
    case SearchHit::Kind::Contact:
        break;
    }
    return QStringLiteral("contact");
}

QStringList Search::words(const QString& text)
{
    // Split where the tokenizer splits (anything but letters, digits and combining marks), so that every term is a
    // single token: "jose.nunez@acme" is jose* AND nunez* AND acme*, never a phrase.
    QStringList words;
    QString current;
    // Persian or Arabic-Indic digits typed in the search find the Latin digits stored (phones, postcodes).
    for (const QChar c : latinDigits(text)) {
        if (c.isLetterOrNumber() || c.isMark()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

QString Search::singleLetter(const QString& text)
{
    const QStringList typed = words(text);
    return typed.size() == 1 && typed.first().size() == 1 ? typed.first() : QString();
}

QString Search::matchExpression(const QString& text)
{
    // One-character prefixes have no prefix index: "d"* would merge the entries of every word starting with d.
    // A one-letter word inside the text is a whole token (the O of O'Brien, an initial); the one being typed at
    // the end is left out until its second letter arrives; a lone letter is not a full-text search at all.
    const QStringList typed = words(text);
    QStringList terms;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QString& word = typed.at(i);
        if (word.size() > 1)
            terms.append(u'"' + word + QStringLiteral("\"*"));
        else if (i + 1 < typed.size())
            terms.append(u'"' + word + u'"');
    }
    return terms.join(u' ');
}

Result<QList<SearchHit>> Search::find(const QString& text, int limit) const
{
    QList<SearchHit> hits;
    auto contacts = findContacts(text, limit);
    if (!contacts)
        return contacts;
    hits += contacts.value();
    if (hits.size() < limit) {
        auto companies = findCompanies(text, limit - static_cast<int>(hits.size()));
        if (!companies)
            return companies;
        hits += companies.value();
    }
    if (hits.size() < limit) {
        auto deals = findDeals(text, limit - static_cast<int>(hits.size()));
        if (!deals)
            return deals;
        hits += deals.value();
    }
    if (hits.size() < limit) {
        auto interactions = findInteractions(text, limit - static_cast<int>(hits.size()));
        if (!interactions)
            return interactions;
        hits += interactions.value();
    }
    return hits;
}

Result<QSqlQuery> Search::execute(const QString& sql, const QVariantList& values) const
{
    QSqlQuery query = sql::prepare(m_db, sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Result<QSqlQuery>::failure(tr("Search failed: %1").arg(sql::errorText(query)));
    return query;
}

Result<QList<SearchHit>> Search::findContacts(const QString& text, int limit) const
{
    if (limit <= 0)
        return QList<SearchHit>{};
    const QString columns =
        QStringLiteral("SELECT c.id, trim(c.first_name || ' ' || c.last_name), co.name, c.title, "
                       "  (SELECT email FROM contact_emails WHERE contact_id = c.id ORDER BY position LIMIT 1) ");
    Result<QSqlQuery> executed = Result<QSqlQuery>::failure(QString());
    if (const QString letter = singleLetter(text); !letter.isEmpty()) {
        // Like the tabs of an address book: the contacts whose last name starts with the letter.
        executed =
            execute(columns + QStringLiteral("FROM contacts c LEFT JOIN companies co ON co.id = c.company_id "
                                             "WHERE c.archived_at IS NULL AND c.sort_name >= ? "
                                             "AND c.sort_name < ? || char(1114111) ORDER BY c.sort_name LIMIT ?"),
                    {sortKey(letter), sortKey(letter), limit});
    } else {
        // The contacts' index holds names folded (Persian however typed): the search is folded the same way.
        const QString expression = matchExpression(foldArabicScript(text));
        if (expression.isEmpty())
            return QList<SearchHit>{};
        executed = execute(columns + QStringLiteral("FROM (SELECT rowid AS id FROM contact_search "
                                                    "      WHERE contact_search MATCH ? LIMIT ?) AS hit "
                                                    "JOIN contacts c ON c.id = hit.id "
                                                    "LEFT JOIN companies co ON co.id = c.company_id"),
                           {expression, limit});
    }
    if (!executed)
        return Result<QList<SearchHit>>::failure(executed.error());
    QSqlQuery& query = executed.value();
    QList<SearchHit> hits;
    while (query.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Contact;
        hit.id = query.value(0).toLongLong();
        hit.contactId = hit.id;
        hit.title = query.value(1).toString();
        QStringList detail;
        for (int column : {3, 2, 4}) {
            const QString part = query.value(column).toString();
            if (!part.isEmpty())
                detail << part;
        }
        hit.detail = joinParts(detail);
        hits.append(hit);
    }
    return hits;
}

Result<QList<SearchHit>> Search::findCompanies(const QString& text, int limit) const
{
    // Folded as the index is since schema 11 (its triggers): Persian is found however it was typed.
    const QString expression = matchExpression(foldArabicScript(text));
    if (expression.isEmpty() || limit <= 0)
        return QList<SearchHit>{};
    auto executed = execute(
        QStringLiteral("SELECT co.id, co.name, co.city, parent.name "
                       "FROM (SELECT rowid AS id FROM company_search WHERE company_search MATCH ? LIMIT ?) AS hit "
                       "JOIN companies co ON co.id = hit.id "
                       "LEFT JOIN companies parent ON parent.id = co.parent_id"),
        {expression, limit});
    if (!executed)
        return Result<QList<SearchHit>>::failure(executed.error());
    QSqlQuery& query = executed.value();
    QList<SearchHit> hits;
    while (query.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Company;
        hit.id = query.value(0).toLongLong();
        hit.title = query.value(1).toString();
        QStringList detail;
        if (!query.value(3).isNull())
            detail << tr("Branch of %1").arg(query.value(3).toString());
        if (!query.value(2).isNull())
            detail << query.value(2).toString();
        hit.detail = joinParts(detail);
        hits.append(hit);
    }
    return hits;
}

Result<QList<SearchHit>> Search::findInteractions(const QString& text, int limit) const
{
    const QString expression = matchExpression(text);
    if (expression.isEmpty() || limit <= 0)
        return QList<SearchHit>{};
    auto executed = execute(QStringLiteral("SELECT i.id, i.contact_id, trim(c.first_name || ' ' || c.last_name), "
                                           "  i.kind, i.occurred_at, coalesce(i.subject, ''), coalesce(i.notes, '') "
                                           "FROM (SELECT rowid AS id FROM interaction_search "
                                           "      WHERE interaction_search MATCH ? LIMIT ?) AS hit "
                                           "JOIN interactions i ON i.id = hit.id "
                                           "JOIN contacts c ON c.id = i.contact_id "
                                           "WHERE i.archived_at IS NULL"),
                            {expression, limit});
    if (!executed)
        return Result<QList<SearchHit>>::failure(executed.error());
    QSqlQuery& query = executed.value();
    QList<SearchHit> hits;
    while (query.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Interaction;
        hit.id = query.value(0).toLongLong();
        hit.contactId = query.value(1).toLongLong();
        hit.when = sql::toTime(query.value(4));
        const QString subject = query.value(5).toString();
        hit.title =
            subject.isEmpty() ? query.value(2).toString() : query.value(2).toString() + QStringLiteral(": ") + subject;
        QString notes = query.value(6).toString().simplified();
        if (notes.size() > 120)
            notes = notes.left(119) + u'…';
        hit.detail = notes;
        hits.append(hit);
    }
    return hits;
}

Result<QList<SearchHit>> Search::findDeals(const QString& text, int limit) const
{
    const QString expression = matchExpression(foldArabicScript(text));
    if (expression.isEmpty() || limit <= 0)
        return QList<SearchHit>{};
    auto executed =
        execute(QStringLiteral("SELECT d.id, d.contact_id, d.title, s.name, "
                               "  trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) "
                               "FROM (SELECT rowid AS id FROM deal_search WHERE deal_search MATCH ? LIMIT ?) "
                               "  AS hit JOIN deals d ON d.id = hit.id JOIN stages s ON s.id = d.stage_id "
                               "LEFT JOIN contacts c ON c.id = d.contact_id WHERE d.archived_at IS NULL"),
                {expression, limit});
    if (!executed)
        return Result<QList<SearchHit>>::failure(executed.error());
    QSqlQuery& query = executed.value();
    QList<SearchHit> hits;
    while (query.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Deal;
        hit.id = query.value(0).toLongLong();
        hit.contactId = query.value(1).toLongLong();
        hit.title = query.value(2).toString();
        const QString contact = query.value(4).toString();
        hit.detail =
            contact.isEmpty() ? query.value(3).toString() : query.value(3).toString() + partSeparator() + contact;
        hits.append(hit);
    }
    return hits;
}

namespace SearchIndex {

namespace {

// A contact's entry: its name, its company's name, its emails, its phones as typed and as digits, and the text of
// its searchable fields (schema 15). Up to the WHERE, which says whose.
QString contactEntries(const QSqlDatabase& db)
{
    // Names folded as the contact search is (findContacts): Persian is found however it was typed.
    const QString name = SqlFunctions::foldedExpression(db, QStringLiteral("c.first_name || ' ' || c.last_name"));
    const QString company = SqlFunctions::foldedExpression(db, QStringLiteral("co.name"));
    // The searchable fields are few: each value is found by (field, record), the values table's unique index.
    const QString fields = SqlFunctions::foldedExpression(
        db, QStringLiteral("(SELECT group_concat(v.text_value, ' ') FROM custom_fields f "
                           "JOIN custom_values v ON v.field_id = f.id AND v.record_id = c.id "
                           "WHERE f.record = 'contact' AND f.searchable = 1 AND f.archived_at IS NULL "
                           "AND f.type IN ('text', 'longtext'))"));
    return QStringLiteral("INSERT INTO contact_search (rowid, name, company, email, phone, fields) "
                          "SELECT c.id, ") +
           name + QStringLiteral(", ") + company +
           QStringLiteral(", "
                          "  (SELECT group_concat(email, ' ') FROM contact_emails WHERE contact_id = c.id), "
                          "  (SELECT group_concat(phone || ' ' || replace(normalized, '+', ''), ' ') "
                          "   FROM contact_phones WHERE contact_id = c.id), ") +
           fields + QStringLiteral(" FROM contacts c LEFT JOIN companies co ON co.id = c.company_id ");
}

} // namespace

Status indexContactsAfter(const QSqlDatabase& db, qint64 lastIndexedId)
{
    // FTS5 writes its pending terms out as a new segment whenever they pass its hash size (1 MB): 16 MB for this
    // statement flushes a sixteenth as often, a fifth less time (64 MB was no faster, and 100 MB more memory).
    // FTS5 keeps the setting in the table, so it goes back to the default afterwards, in the caller's transaction.
    QSqlQuery query(db);
    const auto hashSize = [&query](int bytes) {
        return query.exec(
            QStringLiteral("INSERT INTO contact_search (contact_search, rank) VALUES ('hashsize', %1)").arg(bytes));
    };
    if (!hashSize(16 << 20))
        return Status::failure(sql::errorText(query));
    QSqlQuery insert =
        sql::prepare(db, contactEntries(db) +
                             // FTS5 flushes a new segment whenever a rowid is smaller than the last one inserted.
                             QStringLiteral("WHERE c.id > ? AND c.archived_at IS NULL ORDER BY c.id"));
    insert.addBindValue(lastIndexedId);
    if (!insert.exec())
        return Status::failure(sql::errorText(insert));
    if (!hashSize(1 << 20))
        return Status::failure(sql::errorText(query));
    return {};
}

Status removeContact(const QSqlDatabase& db, qint64 contactId)
{
    QSqlQuery& query = sql::kept(db, QStringLiteral("DELETE FROM contact_search WHERE rowid = ?"));
    query.bindValue(0, contactId);
    if (!query.exec())
        return Status::failure(sql::errorText(query));
    return {};
}

Status reindexContact(const QSqlDatabase& db, qint64 contactId)
{
    if (Status removed = removeContact(db, contactId); !removed)
        return removed;
    // Kept: a save reindexes its contact, and the statement is long.
    QSqlQuery& query = sql::kept(db, contactEntries(db) + QStringLiteral("WHERE c.id = ? AND c.archived_at IS NULL"));
    query.bindValue(0, contactId);
    if (!query.exec())
        return Status::failure(sql::errorText(query));
    return {};
}

Status reindexContactsWithField(const QSqlDatabase& db, qint64 fieldId, const std::function<Status()>& change)
{
    // The holders before the change and after it: a change of type may move a value to the choices' table or
    // remove it, and its contact's entry still holds the old text.
    const QString holders =
        QStringLiteral("INSERT OR IGNORE INTO temp.search_refresh SELECT record_id FROM custom_values "
                       "WHERE field_id = %1 UNION SELECT record_id FROM custom_value_choices "
                       "WHERE field_id = %1")
            .arg(fieldId);
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS search_refresh (contact_id INTEGER PRIMARY KEY)")) ||
        !query.exec(QStringLiteral("DELETE FROM temp.search_refresh")) || !query.exec(holders))
        return Status::failure(sql::errorText(query));
    if (change) {
        if (Status changed = change(); !changed)
            return changed;
        if (!query.exec(holders))
            return Status::failure(sql::errorText(query));
    }
    const QString refreshed = QStringLiteral("(SELECT contact_id FROM temp.search_refresh)");
    if (!query.exec(QStringLiteral("DELETE FROM contact_search WHERE rowid IN ") + refreshed) ||
        !query.exec(contactEntries(db) + QStringLiteral("WHERE c.id IN ") + refreshed +
                    QStringLiteral(" AND c.archived_at IS NULL ORDER BY c.id")) ||
        !query.exec(QStringLiteral("DELETE FROM temp.search_refresh")))
        return Status::failure(sql::errorText(query));
    return {};
}

Status reindexContactsOfCompany(const QSqlDatabase& db, qint64 companyId)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral("SELECT id FROM contacts WHERE company_id = ?"));
    query.addBindValue(companyId);
    if (!query.exec())
        return Status::failure(sql::errorText(query));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    for (qint64 id : ids) {
        if (Status status = reindexContact(db, id); !status)
            return status;
    }
    return {};
}

Status optimize(const QSqlDatabase& db)
{
    // A term missing from the index is looked up in every segment: one segment keeps misses cheap.
    QSqlQuery query(db);
    for (const QString& table :
         {QStringLiteral("contact_search"), QStringLiteral("company_search"), QStringLiteral("interaction_search")}) {
        if (!query.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('optimize')").arg(table)))
            return Status::failure(sql::errorText(query));
    }
    return {};
}

Status rebuild(const QSqlDatabase& db)
{
    const QStringList statements = {
        QStringLiteral("DELETE FROM contact_search"),
        // FTS5 flushes a new segment whenever a rowid is smaller than the last one inserted.
        contactEntries(db) + QStringLiteral("WHERE c.archived_at IS NULL ORDER BY c.id"),
        QStringLiteral("DELETE FROM company_search"),
        // Folded as the triggers of schema 11 fold a company's name and a deal's title.
        QStringLiteral("INSERT INTO company_search (rowid, name) SELECT id, %1 FROM companies "
                       "WHERE archived_at IS NULL ORDER BY id")
            .arg(SqlFunctions::foldedExpression(db, QStringLiteral("name"))),
        QStringLiteral("INSERT INTO interaction_search (interaction_search) VALUES ('rebuild')"),
        QStringLiteral("DELETE FROM deal_search"),
        QStringLiteral("INSERT INTO deal_search (rowid, title) SELECT id, %1 FROM deals "
                       "WHERE archived_at IS NULL ORDER BY id")
            .arg(SqlFunctions::foldedExpression(db, QStringLiteral("title"))),
    };
    QSqlQuery query(db);
    const QStringList tables = {QStringLiteral("contact_search"), QStringLiteral("company_search"),
                                QStringLiteral("interaction_search"), QStringLiteral("deal_search")};
    // Merging segments while millions of rows go in is work that the final optimize does again in one pass.
    for (const QString& table : tables) {
        if (!query.exec(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('automerge', 0)").arg(table)))
            return Status::failure(sql::errorText(query));
    }
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return Status::failure(sql::errorText(query));
    }
    if (Status optimized = optimize(db); !optimized)
        return optimized;
    for (const QString& table : tables) {
        if (!query.exec(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('automerge', 4)").arg(table)))
            return Status::failure(sql::errorText(query));
    }
    return {};
}

Result<QStringList> suspendTriggers(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE "
                                   "'%\\_search\\_%' ESCAPE '\\' ORDER BY name")))
        return Result<QStringList>::failure(sql::errorText(query));
    QStringList names;
    QStringList definitions;
    while (query.next()) {
        names << query.value(0).toString();
        definitions << query.value(1).toString();
    }
    for (const QString& name : names) {
        if (!query.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)))
            return Result<QStringList>::failure(sql::errorText(query));
    }
    return definitions;
}

Status resumeTriggers(const QSqlDatabase& db, const QStringList& triggerSql)
{
    if (Status rebuilt = rebuild(db); !rebuilt)
        return rebuilt;
    QSqlQuery query(db);
    for (const QString& definition : triggerSql) {
        if (!query.exec(definition))
            return Status::failure(sql::errorText(query));
    }
    return {};
}

} // namespace SearchIndex

} // namespace kontor
