// SPDX-License-Identifier: GPL-3.0-or-later
#include "HourCover.h"

#include <QStringList>

#include <algorithm>

namespace kontor {

namespace {

qint64 floorHour(qint64 ms)
{
    return ms >= 0 ? ms / HourCover::hourMs : -((-ms + HourCover::hourMs - 1) / HourCover::hourMs);
}

} // namespace

HourCover::HourCover(QList<qint64> boundaries, bool rowsOnly) : m_rowsOnly(rowsOnly)
{
    if (boundaries.isEmpty())
        return;
    std::sort(boundaries.begin(), boundaries.end());
    m_first = boundaries.first();
    m_last = boundaries.last();
    m_firstHour = floorHour(boundaries.first());
    m_endHour = floorHour(boundaries.last() - 1) + 1;
    for (qint64 boundary : std::as_const(boundaries)) {
        if (boundary % hourMs != 0 && !m_cut.contains(floorHour(boundary)))
            m_cut << floorHour(boundary);
    }
}

QString HourCover::summaryCondition(const QString& hourColumn) const
{
    if (m_rowsOnly)
        return QStringLiteral("0");
    QString condition = QStringLiteral("(%1 >= %2 AND %1 < %3").arg(hourColumn).arg(m_firstHour).arg(m_endHour);
    if (!m_cut.isEmpty()) {
        QStringList hours;
        for (qint64 hour : m_cut)
            hours << QString::number(hour);
        condition += QStringLiteral(" AND %1 NOT IN (%2)").arg(hourColumn, hours.join(u','));
    }
    return condition + u')';
}

QString HourCover::uncutCondition(const QString& hourColumn) const
{
    if (m_rowsOnly)
        return QStringLiteral("0");
    if (m_cut.isEmpty())
        return QStringLiteral("1");
    QStringList hours;
    for (qint64 hour : m_cut)
        hours << QString::number(hour);
    return QStringLiteral("%1 NOT IN (%2)").arg(hourColumn, hours.join(u','));
}

QString HourCover::rowCondition(const QString& timeColumn) const
{
    if (m_rowsOnly)
        return QStringLiteral("(%1 >= %2 AND %1 < %3)").arg(timeColumn).arg(m_first).arg(m_last);
    if (m_cut.isEmpty())
        return QStringLiteral("0");
    QStringList ranges;
    for (qint64 hour : m_cut)
        ranges << QStringLiteral("(%1 >= %2 AND %1 < %3)").arg(timeColumn).arg(hour * hourMs).arg((hour + 1) * hourMs);
    return u'(' + ranges.join(QStringLiteral(" OR ")) + u')';
}

} // namespace kontor
