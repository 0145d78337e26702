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
/// kontor-cli both read it: a date reads the same in both.
QString savedCalendarChoice();
void saveCalendarChoice(const QString& calendar);
/// Sets the calendar of every date to the saved choice, if there is one, over the language's own that
/// installTranslations set.
void applySavedCalendar();

/// The languages Kontor ships a translation for, English included.
QStringList availableLanguages();

} // namespace kontor
