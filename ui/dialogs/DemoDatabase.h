// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QString>

#include <memory>

class QWidget;

namespace kontor::ui {

/// The demo database: generated on first use (with a progress dialog that can cancel), then opened.
namespace DemoDatabase {

/// Where the demo database lives unless told otherwise: beside the user's own, as kontor-demo.sqlite, or in another
/// language as kontor-demo-fa.sqlite (its demo is made in that language).
QString defaultPath();
/// Generates the demo at `path` when the file is empty or missing; false when it failed (said in a message box)
/// or was cancelled (the half-made file is removed).
bool ensure(const QString& path, qint64 contacts, QWidget* parent = nullptr);
/// ensure(), then opens it; null when either failed.
std::unique_ptr<Database> open(const QString& path, qint64 contacts, QWidget* parent = nullptr);

} // namespace DemoDatabase

} // namespace kontor::ui
