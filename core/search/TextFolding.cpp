// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFolding.h"

namespace kontor {

namespace {

// What the folding replaces, and with what: the Arabic yeh, alef maksura and kaf by the Persian letters; the
// zero-width non-joiner, the harakat (fathatan to sukun) and the superscript alef by nothing.
struct Folded
{
    char16_t from;
    char16_t to; // 0: removed
};
constexpr Folded arabicScriptFolding[] = {
    {0x064A, 0x06CC}, {0x0649, 0x06CC}, {0x0643, 0x06A9}, {0x200C, 0}, {0x064B, 0}, {0x064C, 0}, {0x064D, 0},
    {0x064E, 0},      {0x064F, 0},      {0x0650, 0},      {0x0651, 0}, {0x0652, 0}, {0x0670, 0}};

// The character as folded, 0 when the folding removes it.
char16_t foldedArabicScript(char16_t c)
{
    if (c < 0x0643)
        return c;
    for (const Folded& fold : arabicScriptFolding)
        if (fold.from == c)
            return fold.to;
    return c;
}

} // namespace

QString sortKey(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        // Only the combining accents of Latin, Greek and Cyrillic: other scripts' marks are vowels.
        if (c.unicode() >= 0x0300 && c.unicode() <= 0x036F)
            continue;
        // Persian however it was typed sorts, and is matched by name, as one spelling (migration 0010).
        const char16_t folded = foldedArabicScript(c.unicode());
        if (folded == 0)
            continue;
        if (c.isSpace()) {
            pendingSpace = !key.isEmpty();
            continue;
        }
        if (pendingSpace) {
            key.append(u' ');
            pendingSpace = false;
        }
        key.append(QChar(folded));
    }
    return key.toCaseFolded();
}

QString normalizeEmail(const QString& email)
{
    return email.trimmed().toLower();
}

QString normalizePhone(const QString& phone)
{
    QString digits;
    const QString trimmed = phone.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
        else if (c == u'+' && digits.isEmpty())
            digits.append(c);
    }
    // Never a null string: Qt binds one as NULL, and the normalized columns are NOT NULL ("n/a" is a phone typed).
    return digits.isEmpty() || digits == QStringLiteral("+") ? QStringLiteral("") : digits;
}

QString latinDigits(const QString& text)
{
    QString latin = text;
    for (QChar& c : latin) {
        // Only decimal digits (Nd): superscripts and circled numbers have a digit value too but are not typed.
        if (c.category() == QChar::Number_DecimalDigit && c.unicode() > 0x7f)
            c = QChar(u'0' + c.digitValue());
    }
    return latin;
}

QString latinNumber(const QString& text)
{
    QString latin = latinDigits(text);
    latin.replace(QChar(0x066B), u'.');
    latin.remove(QChar(0x066C));
    return latin;
}

QString foldArabicScript(const QString& text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text)
        if (const char16_t replaced = foldedArabicScript(c.unicode()); replaced != 0)
            folded.append(QChar(replaced));
    return folded;
}

QString foldArabicScriptSql(const QString& expression)
{
    QString sql = expression;
    for (const Folded& fold : arabicScriptFolding)
        sql = QStringLiteral("replace(%1, char(%2), %3)")
                  .arg(sql)
                  .arg(int(fold.from))
                  .arg(fold.to ? QStringLiteral("char(%1)").arg(int(fold.to)) : QStringLiteral("''"));
    return sql;
}

} // namespace kontor
