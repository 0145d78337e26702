// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Address.h"
#include "ContactStatus.h"
#include "CustomField.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kontor {

/// An email address or phone number with an optional label ("work", "mobile", ...).
struct LabeledValue
{
    QString value;
    QString label;
    friend bool operator==(const LabeledValue&, const LabeledValue&) = default;
};

/// A person. Ids of 0 mean "none" throughout core.
struct Contact
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    qint64 companyId = 0;
    QString title;
    QDate birthday;
    Address address;
    QList<LabeledValue> emails;
    QList<LabeledValue> phones;
    qint64 leadSourceId = 0;
    qint64 campaignId = 0;
    ContactStatus status = ContactStatus::Lead;
    qint64 ownerId = 0;
    QStringList tags;
    QString notes;
    /// Contact at least this often; 0: no interval.
    int stayInTouchDays = 0;
    /// The values of custom fields (CustomField.h: fields missing from the map are left as stored on save).
    CustomValues custom;
    QDateTime lastInteractionAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;

    QString displayName() const;
    bool isArchived() const { return archivedAt.isValid(); }
};

} // namespace kontor
