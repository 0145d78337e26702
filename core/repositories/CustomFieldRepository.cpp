// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomFieldRepository.h"

#include "search/TextFolding.h"

#include "Clock.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QSqlQuery>

namespace kontor {

namespace {

const QString fieldColumns = QStringLiteral(
    "SELECT id, record, key, label, type, position, required, searchable, currency, archived_at FROM custom_fields ");

CustomField readField(const QSqlQuery& query)
{
    CustomField field;
    field.id = query.value(0).toLongLong();
    field.record = recordKindFromKey(query.value(1).toString()).value_or(RecordKind::Contact);
    field.key = query.value(2).toString();
    field.label = query.value(3).toString();
    field.type = fieldTypeFromKey(query.value(4).toString()).value_or(FieldType::Text);
    field.position = query.value(5).toInt();
    field.required = query.value(6).toBool();
    field.searchable = query.value(7).toBool();
    field.currency = query.value(8).toString();
    field.archivedAt = sql::toTime(query.value(9));
    return field;
}

Status readOptions(const QSqlDatabase& db, QList<CustomField>& fields)
{
    if (fields.isEmpty())
        return {};
    QHash<qint64, qsizetype> byId;
    QStringList ids;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        byId.insert(fields.at(i).id, i);
        ids << QString::number(fields.at(i).id);
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT field_id, id, label, archived_at FROM custom_field_options "
                                   "WHERE field_id IN (%1) ORDER BY field_id, position, id")
                        .arg(ids.join(u','))))
        return Status::failure(sql::errorText(query));
    while (query.next()) {
        const qsizetype index = byId.value(query.value(0).toLongLong(), -1);
        if (index >= 0)
            fields[index].options.append(
                FieldOption{query.value(1).toLongLong(), query.value(2).toString(), !query.value(3).isNull()});
    }
    return {};
}

/// A value as the columns of custom_values store it.
struct Columns
{
    QVariant text;
    QVariant number;
    QVariant integer;
    QVariant currency;
    /// A text field's value as names sort (sortKey()), for the list's first page in that order (schema 16).
    QVariant sortText;
};

std::optional<Columns> toColumns(FieldType type, const FieldValue& value)
{
    const QVariant none;
    switch (type) {
    case FieldType::Text:
        if (const auto* text = std::get_if<QString>(&value)) {
            const QString key = sortKey(*text);
            return Columns{*text, none, none, none, key.isEmpty() ? none : QVariant(key)};
        }
        break;
    case FieldType::LongText:
        if (const auto* text = std::get_if<QString>(&value))
            return Columns{*text, none, none, none, none};
        break;
    case FieldType::Date:
        if (const auto* date = std::get_if<QDate>(&value); date && date->isValid())
            return Columns{date->toString(Qt::ISODate), none, none, none};
        break;
    case FieldType::Number:
        if (const auto* number = std::get_if<double>(&value))
            return Columns{none, *number, none, none};
        break;
    case FieldType::Money:
        if (const auto* money = std::get_if<Money>(&value))
            return Columns{none, none, money->minor, money->currency};
        break;
    case FieldType::Checkbox:
        if (const auto* checked = std::get_if<bool>(&value))
            return Columns{none, none, qint64(*checked ? 1 : 0), none};
        break;
    case FieldType::Choice:
    case FieldType::ContactLink:
    case FieldType::CompanyLink:
        if (const auto* id = std::get_if<qint64>(&value); id && *id > 0)
            return Columns{none, none, *id, none};
        break;
    case FieldType::Choices:
        break;
    }
    return std::nullopt;
}

FieldValue fromColumns(FieldType type, const QVariant& text, const QVariant& number, const QVariant& integer,
                       const QVariant& currency)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::LongText:
        return text.isNull() ? FieldValue{} : FieldValue{text.toString()};
    case FieldType::Date:
        return text.isNull() ? FieldValue{} : FieldValue{QDate::fromString(text.toString(), Qt::ISODate)};
    case FieldType::Number:
        return number.isNull() ? FieldValue{} : FieldValue{number.toDouble()};
    case FieldType::Money:
        return integer.isNull() ? FieldValue{} : FieldValue{Money{integer.toLongLong(), currency.toString()}};
    case FieldType::Checkbox:
        return integer.isNull() ? FieldValue{} : FieldValue{integer.toLongLong() != 0};
    case FieldType::Choice:
    case FieldType::ContactLink:
    case FieldType::CompanyLink:
        return integer.isNull() ? FieldValue{} : FieldValue{integer.toLongLong()};
    case FieldType::Choices:
        break;
    }
    return {};
}

