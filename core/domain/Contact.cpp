// SPDX-License-Identifier: GPL-3.0-or-later
#include "Contact.h"

namespace kontor {

QString Contact::displayName() const
{
    return QStringList{firstName, lastName}.join(u' ').trimmed();
}

} // namespace kontor
