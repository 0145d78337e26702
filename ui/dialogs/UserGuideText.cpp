// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserGuideText.h"

#include <QRegularExpression>

namespace kontor::ui {

QList<GuidePiece> splitGuide(const QString& markdown)
{
    static const QRegularExpression heading(QStringLiteral("^(#+ +)(.*)$"));
    static const QRegularExpression listItem(QStringLiteral("^( *(?:[-*+]|\\d+[.)]) +)(.*)$"));
    static const QRegularExpression tableRule(QStringLiteral("^\\|[-:| ]+\\|?$"));
    QList<GuidePiece> pieces;
    bool blankBefore = false;
    bool inCode = false;
    bool continuing = false; // the next line may carry on the last paragraph or list item
    auto add = [&](const QString& lead, const QString& text, bool translatable) {
        pieces.append({blankBefore, lead, text, translatable});
        blankBefore = false;
    };
    for (const QString& line : markdown.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            inCode = !inCode;
            add(QString(), line, false);
            continuing = false;
            continue;
        }
        if (inCode) {
            add(QString(), line, false);
            continue;
        }
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            blankBefore = !pieces.isEmpty();
            continuing = false;
            continue;
        }
        if (trimmed.startsWith(QLatin1String("<!--")))
            continue;
        if (const auto match = heading.match(line); match.hasMatch()) {
            add(match.captured(1), match.captured(2).trimmed(), true);
            continuing = false;
        } else if (trimmed.startsWith(QLatin1Char('|'))) {
            add(QString(), trimmed, !tableRule.match(trimmed).hasMatch());
            continuing = false;
        } else if (const auto item = listItem.match(line); item.hasMatch()) {
            add(item.captured(1), item.captured(2).trimmed(), true);
            continuing = true;
        } else if (continuing) {
            pieces.last().text += QLatin1Char(' ') + trimmed;
        } else {
            add(QString(), trimmed, true);
            continuing = true;
        }
    }
    return pieces;
}

QStringList guideSources(const QList<GuidePiece>& pieces)
{
    QStringList sources;
    for (const GuidePiece& piece : pieces) {
        if (piece.translatable && !sources.contains(piece.text))
            sources.append(piece.text);
    }
    return sources;
}

QString joinGuide(const QList<GuidePiece>& pieces, const std::function<QString(const QString&)>& translate)
{
    QString markdown;
    for (const GuidePiece& piece : pieces) {
        if (piece.blankLineBefore)
            markdown += QLatin1Char('\n');
        markdown += piece.lead + (piece.translatable ? translate(piece.text) : piece.text) + QLatin1Char('\n');
    }
    return markdown;
}

} // namespace kontor::ui