bool sameValue(const FieldValue& a, const FieldValue& b)
{
    if (isEmptyValue(a) || isEmptyValue(b))
        return isEmptyValue(a) == isEmptyValue(b);
    return a == b;
}

} // namespace

Result<QList<CustomField>> CustomFieldRepository::fields(RecordKind record, bool withArchived) const
{
    using R = Result<QList<CustomField>>;
    QSqlQuery query = sql::prepare(
        m_db, fieldColumns + QStringLiteral("WHERE record = ? %1 ORDER BY position, id")
                                 .arg(withArchived ? QString() : QStringLiteral("AND archived_at IS NULL")));
    query.addBindValue(recordKindKey(record));
    if (!query.exec())
        return R::failure(tr("The custom fields could not be read: %1").arg(sql::errorText(query)));
    QList<CustomField> fields;
    while (query.next())
        fields << readField(query);
    if (Status options = readOptions(m_db, fields); !options)
        return R::failure(tr("The custom fields could not be read: %1").arg(options.error()));
    return fields;
}

Result<CustomField> CustomFieldRepository::field(qint64 id) const
{
    QSqlQuery query = sql::prepare(m_db, fieldColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Result<CustomField>::failure(tr("The custom field could not be read: %1").arg(sql::errorText(query)));
    if (!query.next())
        return Result<CustomField>::failure(tr("There is no custom field with the number %1.").arg(id));
    QList<CustomField> fields{readField(query)};
    if (Status options = readOptions(m_db, fields); !options)
        return Result<CustomField>::failure(options.error());
    return fields.first();
}

Result<CustomField> CustomFieldRepository::byKey(RecordKind record, const QString& key) const
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT id FROM custom_fields WHERE record = ? AND key = ?"));
    query.addBindValue(recordKindKey(record));
    query.addBindValue(key.trimmed());
    if (!query.exec())
        return Result<CustomField>::failure(tr("The custom field could not be read: %1").arg(sql::errorText(query)));
    if (!query.next()) {
        const QString message = record == RecordKind::Contact   ? tr("Contacts have no field “%1”.")
                                : record == RecordKind::Company ? tr("Companies have no field “%1”.")
                                                                : tr("Deals have no field “%1”.");
        return Result<CustomField>::failure(message.arg(key.trimmed()));
    }
    return field(query.value(0).toLongLong());
}

Result<qint64> CustomFieldRepository::create(const CustomField& field)
{
    using R = Result<qint64>;
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return R::failure(begun.error());
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("INSERT INTO custom_fields (record, key, label, type, position, required, searchable, "
                             "currency) VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM "
                             "custom_fields WHERE record = ?), ?, ?, ?)"));
    query.addBindValue(recordKindKey(field.record));
    query.addBindValue(field.key);
    query.addBindValue(field.label);
    query.addBindValue(fieldTypeKey(field.type));
    query.addBindValue(recordKindKey(field.record));
    query.addBindValue(field.required ? 1 : 0);
    query.addBindValue(field.searchable ? 1 : 0);
    query.addBindValue(sql::text(field.currency));
    if (!query.exec())
        return R::failure(tr("The field could not be added: %1").arg(sql::errorText(query)));
    const qint64 id = query.lastInsertId().toLongLong();
    QSqlQuery option = sql::prepare(
        m_db, QStringLiteral("INSERT INTO custom_field_options (field_id, label, position) VALUES (?, ?, ?)"));
    int position = 0;
    for (const FieldOption& choice : field.options) {
        option.addBindValue(id);
        option.addBindValue(choice.label.trimmed());
        option.addBindValue(++position);
        if (!option.exec())
            return R::failure(tr("The field could not be added: %1").arg(sql::errorText(option)));
    }
    if (Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return id;
}

