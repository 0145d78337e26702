// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactStatus.h"

#include <QCoreApplication>

namespace kontor {

QString contactStatusKey(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Lead:
        return QStringLiteral("lead");
    case ContactStatus::Qualified:
        return QStringLiteral("qualified");
    case ContactStatus::Customer:
        return QStringLiteral("customer");
    case ContactStatus::Inactive:
        return QStringLiteral("inactive");
    case ContactStatus::Lost:
        return QStringLiteral("lost");
    }
    return QStringLiteral("lead");
}

ContactStatus contactStatusFromKey(const QString& key, bool* ok)
{
    for (ContactStatus status : allContactStatuses()) {
        if (contactStatusKey(status) == key) {
            if (ok)
                *ok = true;
            return status;
        }
    }
    if (ok)
        *ok = false;
    return ContactStatus::Lead;
}

QString contactStatusName(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Lead:
        return QCoreApplication::translate("ContactStatus", "Lead");
    case ContactStatus::Qualified:
        return QCoreApplication::translate("ContactStatus", "Qualified");
    case ContactStatus::Customer:
        return QCoreApplication::translate("ContactStatus", "Customer");
    case ContactStatus::Inactive:
        return QCoreApplication::translate("ContactStatus", "Inactive");
    case ContactStatus::Lost:
        return QCoreApplication::translate("ContactStatus", "Lost");
    }
    return {};
}

QList<ContactStatus> allContactStatuses()
{
    return {ContactStatus::Lead, ContactStatus::Qualified, ContactStatus::Customer, ContactStatus::Inactive,
            ContactStatus::Lost};
}

} // namespace kontor
