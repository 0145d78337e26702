// SPDX-License-Identifier: GPL-3.0-or-later
// How a custom field's link to a contact or a company is written as text and found again: databaseLinks().
#include "CustomFieldRepository.h"

#include "repositories/CompanyRepository.h"
#include "repositories/ContactLookup.h"
#include "storage/Sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace kontor {

LinkText databaseLinks(const QSqlDatabase& db)
{
    LinkText links;
    links.name = [db](FieldType type, qint64 id) -> QString {
        if (type == FieldType::CompanyLink) {
            QSqlQuery query = sql::prepare(db, QStringLiteral("SELECT name FROM companies WHERE id = ?"));
            query.addBindValue(id);
            return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("#%1").arg(id);
        }
        QSqlQuery query = sql::prepare(
            db, QStringLiteral("SELECT trim(first_name || ' ' || last_name), (SELECT email FROM contact_emails "
                               "WHERE contact_id = contacts.id ORDER BY position, id LIMIT 1) FROM contacts "
                               "WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return QStringLiteral("#%1").arg(id);
        const QString name = query.value(0).toString();
        const QString email = query.value(1).toString();
        return email.isEmpty() ? QStringLiteral("%1 #%2").arg(name).arg(id)
                               : QStringLiteral("%1 <%2>").arg(name, email);
    };
    links.find = [db](FieldType type, const QString& typed) -> Result<qint64> {
        const QString text = typed.trimmed();
        if (type == FieldType::CompanyLink) {
            auto found = CompanyRepository(db).findByName(text);
            if (!found)
                return found;
            if (!found.value())
                return Result<qint64>::failure(CustomFieldRepository::tr("No company is called “%1”.").arg(text));
            return found;
        }
        static const QRegularExpression bracketed(QStringLiteral("<([^<>]+)>\\s*$"));
        static const QRegularExpression numbered(QStringLiteral("#(\\d+)\\s*$"));
        if (const auto match = bracketed.match(text); match.hasMatch())
            return ContactLookup(db).find(match.captured(1));
        if (const auto match = numbered.match(text); match.hasMatch())
            return ContactLookup(db).find(match.captured(1));
        auto found = ContactLookup(db).find(text);
        if (found)
            return found;
        // A name alone: taken when exactly one contact has it.
        QSqlQuery query = sql::prepare(db, QStringLiteral("SELECT id FROM contacts WHERE archived_at IS NULL AND "
                                                          "trim(first_name || ' ' || last_name) = ? COLLATE NOCASE "
                                                          "LIMIT 2"));
        query.addBindValue(text.simplified());
        QList<qint64> ids;
        if (query.exec()) {
            while (query.next())
                ids << query.value(0).toLongLong();
        }
        if (ids.size() == 1)
            return ids.first();
        if (ids.size() > 1)
            return Result<qint64>::failure(
                CustomFieldRepository::tr("Several contacts are called “%1”: give an email address.").arg(text));
        return found;
    };
    return links;
}

} // namespace kontor
