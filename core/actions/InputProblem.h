// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kontor {

/// Why an action refuses its input: the field at fault (its key, e.g. "email2", so that a dialog can put the cursor
/// there and the CLI can name its option) and a translated sentence.
struct InputProblem
{
    QString field;
    QString message;
};

} // namespace kontor
