// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kontor {

/// Names the application identically in both binaries, so that the GUI and kontor-cli agree on the default
/// database location (QStandardPaths::AppDataLocation) and on settings.
void applyAppIdentity();

/// The reverse-DNS id that desktops know Kontor by: the AppStream id, the .desktop file's and the icon's name.
QString appId();

} // namespace kontor
