// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>

namespace kontor::ui {

/// A label as words, for a title or a list: "&Log Interaction…" reads "Log Interaction…", and a translation's
/// keyboard letter in brackets goes too ("منابع سرنخ (&L)" reads "منابع سرنخ"); a literal "&&" stays one "&".
inline QString withoutMnemonic(QString text)
{
    static const QRegularExpression bracketedKey(QStringLiteral("\\s*\\(&[^&\\s]\\)"));
    text.remove(bracketedKey);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

} // namespace kontor::ui
