// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kontor {

QStringList availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("kontor_*.qm")}, QDir::Files);
    for (const QString& file : files) {
        const QString language = file.mid(7, file.size() - 10);
        if (!languages.contains(language))
            languages << language;
    }
    return languages;
}

QString installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto* kontor = new QTranslator(&app);
    // English is the source language: finding no file for it is the expected outcome.
    if (!kontor->load(locale, QStringLiteral("kontor"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete kontor;
        return QStringLiteral("en");
    }
    app.installTranslator(kontor);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    const QString file = QFileInfo(kontor->filePath()).completeBaseName();
    return file.mid(7);
}

} // namespace kontor
