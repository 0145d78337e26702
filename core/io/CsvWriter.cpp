// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include <QRegularExpression>

namespace kontor {

void CsvWriter::appendField(QString& out, QStringView value, bool spreadsheetSafe)
{
    // OWASP's CSV injection: what a spreadsheet would evaluate is kept as text. A number such as -46 or +44 20 is
    // left alone only when it is nothing but a number.
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9][0-9.,\\s\\x{00A0}%]*$"));
    const bool formula = spreadsheetSafe && !value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()) &&
                         !number.match(value).hasMatch();
    bool quoted = false;
    for (const QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quoted = true;
            break;
        }
    }
    if (!quoted) {
        if (formula)
            out += u'\'';
        out += value;
        return;
    }
    out += u'"';
    if (formula)
        out += u'\'';
    for (const QChar c : value) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
}

QString CsvWriter::field(const QString& value, bool spreadsheetSafe)
{
    QString text;
    appendField(text, value, spreadsheetSafe);
    return text;
}

void CsvWriter::appendLine(QString& out, std::initializer_list<QStringView> values, bool spreadsheetSafe)
{
    bool first = true;
    for (const QStringView value : values) {
        if (!first)
            out += u',';
        first = false;
        appendField(out, value, spreadsheetSafe);
    }
    out += QStringView(u"\r\n");
}

QString CsvWriter::line(const QStringList& values, bool spreadsheetSafe)
{
    QString out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += u',';
        appendField(out, values.at(i), spreadsheetSafe);
    }
    return out + QStringLiteral("\r\n");
}

QByteArray CsvWriter::write(const QList<QStringList>& rows)
{
    QString out;
    for (const QStringList& row : rows)
        out += line(row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace kontor
