// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kontor {

/// SQL's "now" (julianday('now'), which the change history's triggers write) from kontor::Clock, so that a test's
/// fixed clock holds for the database too. SQLite asks its VFS for the current time: this installs, once, a VFS
/// that is the default one but for its clock, as the default for every connection opened after it. With the
/// system clock nothing changes. Where Qt's driver carries its own SQLite, its connections keep the real time.
namespace SqlClock {
void install();
} // namespace SqlClock

} // namespace kontor
