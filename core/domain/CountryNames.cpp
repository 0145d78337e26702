// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountryNames.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace kontor {

QString countryName(const QString& code, const QLocale& language)
{
    const icu::Locale country("", code.toLatin1().constData());
    const icu::Locale in(language.name().toLatin1().constData());
    icu::UnicodeString name;
    country.getDisplayCountry(in, name);
    // ICU answers with the code itself for a country it does not know.
    if (name.isBogus() || name.length() == 0 || name == icu::UnicodeString::fromUTF8(code.toStdString()))
        return QLocale::territoryToString(QLocale::codeToTerritory(code));
    return QString(reinterpret_cast<const QChar*>(name.getBuffer()), name.length());
}

} // namespace kontor
