// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactExport.h"

#include "domain/ContactStatus.h"
#include "io/CsvWriter.h"
#include "io/VCard.h"
#include "storage/Sql.h"

#include <QIODevice>
#include <QSqlQuery>

namespace kontor {

namespace {

// Lists inside one column, apart: values by \x1E, a value from its label by \x1F (characters no one types).
constexpr char16_t recordSeparator = u'\x1E';
constexpr char16_t unitSeparator = u'\x1F';

QList<LabeledValue> labeledValues(const QString& packed)
{
    QList<LabeledValue> values;
    if (packed.isEmpty())
        return values;
    for (const QString& item : packed.split(recordSeparator))
        values.append({item.section(unitSeparator, 0, 0), item.section(unitSeparator, 1)});
    return values;
}

} // namespace

QStringList ContactExport::csvColumns()
{
    return {QStringLiteral("First name"),  QStringLiteral("Last name"),     QStringLiteral("Company"),
            QStringLiteral("Title"),       QStringLiteral("Email"),         QStringLiteral("Email label"),
            QStringLiteral("Email 2"),     QStringLiteral("Email 2 label"), QStringLiteral("Phone"),
            QStringLiteral("Phone label"), QStringLiteral("Phone 2"),       QStringLiteral("Phone 2 label"),
            QStringLiteral("Birthday"),    QStringLiteral("Street"),        QStringLiteral("City"),
            QStringLiteral("Region"),      QStringLiteral("Postal code"),   QStringLiteral("Country"),
            QStringLiteral("Status"),      QStringLiteral("Lead source"),   QStringLiteral("Campaign"),
            QStringLiteral("Owner"),       QStringLiteral("Tags"),          QStringLiteral("Notes"),
            QStringLiteral("Created")};
}

Result<qint64> ContactExport::write(QIODevice* out, Format format, CsvMode mode, const ProgressCallback& progress) const
{
    using R = Result<qint64>;
    QSqlQuery total(m_db);
    if (!total.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE archived_at IS NULL")) || !total.next())
        return R::failure(tr("The contacts could not be read: %1").arg(sql::errorText(total)));
    const qint64 count = total.value(0).toLongLong();

    // One pass along the name index; each contact's emails, phones and tags packed into a column of their own.
    QSqlQuery query = sql::prepare(m_db, QStringLiteral(R"SQL(
SELECT c.first_name, c.last_name, co.name, c.title, c.birthday, c.street, c.city, c.region, c.postal_code, c.country,
  c.status, ls.name, ca.name, u.name, c.notes, c.created_at,
  (SELECT group_concat(email || char(31) || coalesce(label, ''), char(30))
     FROM (SELECT email, label FROM contact_emails WHERE contact_id = c.id ORDER BY position)),
  (SELECT group_concat(phone || char(31) || coalesce(label, ''), char(30))
     FROM (SELECT phone, label FROM contact_phones WHERE contact_id = c.id ORDER BY position)),
  (SELECT group_concat(name, char(30))
     FROM (SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id
           ORDER BY t.name))
FROM contacts c
LEFT JOIN companies co ON co.id = c.company_id
LEFT JOIN lead_sources ls ON ls.id = c.lead_source_id
LEFT JOIN campaigns ca ON ca.id = c.campaign_id
LEFT JOIN users u ON u.id = c.owner_id
WHERE c.archived_at IS NULL
ORDER BY c.sort_name, c.id
)SQL"));
    if (!query.exec())
        return R::failure(tr("The contacts could not be read: %1").arg(sql::errorText(query)));

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
    while (query.next()) {
        const QList<LabeledValue> emails = labeledValues(query.value(16).toString());
        const QList<LabeledValue> phones = labeledValues(query.value(17).toString());
        const QString tagsPacked = query.value(18).toString();
        const QStringList tags = tagsPacked.isEmpty() ? QStringList() : tagsPacked.split(recordSeparator);
        if (format == Format::Csv) {
            const auto value = [](const QList<LabeledValue>& list, qsizetype i) { return list.value(i).value; };
            const auto label = [](const QList<LabeledValue>& list, qsizetype i) { return list.value(i).label; };
            batch += CsvWriter::line(
                {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                 query.value(3).toString(), value(emails, 0), label(emails, 0), value(emails, 1), label(emails, 1),
                 value(phones, 0), label(phones, 0), value(phones, 1), label(phones, 1), query.value(4).toString(),
                 query.value(5).toString(), query.value(6).toString(), query.value(7).toString(),
                 query.value(8).toString(), query.value(9).toString(),
                 // The exact mode keeps the stored key ("customer"); a spreadsheet shows the word the window shows.
                 safe ? contactStatusName(contactStatusFromKey(query.value(10).toString()))
                      : query.value(10).toString(),
                 query.value(11).toString(), query.value(12).toString(), query.value(13).toString(),
                 tags.join(QStringLiteral("; ")), query.value(14).toString(),
                 sql::toTime(query.value(15)).toString(Qt::ISODate)},
                safe);
        } else {
            VCard card;
            Contact& contact = card.contact;
            contact.firstName = query.value(0).toString();
            contact.lastName = query.value(1).toString();
            card.company = query.value(2).toString();
            contact.title = query.value(3).toString();
            contact.birthday = sql::toDate(query.value(4));
            contact.address = {query.value(5).toString(), query.value(6).toString(), query.value(7).toString(),
                               query.value(8).toString(), query.value(9).toString()};
            contact.notes = query.value(14).toString();
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
