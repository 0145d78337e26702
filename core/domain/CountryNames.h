// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace kontor {

/// A country's name in a language, from its ISO 3166 code: "IR" is "ایران" in Persian, "Iran" in English, "Iran" in
/// German. ICU knows the names in every language Kontor speaks; Qt only in English.
QString countryName(const QString& code, const QLocale& language = QLocale());

} // namespace kontor
