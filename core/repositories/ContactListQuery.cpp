// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactListQuery.h"
#include "ContactWhere.h"

#include "Clock.h"
#include "reports/RfmReport.h"
#include "search/Search.h"
#include "search/TextFolding.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <vector>

namespace kontor {

using contactlist::indexHints;
using contactlist::Where;
using contactlist::whereClause;

namespace {

// The order of the sales process; the same expression as the contacts_by_status index, so that SQLite uses it.
QString statusRank(const QString& alias)
{
    return QStringLiteral("(CASE %1status WHEN 'lead' THEN 1 WHEN 'mql' THEN 2 WHEN 'sql' THEN 3 "
                          "WHEN 'opportunity' THEN 4 WHEN 'customer' THEN 5 WHEN 'disqualified' THEN 6 ELSE 7 END)")
        .arg(alias);
}

// `alias` is the table alias with its dot, or empty; `direction` is ASC or DESC.
QString sortExpression(ContactSort sort, const QString& alias, const QString& direction)
{
    QStringList columns;
    switch (sort) {
    case ContactSort::Status:
        columns = {statusRank(alias), QStringLiteral("sort_name")};
        break;
    case ContactSort::LastInteraction:
        columns = {QStringLiteral("last_interaction_at")};
        break;
    case ContactSort::Created:
        columns = {QStringLiteral("created_at")};
        break;
    default:
        columns = {QStringLiteral("sort_name")};
        break;
    }
    columns << QStringLiteral("id");
    for (QString& column : columns)
        column = (column.startsWith(QStringLiteral("(CASE")) ? column : alias + column) + u' ' + direction;
    return columns.join(QStringLiteral(", "));
}

} // namespace

Result<qint64> ContactListQuery::count(const ContactFilter& filter) const
{
    const Where where = whereClause(filter);
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE ") + where.clause);
    for (const QVariant& value : where.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return Result<qint64>::failure(tr("The contacts could not be counted: %1").arg(sql::errorText(query)));
    return query.value(0).toLongLong();
}

Result<QList<ContactRow>> ContactListQuery::page(const ContactFilter& filter, ContactSort sort, Qt::SortOrder order,
                                                 qint64 offset, int limit, std::optional<qint64> knownCount) const
{
    using R = Result<QList<ContactRow>>;
    if (limit <= 0 || offset < 0)
        return QList<ContactRow>{};
    if (!isIndexed(sort)) {
        const Result<QList<qint64>> ids = sortedIds(filter, sort, order);
        if (!ids)
            return R::failure(ids.error());
        return rows(ids->mid(offset, limit));
    }
    const Where where = whereClause(filter, indexHints(m_db, filter));

    // OFFSET walks the index from one end; for the second half of the list walk from the other end, so a jump
    // to the end costs no more than one to the middle. The ids are chosen on the index alone; names of
    // companies, sources and owners are joined for the page's rows only.
    bool fromEnd = false;
    qint64 innerOffset = offset;
    qint64 innerLimit = limit;
    if (offset > 10000) {
        const Result<qint64> total = knownCount ? Result<qint64>(*knownCount) : count(filter);
        if (!total)
            return R::failure(total.error());
        if (offset > total.value() / 2) {
            fromEnd = true;
            const qint64 end = std::min<qint64>(offset + limit, total.value());
            innerOffset = total.value() - end;
            innerLimit = end - offset;
            if (innerLimit <= 0)
                return QList<ContactRow>{};
        }
    }
    const bool ascending = (order == Qt::AscendingOrder) != fromEnd;
    const QString asc = QStringLiteral("ASC");
    const QString desc = QStringLiteral("DESC");
    const QString innerOrder = sortExpression(sort, QString(), ascending ? asc : desc);
    const QString outerOrder = sortExpression(sort, QStringLiteral("c."), order == Qt::AscendingOrder ? asc : desc);

    QVariantList values = where.values;
    values << innerLimit << innerOffset;
    return readPage(QStringLiteral("SELECT id FROM contacts WHERE ") + where.clause + QStringLiteral(" ORDER BY ") +
                        innerOrder + QStringLiteral(" LIMIT ? OFFSET ?"),
                    values, outerOrder);
}

Result<QList<ContactRow>> ContactListQuery::pageAfter(const ContactFilter& filter, ContactSort sort,
                                                      Qt::SortOrder order, const ContactRow& after, int limit) const
{
    if (!canPageAfter(sort))
        return Result<QList<ContactRow>>::failure(tr("This order cannot be read on from a row."));
    if (limit <= 0)
        return QList<ContactRow>{};
    const Where where = whereClause(filter, indexHints(m_db, filter));
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString comparison = order == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<");
    QString key;
    QVariantList values = where.values;
    switch (sort) {
    case ContactSort::Status:
        key = QStringLiteral("(") + statusRank(QString()) + QStringLiteral(", sort_name, id) %1 (?, ?, ?)");
        values << static_cast<int>(after.status) + 1 << after.sortName << after.id;
        break;
    case ContactSort::Created:
        key = QStringLiteral("(created_at, id) %1 (?, ?)");
        values << after.createdAt.toMSecsSinceEpoch() << after.id;
        break;
    default:
        key = QStringLiteral("(sort_name, id) %1 (?, ?)");
        values << after.sortName << after.id;
        break;
    }
    values << limit;
    return readPage(QStringLiteral("SELECT id FROM contacts WHERE ") + where.clause + QStringLiteral(" AND ") +
                        key.arg(comparison) + QStringLiteral(" ORDER BY ") +
                        sortExpression(sort, QString(), direction) + QStringLiteral(" LIMIT ?"),
                    values, sortExpression(sort, QStringLiteral("c."), direction));
}

namespace {

// The columns of a ContactRow, read by readRow(); the query names the contact `c`.
const char* const rowColumns =
    "SELECT c.id, trim(c.first_name || ' ' || c.last_name), co.name, c.title, "
    "  (SELECT email FROM contact_emails WHERE contact_id = c.id ORDER BY position LIMIT 1), "
    "  (SELECT phone FROM contact_phones WHERE contact_id = c.id ORDER BY position LIMIT 1), "
    "  c.status, ls.name, u.name, c.last_interaction_at, c.created_at, c.sort_name, "
    "  (SELECT segment FROM contact_segments WHERE contact_id = c.id), "
    "  (SELECT score FROM contact_scores WHERE contact_id = c.id), c.country, c.region, c.postal_code ";
const char* const rowJoins = "LEFT JOIN companies co ON co.id = c.company_id "
                             "LEFT JOIN lead_sources ls ON ls.id = c.lead_source_id "
                             "LEFT JOIN users u ON u.id = c.owner_id ";

ContactRow readRow(const QSqlQuery& query)
{
    ContactRow row;
    row.id = query.value(0).toLongLong();
    row.name = query.value(1).toString();
    row.company = query.value(2).toString();
    row.title = query.value(3).toString();
    row.email = query.value(4).toString();
    row.phone = query.value(5).toString();
    row.status = contactStatusFromKey(query.value(6).toString());
    row.leadSource = query.value(7).toString();
    row.owner = query.value(8).toString();
    row.lastInteractionAt = sql::toTime(query.value(9));
    row.createdAt = sql::toTime(query.value(10));
    row.sortName = query.value(11).toString();
    row.segment = query.value(12).toString();
    if (!query.value(13).isNull())
        row.score = query.value(13).toInt();
    row.address = TerritoryAddress{query.value(14).toString(), query.value(15).toString(), query.value(16).toString()};
    return row;
}

// Ranks the rows of a small table by the sort key of a name column, so that a million contacts are sorted by an
// integer instead of by a string looked up for each of them.
Result<QHash<qint64, int>> ranksOf(const QSqlDatabase& db, const QString& table, const QString& nameColumn,
                                   bool nameIsSortKey)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral("SELECT id, %1 FROM %2").arg(nameColumn, table));
    if (!query.exec())
        return Result<QHash<qint64, int>>::failure(sql::errorText(query));
    QList<std::pair<QString, qint64>> keys;
    while (query.next()) {
        const QString name = query.value(1).toString();
        keys.append({nameIsSortKey ? name : sortKey(name), query.value(0).toLongLong()});
    }
    std::sort(keys.begin(), keys.end());
    QHash<qint64, int> ranks;
    ranks.reserve(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        ranks.insert(keys.at(i).second, static_cast<int>(i));
    return ranks;
}

} // namespace

namespace {

bool sortsAsNumber(FieldType type)
{
    return type == FieldType::Number || type == FieldType::Money || type == FieldType::Checkbox ||
           type == FieldType::Choices;
}

// The value a contact is sorted by for a custom field, as an expression over `contacts`: the stored value, the
// position of the first option chosen, or the linked record's sort name.
QString customSortKey(const CustomField& field)
{
    const QString id = QString::number(field.id);
    const QString value =
        QStringLiteral("(SELECT %2 FROM custom_values WHERE field_id = %1 AND record_id = contacts.id)");
    switch (field.type) {
    case FieldType::Number:
        return value.arg(id, QStringLiteral("number_value"));
    case FieldType::Checkbox:
        // A box never ticked, or ticked and cleared, is "no" either way.
        return QStringLiteral("coalesce(%1, 0)").arg(value.arg(id, QStringLiteral("integer_value")));
    case FieldType::Money:
    case FieldType::Choice:
        return value.arg(id, QStringLiteral("integer_value"));
    case FieldType::Choices:
        return QStringLiteral("(SELECT min(o.position) FROM custom_value_choices c JOIN custom_field_options o "
                              "ON o.id = c.option_id WHERE c.field_id = %1 AND c.record_id = contacts.id)")
            .arg(id);
    case FieldType::ContactLink:
        return QStringLiteral("(SELECT l.sort_name FROM contacts l WHERE l.id = %1)")
            .arg(value.arg(id, QStringLiteral("integer_value")));
    case FieldType::CompanyLink:
        return QStringLiteral("(SELECT l.sort_name FROM companies l WHERE l.id = %1)")
            .arg(value.arg(id, QStringLiteral("integer_value")));
    case FieldType::Text:
        // Folded as names are, when it was written (schema 16), as firstSorted() reads it too.
        return value.arg(id, QStringLiteral("sort_text"));
    default:
        // Long text, and dates as ISO 8601, which sorts as the dates do.
        return value.arg(id, QStringLiteral("text_value"));
    }
}

} // namespace

bool ContactListQuery::isIndexed(ContactSort sort)
{
    return sort == ContactSort::Name || sort == ContactSort::Status || sort == ContactSort::LastInteraction ||
           sort == ContactSort::Created;
}

Result<QList<qint64>> ContactListQuery::sortedIds(const ContactFilter& filter, ContactSort sort, Qt::SortOrder order,
                                                  const std::atomic_bool* cancelled) const
{
    using R = Result<QList<qint64>>;
    const auto failure = [](const QString& reason) {
        return R::failure(tr("The contacts could not be sorted: %1").arg(reason));
    };
    const Where where = whereClause(filter);
    if (isIndexed(sort)) {
        QSqlQuery query = sql::prepare(
            m_db, QStringLiteral("SELECT id FROM contacts WHERE ") + where.clause + QStringLiteral(" ORDER BY ") +
                      sortExpression(sort, QString(),
                                     order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC")));
        for (const QVariant& value : where.values)
            query.addBindValue(value);
        if (!query.exec())
            return failure(sql::errorText(query));
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    }

    // Owners, sources and companies are few beside the contacts: each becomes its rank among them by name.
    QString key;
    Result<QHash<qint64, int>> ranks = QHash<qint64, int>{};
    switch (sort) {
    case ContactSort::Company:
        key = QStringLiteral("company_id");
        ranks = ranksOf(m_db, QStringLiteral("companies"), QStringLiteral("sort_name"), true);
        break;
    case ContactSort::LeadSource:
        key = QStringLiteral("lead_source_id");
        ranks = ranksOf(m_db, QStringLiteral("lead_sources"), QStringLiteral("name"), false);
        break;
    case ContactSort::Owner:
        key = QStringLiteral("owner_id");
        ranks = ranksOf(m_db, QStringLiteral("users"), QStringLiteral("name"), false);
        break;
    case ContactSort::Title:
        key = QStringLiteral("title");
        break;
    case ContactSort::Email:
        key = QStringLiteral("(SELECT normalized FROM contact_emails WHERE contact_id = contacts.id "
                             "ORDER BY position LIMIT 1)");
        break;
    case ContactSort::Phone:
        key = QStringLiteral("(SELECT normalized FROM contact_phones WHERE contact_id = contacts.id "
                             "ORDER BY position LIMIT 1)");
        break;
    case ContactSort::Segment: {
        // Each segment as its place among them, best first.
        QStringList places;
        QHash<qint64, int> segmentRanks;
        const QList<RfmSegment> segments = allRfmSegments();
        for (qsizetype i = 0; i < segments.size(); ++i) {
            places << QStringLiteral("WHEN '%1' THEN %2").arg(rfmSegmentKey(segments.at(i))).arg(i);
            segmentRanks.insert(i, static_cast<int>(i));
        }
        key = QStringLiteral("(SELECT CASE segment %1 END FROM contact_segments WHERE contact_id = contacts.id)")
                  .arg(places.join(u' '));
        ranks = segmentRanks;
        break;
    }
    case ContactSort::Score:
        key = QStringLiteral("(SELECT score FROM contact_scores WHERE contact_id = contacts.id)");
        break;
    case ContactSort::CustomField:
        if (m_sortField.id <= 0 || m_sortField.record != RecordKind::Contact)
            return failure(tr("No contact field to sort by."));
        key = customSortKey(m_sortField);
        if (m_sortField.type == FieldType::Choice) {
            // In the order the settings give the options, as a pick list reads.
            QHash<qint64, int> optionRanks;
            for (qsizetype i = 0; i < m_sortField.options.size(); ++i)
                optionRanks.insert(m_sortField.options.at(i).id, static_cast<int>(i));
            ranks = optionRanks;
        }
        break;
    default:
        break;
    }
    if (!ranks)
        return failure(ranks.error());
    const bool byRank = sort == ContactSort::Company || sort == ContactSort::LeadSource || sort == ContactSort::Owner ||
                        sort == ContactSort::Segment ||
                        (sort == ContactSort::CustomField && m_sortField.type == FieldType::Choice);
    const bool byNumber =
        sort == ContactSort::Score || (sort == ContactSort::CustomField && sortsAsNumber(m_sortField.type));
    // Text to fold as names are (so that case and accents do not split a list), and text that sorts as it is.
    const bool foldText =
        sort == ContactSort::Title || (sort == ContactSort::CustomField && m_sortField.type == FieldType::LongText);

    // SQL delivers the contacts by name, which is the order among equal keys; a stable sort by the key alone keeps
    // it. A full scan sorted in memory reads a million rows faster than walking the name index, which visits the
    // table in random order.
    const QString moneyCurrency =
        sort == ContactSort::CustomField && m_sortField.type == FieldType::Money
            ? QStringLiteral("(SELECT currency FROM custom_values WHERE field_id = %1 AND record_id = contacts.id)")
                  .arg(m_sortField.id)
            : QStringLiteral("NULL");
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT id, ") + key + QStringLiteral(", ") + moneyCurrency +
                                             QStringLiteral(" FROM contacts NOT INDEXED WHERE ") + where.clause +
                                             QStringLiteral(" ORDER BY sort_name, id"));
    for (const QVariant& value : where.values)
        query.addBindValue(value);
    query.setForwardOnly(true);
    if (!query.exec())
        return failure(sql::errorText(query));

    // Amounts of two currencies do not compare (minor units differ too): by currency, then by amount.
    const bool currencyFirst = sort == ContactSort::CustomField && m_sortField.type == FieldType::Money;
    struct Entry
    {
        qint64 id;
        int rank;
        double number;
        QString text;
    };
    constexpr int blank = std::numeric_limits<int>::max();
    std::vector<Entry> entries;
    QHash<QString, QString> titleKeys;
    while (query.next()) {
        if (cancelled && entries.size() % 4096 == 0 && cancelled->load())
            return QList<qint64>{};
        Entry entry{query.value(0).toLongLong(), 0, 0.0, {}};
        const QVariant value = query.value(1);
        if (byRank) {
            entry.rank = value.isNull() ? blank : ranks->value(value.toLongLong(), blank);
        } else if (byNumber) {
            // An amount without its currency (not written by Kontor) is no amount.
            const bool noCurrency = currencyFirst && query.value(2).isNull();
            entry.rank = value.isNull() || noCurrency ? blank : 0;
            entry.number = value.toDouble();
            entry.text = query.value(2).toString();
        } else {
            const QString text = value.toString();
            if (text.trimmed().isEmpty()) {
                entry.rank = blank;
            } else if (foldText) {
                // Titles repeat ("Sales manager"): fold each distinct one once.
                auto cached = titleKeys.constFind(text);
                if (cached == titleKeys.cend())
                    cached = titleKeys.insert(text, sortKey(text));
                entry.text = *cached;
            } else {
                entry.text = text;
            }
        }
        entries.push_back(std::move(entry));
    }
    if (query.lastError().isValid())
        return failure(sql::errorText(query));

    const bool ascending = order == Qt::AscendingOrder;
    std::stable_sort(entries.begin(), entries.end(), [ascending, currencyFirst](const Entry& a, const Entry& b) {
        // Blanks stay at the end in either direction, as in a spreadsheet.
        if ((a.rank == blank) != (b.rank == blank))
            return b.rank == blank;
        if (a.rank != b.rank)
            return ascending ? a.rank < b.rank : a.rank > b.rank;
        if (currencyFirst && a.text != b.text)
            return ascending ? a.text < b.text : a.text > b.text;
        if (a.number != b.number)
            return ascending ? a.number < b.number : a.number > b.number;
        const int compared = a.text.compare(b.text);
        return ascending ? compared < 0 : compared > 0;
    });
    QList<qint64> ids;
    ids.reserve(static_cast<qsizetype>(entries.size()));
    for (const Entry& entry : entries)
        ids.append(entry.id);
    return ids;
}

Result<QList<ContactRow>> ContactListQuery::rows(const QList<qint64>& ids) const
{
    using R = Result<QList<ContactRow>>;
    if (ids.isEmpty())
        return QList<ContactRow>{};
    QStringList placeholders(ids.size(), QStringLiteral("?"));
    QSqlQuery query =
        sql::prepare(m_db, QLatin1String(rowColumns) + QStringLiteral("FROM contacts c ") + QLatin1String(rowJoins) +
                               QStringLiteral("WHERE c.id IN (") + placeholders.join(u',') + u')');
    for (qint64 id : ids)
        query.addBindValue(id);
    if (!query.exec())
        return R::failure(tr("The contacts could not be read: %1").arg(sql::errorText(query)));
    QHash<qint64, ContactRow> byId;
    while (query.next()) {
        ContactRow row = readRow(query);
        byId.insert(row.id, row);
    }
    QList<ContactRow> ordered;
    ordered.reserve(ids.size());
    for (qint64 id : ids) {
        if (auto found = byId.constFind(id); found != byId.cend())
            ordered.append(*found);
    }
    return ordered;
}

Result<QList<ContactRow>> ContactListQuery::readPage(const QString& innerSql, const QVariantList& values,
                                                     const QString& outerOrder) const
{
    using R = Result<QList<ContactRow>>;
    // The ids are chosen on the index alone; names of companies, sources and owners are joined for the page only.
    QSqlQuery query = sql::prepare(m_db, QLatin1String(rowColumns) + QStringLiteral("FROM (") + innerSql +
                                             QStringLiteral(") AS page JOIN contacts c ON c.id = page.id ") +
                                             QLatin1String(rowJoins) + QStringLiteral("ORDER BY ") + outerOrder);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return R::failure(tr("The contacts could not be read: %1").arg(sql::errorText(query)));
    QList<ContactRow> rows;
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

} // namespace kontor
