// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusyWait.h"

#include "Sql.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QThread>

#include <sqlite3.h>

#include <atomic>

namespace kontor::BusyWait {

namespace {

QMutex notifierMutex;
std::function<void(int)>& notifierSlot()
{
    static std::function<void(int)> notifier;
    return notifier;
}

thread_local bool inNotifier = false;

// SQLite calls this while another connection holds the lock, with `count` from 0 for each new wait: returning 0
// gives up (the statement fails with SQLITE_BUSY), 1 tries again.
int onBusy(void*, int count)
{
    thread_local QElapsedTimer waited;
    thread_local bool told = false;
    if (count == 0) {
        waited.start();
        told = false;
    }
    const qint64 elapsed = waited.elapsed();
    if (elapsed >= qint64(limitSeconds()) * 1000)
        return 0;
    if (!told && elapsed >= 1000) {
        told = true;
        std::function<void(int)> notifier;
        {
            const QMutexLocker lock(&notifierMutex);
            notifier = notifierSlot();
        }
        if (notifier) {
            inNotifier = true;
            notifier(limitSeconds());
            inNotifier = false;
        }
    }
    // Often at first, as another program's write is usually short; then every 50 ms.
    QThread::msleep(count < 20 ? 5 : 50);
    return 1;
}

} // namespace

std::atomic<int> defaultLimit{30};

bool notifying()
{
    return inNotifier;
}

int limitSeconds()
{
    static const int configured = [] {
        bool ok = false;
        const int seconds = qEnvironmentVariableIntValue("KONTOR_BUSY_SECONDS", &ok);
        return ok && seconds >= 0 ? seconds : -1;
    }();
    return configured >= 0 ? configured : defaultLimit.load();
}

void setDefaultLimitSeconds(int seconds)
{
    defaultLimit = seconds;
}

void setNotifier(std::function<void(int limitSeconds)> notifier)
{
    const QMutexLocker lock(&notifierMutex);
    notifierSlot() = std::move(notifier);
}

bool install(const QSqlDatabase& db)
{
    sqlite3* connection = sql::handleOf(db);
    return connection && sqlite3_busy_handler(connection, onBusy, nullptr) == SQLITE_OK;
}

} // namespace kontor::BusyWait
