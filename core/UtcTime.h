// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace kontor {

// Times are stored in UTC. Qt 6.5 names UTC as QTimeZone::UTC and Qt 6.8 deprecates the Qt::TimeSpec forms that
// Qt 6.4 (Debian 12) still needs: these two say "UTC" the same way on both.

/// The instant `msecsSinceEpoch` (Unix milliseconds) as a UTC time.
inline QDateTime utcFromMs(qint64 msecsSinceEpoch)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
#endif
}

/// `time` on `date` in UTC.
inline QDateTime utcAt(const QDate& date, const QTime& time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

} // namespace kontor
