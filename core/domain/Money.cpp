// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include "LatinDigits.h"
#include "search/TextFolding.h"

#include <QCoreApplication>
#include <QSet>

#include <unicode/locid.h>
#include <unicode/numberformatter.h>

#include <algorithm>

namespace kontor {

int Money::minorDigits(const QString& currency)
{
    // The rial as Iran writes it (and Unicode's CLDR, which ICU formats with): whole rials, though ISO 4217 still
    // lists two decimals nobody has used in decades.
    static const QSet<QString> noMinorUnit = {QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("ISK"),
                                              QStringLiteral("CLP"), QStringLiteral("VND"), QStringLiteral("XOF"),
                                              QStringLiteral("XAF"), QStringLiteral("UGX"), QStringLiteral("PYG"),
                                              QStringLiteral("IRR")};
    static const QSet<QString> threeDigits = {QStringLiteral("BHD"), QStringLiteral("KWD"), QStringLiteral("OMR"),
                                              QStringLiteral("JOD"), QStringLiteral("TND"), QStringLiteral("IQD"),
                                              QStringLiteral("LYD")};
    if (noMinorUnit.contains(currency))
        return 0;
    if (threeDigits.contains(currency))
        return 3;
    return 2;
}

bool Money::isCurrencyCode(const QString& code)
{
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](QChar c) {
               return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
           });
}

QString Money::currencyCodeProblem()
{
    return QCoreApplication::translate("Money", "The currency must be a three-letter ISO 4217 code such as EUR.");
}

namespace {

// Persian's signs carry a left-to-right mark ("\u200E−"), which would pull the currency code into the number's
// direction: "−۲۲۰ IRR" read left to right, its code on the other side than in the cells around it. The signed
// amount is isolated, so the code keeps its place after the number in either direction.
QString withCurrency(const QString& amount, const QString& currency)
{
    const bool marked =
        amount.contains(QChar(0x200E)) || amount.contains(QChar(0x200F)) || amount.contains(QChar(0x061C));
    return (marked ? QChar(0x2066) + amount + QChar(0x2069) : amount) + u'\u00A0' + currency;
}

} // namespace

QString Money::format(const QLocale& locale) const
{
    return withCurrency(formatAmount(locale), currency);
}

QString Money::formatChange(const QLocale& locale) const
{
    return withCurrency((minor > 0 ? locale.positiveSign() : QString()) + formatAmount(locale), currency);
}

QString Money::formatAmount(const QLocale& locale) const
{
    const int digits = minorDigits(currency);
    qint64 divisor = 1;
    for (int i = 0; i < digits; ++i)
        divisor *= 10;
    const qint64 magnitude = minor < 0 ? -minor : minor;
    QString text = locale.toString(magnitude / divisor);
    if (digits > 0) {
        // The cents in the locale's digits too: Persian reads ۳۱٬۸۹۰٫۰۰, never ۳۱٬۸۹۰٫00.
        QString cents = locale.toString(magnitude % divisor);
        while (cents.size() < digits)
            cents.prepend(locale.zeroDigit());
        text += locale.decimalPoint() + cents;
    }
    if (minor < 0)
        text.prepend(locale.negativeSign());
    return text;
}

QString Money::formatCompact(const QLocale& locale) const
{
    // ICU knows each language's short words (CLDR's compact decimals); the digits are the ones Kontor writes in
    // that language, its own or Latin ones if the user chose them.
    const QLocale language = languageBehindLatinDigits().value_or(locale);
    const QString zero = locale.zeroDigit();
    const char* digits = zero == QStringLiteral("0")      ? "latn"
                         : zero == QString(QChar(0x06F0)) ? "arabext"
                         : zero == QString(QChar(0x0660)) ? "arab"
                         : zero == QString(QChar(0x09E6)) ? "beng"
                                                          : nullptr;
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale icuLocale = icu::Locale::forLanguageTag(language.bcp47Name().toStdString(), status);
    if (digits)
        icuLocale.setKeywordValue("numbers", digits, status);
    qint64 divisor = 1;
    for (int i = 0; i < minorDigits(currency); ++i)
        divisor *= 10;
    // Bengali's and Amharic's short words are a word's first letter ("৩৭ লা", "4.8 ሚ"), which people do not write;
    // their whole words ("লাখ", "ሚሊዮን") are hardly longer.
    const bool wholeWords = language.language() == QLocale::Bengali || language.language() == QLocale::Amharic;
    const auto formatted =
        icu::number::NumberFormatter::withLocale(icuLocale)
            .notation(wholeWords ? icu::number::Notation::compactLong() : icu::number::Notation::compactShort())
            .formatDouble(double(minor) / double(divisor), status)
            .toString(status);
    if (U_FAILURE(status))
        return formatRounded(locale);
    return withCurrency(QString(reinterpret_cast<const QChar*>(formatted.getBuffer()), formatted.length()), currency);
}

QString Money::formatRounded(const QLocale& locale) const
{
    qint64 divisor = 1;
    for (int i = 0; i < minorDigits(currency); ++i)
        divisor *= 10;
    const qint64 magnitude = minor < 0 ? -minor : minor;
    const qint64 whole = (magnitude + divisor / 2) / divisor;
    QString text = locale.toString(whole);
    if (minor < 0 && whole > 0)
        text.prepend(locale.negativeSign());
    return withCurrency(text, currency);
}

bool Money::parse(const QString& input, const QString& currency, qint64* minor, const QLocale& locale)
{
    // Persian or Bengali digits read as the digits they are; the Arabic decimal separator (٫) is the locale's own
    // decimal point, whatever the locale groups thousands with ("۱۲٫۵۰" in German is 12,50, not 1250).
    QString text = latinDigits(input).trimmed();
    text.replace(QChar(0x066B), locale.decimalPoint());
    text.remove(QChar(0x066C));
    text.remove(locale.groupSeparator());
    text.remove(u' ');
    text.remove(u'\u00A0');
    // A formatted amount pasted back: the isolates format() puts around a signed Persian amount.
    for (const char16_t control : {u'\u2066', u'\u2067', u'\u2068', u'\u2069'})
        text.remove(QChar(control));
    if (text.isEmpty())
        return false;
    bool negative = false;
    // Persian's minus is two characters (a left-to-right mark and −).
    if (text.startsWith(locale.negativeSign())) {
        negative = true;
        text.remove(0, locale.negativeSign().size());
    } else if (text.startsWith(u'-')) {
        negative = true;
        text.remove(0, 1);
    }
    const QString point = locale.decimalPoint();
    qsizetype split = text.lastIndexOf(point);
    if (split < 0 && point != QStringLiteral("."))
        split = text.lastIndexOf(u'.');
    const QString whole = split < 0 ? text : text.left(split);
    QString fraction = split < 0 ? QString() : text.mid(split + 1);
    const int digits = minorDigits(currency);
    if (fraction.size() > digits)
        return false;
    fraction = fraction.leftJustified(digits, u'0');
    bool okWhole = true;
    bool okFraction = true;
    const qint64 units = whole.isEmpty() ? 0 : whole.toLongLong(&okWhole);
    const qint64 cents = digits == 0 ? 0 : fraction.toLongLong(&okFraction);
    if (!okWhole || !okFraction || units < 0 || cents < 0)
        return false;
    qint64 factor = 1;
    for (int i = 0; i < digits; ++i)
        factor *= 10;
    const qint64 value = units * factor + cents;
    *minor = negative ? -value : value;
    return true;
}

} // namespace kontor