Status CustomFieldRepository::update(const CustomField& field)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("UPDATE custom_fields SET key = ?, label = ?, required = ?, "
                                                        "searchable = ?, currency = ? WHERE id = ?"));
    query.addBindValue(field.key);
    query.addBindValue(field.label);
    query.addBindValue(field.required ? 1 : 0);
    query.addBindValue(field.searchable ? 1 : 0);
    query.addBindValue(sql::text(field.currency));
    query.addBindValue(field.id);
    if (!query.exec())
        return Status::failure(tr("The field could not be saved: %1").arg(sql::errorText(query)));

    QSet<qint64> listed;
    int position = 0;
    for (const FieldOption& option : field.options) {
        ++position;
        QSqlQuery write(m_db);
        if (option.id) {
            listed.insert(option.id);
            write = sql::prepare(m_db, QStringLiteral("UPDATE custom_field_options SET label = ?, position = ?, "
                                                      "archived_at = CASE WHEN ? THEN coalesce(archived_at, ?) END "
                                                      "WHERE id = ? AND field_id = ?"));
            write.addBindValue(option.label.trimmed());
            write.addBindValue(position);
            write.addBindValue(option.archived ? 1 : 0);
            write.addBindValue(Clock::nowMs());
            write.addBindValue(option.id);
            write.addBindValue(field.id);
        } else {
            write = sql::prepare(m_db, QStringLiteral("INSERT INTO custom_field_options (field_id, label, position) "
                                                      "VALUES (?, ?, ?)"));
            write.addBindValue(field.id);
            write.addBindValue(option.label.trimmed());
            write.addBindValue(position);
        }
        if (!write.exec())
            return Status::failure(tr("The field's choices could not be saved: %1").arg(sql::errorText(write)));
        if (!option.id)
            listed.insert(write.lastInsertId().toLongLong());
    }
    // Options no longer listed are archived, not deleted: old values and the history still name them.
    QSqlQuery stored = sql::prepare(m_db, QStringLiteral("SELECT id FROM custom_field_options WHERE field_id = ? AND "
                                                         "archived_at IS NULL"));
    stored.addBindValue(field.id);
    if (!stored.exec())
        return Status::failure(sql::errorText(stored));
    QList<qint64> dropped;
    while (stored.next()) {
        if (!listed.contains(stored.value(0).toLongLong()))
            dropped << stored.value(0).toLongLong();
    }
    for (qint64 id : dropped) {
        QSqlQuery archive = sql::prepare(m_db, QStringLiteral("UPDATE custom_field_options SET archived_at = ? "
                                                              "WHERE id = ?"));
        archive.addBindValue(Clock::nowMs());
        archive.addBindValue(id);
        if (!archive.exec())
            return Status::failure(sql::errorText(archive));
    }
    return transaction.commit();
}

Status CustomFieldRepository::setArchived(qint64 id, bool archived)
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("UPDATE custom_fields SET archived_at = ? WHERE id = ?"));
    query.addBindValue(archived ? QVariant(Clock::nowMs()) : QVariant());
    query.addBindValue(id);
    if (!query.exec())
        return Status::failure(tr("The field could not be saved: %1").arg(sql::errorText(query)));
    return {};
}

Status CustomFieldRepository::reorder(RecordKind record, const QList<qint64>& ids)
{
    auto all = fields(record, true);
    if (!all)
        return Status::failure(all.error());
    QList<qint64> order = ids;
    for (const CustomField& field : all.value()) {
        if (!order.contains(field.id))
            order << field.id;
    }
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    int position = 0;
    for (qint64 id : order) {
        QSqlQuery query =
            sql::prepare(m_db, QStringLiteral("UPDATE custom_fields SET position = ? WHERE id = ? AND record = ?"));
        query.addBindValue(++position);
        query.addBindValue(id);
        query.addBindValue(recordKindKey(record));
        if (!query.exec())
            return Status::failure(tr("The fields could not be put in order: %1").arg(sql::errorText(query)));
    }
    return transaction.commit();
}

Result<qint64> CustomFieldRepository::valueCount(qint64 fieldId) const
{
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT (SELECT count(*) FROM custom_values WHERE field_id = :f) + "
                             "(SELECT count(DISTINCT record_id) FROM custom_value_choices WHERE field_id = :f)"));
    query.bindValue(QStringLiteral(":f"), fieldId);
    if (!query.exec() || !query.next())
        return Result<qint64>::failure(sql::errorText(query));
    return query.value(0).toLongLong();
}

