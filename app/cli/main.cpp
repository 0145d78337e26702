// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "AppIdentity.h"
#include "Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    kontor::applyAppIdentity();
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    QString language;
    const qsizetype langIndex = arguments.indexOf(QStringLiteral("--lang"));
    if (langIndex >= 0 && langIndex + 1 < arguments.size())
        language = arguments.at(langIndex + 1);
    kontor::installTranslations(app, language);
    // Dates in the calendar, and numbers in the digits, chosen in the window's Settings; the language is --lang's or
    // the system's, as a command line tool's is.
    kontor::applySavedDateAndNumberChoices();

    QTextStream out(stdout);
    QTextStream err(stderr);
    return kontor::cli::run(arguments, out, err);
}
