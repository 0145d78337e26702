// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kontor {

/// A key for sorting names in SQL: case-folded, Latin accents removed, spaces collapsed. It approximates
/// QCollator's order closely enough for an index, and unlike a collator's key it does not depend on the
/// locale of whoever wrote the row.
QString sortKey(const QString& text);

/// An email address as compared for matching: trimmed and lower-cased.
QString normalizeEmail(const QString& email);

/// A phone number as compared for matching: its digits, with a leading + kept.
QString normalizePhone(const QString& phone);

/// Digits of any script as ASCII digits ("۱۲۳" and "١٢٣" -> "123"): what a Persian or Bengali keyboard types is
/// read as the number it is, in amounts, phones, dates and search.
QString latinDigits(const QString& text);

/// A number as typed in any script: its digits as ASCII, the Arabic decimal separator (٫) as ".", the Arabic
/// thousands separator (٬) gone.
QString latinNumber(const QString& text);

/// Persian as typed on any keyboard: the Arabic yeh and kaf (ي ى ك) as the Persian letters (ی ک), without the
/// zero-width non-joiner and without diacritics (harakat), so that a name is found however it was typed.
QString foldArabicScript(const QString& text);
/// The same folding as an SQL expression over `expression`, for what SQL writes into the search index.
QString foldArabicScriptSql(const QString& expression);

} // namespace kontor