Result<CustomValues> CustomFieldRepository::values(RecordKind record, qint64 recordId) const
{
    // Read with every contact opened and saved: both statements are prepared once per connection.
    using R = Result<CustomValues>;
    CustomValues values;
    {
        sql::KeptRead read(m_db, QStringLiteral("SELECT v.field_id, f.type, v.text_value, v.number_value, "
                                                "v.integer_value, v.currency FROM custom_fields f JOIN custom_values v "
                                                "ON v.field_id = f.id AND v.record_id = ? WHERE f.record = ?"));
        read->bindValue(0, recordId);
        read->bindValue(1, recordKindKey(record));
        if (!read->exec())
            return R::failure(tr("The custom fields could not be read: %1").arg(sql::errorText(*read)));
        while (read->next()) {
            const FieldType type = fieldTypeFromKey(read->value(1).toString()).value_or(FieldType::Text);
            values.insert(read->value(0).toLongLong(),
                          fromColumns(type, read->value(2), read->value(3), read->value(4), read->value(5)));
        }
    }
    sql::KeptRead read(m_db, QStringLiteral("SELECT c.field_id, c.option_id FROM custom_fields f "
                                            "JOIN custom_value_choices c ON c.field_id = f.id AND c.record_id = ? "
                                            "JOIN custom_field_options o ON o.id = c.option_id WHERE f.record = ? "
                                            "ORDER BY c.field_id, o.position, o.id"));
    read->bindValue(0, recordId);
    read->bindValue(1, recordKindKey(record));
    if (!read->exec())
        return R::failure(tr("The custom fields could not be read: %1").arg(sql::errorText(*read)));
    while (read->next()) {
        FieldValue& value = values[read->value(0).toLongLong()];
        if (!std::holds_alternative<QList<qint64>>(value))
            value = QList<qint64>{};
        std::get<QList<qint64>>(value).append(read->value(1).toLongLong());
    }
    return values;
}

Result<QHash<qint64, CustomValues>> CustomFieldRepository::values(RecordKind record,
                                                                  const QList<qint64>& recordIds) const
{
    using R = Result<QHash<qint64, CustomValues>>;
    QHash<qint64, CustomValues> values;
    if (recordIds.isEmpty())
        return values;
    QStringList ids;
    for (qint64 id : recordIds)
        ids << QString::number(id);
    const QString in = ids.join(u',');
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT v.record_id, v.field_id, f.type, v.text_value, v.number_value, "
                                   "v.integer_value, v.currency FROM custom_fields f JOIN custom_values v "
                                   "ON v.field_id = f.id AND v.record_id IN (%1) WHERE f.record = '%2'")
                        .arg(in, recordKindKey(record))))
        return R::failure(tr("The custom fields could not be read: %1").arg(sql::errorText(query)));
    while (query.next()) {
        const FieldType type = fieldTypeFromKey(query.value(2).toString()).value_or(FieldType::Text);
        values[query.value(0).toLongLong()].insert(
            query.value(1).toLongLong(),
            fromColumns(type, query.value(3), query.value(4), query.value(5), query.value(6)));
    }
    if (!query.exec(QStringLiteral("SELECT c.record_id, c.field_id, c.option_id FROM custom_fields f "
                                   "JOIN custom_value_choices c ON c.field_id = f.id AND c.record_id IN (%1) "
                                   "JOIN custom_field_options o ON o.id = c.option_id WHERE f.record = '%2' "
                                   "ORDER BY c.record_id, c.field_id, o.position, o.id")
                        .arg(in, recordKindKey(record))))
        return R::failure(tr("The custom fields could not be read: %1").arg(sql::errorText(query)));
    while (query.next()) {
        FieldValue& value = values[query.value(0).toLongLong()][query.value(1).toLongLong()];
        if (!std::holds_alternative<QList<qint64>>(value))
            value = QList<qint64>{};
        std::get<QList<qint64>>(value).append(query.value(2).toLongLong());
    }
    return values;
}

