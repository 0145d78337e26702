// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactText.h"

#include <QRegularExpression>
#include <QStringList>

namespace kontor::ContactText {

namespace {

bool isParticle(const QString& word)
{
    static const QStringList particles = {
        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"),   QStringLiteral("den"),
        QStringLiteral("de"),  QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("di"),
        QStringLiteral("da"),  QStringLiteral("dos"), QStringLiteral("das"),   QStringLiteral("du"),
        QStringLiteral("la"),  QStringLiteral("le"),  QStringLiteral("ter"),   QStringLiteral("ten"),
        QStringLiteral("zu"),  QStringLiteral("bin"), QStringLiteral("al"),    QStringLiteral("el")};
    return particles.contains(word.toLower());
}

// "o'brien" -> "O'Brien", "jean-luc" -> "Jean-Luc", "mcdonald" -> "McDonald".
QString capitalised(const QString& word)
{
    QString out = word.toLower();
    bool startOfPart = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (startOfPart && out.at(i).isLetter()) {
            out[i] = out.at(i).toUpper();
            startOfPart = false;
        } else if (out.at(i) == u'-' || out.at(i) == u'\'' || out.at(i) == u'\u2019') {
            startOfPart = true;
        }
    }
    if (out.size() > 2 && out.startsWith(QStringLiteral("Mc")) && out.at(2).isLetter())
        out[2] = out.at(2).toUpper();
    return out;
}

} // namespace

QString casedName(const QString& name)
{
    const QString text = name.simplified();
    bool hasUpper = false;
    bool hasLower = false;
    for (const QChar c : text) {
        hasUpper = hasUpper || c.isUpper();
        hasLower = hasLower || c.isLower();
    }
    // Scripts without case (Persian, Bengali...) and mixed-case names stay as written.
    if (hasUpper == hasLower)
        return text;
    QStringList words = text.split(u' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        // A particle is small inside a name, and capital when the whole name is only particles ("De").
        const bool inside = words.size() > 1 && i + 1 < words.size();
        words[i] = inside && isParticle(words.at(i)) ? words.at(i).toLower() : capitalised(words.at(i));
    }
    return words.join(u' ');
}

SplitName splitFullName(const QString& fullName)
{
    const QString text = fullName.simplified();
    if (const qsizetype comma = text.indexOf(u','); comma >= 0)
        return {text.mid(comma + 1).trimmed(), text.left(comma).trimmed()};
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return {QString(), text};
    qsizetype lastStart = words.size() - 1;
    while (lastStart > 1 && isParticle(words.at(lastStart - 1)))
        --lastStart;
    return {words.mid(0, lastStart).join(u' '), words.mid(lastStart).join(u' ')};
}

bool isPlausibleEmail(const QString& email)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return shape.match(email.trimmed()).hasMatch();
}

QString withoutName(const QString& title, const QString& name)
{
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        return title;
    // The name as words: "Max" is not in "Maximum uptime".
    const QRegularExpression asWords(
        QStringLiteral("(?<!\\w)") + QRegularExpression::escape(trimmedName) + QStringLiteral("(?!\\w)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch found = asWords.match(title);
    if (!found.hasMatch())
        return title;
    const qsizetype at = found.capturedStart();
    // The word or mark that joined the name to the title goes with it ("for", "with", "—", ":", a bracket).
    static const QRegularExpression joinerBefore(
        QStringLiteral("\\s*(\\b(for|with|from|at|to|für|mit|bei|von|an)|[—–\\-:,(/·])\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression joinerAfter(QStringLiteral("^\\s*[)—–\\-:,/·]?\\s*"));
    QString before = title.left(at);
    QString after = title.mid(found.capturedEnd());
    before.remove(joinerBefore);
    after.remove(joinerAfter);
    const QString rest = QString(before.trimmed() + u' ' + after.trimmed()).trimmed();
    return rest.isEmpty() ? title : rest;
}

} // namespace kontor::ContactText
