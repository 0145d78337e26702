// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

namespace kontor {

namespace {

/// Nothing but a number, as a spreadsheet reads one: a sign, a digit, then digits, separators, spaces (also the
/// no-break space, U+00A0) and per cent signs ("-46", "+44 20 7946 0958", "-84.1 %").
bool isPlainNumber(QByteArrayView utf8)
{
    qsizetype i = 0;
    if (i < utf8.size() && (utf8[i] == '+' || utf8[i] == '-'))
        ++i;
    if (i >= utf8.size() || utf8[i] < '0' || utf8[i] > '9')
        return false;
    for (; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '%' || c == ' ' || (c >= '\t' && c <= '\r'))
            continue;
        if (c == '\xC2' && i + 1 < utf8.size() && utf8[i + 1] == '\xA0') {
            ++i;
            continue;
        }
        return false;
    }
    return true;
}

} // namespace

void CsvWriter::appendField(QByteArray& out, QByteArrayView utf8, bool spreadsheetSafe)
{
    // OWASP's CSV injection: what a spreadsheet would evaluate is kept as text. A number such as -46 or +44 20 is
    // left alone only when it is nothing but a number. The characters looked for are ASCII, so the UTF-8 bytes can
    // be searched as they are.
    const bool formula =
        spreadsheetSafe && !utf8.isEmpty() && QByteArrayView("=+-@\t\r").contains(utf8.front()) && !isPlainNumber(utf8);
    bool quoted = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quoted = true;
            break;
        }
    }
    if (!quoted) {
        if (formula)
            out += '\'';
        out += utf8;
        return;
    }
    out += '"';
    if (formula)
        out += '\'';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void CsvWriter::appendLine(QByteArray& out, std::initializer_list<QByteArrayView> utf8Values, bool spreadsheetSafe)
{
    bool first = true;
    for (const QByteArrayView value : utf8Values) {
        if (!first)
            out += ',';
        first = false;
        appendField(out, value, spreadsheetSafe);
    }
    out += "\r\n";
}

void CsvWriter::appendLine(QByteArray& out, const QList<QByteArrayView>& utf8Values, bool spreadsheetSafe)
{
    for (qsizetype i = 0; i < utf8Values.size(); ++i) {
        if (i > 0)
            out += ',';
        appendField(out, utf8Values.at(i), spreadsheetSafe);
    }
    out += "\r\n";
}

QString CsvWriter::field(const QString& value, bool spreadsheetSafe)
{
    QByteArray text;
    appendField(text, value.toUtf8(), spreadsheetSafe);
    return QString::fromUtf8(text);
}

QString CsvWriter::line(const QStringList& values, bool spreadsheetSafe)
{
    QByteArray out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        appendField(out, values.at(i).toUtf8(), spreadsheetSafe);
    }
    return QString::fromUtf8(out + "\r\n");
}

QByteArray CsvWriter::write(const QList<QStringList>& rows)
{
    QString out;
    for (const QStringList& row : rows)
        out += line(row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace kontor
