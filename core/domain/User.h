// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kontor {

/// A salesperson. A new database has one, the owner, marked as default.
struct User
{
    qint64 id = 0;
    QString name;
    QString email;
    bool isDefault = false;
};

} // namespace kontor
