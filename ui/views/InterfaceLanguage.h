// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCalendar>
#include <QList>
#include <QString>

class QApplication;

namespace kontor::ui {

/// The language and calendar chosen in Settings: empty for the system's language and the language's own calendar.
struct LanguageChoice
{
    /// A language code ("fa", "de"), or empty for the system's.
    QString language;
    /// "gregorian", "jalali", or empty for the calendar the language uses (Solar Hijri for Persian).
    QString calendar;
    /// "latin" for 0-9 in a language with digits of its own (Persian, Bengali), or empty for the language's digits.
    QString digits;

    friend bool operator==(const LanguageChoice&, const LanguageChoice&) = default;
};

LanguageChoice savedLanguageChoice();
void saveLanguageChoice(const LanguageChoice& choice);

/// Applies the interface's language: `commandLine` (--lang) when given, else Settings' choice, else the system's.
/// Installs the translations, mirrors the window for a right-to-left language and sets the calendar of every date.
/// Returns the language shown ("en" when none of Kontor's fits).
QString applyInterfaceLanguage(QApplication& app, const QString& commandLine = {});

/// The languages Kontor speaks, each named in its own language ("فارسی", "Deutsch"), sorted by code.
struct LanguageName
{
    QString code;
    QString name;
};
QList<LanguageName> languageNames();

} // namespace kontor::ui
