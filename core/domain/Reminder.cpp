// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reminder.h"

namespace kontor {

QString recurrenceKey(Recurrence recurrence)
{
    switch (recurrence) {
    case Recurrence::Daily:
        return QStringLiteral("daily");
    case Recurrence::Weekly:
        return QStringLiteral("weekly");
    case Recurrence::Monthly:
        return QStringLiteral("monthly");
    case Recurrence::Yearly:
        return QStringLiteral("yearly");
    case Recurrence::None:
        break;
    }
    return QStringLiteral("none");
}

Recurrence recurrenceFromKey(const QString& key)
{
    if (key == QStringLiteral("daily"))
        return Recurrence::Daily;
    if (key == QStringLiteral("weekly"))
        return Recurrence::Weekly;
    if (key == QStringLiteral("monthly"))
        return Recurrence::Monthly;
    if (key == QStringLiteral("yearly"))
        return Recurrence::Yearly;
    return Recurrence::None;
}

QDateTime nextOccurrence(const QDateTime& from, Recurrence recurrence)
{
    switch (recurrence) {
    case Recurrence::Daily:
        return from.addDays(1);
    case Recurrence::Weekly:
        return from.addDays(7);
    case Recurrence::Monthly:
        return from.addMonths(1);
    case Recurrence::Yearly:
        return from.addYears(1);
    case Recurrence::None:
        break;
    }
    return {};
}

} // namespace kontor
