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
    // libphonenumber's time grows with the square of its input: a text longer than any number written out with an
    // extension is not one, and is never handed to it.
    if (text.trimmed().isEmpty() || text.size() > maxLength ||
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

QString madeUp(int callingCode, Line line, quint64 seed)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    std::string region;
    util->GetRegionCodeForCountryCode(callingCode, &region);
    PhoneNumber example;
    if (!util->GetExampleNumberForType(
            region, line == Line::Mobile ? PhoneNumberUtil::MOBILE : PhoneNumberUtil::FIXED_LINE, &example) &&
        !util->GetExampleNumber(region, &example))
        return {};
    // The example's length and first digits (the kind of line, an area), the rest from the seed: nearly always
    // valid at the first try; else a few more tries keeping more of the example, which is valid itself. (Type
    // checks validity too: an invalid number has none.)
    std::string significant;
    util->GetNationalSignificantNumber(example, &significant);
    const std::string prefix = QByteArray::number(callingCode).prepend('+').toStdString();
    PhoneNumber number = example;
    for (int attempt = 0; attempt < 40; ++attempt) {
        const std::size_t kept = std::size_t(1 + attempt / 8);
        if (kept >= significant.size())
            break;
        std::string digits = significant.substr(0, kept);
        quint64 z = seed + quint64(attempt) * 0x9E3779B97F4A7C15ULL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        while (digits.size() < significant.size()) {
            digits += char('0' + z % 10);
            z /= 10;
        }
        PhoneNumber candidate;
        if (util->Parse(prefix + digits, "ZZ", &candidate) != PhoneNumberUtil::NO_PARSING_ERROR)
            continue;
        // Valid, and the kind of line asked for (a British "70" number is valid, but no mobile).
        const PhoneNumberUtil::PhoneNumberType type = util->GetNumberType(candidate);
        if (type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE ||
            type == (line == Line::Mobile ? PhoneNumberUtil::MOBILE : PhoneNumberUtil::FIXED_LINE)) {
            number = candidate;
            break;
        }
    }
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace kontor::PhoneNumbers
