// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace kontor {

/// How a report reads a span of time from an hourly summary: the whole hours between the boundaries come from the
/// summary, and an hour that a boundary cuts (a period starting at local midnight in a half-hour time zone) from
/// the rows themselves, so the sums are exact in any time zone.
class HourCover
{
public:
    static constexpr qint64 hourMs = 3600000;

    /// `boundaries`: every instant (UTC ms) at which the report cuts time; the span is from the first to the last.
    /// `rowsOnly` reads the whole span from the rows and nothing from the summaries: for a report narrowed to some
    /// records (a choice field's option), which the summaries do not tell apart.
    explicit HourCover(QList<qint64> boundaries, bool rowsOnly = false);

    /// A condition on an hour column of a summary: the span's hours, less the cut ones.
    QString summaryCondition(const QString& hourColumn) const;
    /// A condition on an hour column that leaves out the cut hours only ("1" when there are none), for a query that
    /// bounds the hours itself.
    QString uncutCondition(const QString& hourColumn) const;
    /// A condition on a time column of the rows: the cut hours ("0" when there are none), or the whole span when
    /// the rows are read alone.
    QString rowCondition(const QString& timeColumn) const;
    bool rowsOnly() const { return m_rowsOnly; }
    bool hasCutHours() const { return !m_cut.isEmpty(); }

private:
    qint64 m_firstHour = 0;
    qint64 m_endHour = 0;
    qint64 m_first = 0;
    qint64 m_last = 0;
    bool m_rowsOnly = false;
    QList<qint64> m_cut;
};

} // namespace kontor
