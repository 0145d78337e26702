// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace kontor {

/// A phone number as libphonenumber reads it.
struct ParsedPhone
{
    /// "+493012345678"; empty when the text is not a phone number at all.
    QString e164;
    /// A number that can exist in its region (right length and prefixes); an invalid one is kept, and flagged.
    bool valid = false;
};

/// Phone numbers through Google's libphonenumber: what people type ("030 1234567", "(0)30-123 45 67",
/// "+49 30 1234567") becomes one E.164 form, so that the same number matches however it was written. Numbers
/// without a country code are read as numbers of the default region.
namespace PhoneNumbers {

/// The region of a locale ("DE" for de_DE), for numbers written without a country code; "ZZ" (unknown) when the
/// locale has no country.
QString regionOf(const QLocale& locale);
/// The longest text read as a phone number (E.164 has 15 digits; spaces, brackets and an extension fit many times).
constexpr int maxLength = 100;
ParsedPhone parse(const QString& text, const QString& region);
/// The key numbers are matched by: E.164 when the number parses, else its digits (with a leading + kept).
QString matchKey(const QString& text, const QString& region);
/// matchKey() of `text` already parsed, for callers that also want to know whether it is valid.
QString matchKey(const QString& text, const ParsedPhone& parsed);

enum class Line { Fixed, Mobile };

/// A made-up number that is valid in the country of `callingCode` (49 for Germany), a landline or a mobile one,
/// written the international way ("+49 30 1234567"); the same `seed` gives the same number. For demo data. Empty
/// when the calling code is no country's.
QString madeUp(int callingCode, Line line, quint64 seed);

} // namespace PhoneNumbers

} // namespace kontor
