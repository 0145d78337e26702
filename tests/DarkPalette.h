// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/KontorStyle.h"

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QStyleFactory>

namespace kontor::test {

/// A dark palette as a dark desktop theme gives one, for the GUI tests' screenshots (KONTOR_TEST_DARK=1) and the
/// gallery's dark pictures. Every role is set in every colour group: a role left out would keep its light default
/// (placeholder text, bevels, disabled buttons), and what still looks wrong would not be Kontor's doing.
inline QPalette darkPalette()
{
    const QColor text(230, 230, 230);
    const QColor disabledText(140, 140, 140);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(55, 55, 60));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Light, QColor(80, 80, 86));
    dark.setColor(QPalette::Midlight, QColor(66, 66, 72));
    dark.setColor(QPalette::Mid, QColor(90, 90, 96));
    dark.setColor(QPalette::Dark, QColor(28, 28, 30));
    dark.setColor(QPalette::Shadow, QColor(12, 12, 14));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(110, 170, 255));
    dark.setColor(QPalette::LinkVisited, QColor(180, 140, 255));
    dark.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    dark.setColor(QPalette::ToolTipText, text);
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText, QPalette::HighlightedText})
        dark.setColor(QPalette::Disabled, role, disabledText);
    dark.setColor(QPalette::Disabled, QPalette::Base, QColor(45, 45, 48));
    dark.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 86));
    return dark;
}

/// The Fusion style (in Kontor's wrapping, as the application has it) in the dark palette, for the whole application.
inline void applyDarkPalette()
{
    QApplication::setStyle(new ui::KontorStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    // As a dark desktop theme's palette reaches the application: through the style's polish (hint colours).
    QPalette dark = darkPalette();
    QApplication::style()->polish(dark);
    QApplication::setPalette(dark);
}

} // namespace kontor::test
