// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactExport.h"

#include "domain/ContactStatus.h"
#include "io/CsvWriter.h"
#include "io/VCard.h"
#include "storage/Sql.h"

#include <QHash>
#include <QIODevice>
#include <QSqlQuery>

namespace kontor {

namespace {

/// The rows of a table that hang off contacts (emails, phones, tags), read in contact order beside the contacts
/// themselves: one sequential pass each instead of three lookups per contact.
class ChildRows
{
public:
    ChildRows(const QSqlDatabase& db, const QString& sql) : m_query(sql::prepare(db, sql))
    {
        m_ok = m_query.exec();
        advance();
    }
    bool ok() const { return m_ok; }
    QString error() const { return sql::errorText(m_query); }

    /// Calls `take(query)` for each row of `contactId`, skipping those of contacts before it (archived ones).
    template <typename Take>
    void forContact(qint64 contactId, Take take)
    {
        while (m_current >= 0 && m_current < contactId)
            advance();
        while (m_current == contactId) {
            take(m_query);
            advance();
        }
    }

private:
    void advance() { m_current = m_ok && m_query.next() ? m_query.value(0).toLongLong() : -1; }

    QSqlQuery m_query;
    bool m_ok = false;
    qint64 m_current = -1;
};

QHash<qint64, QString> namesById(const QSqlDatabase& db, const QString& table)
{
    QHash<qint64, QString> names;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, name FROM %1").arg(table)))
        while (query.next())
            names.insert(query.value(0).toLongLong(), query.value(1).toString());
    return names;
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
    QSqlQuery total(m_db);
    if (!total.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE archived_at IS NULL")) || !total.next())
        return R::failure(tr("The contacts could not be read: %1").arg(sql::errorText(total)));
    const qint64 count = total.value(0).toLongLong();

    // In the order the contacts were added: one pass along the table and beside it along each list of emails,
    // phones and tags. By name it would read the table in random order, several times slower on a big file.
    QSqlQuery query = sql::prepare(m_db, QStringLiteral(R"SQL(
SELECT id, first_name, last_name, company_id, title, birthday, street, city, region, postal_code, country, status,
  lead_source_id, campaign_id, owner_id, notes, created_at
FROM contacts WHERE archived_at IS NULL ORDER BY id
)SQL"));
    if (!query.exec())
        return R::failure(tr("The contacts could not be read: %1").arg(sql::errorText(query)));
    ChildRows emailRows(m_db, QStringLiteral("SELECT contact_id, email, label FROM contact_emails "
                                             "ORDER BY contact_id, position"));
    ChildRows phoneRows(m_db, QStringLiteral("SELECT contact_id, phone, label FROM contact_phones "
                                             "ORDER BY contact_id, position"));
    ChildRows tagRows(m_db, QStringLiteral("SELECT contact_id, tag_id FROM contact_tags ORDER BY contact_id"));
    for (const ChildRows* rows : {&emailRows, &phoneRows, &tagRows})
        if (!rows->ok())
            return R::failure(tr("The contacts could not be read: %1").arg(rows->error()));
    const QHash<qint64, QString> companies = namesById(m_db, QStringLiteral("companies"));
    const QHash<qint64, QString> sources = namesById(m_db, QStringLiteral("lead_sources"));
    const QHash<qint64, QString> campaigns = namesById(m_db, QStringLiteral("campaigns"));
    const QHash<qint64, QString> users = namesById(m_db, QStringLiteral("users"));
    const QHash<qint64, QString> tagNames = namesById(m_db, QStringLiteral("tags"));
    const auto nameIn = [](const QHash<qint64, QString>& names, const QVariant& id) {
        return id.isNull() ? QString() : names.value(id.toLongLong());
    };

    const bool safe = mode == CsvMode::SpreadsheetSafe;
    const auto put = [out](const QByteArray& bytes) { return out->write(bytes) == bytes.size(); };
    if (format == Format::Csv && !put(QByteArrayLiteral("\xEF\xBB\xBF") + CsvWriter::line(csvColumns(), safe).toUtf8()))
        return R::failure(tr("The export could not be written: %1").arg(out->errorString()));
    qint64 written = 0;
    QString batch;
    QList<VCard> cards;
    const auto flush = [&] {
        const QByteArray bytes = format == Format::Csv ? batch.toUtf8() : VCards::write(cards);
        batch.clear();
        cards.clear();
        return put(bytes);
    };
    QList<LabeledValue> emails;
    QList<LabeledValue> phones;
    QStringList tags;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        emails.clear();
        phones.clear();
        tags.clear();
        emailRows.forContact(id, [&](const QSqlQuery& row) {
            emails.append({row.value(1).toString(), row.value(2).toString()});
        });
        phoneRows.forContact(id, [&](const QSqlQuery& row) {
            phones.append({row.value(1).toString(), row.value(2).toString()});
        });
        tagRows.forContact(id, [&](const QSqlQuery& row) { tags.append(tagNames.value(row.value(1).toLongLong())); });
        tags.sort();
        const auto text = [&query](int column) { return query.value(column).toString(); };
        if (format == Format::Csv) {
            // As the contact window shows them: the first two emails, the first phone and the mobile.
            const auto value = [](const QList<LabeledValue>& list, qsizetype i) { return list.value(i).value; };
            CsvWriter::appendLine(
                batch,
                {text(1), text(2), nameIn(companies, query.value(3)), text(4), value(emails, 0), value(emails, 1),
                 value(phones, 0), value(phones, 1), text(5), text(6), text(7), text(8), text(9), text(10),
                 nameIn(sources, query.value(12)), nameIn(campaigns, query.value(13)),
                 // The exact mode keeps the stored key ("customer"); a spreadsheet shows the word the window shows.
                 safe ? contactStatusName(contactStatusFromKey(text(11))) : text(11), nameIn(users, query.value(14)),
                 tags.join(QStringLiteral("; ")), text(15), sql::toTime(query.value(16)).toString(Qt::ISODate)},
                safe);
        } else {
            VCard card;
            Contact& contact = card.contact;
            contact.firstName = text(1);
            contact.lastName = text(2);
            card.company = nameIn(companies, query.value(3));
            contact.title = text(4);
            contact.birthday = sql::toDate(query.value(5));
            contact.address = {text(6), text(7), text(8), text(9), text(10)};
            contact.notes = text(15);
            contact.emails = emails;
            contact.phones = phones;
            contact.tags = tags;
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
    if (!flush())
        return R::failure(tr("The export could not be written: %1").arg(out->errorString()));
    if (progress)
        progress(written, count, tr("Exporting contacts"));
    return written;
}

} // namespace kontor
