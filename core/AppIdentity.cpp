// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIdentity.h"

#include <QCoreApplication>

namespace kontor {

void applyAppIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("kontor"));
    QCoreApplication::setOrganizationName(QString());
    // The project's home, github.com/kontor-crm: macOS names the settings file by it.
    QCoreApplication::setOrganizationDomain(QStringLiteral("kontor-crm.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KONTOR_VERSION));
}

QString appId()
{
    return QStringLiteral(KONTOR_APP_ID);
}

} // namespace kontor
