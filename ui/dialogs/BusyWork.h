// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

#include <functional>

class QWidget;

namespace kontor::ui {

/// Runs `work` on another thread while a dialog (named "busy", without a Cancel button: the work is not safe to
/// stop half way) says `text`, so that a minute of copying or upgrading does not look like a frozen window. `work`
/// must open its own database connection: connections belong to the thread that opened them.
Status runWhileBusy(const QString& text, const std::function<Status()>& work, QWidget* parent = nullptr);

/// Upgrades a database written by an older Kontor that way. Nothing happens for a current, new or missing file.
/// A failed step leaves the file at its last complete schema and returns why.
Status upgradeShowingProgress(const QString& path, QWidget* parent = nullptr);

} // namespace kontor::ui
