// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomField.h"

#include <QCoreApplication>

namespace kontor {

QString recordKindKey(RecordKind record)
{
    switch (record) {
    case RecordKind::Contact:
        return QStringLiteral("contact");
    case RecordKind::Company:
        return QStringLiteral("company");
    case RecordKind::Deal:
        return QStringLiteral("deal");
    }
    return QStringLiteral("contact");
}

std::optional<RecordKind> recordKindFromKey(const QString& key)
{
    for (RecordKind record : {RecordKind::Contact, RecordKind::Company, RecordKind::Deal}) {
        if (recordKindKey(record) == key)
            return record;
    }
    return std::nullopt;
}

QString fieldTypeKey(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::LongText:
        return QStringLiteral("longtext");
    case FieldType::Number:
        return QStringLiteral("number");
    case FieldType::Money:
        return QStringLiteral("money");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::Checkbox:
        return QStringLiteral("checkbox");
    case FieldType::Choice:
        return QStringLiteral("choice");
    case FieldType::Choices:
        return QStringLiteral("choices");
    case FieldType::ContactLink:
        return QStringLiteral("contact");
    case FieldType::CompanyLink:
        return QStringLiteral("company");
    }
    return QStringLiteral("text");
}

std::optional<FieldType> fieldTypeFromKey(const QString& key)
{
    for (FieldType type : allFieldTypes()) {
        if (fieldTypeKey(type) == key)
            return type;
    }
    return std::nullopt;
}

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QCoreApplication::translate("FieldType", "Text");
    case FieldType::LongText:
        return QCoreApplication::translate("FieldType", "Long text");
    case FieldType::Number:
        return QCoreApplication::translate("FieldType", "Number");
    case FieldType::Money:
        return QCoreApplication::translate("FieldType", "Money");
    case FieldType::Date:
        return QCoreApplication::translate("FieldType", "Date");
    case FieldType::Checkbox:
        return QCoreApplication::translate("FieldType", "Checkbox");
    case FieldType::Choice:
        return QCoreApplication::translate("FieldType", "Choice");
    case FieldType::Choices:
        return QCoreApplication::translate("FieldType", "Multiple choice");
    case FieldType::ContactLink:
        return QCoreApplication::translate("FieldType", "Link to a contact");
    case FieldType::CompanyLink:
        return QCoreApplication::translate("FieldType", "Link to a company");
    }
    return {};
}

QList<FieldType> allFieldTypes()
{
    return {FieldType::Text,        FieldType::LongText,   FieldType::Number, FieldType::Money,
            FieldType::Date,        FieldType::Checkbox,   FieldType::Choice, FieldType::Choices,
            FieldType::ContactLink, FieldType::CompanyLink};
}

const FieldOption* CustomField::optionByLabel(const QString& label) const
{
    const QString wanted = label.trimmed().toCaseFolded();
    for (const FieldOption& option : options) {
        if (option.label.trimmed().toCaseFolded() == wanted)
            return &option;
    }
    return nullptr;
}

const FieldOption* CustomField::optionById(qint64 id) const
{
    for (const FieldOption& option : options) {
        if (option.id == id)
            return &option;
    }
    return nullptr;
}

} // namespace kontor
