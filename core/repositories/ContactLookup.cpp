// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactLookup.h"

#include "domain/PhoneNumbers.h"
#include "repositories/SettingsRepository.h"
#include "search/TextFolding.h"
#include "storage/Sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace kontor {

Result<qint64> ContactLookup::find(const QString& idEmailOrPhone) const
{
    const QString reference = idEmailOrPhone.trimmed();
    QSqlQuery query(m_db);
    QString failure;
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,18}$"));
    if (number.match(reference).hasMatch()) {
        query = sql::prepare(m_db, QStringLiteral("SELECT id FROM contacts WHERE id = ? AND archived_at IS NULL"));
        query.addBindValue(reference.toLongLong());
        failure = tr("There is no contact number %1.").arg(reference);
    } else if (reference.contains(u'@')) {
        query = sql::prepare(m_db, QStringLiteral("SELECT c.id FROM contact_emails e JOIN contacts c "
                                                  "ON c.id = e.contact_id WHERE e.normalized = ? "
                                                  "AND c.archived_at IS NULL ORDER BY c.id LIMIT 1"));
        query.addBindValue(normalizeEmail(reference));
        failure = tr("No contact has the email address %1.").arg(reference);
    } else if (!reference.isEmpty()) {
        query = sql::prepare(m_db, QStringLiteral("SELECT c.id FROM contact_phones p JOIN contacts c "
                                                  "ON c.id = p.contact_id WHERE p.normalized = ? "
                                                  "AND c.archived_at IS NULL ORDER BY c.id LIMIT 1"));
        query.addBindValue(PhoneNumbers::matchKey(reference, SettingsRepository(m_db).phoneRegion()));
        failure = tr("No contact has the phone number %1.").arg(reference);
    } else {
        return Result<qint64>::failure(tr("Say which contact: a number, an email address or a phone number."));
    }
    if (!query.exec())
        return Result<qint64>::failure(sql::errorText(query));
    if (!query.next())
        return Result<qint64>::failure(failure);
    return query.value(0).toLongLong();
}

} // namespace kontor
