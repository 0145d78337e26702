// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kontor::ui {

/// One line of the user guide as a translator sees it: a heading, a paragraph, a list item or a table row, with
/// its Markdown lead ("### ", "- ", "2. ") kept out of the text so that a translation cannot break the structure.
struct GuidePiece
{
    bool blankLineBefore = false;
    QString lead;
    QString text;
    bool translatable = true; // code lines and a table's "| --- |" line stay as they are
};

/// The Markdown cut into pieces: a paragraph or list item written over several lines becomes one line of text.
QList<GuidePiece> splitGuide(const QString& markdown);

/// The distinct texts a translator translates, in the guide's order: what lupdate must find in
/// UserGuideStrings.cpp, which `cmake --build <build> --target update_translations` writes from the README.
QStringList guideSources(const QList<GuidePiece>& pieces);

/// The pieces put back together as Markdown, each translatable text passed through `translate`.
QString joinGuide(const QList<GuidePiece>& pieces, const std::function<QString(const QString&)>& translate);

/// The translation context of the guide's texts.
inline constexpr char userGuideContext[] = "UserGuide";

/// The sources compiled into the program from UserGuideStrings.cpp, to test that it matches the README.
QStringList compiledGuideSources();

} // namespace kontor::ui
