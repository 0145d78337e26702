// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kontor {

struct Address
{
    QString street;
    QString city;
    QString region;
    QString postalCode;
    QString country;

    bool isEmpty() const
    {
        return street.isEmpty() && city.isEmpty() && region.isEmpty() && postalCode.isEmpty() && country.isEmpty();
    }
    /// One line per part that is set, for display.
    QStringList lines() const
    {
        QStringList result;
        if (!street.isEmpty())
            result << street;
        const QString place = QStringList{postalCode, city}.join(u' ').trimmed();
        if (!place.isEmpty())
            result << place;
        if (!region.isEmpty())
            result << region;
        if (!country.isEmpty())
            result << country;
        return result;
    }
    friend bool operator==(const Address&, const Address&) = default;
};

} // namespace kontor
