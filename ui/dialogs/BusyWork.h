// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "Result.h"

#include <QString>

#include <functional>

class QProgressDialog;
class QWidget;

namespace kontor::ui {

/// Runs `work` on another thread while a dialog (named "busy", without a Cancel button: the work is not safe to
/// stop half way) says `text`, so that a minute of copying or upgrading does not look like a frozen window. `work`
/// must open its own database connection: connections belong to the thread that opened them.
Status runWhileBusy(const QString& text, const std::function<Status()>& work, QWidget* parent = nullptr);

/// Core's progress reports shown in `dialog`, whose range is 0 to 1000: its label says the phase (when one is
/// given), events run so that Cancel can be pressed, and the work is told to stop once it was.
ProgressCallback followProgress(QProgressDialog& dialog);

/// Upgrades a database written by an older Kontor that way. Nothing happens for a current, new or missing file.
/// A failed step leaves the file at its last complete schema and returns why.
Status upgradeShowingProgress(const QString& path, QWidget* parent = nullptr);

} // namespace kontor::ui
