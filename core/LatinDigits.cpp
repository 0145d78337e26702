// SPDX-License-Identifier: GPL-3.0-or-later
#include "LatinDigits.h"

#include <QCoreApplication>
#include <QLocale>

// Qt has no public way to give a locale other digits: CLDR's "-u-nu-latn" is not read, and no locale has Persian
// month names with Latin digits. A system locale can: Qt asks it for its digits and separators and takes the rest
// from the locale it falls back on. Qt's private header is the one place QSystemLocale is declared.
#include <QtCore/private/qlocale_p.h>

#include <memory>
#include <type_traits>

namespace kontor {

namespace {

// Qt 6.5 takes the query's argument by rvalue reference, Qt 6.4 by value: the override follows the base.
using QueryArgument =
    std::conditional_t<std::is_same_v<decltype(&QSystemLocale::query),
                                      QVariant (QSystemLocale::*)(QSystemLocale::QueryType, QVariant&&) const>,
                       QVariant&&, QVariant>;

class LatinDigitsLocale : public QSystemLocale
{
public:
    explicit LatinDigitsLocale(const QLocale& language) : m_language(language) {}

    const QLocale& language() const { return m_language; }

    QLocale fallbackLocale() const override { return m_language; }

    QVariant query(QueryType type, QueryArgument) const override
    {
        switch (type) {
        case LanguageId:
            return uint(m_language.language());
        case ScriptId:
            return uint(m_language.script());
        case TerritoryId:
            return uint(m_language.territory());
        case ZeroDigit:
            return QStringLiteral("0");
        case DecimalPoint:
            // With Latin digits Persian writes 12.5 and 1,250, not the Arabic separators ٫ and ٬.
            return m_language.decimalPoint() == QStringLiteral("٫") ? QStringLiteral(".") : m_language.decimalPoint();
        case GroupSeparator:
            return m_language.groupSeparator() == QStringLiteral("٬") ? QStringLiteral(",")
                                                                      : m_language.groupSeparator();
        default:
            // Everything else from the language itself.
            return {};
        }
    }

private:
    QLocale m_language;
};

std::unique_ptr<LatinDigitsLocale>& installed()
{
    static std::unique_ptr<LatinDigitsLocale> locale;
    return locale;
}

} // namespace

void setLatinDigits(bool latin)
{
    std::unique_ptr<LatinDigitsLocale>& current = installed();
    if (latin == bool(current))
        return;
    if (!latin) {
        // The system locale is Qt's own again before the default is the language: a QLocale of the system's data
        // would follow it.
        const QLocale language = current->language();
        current.reset();
        QLocale::setDefault(language);
        return;
    }
    const QLocale language;
    if (language.zeroDigit() == QStringLiteral("0"))
        return;
    current = std::make_unique<LatinDigitsLocale>(language);
    QLocale::setDefault(QLocale::system());
    // Gone with the application object, while Qt's own locale data still exists, not among the statics after it.
    static const bool removedAtExit = [] {
        qAddPostRoutine([] { installed().reset(); });
        return true;
    }();
    Q_UNUSED(removedAtExit);
}

std::optional<QLocale> languageBehindLatinDigits()
{
    if (const auto& current = installed())
        return current->language();
    return std::nullopt;
}

} // namespace kontor
