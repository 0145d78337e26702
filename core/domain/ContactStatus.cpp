// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactStatus.h"

#include <QCoreApplication>

namespace kontor {

QString contactStatusKey(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Lead:
        return QStringLiteral("lead");
    case ContactStatus::Mql:
        return QStringLiteral("mql");
    case ContactStatus::Sql:
        return QStringLiteral("sql");
    case ContactStatus::Opportunity:
        return QStringLiteral("opportunity");
    case ContactStatus::Customer:
        return QStringLiteral("customer");
    case ContactStatus::Disqualified:
        return QStringLiteral("disqualified");
    case ContactStatus::Inactive:
        return QStringLiteral("inactive");
    }
    return QStringLiteral("lead");
}

ContactStatus contactStatusFromKey(const QString& key, bool* ok)
{
    if (ok)
        *ok = true;
    for (ContactStatus status : allContactStatuses()) {
        if (contactStatusKey(status) == key)
            return status;
    }
    if (key == QStringLiteral("qualified"))
        return ContactStatus::Sql;
    if (key == QStringLiteral("lost"))
        return ContactStatus::Disqualified;
    if (ok)
        *ok = false;
    return ContactStatus::Lead;
}

QString contactStatusName(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Lead:
        return QCoreApplication::translate("ContactStatus", "Lead");
    case ContactStatus::Mql:
        return QCoreApplication::translate("ContactStatus", "Marketing qualified");
    case ContactStatus::Sql:
        return QCoreApplication::translate("ContactStatus", "Sales qualified");
    case ContactStatus::Opportunity:
        return QCoreApplication::translate("ContactStatus", "Opportunity");
    case ContactStatus::Customer:
        return QCoreApplication::translate("ContactStatus", "Customer");
    case ContactStatus::Disqualified:
        return QCoreApplication::translate("ContactStatus", "Disqualified");
    case ContactStatus::Inactive:
        return QCoreApplication::translate("ContactStatus", "Inactive");
    }
    return {};
}

QString contactStatusShortName(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Mql:
        return QCoreApplication::translate("ContactStatus", "MQL", "marketing qualified lead");
    case ContactStatus::Sql:
        return QCoreApplication::translate("ContactStatus", "SQL", "sales qualified lead");
    default:
        return contactStatusName(status);
    }
}

QString contactStatusDefinition(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Lead:
        return QCoreApplication::translate("ContactStatus", "Known, not yet qualified.");
    case ContactStatus::Mql:
        return QCoreApplication::translate("ContactStatus",
                                           "Marketing qualified lead (MQL): fits and shows interest; worth a "
                                           "salesperson's look.");
    case ContactStatus::Sql:
        return QCoreApplication::translate("ContactStatus",
                                           "Sales qualified lead (SQL): a salesperson confirmed the need, budget and "
                                           "timing; ready for a meeting or an offer.");
    case ContactStatus::Opportunity:
        return QCoreApplication::translate("ContactStatus", "Has an open deal.");
    case ContactStatus::Customer:
        return QCoreApplication::translate("ContactStatus", "Has bought: a deal was won.");
    case ContactStatus::Disqualified:
        return QCoreApplication::translate("ContactStatus", "Not a fit, for the reason recorded with the move.");
    case ContactStatus::Inactive:
        return QCoreApplication::translate("ContactStatus", "No longer active: left the company, stopped buying.");
    }
    return {};
}

QList<ContactStatus> allContactStatuses()
{
    return {ContactStatus::Lead,     ContactStatus::Mql,          ContactStatus::Sql,     ContactStatus::Opportunity,
            ContactStatus::Customer, ContactStatus::Disqualified, ContactStatus::Inactive};
}

int journeyRank(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Lead:
        return 1;
    case ContactStatus::Mql:
        return 2;
    case ContactStatus::Sql:
        return 3;
    case ContactStatus::Opportunity:
        return 4;
    case ContactStatus::Customer:
        return 5;
    default:
        return 0;
    }
}

bool stageMoveNeedsReason(ContactStatus from, ContactStatus to)
{
    if (from == to)
        return false;
    if (to == ContactStatus::Disqualified)
        return true;
    return journeyRank(to) > 0 && journeyRank(from) > 0 && journeyRank(to) < journeyRank(from);
}

} // namespace kontor
