// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumbers.h"

#include "search/TextFolding.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace kontor::PhoneNumbers {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

QString regionOf(const QLocale& locale)
{
    const QString code = QLocale::territoryToCode(locale.territory());
    return code.size() == 2 ? code : QStringLiteral("ZZ");
}

ParsedPhone parse(const QString& text, const QString& region)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (text.trimmed().isEmpty() ||
        util->Parse(text.toStdString(), region.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return {QString::fromStdString(formatted), util->IsValidNumber(number)};
}

QString matchKey(const QString& text, const QString& region)
{
    return matchKey(text, parse(text, region));
}

QString matchKey(const QString& text, const ParsedPhone& parsed)
{
    return parsed.e164.isEmpty() ? normalizePhone(text) : parsed.e164;
}

} // namespace kontor::PhoneNumbers
