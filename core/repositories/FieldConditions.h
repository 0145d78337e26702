// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/CustomField.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantList>

namespace kontor {

enum class ConditionOp { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, Contains, Empty, NotEmpty };

/// A condition on one field of a record, as typed: "city = Berlin", "budget >= 5000", "industry = Retail;Food" (any
/// of), "need ~ training" (contains), "timeline empty".
struct FieldCondition
{
    QString key;
    ConditionOp op = ConditionOp::Equal;
    QString value;
    friend bool operator==(const FieldCondition&, const FieldCondition&) = default;
};

/// A condition made SQL: a clause over the record's table (its columns unqualified, as the contacts list's filter
/// writes them) with its bound values.
struct SqlCondition
{
    QString clause;
    QVariantList values;
    friend bool operator==(const SqlCondition&, const SqlCondition&) = default;
};

/// Conditions on built-in and custom fields alike, for `kontor-cli contacts --where` and the lists' filters. Values
/// are read as the field's type reads them (FieldValueText): dates as ISO 8601, money as a decimal in the field's
/// currency, a choice by its label; "=" and "!=" compare text without case, and "!=" includes records without a
/// value. For a choice, "=" with several options separated by ";" matches any of them; for multiple choice, "="
/// matches records that have any of the options named and "!=" those that have none.
class FieldConditions
{
    Q_DECLARE_TR_FUNCTIONS(FieldConditions)

public:
    /// "key OP value" with OP one of = != < <= > >= ~, or "key empty" / "key notempty".
    static Result<FieldCondition> parse(const QString& text);
    /// The condition as parse() reads it: "city = Berlin", "timeline empty".
    static QString text(const FieldCondition& condition);
    /// The condition as SQL over contacts; fails naming the field or the value that does not fit.
    static Result<SqlCondition> forContacts(const QSqlDatabase& db, const FieldCondition& condition);
    /// The built-in contact fields a condition can name.
    static QStringList contactKeys();
};

} // namespace kontor
