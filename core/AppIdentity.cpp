// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIdentity.h"

#include <QCoreApplication>

namespace kontor {

void applyAppIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("kontor"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("kontor.invalid"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KONTOR_VERSION));
}

} // namespace kontor
