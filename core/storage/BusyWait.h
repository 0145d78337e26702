// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

#include <functional>

namespace kontor::BusyWait {

/// How long a write waits for another program that is writing to the same database (kontor-cli, an import in
/// another window) before it gives up and changes nothing: 30 seconds, or KONTOR_BUSY_SECONDS.
int limitSeconds();
/// Another limit for this process, unless KONTOR_BUSY_SECONDS sets one: the window, whose writes run on its own
/// thread, waits 5 seconds and then says so, rather than standing still for half a minute.
void setDefaultLimitSeconds(int seconds);

/// Called once for each wait that lasts longer than a second, on the waiting thread, with the limit in seconds:
/// kontor-cli says there that it is waiting for another program.
void setNotifier(std::function<void(int limitSeconds)> notifier);

/// True on the thread whose notifier is being called, that is, inside SQLite's busy handler of one of its
/// connections: code that the notifier may run (a widget painted at once) must not use a connection then, which
/// SQLite leaves undefined. The window's list models read nothing meanwhile.
bool notifying();

/// Makes the connection wait so (instead of SQLite's busy_timeout). False when it is not an SQLite connection.
bool install(const QSqlDatabase& db);

} // namespace kontor::BusyWait
