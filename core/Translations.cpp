// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include "LatinDigits.h"
#include "domain/DateText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace kontor {

QStringList availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("kontor_*.qm")}, QDir::Files);
    for (const QString& file : files) {
        if (file.startsWith(QStringLiteral("kontor_qt_")))
            continue;
        const QString language = file.mid(7, file.size() - 10);
        if (!languages.contains(language))
            languages << language;
    }
    return languages;
}

QStringList translationsInEveryLanguage(const char* context, const char* source, const char* comment)
{
    QStringList names{QString::fromUtf8(source)};
    for (const QString& language : availableLanguages()) {
        QTranslator translator;
        if (!translator.load(QStringLiteral(":/i18n/kontor_%1.qm").arg(language)))
            continue;
        const QString name = translator.translate(context, source, comment);
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

namespace {

const QString calendarKey = QStringLiteral("interface/calendar");
const QString digitsKey = QStringLiteral("interface/digits");

} // namespace

QString partSeparator()
{
    return QCoreApplication::translate("Separators", " · ", "between the parts of one line: a time · a kind · a name");
}

QString joinParts(const QStringList& parts)
{
    if (QLocale().textDirection() != Qt::RightToLeft)
        return parts.join(partSeparator());
    QStringList isolated;
    isolated.reserve(parts.size());
    // Each part isolated in the direction of its own first letter (LEFT-TO-RIGHT or RIGHT-TO-LEFT ISOLATE ... POP
    // DIRECTIONAL ISOLATE). A part that starts with a digit (a time, an amount: "۳٬۶۰۰ IRR") is left to the line's
    // direction, which puts its number first as Persian reads it.
    for (const QString& part : parts) {
        if (part.isEmpty() || part.front().isDigit())
            isolated << part;
        else
            isolated << QChar(part.isRightToLeft() ? 0x2067 : 0x2066) + part + QChar(0x2069);
    }
    return isolated.join(partSeparator());
}

QString shownPath(const QString& path)
{
    const QString native = QDir::toNativeSeparators(path);
    if (QLocale().textDirection() != Qt::RightToLeft)
        return native;
    return QChar(0x2066) + native + QChar(0x2069);
}

QString savedCalendarChoice()
{
    return QSettings().value(calendarKey).toString();
}

void saveCalendarChoice(const QString& calendar)
{
    QSettings().setValue(calendarKey, calendar);
}

QString savedDigitsChoice()
{
    return QSettings().value(digitsKey).toString();
}

void saveDigitsChoice(const QString& digits)
{
    QSettings().setValue(digitsKey, digits);
}

void applySavedDateAndNumberChoices()
{
    const QString calendar = savedCalendarChoice();
    if (calendar == QStringLiteral("gregorian"))
        DateText::setCalendar(QCalendar::System::Gregorian);
    else if (calendar == QStringLiteral("jalali"))
        DateText::setCalendar(QCalendar::System::Jalali);
    setLatinDigits(savedDigitsChoice() == QStringLiteral("latin"));
}

QString installTranslations(QCoreApplication& app, const QString& language)
{
    // A second call switches language: the translators of the first one go.
    for (QTranslator* previous :
         app.findChildren<QTranslator*>(QStringLiteral("kontor-translator"), Qt::FindDirectChildrenOnly)) {
        app.removeTranslator(previous);
        delete previous;
    }
    // The language's own digits first: QLocale::system() is Qt's again, and the locale chosen is the language itself.
    setLatinDigits(false);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Also for the system's language: after Persian, "the system's" must bring its numbers and direction back.
    QLocale::setDefault(locale);
    // The calendar the language asks for (Solar Hijri for Persian); the window's settings may choose another.
    DateText::setCalendar(DateText::defaultCalendarFor(locale));
    auto* kontor = new QTranslator(&app);
    kontor->setObjectName(QStringLiteral("kontor-translator"));
    // English is the fallback; its file holds the plural forms of the English source texts.
    if (!kontor->load(locale, QStringLiteral("kontor"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        !kontor->load(QStringLiteral(":/i18n/kontor_en.qm"))) {
        delete kontor;
        return QStringLiteral("en");
    }
    app.installTranslator(kontor);
    auto* qt = new QTranslator(&app);
    qt->setObjectName(QStringLiteral("kontor-translator"));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    // Qt has no translation of its buttons and dialogs into Bengali, Amharic or Esperanto (and misses a few in
    // Persian): Kontor ships those a user meets.
    auto* qtByKontor = new QTranslator(&app);
    qtByKontor->setObjectName(QStringLiteral("kontor-translator"));
    if (qtByKontor->load(locale, QStringLiteral("kontor_qt"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(qtByKontor);
    else
        delete qtByKontor;
    const QString file = QFileInfo(kontor->filePath()).completeBaseName();
    return file.mid(7);
}

} // namespace kontor
