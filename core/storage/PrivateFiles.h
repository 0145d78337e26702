// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kontor {

/// A CRM holds other people's personal data: the files and folders Kontor makes are its user's alone (0600 and 0700
/// on Linux and macOS), whatever the umask. Folders and files that exist are left as their owner set them.

/// Makes `path` and any missing folder above it, each readable by its owner only. False if one could not be made.
bool makePrivateFolder(const QString& path);

/// Creates `path` as an empty file that only its owner can read and write, before anything (SQLite) writes into it,
/// so that no moment exists in which others could read it. False if it exists or could not be made.
bool createPrivateFile(const QString& path);

/// Makes an existing folder or file of Kontor's own (a backup folder, a backup) its owner's alone.
bool makePrivate(const QString& path);

} // namespace kontor
