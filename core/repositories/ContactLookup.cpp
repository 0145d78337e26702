// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactLookup.h"

#include "domain/PhoneNumbers.h"
#include "repositories/SettingsRepository.h"
#include "search/TextFolding.h"
#include "storage/Sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace kontor {

namespace {

/// The contacts `sql` finds for `value`: none, one, or (more than one) two.
Result<QList<qint64>> matches(const QSqlDatabase& db, const QString& sql, const QVariant& value)
{
    QSqlQuery query = sql::prepare(db, sql);
    query.addBindValue(value);
    if (!query.exec())
        return Result<QList<qint64>>::failure(sql::errorText(query));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace

Result<qint64> ContactLookup::find(const QString& idEmailOrPhone) const
{
    const QString reference = idEmailOrPhone.trimmed();
    if (reference.isEmpty())
        return Result<qint64>::failure(tr("Say which contact: a number, an email address or a phone number."));
    // A contact's number is digits without a leading 0; a caller ID such as 0301234567 is a phone number.
    static const QRegularExpression number(QStringLiteral("^[1-9][0-9]{0,17}$"));
    if (number.match(reference).hasMatch()) {
        auto byId = matches(m_db, QStringLiteral("SELECT id FROM contacts WHERE id = ? AND archived_at IS NULL"),
                            reference.toLongLong());
        if (!byId)
            return Result<qint64>::failure(byId.error());
        if (!byId->isEmpty())
            return byId->first();
    }
    const bool isEmail = reference.contains(u'@');
    auto found = isEmail ? matches(m_db,
                                   QStringLiteral("SELECT DISTINCT c.id FROM contact_emails e JOIN contacts c "
                                                  "ON c.id = e.contact_id WHERE e.normalized = ? "
                                                  "AND c.archived_at IS NULL ORDER BY c.id LIMIT 2"),
                                   normalizeEmail(reference))
                         : matches(m_db,
                                   QStringLiteral("SELECT DISTINCT c.id FROM contact_phones p JOIN contacts c "
                                                  "ON c.id = p.contact_id WHERE p.normalized = ? "
                                                  "AND c.archived_at IS NULL ORDER BY c.id LIMIT 2"),
                                   PhoneNumbers::matchKey(reference, SettingsRepository(m_db).phoneRegion()));
    if (!found)
        return Result<qint64>::failure(found.error());
    // Two people sharing an address or a number (a shared office line): writing to either would be a guess.
    if (found->size() > 1)
        return Result<qint64>::failure(
            isEmail ? tr("Several contacts have the email address %1; name the contact by its number.").arg(reference)
                    : tr("Several contacts have the phone number %1; name the contact by its number.").arg(reference));
    if (found->isEmpty()) {
        if (number.match(reference).hasMatch() && reference.size() < 6)
            return Result<qint64>::failure(tr("There is no contact number %1.").arg(reference));
        if (isEmail)
            return Result<qint64>::failure(tr("No contact has the email address %1.").arg(reference));
        // A number without its country code is read for the database's country; without one it cannot match.
        if (!reference.startsWith(u'+') && SettingsRepository(m_db).phoneRegion() == QLatin1String("ZZ"))
            return Result<qint64>::failure(
                tr("No contact has the phone number %1. No country is set for numbers without a country code: give "
                   "it with its code (+49 …), or choose the country in Settings.")
                    .arg(reference));
        return Result<qint64>::failure(tr("No contact has the phone number %1.").arg(reference));
    }
    return found->first();
}

} // namespace kontor
