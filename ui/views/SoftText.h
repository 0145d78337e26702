// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace kontor::ui {

/// Text that steps back (the labels of a card, hints) and still reads in the light and the dark palette: the text
/// colour two thirds of the way from the background.
inline QColor softText(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor back = palette.color(QPalette::Window);
    const auto mix = [](int a, int b) { return (a * 2 + b) / 3; };
    return QColor(mix(text.red(), back.red()), mix(text.green(), back.green()), mix(text.blue(), back.blue()));
}

/// Red for what is late or wrong, light enough to read on a dark background.
inline QColor alertText(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x80, 0x80) : QColor(0xc6, 0x28, 0x28);
}

} // namespace kontor::ui
