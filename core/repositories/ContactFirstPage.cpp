// SPDX-License-Identifier: GPL-3.0-or-later
// The first page of the contacts list sorted by a custom field, read along the field's value index instead of
// sorting a million contacts first (ContactListQuery::sortedIds), so that the list shows it at once while the whole
// order is made in the background. It is the same page, contact for contact: the values in order, contacts with the
// same value by name, blanks last by name. Should a contact change meanwhile, the list sees that the whole order
// starts otherwise and shows the whole order instead.
#include "ContactListQuery.h"
#include "ContactWhere.h"

#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>
#include <vector>

namespace kontor {

using contactlist::Where;
using contactlist::whereClause;

namespace {

/// A group of contacts with one place in the order (one option chosen, a box ticked or not, no value), as a condition
/// on `contacts`, and where a cheap count of its holders is read when the group may be small.
struct Group
{
    QString condition;
    /// The group's holders' ids, from an index; empty where the group is found only by what its holders lack.
    QString holders;
};

constexpr int fewHolders = 5000;

/// Contacts the filter and `group` match, by name: the holders looked up one by one where they are few, otherwise
/// the name index walked until `limit` are found.
Result<QList<qint64>> groupPage(const QSqlDatabase& db, const Where& where, const Group& group, int limit)
{
    using R = Result<QList<qint64>>;
    bool few = false;
    if (!group.holders.isEmpty()) {
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2)")
                            .arg(group.holders, QString::number(fewHolders + 1))) ||
            !count.next())
            return R::failure(sql::errorText(count));
        few = count.value(0).toLongLong() <= fewHolders;
    }
    // The holders' subquery shows only record_id, so the filter's bare column names still mean the contact's.
    const QString from =
        few ? QStringLiteral("(%1) v CROSS JOIN contacts ON contacts.id = v.record_id").arg(group.holders)
            : QStringLiteral("contacts");
    QSqlQuery query =
        sql::prepare(db, QStringLiteral("SELECT contacts.id FROM %1 WHERE %2 AND %3 ORDER BY contacts.sort_name, "
                                        "contacts.id LIMIT %4")
                             .arg(from, where.clause, group.condition, QString::number(limit)));
    for (const QVariant& value : where.values)
        query.addBindValue(value);
    if (!query.exec())
        return R::failure(sql::errorText(query));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