Status CustomFieldRepository::write(RecordKind record, qint64 recordId, const CustomValues& values)
{
    if (values.isEmpty())
        return {};
    auto defined = fields(record, true);
    if (!defined)
        return Status::failure(defined.error());
    auto stored = this->values(record, recordId);
    if (!stored)
        return Status::failure(stored.error());
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const auto field = std::find_if(defined->cbegin(), defined->cend(),
                                        [&](const CustomField& candidate) { return candidate.id == it.key(); });
        if (field == defined->cend())
            return Status::failure(tr("There is no custom field with the number %1.").arg(it.key()));
        const FieldValue before = stored->value(it.key());
        if (sameValue(before, it.value()))
            continue;
        if (Status written = writeOne(*field, recordId, it.value(), before); !written)
            return written;
    }
    return transaction.commit();
}

Status CustomFieldRepository::writeOne(const CustomField& field, qint64 recordId, const FieldValue& value,
                                       const FieldValue& stored)
{
    auto run = [this](const QString& statement, const QVariantList& binds) -> Status {
        QSqlQuery query = sql::prepare(m_db, statement);
        for (const QVariant& bind : binds)
            query.addBindValue(bind);
        if (!query.exec())
            return Status::failure(tr("The field could not be saved: %1").arg(sql::errorText(query)));
        return {};
    };
    if (field.type == FieldType::Choices) {
        const QList<qint64> before =
            std::holds_alternative<QList<qint64>>(stored) ? std::get<QList<qint64>>(stored) : QList<qint64>{};
        const QList<qint64> after =
            std::holds_alternative<QList<qint64>>(value) ? std::get<QList<qint64>>(value) : QList<qint64>{};
        if (!isEmptyValue(value) && !std::holds_alternative<QList<qint64>>(value))
            return Status::failure(tr("%1 holds a list of its choices.").arg(field.label));
        for (qint64 option : before) {
            if (after.contains(option))
                continue;
            if (Status removed = run(QStringLiteral("DELETE FROM custom_value_choices WHERE field_id = ? AND "
                                                    "record_id = ? AND option_id = ?"),
                                     {field.id, recordId, option});
                !removed)
                return removed;
        }
        for (qint64 option : after) {
            if (before.contains(option))
                continue;
            if (!field.optionById(option))
                return Status::failure(tr("%1 has no choice with the number %2.").arg(field.label).arg(option));
            if (Status added = run(QStringLiteral("INSERT INTO custom_value_choices (field_id, record_id, option_id) "
                                                  "VALUES (?, ?, ?)"),
                                   {field.id, recordId, option});
                !added)
                return added;
        }
        return {};
    }
    if (isEmptyValue(value))
        return run(QStringLiteral("DELETE FROM custom_values WHERE field_id = ? AND record_id = ?"),
                   {field.id, recordId});
    const std::optional<Columns> columns = toColumns(field.type, value);
    if (!columns)
        return Status::failure(tr("%1 cannot hold that value.").arg(field.label));
    if (field.type == FieldType::Choice && !field.optionById(columns->integer.toLongLong()))
        return Status::failure(
            tr("%1 has no choice with the number %2.").arg(field.label).arg(columns->integer.toLongLong()));
    return run(
        QStringLiteral("INSERT INTO custom_values (field_id, record_id, text_value, number_value, "
                       "integer_value, currency, sort_text) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (field_id, record_id) DO UPDATE SET text_value = excluded.text_value, "
                       "number_value = excluded.number_value, integer_value = excluded.integer_value, "
                       "currency = excluded.currency, sort_text = excluded.sort_text"),
        {field.id, recordId, columns->text, columns->number, columns->integer, columns->currency, columns->sortText});
}

CustomValueInserter::CustomValueInserter(const QSqlDatabase& db, QHash<qint64, CustomField> fields)
    : m_fields(std::move(fields)),
      m_value(db, QStringLiteral("INSERT INTO custom_values (field_id, record_id, text_value, number_value, "
                                 "integer_value, currency, sort_text) VALUES (?, ?, ?, ?, ?, ?, ?)")),
      m_choice(db, QStringLiteral("INSERT OR IGNORE INTO custom_value_choices (field_id, record_id, option_id) "
                                  "VALUES (?, ?, ?)"))
{
}

