// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace kontor::cli {

/// Runs kontor-cli with `arguments` (without the program name); returns the process exit status.
/// 0: done; 1: the command failed (message on `err`); 2: the command line was wrong.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace kontor::cli