/// The first `limit` contacts with a value, along the value's index: every contact up to the limit and all that
/// share the last value, then sorted by value and name as sortedIds() does. When the last value is shared by more
/// contacts than a page (a region, a round amount), its first ones by name are found by walking the names instead.
Result<QList<qint64>> valuePage(const QSqlDatabase& db, const Where& where, const CustomField& field, bool ascending,
                                int limit)
{
    using R = Result<QList<qint64>>;
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString values;
    QString order;
    QString column;
    switch (field.type) {
    case FieldType::Number:
        values = QStringLiteral("SELECT record_id, number_value AS value, NULL AS currency FROM custom_values "
                                "INDEXED BY custom_values_by_number WHERE field_id = %1 AND number_value IS NOT NULL");
        order = QStringLiteral("v.value %1").arg(direction);
        column = QStringLiteral("number_value");
        break;
    case FieldType::Money:
        values = QStringLiteral("SELECT record_id, integer_value AS value, currency FROM custom_values INDEXED BY "
                                "custom_values_by_money WHERE field_id = %1 AND currency IS NOT NULL "
                                "AND integer_value IS NOT NULL");
        order = QStringLiteral("v.currency %1, v.value %1").arg(direction);
        column = QStringLiteral("integer_value");
        break;
    case FieldType::Text:
        // As names sort: schema 16 keeps each text value's sort key.
        values = QStringLiteral("SELECT record_id, sort_text AS value, NULL AS currency FROM custom_values INDEXED BY "
                                "custom_values_by_sort_text WHERE field_id = %1 AND sort_text IS NOT NULL");
        order = QStringLiteral("v.value %1").arg(direction);
        column = QStringLiteral("sort_text");
        break;
    default:
        // Dates, as ISO 8601 text.
        values = QStringLiteral("SELECT record_id, text_value AS value, NULL AS currency FROM custom_values INDEXED BY "
                                "custom_values_by_text WHERE field_id = %1 AND text_value IS NOT NULL "
                                "AND trim(text_value) <> ''");
        order = QStringLiteral("v.value %1").arg(direction);
        column = QStringLiteral("text_value");
        break;
    }
    QSqlQuery query = sql::prepare(
        db, QStringLiteral("SELECT v.record_id, v.value, v.currency, contacts.sort_name FROM (%1) v CROSS JOIN "
                           "contacts ON contacts.id = v.record_id WHERE %2 ORDER BY %3")
                .arg(values.arg(field.id), where.clause, order));
    for (const QVariant& value : where.values)
        query.addBindValue(value);
    query.setForwardOnly(true);
    if (!query.exec())
        return R::failure(sql::errorText(query));

    struct Entry
    {
        qint64 id;
        QVariant value;
        QString currency;
        // Compared as SQLite's BINARY collation compares it, as sortedIds() receives the names.
        QByteArray name;
    };
    const bool isText = field.type == FieldType::Date || field.type == FieldType::Text;
    const auto sameValue = [isText](const Entry& a, const Entry& b) {
        return a.currency == b.currency &&
               (isText ? a.value.toString() == b.value.toString() : a.value.toDouble() == b.value.toDouble());
    };
    std::vector<Entry> entries;
    size_t groupStart = 0;
    std::optional<Entry> bigGroup;
    while (query.next()) {
        Entry entry{query.value(0).toLongLong(), query.value(1), query.value(2).toString(),
                    query.value(3).toString().toUtf8()};
        const bool newValue = entries.empty() || !sameValue(entry, entries.back());
        if (entries.size() >= static_cast<size_t>(limit) && newValue)
            break;
        if (newValue)
            groupStart = entries.size();
        if (entries.size() >= static_cast<size_t>(limit) && entries.size() - groupStart >= static_cast<size_t>(limit)) {
            // Beyond the page, and a whole page of one value: the rest of it is not read here.
            bigGroup = entry;
            break;
        }
        entries.push_back(std::move(entry));
    }
    if (query.lastError().isValid())
        return R::failure(sql::errorText(query));
    Group last;
    if (bigGroup) {
        entries.resize(groupStart);
        QString condition = QStringLiteral("field_id = %1 AND %2 = %3")
                                .arg(QString::number(field.id), column, sql::literal(bigGroup->value));
        if (field.type == FieldType::Money)
            condition += QStringLiteral(" AND currency = %1").arg(sql::literal(bigGroup->currency));
        last = Group{
            QStringLiteral("EXISTS (SELECT 1 FROM custom_values WHERE %1 AND record_id = contacts.id)").arg(condition),
            QStringLiteral("SELECT record_id FROM custom_values WHERE %1").arg(condition)};
    }
    std::stable_sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
        if (a.currency != b.currency)
            return ascending ? a.currency < b.currency : a.currency > b.currency;
        if (!sameValue(a, b)) {
            const bool less =
                isText ? a.value.toString() < b.value.toString() : a.value.toDouble() < b.value.toDouble();
            return ascending == less;
        }
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    QList<qint64> ids;
    for (size_t i = 0; i < entries.size() && ids.size() < limit; ++i)
        ids << entries.at(i).id;
    if (bigGroup && ids.size() < limit) {
        auto rest = groupPage(db, where, last, limit - static_cast<int>(ids.size()));
        if (!rest)
            return R::failure(rest.error());
        ids << rest.value();
    }
    return ids;
}

} // namespace

bool ContactListQuery::hasQuickFirstPage(ContactSort sort, const kontor::CustomField& field)
{
    if (sort != ContactSort::CustomField || field.id <= 0 || field.record != RecordKind::Contact)
        return false;
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Number:
    case FieldType::Money:
    case FieldType::Date:
    case FieldType::Checkbox:
    case FieldType::Choice:
    case FieldType::Choices:
        return true;
    default:
        // Long text has no sort key stored, and a link sorts by the linked record's name.
        return false;
    }
}

