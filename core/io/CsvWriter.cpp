// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include <QRegularExpression>

namespace kontor {

QString CsvWriter::field(const QString& value, bool spreadsheetSafe)
{
    QString text = value;
    // OWASP's CSV injection: what a spreadsheet would evaluate is kept as text. A number such as -46 or +44 20 is
    // left alone only when it is nothing but a number.
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9][0-9.,\\s\\x{00A0}%]*$"));
    if (spreadsheetSafe && !text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()) &&
        !number.match(text).hasMatch())
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = u'"' + text + u'"';
    }
    return text;
}

QString CsvWriter::line(const QStringList& values, bool spreadsheetSafe)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QString& value : values)
        fields << field(value, spreadsheetSafe);
    return fields.join(u',') + QStringLiteral("\r\n");
}

QByteArray CsvWriter::write(const QList<QStringList>& rows)
{
    QString out;
    for (const QStringList& row : rows)
        out += line(row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace kontor