Status CustomValueInserter::insert(qint64 recordId, const CustomValues& values)
{
    const auto failed = [](const BulkStatement& statement) {
        return Status::failure(CustomFieldRepository::tr("The field could not be saved: %1").arg(statement.error()));
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (isEmptyValue(it.value()))
            continue;
        const auto field = m_fields.constFind(it.key());
        if (field == m_fields.cend())
            return Status::failure(
                CustomFieldRepository::tr("There is no custom field with the number %1.").arg(it.key()));
        if (field->type == FieldType::Choices) {
            if (!std::holds_alternative<QList<qint64>>(it.value()))
                return Status::failure(CustomFieldRepository::tr("%1 holds a list of its choices.").arg(field->label));
            for (qint64 option : std::get<QList<qint64>>(it.value())) {
                if (!field->optionById(option))
                    return Status::failure(CustomFieldRepository::tr("%1 has no choice with the number %2.")
                                               .arg(field->label)
                                               .arg(option));
                m_choice.bind(0, field->id);
                m_choice.bind(1, recordId);
                m_choice.bind(2, option);
                if (!m_choice.exec())
                    return failed(m_choice);
            }
            continue;
        }
        const std::optional<Columns> columns = toColumns(field->type, it.value());
        if (!columns)
            return Status::failure(CustomFieldRepository::tr("%1 cannot hold that value.").arg(field->label));
        if (field->type == FieldType::Choice && !field->optionById(columns->integer.toLongLong()))
            return Status::failure(CustomFieldRepository::tr("%1 has no choice with the number %2.")
                                       .arg(field->label)
                                       .arg(columns->integer.toLongLong()));
        m_value.bind(0, field->id);
        m_value.bind(1, recordId);
        m_value.bindValue(2, columns->text);
        m_value.bindValue(3, columns->number);
        m_value.bindValue(4, columns->integer);
        m_value.bindValue(5, columns->currency);
        m_value.bindValue(6, columns->sortText);
        if (!m_value.exec())
            return failed(m_value);
    }
    return {};
}

namespace {

/// Every value of `field`, by record.
Result<QHash<qint64, FieldValue>> valuesOfField(const QSqlDatabase& db, const CustomField& field)
{
    using R = Result<QHash<qint64, FieldValue>>;
    QHash<qint64, FieldValue> values;
    QSqlQuery query = sql::prepare(db, QStringLiteral("SELECT record_id, text_value, number_value, integer_value, "
                                                      "currency FROM custom_values WHERE field_id = ?"));
    query.addBindValue(field.id);
    if (!query.exec())
        return R::failure(sql::errorText(query));
    while (query.next())
        values.insert(query.value(0).toLongLong(),
                      fromColumns(field.type, query.value(1), query.value(2), query.value(3), query.value(4)));
    QSqlQuery choices = sql::prepare(db, QStringLiteral("SELECT c.record_id, c.option_id FROM custom_value_choices c "
                                                        "JOIN custom_field_options o ON o.id = c.option_id "
                                                        "WHERE c.field_id = ? ORDER BY c.record_id, o.position"));
    choices.addBindValue(field.id);
    if (!choices.exec())
        return R::failure(sql::errorText(choices));
    while (choices.next()) {
        FieldValue& value = values[choices.value(0).toLongLong()];
        if (!std::holds_alternative<QList<qint64>>(value))
            value = QList<qint64>{};
        std::get<QList<qint64>>(value).append(choices.value(1).toLongLong());
    }
    return values;
}

/// The text a value converts from when its field becomes of type `to`: an amount without its currency for a number,
/// a single choice the first of several.
QString convertibleText(const CustomField& from, const FieldValue& value, FieldType to, const LinkText& links)
{
    if (const auto* money = std::get_if<Money>(&value); money && to == FieldType::Number) {
        double scale = 1;
        for (int digit = 0; digit < Money::minorDigits(money->currency); ++digit)
            scale *= 10;
        return QString::number(double(money->minor) / scale, 'f', Money::minorDigits(money->currency));
    }
    const QString text = FieldValueText::exportText(from, value, links);
    return to == FieldType::Choice ? text.section(u';', 0, 0).simplified() : text;
}

/// The option labels that the texts of `values` would need in a choice field.
QStringList labelsNeeded(const CustomField& from, const QHash<qint64, FieldValue>& values, FieldType to,
                         const LinkText& links)
{
    QStringList labels;
    QSet<QString> seen;
    for (const FieldValue& value : values) {
        const QString text = convertibleText(from, value, to, links);
        const QStringList parts =
            to == FieldType::Choices ? text.split(u';', Qt::SkipEmptyParts) : QStringList{text.simplified()};
        for (const QString& part : parts) {
            const QString label = part.simplified();
            if (!label.isEmpty() && !seen.contains(label.toCaseFolded())) {
                seen.insert(label.toCaseFolded());
                labels << label;
            }
        }
    }
    return labels;
}

} // namespace

