// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace kontor {

/// Loads Kontor's own translation and Qt's for `language` ("de", "de_DE"), or for the system's UI languages
/// when it is empty, falling back through them to English. Returns the language loaded, or "en".
QString installTranslations(QCoreApplication& app, const QString& language = {});

/// The calendar chosen in Settings ("gregorian", "jalali"), or empty for the one the language uses. The window and
/// kontor-cli both read it and the digits' choice: a date reads the same in both.
QString savedCalendarChoice();
void saveCalendarChoice(const QString& calendar);
/// The digits chosen in Settings: "latin", or empty for the language's own.
QString savedDigitsChoice();
void saveDigitsChoice(const QString& digits);
/// Applies the saved calendar and digits, if chosen, over the language's own that installTranslations set.
void applySavedDateAndNumberChoices();

/// What stands between the parts of one line ("9:30 · Call · Ada Lovelace"): a middle dot, or what the language
/// puts there instead (Persian's zero looks like a middle dot).
QString partSeparator();
/// Parts joined into one line with partSeparator(); in a right-to-left language each part is isolated, so that a Latin
/// name keeps its final full stop at its end ("مشتری • Martini Catering S.p.A.", not ".Martini Catering S.p.A").
QString joinParts(const QStringList& parts);

/// A file's path as a message shows it: the system's separators and, in a right-to-left language, isolated so that it
/// reads left to right inside the sentence ("/home/…/crm.sqlite", not "home/…/crm.sqlite/").
QString shownPath(const QString& path);

/// The languages Kontor ships a translation for, English included.
QStringList availableLanguages();
/// `source` and what every shipped language makes of it: to recognise a name Kontor gave in whichever language the
/// database was made in.
QStringList translationsInEveryLanguage(const char* context, const char* source, const char* comment = nullptr);

} // namespace kontor
