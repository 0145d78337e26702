// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterfaceLanguage.h"

#include "Translations.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace kontor::ui {

namespace {

const QString languageKey = QStringLiteral("interface/language");

} // namespace

LanguageChoice savedLanguageChoice()
{
    const QSettings settings;
    return {settings.value(languageKey).toString(), savedCalendarChoice(), savedDigitsChoice()};
}

void saveLanguageChoice(const LanguageChoice& choice)
{
    QSettings settings;
    settings.setValue(languageKey, choice.language);
    saveCalendarChoice(choice.calendar);
    saveDigitsChoice(choice.digits);
}

QString applyInterfaceLanguage(QApplication& app, const QString& commandLine)
{
    LanguageChoice choice = savedLanguageChoice();
    // A language no longer shipped (or a mistyped setting) is the system's, as the Language tab shows it.
    if (!availableLanguages().contains(choice.language))
        choice.language.clear();
    const QString shown = installTranslations(app, commandLine.isEmpty() ? choice.language : commandLine);
    // installTranslations set the language's own calendar and digits; the user's choices win.
    applySavedDateAndNumberChoices();
    // Persian mirrors the whole window: side bar on the right, columns from right to left.
    QApplication::setLayoutDirection(QLocale().textDirection());
    return shown;
}

QList<LanguageName> languageNames()
{
    QList<LanguageName> names;
    for (const QString& code : availableLanguages()) {
        // Qt names "en" American English: Kontor's English is everyone's.
        QString name = code == QStringLiteral("en") ? QStringLiteral("English") : QLocale(code).nativeLanguageName();
        // Qt has no native name for Esperanto in some CLDR versions.
        if (name.isEmpty())
            name = code == QStringLiteral("eo") ? QStringLiteral("Esperanto") : code;
        // "english" and "esperanto" in Qt's data are lower case; a menu entry starts with a capital.
        if (!name.isEmpty() && name.at(0).isLower())
            name[0] = name.at(0).toUpper();
        names.append({code, name});
    }
    std::sort(names.begin(), names.end(), [](const LanguageName& a, const LanguageName& b) { return a.code < b.code; });
    return names;
}

} // namespace kontor::ui