Result<qint64> CustomFieldRepository::valuesLostByTypeChange(const CustomField& field, FieldType type,
                                                             const LinkText& links) const
{
    auto values = valuesOfField(m_db, field);
    if (!values)
        return Result<qint64>::failure(values.error());
    CustomField changed = field;
    changed.type = type;
    if (changed.hasOptions() && !field.hasOptions()) {
        for (const QString& label : labelsNeeded(field, values.value(), type, links))
            changed.options << FieldOption{-1 - changed.options.size(), label, false};
    }
    qint64 lost = 0;
    for (const FieldValue& value : values.value()) {
        auto converted =
            FieldValueText::parse(changed, convertibleText(field, value, type, links), links, QLocale::c());
        if (!converted || isEmptyValue(converted.value()))
            ++lost;
    }
    return lost;
}

Status CustomFieldRepository::changeType(const CustomField& field, FieldType type, const LinkText& links)
{
    auto values = valuesOfField(m_db, field);
    if (!values)
        return Status::failure(values.error());
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery retype = sql::prepare(m_db, QStringLiteral("UPDATE custom_fields SET type = ?, currency = ? "
                                                         "WHERE id = ?"));
    retype.addBindValue(fieldTypeKey(type));
    retype.addBindValue(sql::text(field.currency));
    retype.addBindValue(field.id);
    if (!retype.exec())
        return Status::failure(tr("The field could not be saved: %1").arg(sql::errorText(retype)));
    CustomField changed = field;
    changed.type = type;
    if (changed.hasOptions()) {
        // Every value becomes a choice of the same name: made here when the field has none of that name yet.
        const QStringList labels = labelsNeeded(field, values.value(), type, links);
        for (const QString& label : labels) {
            if (!changed.optionByLabel(label))
                changed.options << FieldOption{0, label, false};
        }
        if (Status options = update(changed); !options)
            return options;
        auto reread = this->field(field.id);
        if (!reread)
            return Status::failure(reread.error());
        changed = reread.value();
    }
    for (auto it = values->cbegin(); it != values->cend(); ++it) {
        auto converted =
            FieldValueText::parse(changed, convertibleText(field, it.value(), type, links), links, QLocale::c());
        const FieldValue after = converted ? converted.value() : FieldValue{};
        // What the old type kept in the other table goes first.
        const bool wasList = field.type == FieldType::Choices;
        const bool isList = type == FieldType::Choices;
        if (wasList != isList) {
            QSqlQuery clear = sql::prepare(
                m_db, wasList ? QStringLiteral("DELETE FROM custom_value_choices WHERE field_id = ? AND record_id = ?")
                              : QStringLiteral("DELETE FROM custom_values WHERE field_id = ? AND record_id = ?"));
            clear.addBindValue(field.id);
            clear.addBindValue(it.key());
            if (!clear.exec())
                return Status::failure(sql::errorText(clear));
        }
        const FieldValue stored = wasList && isList ? it.value() : FieldValue{};
        if (Status written = writeOne(changed, it.key(), after, stored); !written)
            return written;
    }
    return transaction.commit();
}

Status CustomFieldRepository::refreshSortTexts(const QSqlDatabase& db)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT v.id, v.text_value FROM custom_values v JOIN custom_fields f "
                                  "ON f.id = v.field_id WHERE f.type = 'text' AND v.text_value IS NOT NULL")))
        return Status::failure(sql::errorText(read));
    BulkStatement write(db, QStringLiteral("UPDATE custom_values SET sort_text = ? WHERE id = ?"));
    if (!write.isValid())
        return Status::failure(write.error());
    while (read.next()) {
        const QString key = sortKey(read.value(1).toString());
        if (key.isEmpty())
            write.bindNull(0);
        else
            write.bind(0, QStringView(key));
        write.bind(1, read.value(0).toLongLong());
        if (!write.exec())
            return Status::failure(write.error());
    }
    return {};
}

} // namespace kontor
