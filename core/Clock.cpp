// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

namespace kontor {

namespace {
const SystemClock systemClock;
const Clock* currentClock = &systemClock;
} // namespace

const Clock& Clock::instance()
{
    return *currentClock;
}

void Clock::setInstance(const Clock* clock)
{
    currentClock = clock ? clock : &systemClock;
}

} // namespace kontor