Result<std::optional<QList<qint64>>> ContactListQuery::firstSorted(const ContactFilter& filter, ContactSort sort,
                                                                   Qt::SortOrder order, int limit) const
{
    using R = Result<std::optional<QList<qint64>>>;
    if (!hasQuickFirstPage(sort, m_sortField) || limit <= 0)
        return std::optional<QList<qint64>>{};
    const auto failure = [](const QString& reason) {
        return R::failure(tr("The contacts could not be sorted: %1").arg(reason));
    };
    const Where where = whereClause(filter);
    const bool ascending = order == Qt::AscendingOrder;
    const QString id = QString::number(m_sortField.id);
    const auto holdersOf = [&id](const QString& valueCondition) {
        return QStringLiteral("SELECT record_id FROM custom_values WHERE field_id = %1 AND %2").arg(id, valueCondition);
    };
    const auto holding = [&id](const QString& valueCondition) {
        return QStringLiteral("EXISTS (SELECT 1 FROM custom_values WHERE field_id = %1 AND record_id = contacts.id "
                              "AND %2)")
            .arg(id, valueCondition);
    };

    // The values in their order, as groups or along an index; then the blanks.
    QList<Group> groups;
    std::optional<Group> blanks;
    QList<qint64> ids;
    switch (m_sortField.type) {
    case FieldType::Checkbox: {
        // Never ticked, or cleared, is "no": no blanks.
        const QString ticked = QStringLiteral("integer_value <> 0");
        groups = {Group{QStringLiteral("NOT ") + holding(ticked), {}}, Group{holding(ticked), holdersOf(ticked)}};
        if (!ascending)
            std::reverse(groups.begin(), groups.end());
        break;
    }
    case FieldType::Choice: {
        // In the order of the options; a value that is none of them is a blank.
        QStringList optionIds;
        for (const FieldOption& option : m_sortField.options) {
            const QString value = QStringLiteral("integer_value = %1").arg(option.id);
            groups << Group{holding(value), holdersOf(value)};
            optionIds << QString::number(option.id);
        }
        if (!ascending)
            std::reverse(groups.begin(), groups.end());
        const QString known = optionIds.isEmpty() ? QStringLiteral("NULL") : optionIds.join(u',');
        blanks = Group{QStringLiteral("NOT ") + holding(QStringLiteral("integer_value IN (%1)").arg(known)), {}};
        break;
    }
    case FieldType::Choices: {
        // By the first option chosen: the group of a place in the options is who chose an option there and none
        // before it. Every option counts, archived too, as in sortedIds(); an archived option may share its place
        // with another.
        QSqlQuery positions(m_db);
        if (!positions.exec(QStringLiteral("SELECT DISTINCT position FROM custom_field_options WHERE field_id = %1 "
                                           "ORDER BY position")
                                .arg(id)))
            return failure(sql::errorText(positions));
        while (positions.next()) {
            const QString position = positions.value(0).toString();
            const QString chose = QStringLiteral("SELECT DISTINCT c.record_id FROM custom_value_choices c JOIN "
                                                 "custom_field_options o ON o.id = c.option_id WHERE c.field_id = %1 "
                                                 "AND o.position = %2")
                                      .arg(id, position);
            const QString condition =
                QStringLiteral("EXISTS (SELECT 1 FROM custom_value_choices c JOIN custom_field_options o ON o.id = "
                               "c.option_id WHERE c.field_id = %1 AND c.record_id = contacts.id AND o.position = %2) "
                               "AND NOT EXISTS (SELECT 1 FROM custom_value_choices c JOIN custom_field_options o "
                               "ON o.id = c.option_id WHERE c.field_id = %1 AND c.record_id = contacts.id "
                               "AND o.position < %2)")
                    .arg(id, position);
            groups << Group{condition, chose};
        }
        if (!ascending)
            std::reverse(groups.begin(), groups.end());
        blanks = Group{QStringLiteral("NOT EXISTS (SELECT 1 FROM custom_value_choices WHERE field_id = %1 AND "
                                      "record_id = contacts.id)")
                           .arg(id),
                       {}};
        break;
    }
    default: {
        auto values = valuePage(m_db, where, m_sortField, ascending, limit);
        if (!values)
            return failure(values.error());
        ids = values.value();
        const QString present = m_sortField.type == FieldType::Number ? QStringLiteral("number_value IS NOT NULL")
                                : m_sortField.type == FieldType::Money
                                    ? QStringLiteral("currency IS NOT NULL AND integer_value IS NOT NULL")
                                : m_sortField.type == FieldType::Text ? QStringLiteral("sort_text IS NOT NULL")
                                                                      : QStringLiteral("trim(text_value) <> ''");
        blanks = Group{QStringLiteral("NOT ") + holding(present), {}};
        break;
    }
    }
    if (blanks)
        groups << *blanks;
    for (const Group& group : groups) {
        if (ids.size() >= limit)
            break;
        auto page = groupPage(m_db, where, group, limit - static_cast<int>(ids.size()));
        if (!page)
            return failure(page.error());
        ids << page.value();
    }
    return std::optional<QList<qint64>>(ids);
}

} // namespace kontor
