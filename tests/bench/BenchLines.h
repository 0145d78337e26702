// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the bench's parts share: their time in milliseconds, a figure's line, and waiting for the list's threads.
#include "models/ContactListModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace kontor::bench {

inline double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

inline void line(const char* name, double value, const char* unit)
{
    std::printf("  %-44s %10.2f %s\n", name, value, unit);
}

/// Until the list has counted, searched and sorted in its other threads.
inline void waitFor(ui::ContactListModel* model)
{
    while (model->isSearching() || model->isCounting() || model->isSorting())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

} // namespace kontor::bench
