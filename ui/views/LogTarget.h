// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace kontor::ui {

/// Whom Ctrl+L logs for on a page: the contact of what is selected there, and the reminder it answers if the
/// selection is one. Both 0: nothing is selected, and the dialog asks for the contact.
struct LogTarget
{
    qint64 contactId = 0;
    qint64 reminderId = 0;
};

} // namespace kontor::ui
