// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kontor {

/// Settings that belong to the database rather than to one computer (those are in QSettings): the default
/// currency, for example, is the same for everyone who opens the file.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    explicit SettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The value, or `fallback` when the key is not set.
    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    Status setValue(const QString& key, const QString& value);

    /// The ISO 4217 code new deals start with.
    QString defaultCurrency() const;
    Status setDefaultCurrency(const QString& code);

    /// The region (ISO 3166 code such as "DE") of phone numbers written without a country code; the country of the
    /// language Kontor speaks (QLocale()) until one is chosen.
    QString phoneRegion() const;
    Status setPhoneRegion(const QString& region);

    /// How many backups to keep in the folder beside the database; 0 turns the daily backup off.
    int backupsToKeep() const;
    Status setBackupsToKeep(int count);

    /// Outcomes people typed beyond the built-in ones, offered again in the log dialog, in the order added.
    QStringList customOutcomes() const;
    Status setCustomOutcomes(const QStringList& outcomes);
    /// Adds `outcome` unless it is empty or already there.
    Status addCustomOutcome(const QString& outcome);

private:
    QSqlDatabase m_db;
};

} // namespace kontor
