// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace kontor {

/// Loads Kontor's own translation and Qt's for `language` ("de", "de_DE"), or for the system's UI languages
/// when it is empty, falling back through them to English. Returns the language loaded, or "en".
QString installTranslations(QCoreApplication& app, const QString& language = {});

/// The languages Kontor ships a translation for, English included.
QStringList availableLanguages();

} // namespace kontor
