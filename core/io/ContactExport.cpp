// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactExport.h"
#include "UtcTime.h"

#include "domain/ContactStatus.h"
#include "domain/FieldValueText.h"
#include "io/CsvWriter.h"
#include "io/VCard.h"
#include "repositories/CustomFieldRepository.h"
#include "storage/BulkStatement.h"

#include <QDateTime>
#include <QHash>
#include <QIODevice>

#include <algorithm>
#include <memory>

namespace kontor {

namespace {

/// A value of a list that hangs off a contact (an email, a phone) with its label, as UTF-8.
struct ChildValue
{
    QByteArray value;
    QByteArray label;
};

/// The rows of a table that hang off contacts (emails, phones, tags), read in contact order beside the contacts
/// themselves: one sequential pass each instead of three lookups per contact. Column 0 is the contact's id.
class ChildRows
{
public:
    ChildRows(const QSqlDatabase& db, const QString& sql) : m_rows(db, sql)
    {
        m_ok = m_rows.exec();
        advance();
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_rows.error(); }

    /// The rows of `contactId` (columns 1 and 2), skipping those of contacts before it (archived ones).
    void read(qint64 contactId, QList<ChildValue>& values)
    {
        values.clear();
        while (m_current >= 0 && m_current < contactId)
            advance();
        while (m_current == contactId) {
            values.append({m_rows.utf8(1).toByteArray(), m_rows.utf8(2).toByteArray()});
            advance();
        }
    }

private:
    void advance() { m_current = m_ok && m_rows.next() ? m_rows.integer(0) : -1; }

