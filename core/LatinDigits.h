// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

#include <optional>

namespace kontor {

/// Numbers, dates and times in Latin digits (0-9) in a language whose own are others (Persian ۰-۹, Bengali ০-৯),
/// with the rest of the language kept: its month and day names, its direction, its first day of the week. It
/// changes QLocale's default, so every number follows: Kontor's, the widgets' (spin boxes, date fields, the
/// calendar) and the counts in translated messages (%Ln). `false` brings the language's own digits back. Nothing
/// happens in a language written with Latin digits.
void setLatinDigits(bool latin);

/// The language whose digits Latin ones replace, while they do. Qt 6.4 finds a system locale's month names by the
/// language it first started in, so dates with month names are written in this one, their digits made Latin.
std::optional<QLocale> languageBehindLatinDigits();

} // namespace kontor
