// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kontor {

/// Names the application identically in both binaries, so that the GUI and kontor-cli agree on the default
/// database location (QStandardPaths::AppDataLocation) and on settings.
void applyAppIdentity();

} // namespace kontor