    BulkStatement m_rows;
    bool m_ok = false;
    qint64 m_current = -1;
};

/// One custom field's values beside the contacts, as ChildRows reads a list: along the field's own index, in contact
/// order. Column 1 is the stored value (a multiple choice gives a row per option), column 2 a money value's currency.
struct CustomColumn
{
    CustomField field;
    std::shared_ptr<ChildRows> rows;
};

FieldValue valueOf(const CustomField& field, const QList<ChildValue>& rows)
{
    if (rows.isEmpty())
        return {};
    const QByteArray& stored = rows.first().value;
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
        return QString::fromUtf8(stored);
    case FieldType::Date:
        return QDate::fromString(QString::fromUtf8(stored), Qt::ISODate);
    case FieldType::Number:
        return stored.toDouble();
    case FieldType::Money:
        return Money{stored.toLongLong(), QString::fromUtf8(rows.first().label)};
    case FieldType::Checkbox:
        return stored.toLongLong() != 0;
    case FieldType::Choices: {
        QList<qint64> ids;
        for (const ChildValue& row : rows)
            ids << row.value.toLongLong();
        return ids;
    }
    default:
        return stored.toLongLong();
    }
}

QHash<qint64, QByteArray> namesById(const QSqlDatabase& db, const QString& table)
{
    QHash<qint64, QByteArray> names;
    BulkStatement query(db, QStringLiteral("SELECT id, name FROM %1").arg(table));
    if (query.exec())
        while (query.next())
            names.insert(query.integer(0), query.utf8(1).toByteArray());
    return names;
}

QString text(const QByteArray& utf8)
{
    return QString::fromUtf8(utf8);
}

QList<LabeledValue> labeled(const QList<ChildValue>& values)
{
    QList<LabeledValue> list;
    for (const ChildValue& value : values)
        list.append({text(value.value), text(value.label)});
    return list;
}

/// As QDateTime's Qt::ISODate writes a UTC time ("2025-10-16T22:13:14Z"), without its formatting machinery, which
/// was a tenth of an export's time.
QByteArray isoUtc(qint64 msecsSinceEpoch)
{
    const QDateTime time = utcFromMs(msecsSinceEpoch);
    const QDate date = time.date();
    if (date.year() < 1000 || date.year() > 9999)
        return time.toString(Qt::ISODate).toUtf8();
    QByteArray text("0000-00-00T00:00:00Z");
    const auto put = [&text](qsizetype at, int value, int digits) {
        for (qsizetype i = at + digits - 1; i >= at; --i, value /= 10)
            text[i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    put(5, date.month(), 2);
    put(8, date.day(), 2);
    put(11, time.time().hour(), 2);
    put(14, time.time().minute(), 2);
    put(17, time.time().second(), 2);
    return text;
}

} // namespace

QStringList ContactExport::csvColumns()
{
    // The field keys of DESIGN.md, which the import maps by themselves.
    return {QStringLiteral("first_name"),  QStringLiteral("last_name"), QStringLiteral("company"),
            QStringLiteral("title"),       QStringLiteral("email"),     QStringLiteral("email2"),
            QStringLiteral("phone"),       QStringLiteral("mobile"),    QStringLiteral("birthday"),
            QStringLiteral("street"),      QStringLiteral("city"),      QStringLiteral("region"),
            QStringLiteral("postal_code"), QStringLiteral("country"),   QStringLiteral("lead_source"),
            QStringLiteral("campaign"),    QStringLiteral("status"),    QStringLiteral("owner"),
            QStringLiteral("tags"),        QStringLiteral("notes"),     QStringLiteral("created_at")};
}

Result<qint64> ContactExport::write(QIODevice* out, Format format, CsvMode mode, const ProgressCallback& progress) const
{
    using R = Result<qint64>;
    BulkStatement total(m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE archived_at IS NULL"));
    if (!total.exec() || !total.next())
        return R::failure(tr("The contacts could not be read: %1").arg(total.error()));
    const qint64 count = total.integer(0);

    // In the order the contacts were added: one pass along the table and beside it along each list of emails,
    // phones and tags. By name it would read the table in random order, several times slower on a big file.
    BulkStatement query(m_db, QStringLiteral(R"SQL(
SELECT id, first_name, last_name, company_id, title, birthday, street, city, region, postal_code, country, status,
  lead_source_id, campaign_id, owner_id, notes, created_at
FROM contacts WHERE archived_at IS NULL ORDER BY id
)SQL"));
    if (!query.exec())
        return R::failure(tr("The contacts could not be read: %1").arg(query.error()));
    ChildRows emailRows(m_db, QStringLiteral("SELECT contact_id, email, label FROM contact_emails "
                                             "ORDER BY contact_id, position"));
    ChildRows phoneRows(m_db, QStringLiteral("SELECT contact_id, phone, label FROM contact_phones "
                                             "ORDER BY contact_id, position"));
    ChildRows tagRows(m_db, QStringLiteral("SELECT contact_id, t.name, NULL FROM contact_tags JOIN tags t "
                                           "ON t.id = tag_id ORDER BY contact_id"));
    for (const ChildRows* rows : {&emailRows, &phoneRows, &tagRows})
        if (!rows->ok())
            return R::failure(tr("The contacts could not be read: %1").arg(rows->error()));
    const QHash<qint64, QByteArray> companies = namesById(m_db, QStringLiteral("companies"));
    const QHash<qint64, QByteArray> sources = namesById(m_db, QStringLiteral("lead_sources"));
    const QHash<qint64, QByteArray> campaigns = namesById(m_db, QStringLiteral("campaigns"));
    const QHash<qint64, QByteArray> users = namesById(m_db, QStringLiteral("users"));
    const auto nameIn = [&query](const QHash<qint64, QByteArray>& names, int column) {
        return query.isNull(column) ? QByteArray() : names.value(query.integer(column));
    };
    // The exact mode keeps the stored key ("customer"); a spreadsheet shows the word the window shows.
    QHash<QByteArray, QByteArray> statusNames;
    for (const ContactStatus status : allContactStatuses())
        statusNames.insert(contactStatusKey(status).toUtf8(), contactStatusName(status).toUtf8());

    const bool safe = mode == CsvMode::SpreadsheetSafe;
    const auto put = [out](const QByteArray& bytes) { return out->write(bytes) == bytes.size(); };
    // The business's own fields after the built-in ones, by key.
    QList<CustomColumn> custom;
    QStringList header = csvColumns();
    {
        auto fields = CustomFieldRepository(m_db).fields(RecordKind::Contact);
        if (!fields)
            return R::failure(tr("The contacts could not be read: %1").arg(fields.error()));
        for (const CustomField& field : fields.value()) {
            const QString sql =
                field.type == FieldType::Choices
                    ? QStringLiteral("SELECT c.record_id, c.option_id, NULL FROM custom_value_choices c JOIN "
                                     "custom_field_options o ON o.id = c.option_id WHERE c.field_id = %1 "
                                     "ORDER BY c.record_id, o.position")
                          .arg(field.id)
                    : QStringLiteral("SELECT record_id, coalesce(text_value, number_value, integer_value), currency "
                                     "FROM custom_values WHERE field_id = %1 ORDER BY record_id")
                          .arg(field.id);
            custom.append({field, std::make_shared<ChildRows>(m_db, sql)});
            if (!custom.last().rows->ok())
                return R::failure(tr("The contacts could not be read: %1").arg(custom.last().rows->error()));
            header << field.key;
        }
    }
    const LinkText links = databaseLinks(m_db);
    QList<ChildValue> customRows;
    QList<QByteArray> customCells;
    if (format == Format::Csv && !put(QByteArrayLiteral("\xEF\xBB\xBF") + CsvWriter::line(header, safe).toUtf8()))
        return R::failure(tr("The export could not be written: %1").arg(out->errorString()));
    qint64 written = 0;
    QByteArray batch;
    QList<VCard> cards;
    const auto flush = [&] {
        const bool ok = put(format == Format::Csv ? batch : VCards::write(cards));
        batch.clear();
        cards.clear();
        return ok;
    };
    QList<ChildValue> emails;
    QList<ChildValue> phones;
    QList<ChildValue> tagRowsOfContact;
    QList<QByteArray> tags;
    while (query.next()) {
        const qint64 id = query.integer(0);
        emailRows.read(id, emails);
        phoneRows.read(id, phones);
        tagRows.read(id, tagRowsOfContact);
        tags.clear();
        for (const ChildValue& tag : tagRowsOfContact)
            tags.append(tag.value);
        std::sort(tags.begin(), tags.end(),
                  [](const QByteArray& a, const QByteArray& b) { return QString::fromUtf8(a) < QString::fromUtf8(b); });
        if (format == Format::Csv) {
            // As the contact window shows them: the first two emails, the first phone and the mobile.
            const auto value = [](const QList<ChildValue>& list, qsizetype i) {
                return i < list.size() ? QByteArrayView(list.at(i).value) : QByteArrayView();
            };
            const QByteArray status = query.utf8(11).toByteArray();
            const QByteArray createdAt = query.isNull(16) ? QByteArray() : isoUtc(query.integer(16));
            customCells.clear();
            for (CustomColumn& column : custom) {
                column.rows->read(id, customRows);
                customCells
                    << FieldValueText::exportText(column.field, valueOf(column.field, customRows), links).toUtf8();
            }
            // Views of values that live to the end of the line: the names and joined tags are held here.
            const QByteArray company = nameIn(companies, 3);
            const QByteArray source = nameIn(sources, 12);
            const QByteArray campaign = nameIn(campaigns, 13);
            const QByteArray owner = nameIn(users, 14);
            const QByteArray shownStatus = safe ? statusNames.value(status, status) : status;
            const QByteArray joinedTags = tags.join("; ");
            QList<QByteArrayView> cells = {
                query.utf8(1),    query.utf8(2),    company,       query.utf8(4), value(emails, 0), value(emails, 1),
                value(phones, 0), value(phones, 1), query.utf8(5), query.utf8(6), query.utf8(7),    query.utf8(8),
                query.utf8(9),    query.utf8(10),   source,        campaign,      shownStatus,      owner,
                joinedTags,       query.utf8(15),   createdAt};
            for (const QByteArray& cell : customCells)
                cells << cell;
            CsvWriter::appendLine(batch, cells, safe);
        } else {
            VCard card;
            Contact& contact = card.contact;
            contact.firstName = query.text(1);
            contact.lastName = query.text(2);
            card.company = text(nameIn(companies, 3));
            contact.title = query.text(4);
            contact.birthday = QDate::fromString(query.text(5), Qt::ISODate);
            contact.address = {query.text(6), query.text(7), query.text(8), query.text(9), query.text(10)};
            contact.notes = query.text(15);
            contact.emails = labeled(emails);
            contact.phones = labeled(phones);
            for (CustomColumn& column : custom) {
                column.rows->read(id, customRows);
                card.customFields.append(
                    {column.field.key,
                     FieldValueText::exportText(column.field, valueOf(column.field, customRows), links)});
            }
            for (const QByteArray& tag : tags)
                contact.tags << text(tag);
            cards << card;
        }
        ++written;
        if (written % 1000 == 0) {
            if (!flush())
                return R::failure(tr("The export could not be written: %1").arg(out->errorString()));
            if (progress && !progress(written, count, tr("Exporting contacts")))
                return R::failure(tr("The export was cancelled."));
        }
    }
    if (!query.error().isEmpty())
        return R::failure(tr("The contacts could not be read: %1").arg(query.error()));
    if (!flush())
        return R::failure(tr("The export could not be written: %1").arg(out->errorString()));
    if (progress)
        progress(written, count, tr("Exporting contacts"));
    return written;
}

} // namespace kontor
