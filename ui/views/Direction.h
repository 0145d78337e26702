// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGuiApplication>
#include <QString>

namespace kontor::ui {

/// A sentence laid out in the window's direction, whatever its first letters: a Persian message that begins with a
/// file's name or "UTF-8" would otherwise be laid out left to right, its parts in the wrong order. (A label's text
/// takes its direction from its first strong letter.)
inline QString inWindowDirection(const QString& text)
{
    if (QGuiApplication::layoutDirection() != Qt::RightToLeft || text.isEmpty())
        return text;
    return QChar(0x200F) + text; // RIGHT-TO-LEFT MARK
}

} // namespace kontor::ui
