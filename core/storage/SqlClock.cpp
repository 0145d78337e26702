// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlClock.h"

#include "Clock.h"

#include <sqlite3.h>

#include <mutex>

namespace kontor::SqlClock {

namespace {

// The Julian day of the Unix epoch, in milliseconds: SQLite counts time from noon, 24 November 4714 BC.
constexpr sqlite3_int64 unixEpochJulianMs = 210866760000000;

sqlite3_vfs clockVfs;

int currentTimeInt64(sqlite3_vfs*, sqlite3_int64* julianMs)
{
    *julianMs = unixEpochJulianMs + Clock::nowMs();
    return SQLITE_OK;
}

int currentTime(sqlite3_vfs* vfs, double* julianDays)
{
    sqlite3_int64 julianMs = 0;
    currentTimeInt64(vfs, &julianMs);
    *julianDays = double(julianMs) / 86400000.0;
    return SQLITE_OK;
}

} // namespace

void install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_vfs* real = sqlite3_vfs_find(nullptr);
        // Version 2 is where xCurrentTimeInt64 appears; an older default is left alone.
        if (!real || real->iVersion < 2)
            return;
        // Everything else is the real VFS's own (its files, locks and pAppData), so files open exactly as before.
        clockVfs = *real;
        clockVfs.zName = "kontor-clock";
        clockVfs.pNext = nullptr;
        clockVfs.xCurrentTime = &currentTime;
        clockVfs.xCurrentTimeInt64 = &currentTimeInt64;
        sqlite3_vfs_register(&clockVfs, 1);
    });
}

} // namespace kontor::SqlClock
