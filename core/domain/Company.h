// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Address.h"
#include "CustomField.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kontor {

/// An organisation; parentId links a branch to its head office.
struct Company
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0;
    QString industry;
    QString size;
    QString territory;
    QString website;
    QString phone;
    QString email;
    Address address;
    qint64 ownerId = 0;
    QStringList tags;
    /// The values of custom fields; fields missing from the map are left as stored on save.
    CustomValues custom;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
};

} // namespace kontor
