// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace kontor {

/// Declared in the order of the sales process: the contacts list sorts by status in this order.
enum class ContactStatus { Lead, Qualified, Customer, Inactive, Lost };

/// The stable key stored in the database ("lead", "customer", ...).
QString contactStatusKey(ContactStatus status);
/// Unknown keys fall back to Lead.
ContactStatus contactStatusFromKey(const QString& key, bool* ok = nullptr);
/// The translated name shown to the user.
QString contactStatusName(ContactStatus status);
QList<ContactStatus> allContactStatuses();

} // namespace kontor
