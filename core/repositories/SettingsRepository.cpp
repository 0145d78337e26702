// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsRepository.h"

#include "domain/Money.h"
#include "domain/PhoneNumbers.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace kontor {

namespace {

const QString defaultCurrencyKey = QStringLiteral("default_currency");
const QString customOutcomesKey = QStringLiteral("custom_outcomes");
const QString backupsToKeepKey = QStringLiteral("backups_to_keep");
const QString phoneRegionKey = QStringLiteral("phone_region");
constexpr int defaultBackupsToKeep = 10;

} // namespace

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback) const
{
    sql::KeptRead read(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    QSqlQuery& query = *read;
    query.bindValue(0, key);
    if (!query.exec())
        return Result<QString>::failure(tr("The settings could not be read: %1").arg(sql::errorText(query)));
    return query.next() ? query.value(0).toString() : fallback;
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return Status::failure(tr("The setting could not be saved: %1").arg(sql::errorText(query)));
    return {};
}

QString SettingsRepository::defaultCurrency() const
{
    auto code = value(defaultCurrencyKey, QStringLiteral("EUR"));
    return code && Money::isCurrencyCode(code.value()) ? code.value() : QStringLiteral("EUR");
}

Status SettingsRepository::setDefaultCurrency(const QString& code)
{
    const QString upper = code.trimmed().toUpper();
    if (!Money::isCurrencyCode(upper))
        return Status::failure(Money::currencyCodeProblem());
    return setValue(defaultCurrencyKey, upper);
}

QString SettingsRepository::phoneRegion() const
{
    const QString chosen = value(phoneRegionKey).value();
    // Not chosen yet: the country of the language Kontor speaks (QLocale(), the system's unless --lang chose one),
    // so that under a C locale with English chosen, numbers are British rather than of no country at all.
    return chosen.size() == 2 ? chosen : PhoneNumbers::regionOf(QLocale());
}

Status SettingsRepository::setPhoneRegion(const QString& region)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
    const QString upper = region.trimmed().toUpper();
    if (!code.match(upper).hasMatch())
        return Status::failure(tr("The region must be a two-letter country code such as DE."));
    return setValue(phoneRegionKey, upper);
}

int SettingsRepository::backupsToKeep() const
{
    bool ok = false;
    const int count = value(backupsToKeepKey).value().toInt(&ok);
    return ok && count >= 0 ? count : defaultBackupsToKeep;
}

Status SettingsRepository::setBackupsToKeep(int count)
{
    if (count < 0 || count > 1000)
        return Status::failure(tr("Keep between 0 and 1000 backups."));
    return setValue(backupsToKeepKey, QString::number(count));
}

QStringList SettingsRepository::customOutcomes() const
{
    auto json = value(customOutcomesKey, QStringLiteral("[]"));
    QStringList outcomes;
    if (json) {
        for (const QJsonValue& item : QJsonDocument::fromJson(json->toUtf8()).array()) {
            if (const QString text = item.toString().simplified(); !text.isEmpty() && !outcomes.contains(text))
                outcomes << text;
        }
    }
    return outcomes;
}

Status SettingsRepository::setCustomOutcomes(const QStringList& outcomes)
{
    QJsonArray array;
    QStringList seen;
    for (const QString& outcome : outcomes) {
        const QString text = outcome.simplified();
        if (text.isEmpty() || seen.contains(text))
            continue;
        seen << text;
        array.append(text);
    }
    return setValue(customOutcomesKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

Status SettingsRepository::addCustomOutcome(const QString& outcome)
{
    QStringList outcomes = customOutcomes();
    const QString text = outcome.simplified();
    if (text.isEmpty() || outcomes.contains(text))
        return {};
    outcomes << text;
    return setCustomOutcomes(outcomes);
}

} // namespace kontor
