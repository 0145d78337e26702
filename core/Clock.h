// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace kontor {

/// Where core asks for "now". Tests install a fixed clock so that "overdue", "last week" and birthdays
/// are reproducible; the default is the system clock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    static const Clock& instance();
    /// Replaces the process-wide clock; pass nullptr to go back to the system clock. Not thread-safe.
    static void setInstance(const Clock* clock);

    static QDateTime now() { return instance().nowUtc(); }
    static qint64 nowMs() { return instance().nowUtc().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(now.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace kontor
