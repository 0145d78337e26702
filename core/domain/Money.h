// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace kontor {

/// An amount of money: integer minor units (cents) and an ISO 4217 currency code. Never a float.
struct Money
{
    qint64 minor = 0;
    QString currency = QStringLiteral("EUR");

    /// How many minor units make a major one for `currency` (100 for EUR, 1 for JPY).
    static int minorDigits(const QString& currency);
    /// Kontor's one check of a currency code: three letters, as ISO 4217 writes them ("EUR"; kept in capitals).
    static bool isCurrencyCode(const QString& code);
    /// What a user is told when a currency code is not one.
    static QString currencyCodeProblem();
    /// "1,234.56 EUR" in the conventions of `locale`.
    QString format(const QLocale& locale = QLocale()) const;
    /// A difference: "+1,234.56 EUR" with its sign when it is a gain, as format() otherwise.
    QString formatChange(const QLocale& locale = QLocale()) const;
    /// The amount alone, as an amount field shows it for editing: "1,234.56" ("4 600,00" in a locale that groups
    /// thousands with a space).
    QString formatAmount(const QLocale& locale = QLocale()) const;
    /// In whole units, rounded half away from zero ("24,820 EUR"), where space is short and cents say nothing:
    /// deal cards and board totals.
    QString formatRounded(const QLocale& locale = QLocale()) const;
    /// In the language's short words for thousands, millions and billions, to two or three figures ("3.7M EUR",
    /// "۳٫۷ میلیارد IRR"), where even whole units do not fit: a narrow deal card with an amount in rials.
    QString formatCompact(const QLocale& locale = QLocale()) const;
    /// Parses "1234.56", "1.234,56" (by `locale`) into minor units; false when it is not an amount.
    static bool parse(const QString& text, const QString& currency, qint64* minor, const QLocale& locale = QLocale());

    friend bool operator==(const Money&, const Money&) = default;
};

} // namespace kontor
