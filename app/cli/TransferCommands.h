// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kontor::cli {

struct Context;

/// kontor-cli export, import, imports and undo-import: records out to CSV, vCard or iCalendar, and in from CSV or
/// vCard (through ImportActions, with a backup first), the import history, and taking an import back.
int exportCommand(Context& context);
int importCommand(Context& context);
int importsCommand(Context& context);
int undoImportCommand(Context& context);

} // namespace kontor::cli
