// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlScript.h"

#include <QRegularExpression>

namespace kontor {

namespace {

bool isTriggerStatement(const QString& statement)
{
    static const QRegularExpression trigger(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch();
}

bool endsWithEndKeyword(const QString& statement)
{
    static const QRegularExpression end(QStringLiteral("\\bEND\\s*$"), QRegularExpression::CaseInsensitiveOption);
    return end.match(statement).hasMatch();
}

} // namespace

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    QChar quote;
    const qsizetype length = script.size();
    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < length ? script.at(i + 1) : QChar();
        if (!quote.isNull()) {
            current.append(c);
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'-' && next == u'-') {
            while (i < length && script.at(i) != u'\n')
                ++i;
            current.append(u'\n');
            continue;
        }
        if (c == u'/' && next == u'*') {
            i += 2;
            while (i + 1 < length && !(script.at(i) == u'*' && script.at(i + 1) == u'/'))
                ++i;
            ++i;
            current.append(u' ');
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`') {
            quote = c;
            current.append(c);
            continue;
        }
        if (c == u'[') {
            quote = u']';
            current.append(c);
            continue;
        }
        if (c == u';') {
            if (isTriggerStatement(current) && !endsWithEndKeyword(current)) {
                current.append(c);
                continue;
            }
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                statements.append(statement);
            current.clear();
            continue;
        }
        current.append(c);
    }
    const QString rest = current.trimmed();
    if (!rest.isEmpty())
        statements.append(rest);
    return statements;
}

} // namespace kontor
