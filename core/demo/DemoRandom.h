// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <iterator>

namespace kontor::demo {

// splitmix64: the same sequence on every platform and standard library, unlike std::*_distribution.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// 0 <= result < bound
    qint64 below(qint64 bound) { return bound <= 0 ? 0 : static_cast<qint64>((next() >> 11) % quint64(bound)); }
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename List>
    const auto& pick(const List& list)
    {
        return list[static_cast<std::size_t>(below(static_cast<qint64>(std::size(list))))];
    }
    /// An index into a list ordered from the most common to the rarest, as names are: half the time any, half the time
    /// the square of a uniform number, which favours the first. The first of 200 comes up about one time in 25.
    qint64 belowSkewed(qint64 bound)
    {
        const auto r = static_cast<quint64>(below(1 << 16));
        return chance(50) ? below(bound) : static_cast<qint64>((r * r * quint64(bound)) >> 32);
    }

private:
    quint64 m_state;
};

} // namespace kontor::demo
