// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CustomField.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>

#include <functional>

namespace kontor {

/// How a linked contact or company is written as text and found again from it. Core's repositories provide them
/// (CustomFieldLinks); without them a link is written as its record's number and read from one.
struct LinkText
{
    /// The record `id` of a link field of type `type` as text that find() reads back: a company's name, a contact's
    /// name with its email address ("Ada Lovelace <ada@example.org>") or number ("Ada Lovelace #12").
    std::function<QString(FieldType type, qint64 id)> name;
    /// The record that `text` names; a failure says why none (no such record, several of that name).
    std::function<Result<qint64>(FieldType type, const QString& text)> find;
};

/// Custom field values as text: read from what a person typed, a CSV cell or a command line (parse), written for
/// files that read back the same (exportText: ISO dates, a point as the decimal separator, "yes"/"no", options
/// joined with "; "), and shown in the user's language and calendar (display).
class FieldValueText
{
    Q_DECLARE_TR_FUNCTIONS(FieldValueText)

public:
    /// `text` as a value of `field`; empty text is the empty value. A choice is one of the field's options (case
    /// ignored), multiple choice several separated by ";". Numbers and amounts are read in `locale`'s conventions
    /// first, then with a point (only with a point when `locale` is C, as files and scripts write them), and in any
    /// script's digits; a money value may name its currency ("1200 USD"), else it
    /// has the field's. Dates are ISO 8601 (a year of the 1300s or 1400s is a Solar Hijri one). A failure says what
    /// is wrong, naming the field.
    static Result<FieldValue> parse(const CustomField& field, const QString& text, const LinkText& links = {},
                                    const QLocale& locale = QLocale());
    /// The canonical text that parse() reads back to the same value.
    static QString exportText(const CustomField& field, const FieldValue& value, const LinkText& links = {});
    /// For the screen: numbers, amounts and dates through `locale` and its calendar, "Yes"/"No", option labels.
    static QString display(const CustomField& field, const FieldValue& value, const LinkText& links = {},
                           const QLocale& locale = QLocale());
    /// For JSON: text and dates (ISO 8601) as strings, numbers, money as {"minor", "currency"}, a checkbox as true or
    /// false, a choice as its label, multiple choice as an array of labels, a link as {"id", "name"}; null when empty.
    static QJsonValue json(const CustomField& field, const FieldValue& value, const LinkText& links = {});
    /// The words a checkbox's value is read from: yes, no, true, false, 1, 0, x and the translated Yes and No.
    static std::optional<bool> readYesNo(const QString& text);
};

} // namespace kontor
