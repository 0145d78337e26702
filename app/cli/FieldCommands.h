// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"
#include "domain/CustomField.h"
#include "repositories/FieldConditions.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QSqlDatabase>

namespace kontor::cli {

struct Context;

/// The options of field, contacts and contact --set.
QList<QCommandLineOption> fieldOptions();

/// kontor-cli field list|add|rename|remove|restore: the custom fields of contacts, companies and deals.
int fieldCommand(Context& context);
/// Each --where "key OP value" made SQL over contacts; false with `*status` set (usage for a condition that does not
/// read, a failure for a field that is not there) when one cannot be.
bool whereConditions(Context& context, const QSqlDatabase& db, QList<SqlCondition>* conditions, int* status);
/// kontor-cli contacts [--where "key OP value" ...] [--json]: the contacts that meet every condition.
int contactsCommand(Context& context);
/// kontor-cli score [ID] [--json]: every contact's lead score worked out again, or one contact's with its rules
/// (ScoreCommand.cpp).
int scoreCommand(Context& context);
/// kontor-cli assign [--where ...] [--dry-run] [--json] | assign rules: the assignment rules applied to the contacts
/// without an owner, or to those --where chooses (AssignCommand.cpp).
int assignCommand(Context& context);

/// Puts each --set key=value into `contact.custom`; false (with `*status` set) when a key or value is refused.
bool applyCustomValues(Context& context, const QSqlDatabase& db, Contact& contact, int* status);
/// A contact with every field by key: the built-in ones, then the custom fields (FieldValueText::json).
QJsonObject contactRecordJson(const QSqlDatabase& db, const Contact& contact, const QList<CustomField>& fields);

} // namespace kontor::cli
