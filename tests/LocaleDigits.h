// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace kontor::test {

/// Kontor in Persian while it lives (translation, default locale, calendar), as `--lang fa` starts it; English
/// after, as the tests that use it install in initTestCase().
class InPersian
{
public:
    InPersian() { installTranslations(*QCoreApplication::instance(), QStringLiteral("fa")); }
    ~InPersian() { installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); }
    InPersian(const InPersian&) = delete;
    InPersian& operator=(const InPersian&) = delete;
};

/// The default locale `name` while it lives, without a translation; the one before after.
class DefaultLocale
{
public:
    explicit DefaultLocale(const QString& name) { QLocale::setDefault(QLocale(name)); }
    ~DefaultLocale() { QLocale::setDefault(m_before); }
    DefaultLocale(const DefaultLocale&) = delete;
    DefaultLocale& operator=(const DefaultLocale&) = delete;

private:
    QLocale m_before;
};

/// Whether `text` writes its numbers in Persian digits: at least one of them, and no ASCII digit.
inline bool hasPersianDigitsOnly(const QString& text)
{
    bool persian = false;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            return false;
        persian = persian || (c >= u'\u06F0' && c <= u'\u06F9');
    }
    return persian;
}

} // namespace kontor::test
