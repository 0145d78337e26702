// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>

namespace kontor::cli {

struct Context;

/// The options of the commands that write: contact, log, deal and reminder.
QList<QCommandLineOption> writeOptions();

/// kontor-cli contact add|update, log, deal add|move|win|lose, reminder add|done: each runs one of core's actions
/// (the same as the window's), prints what it wrote (--json: the record with its id) and exits 1 with the
/// action's message when the input is refused.
int contactCommand(Context& context);
int logCommand(Context& context);
int dealCommand(Context& context);
int reminderCommand(Context& context);

} // namespace kontor::cli
