// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace kontor {

/// Long work reports how far it is and asks whether to go on: the callback returns false to cancel.
/// The GUI drives a progress dialog with it, the CLI prints, tests cancel half way.
using ProgressCallback = std::function<bool(qint64 done, qint64 total, const QString& phase)>;

} // namespace kontor
