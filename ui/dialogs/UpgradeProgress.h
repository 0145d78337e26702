// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

class QWidget;

namespace kontor::ui {

/// Upgrades a database written by an older Kontor on another thread while a dialog says so, since a large file
/// takes a minute or more and the window would otherwise look frozen. Nothing happens for a current, new or
/// missing file. A failed step leaves the file at its last complete schema and returns why.
Status upgradeShowingProgress(const QString& path, QWidget* parent = nullptr);

} // namespace kontor::ui
