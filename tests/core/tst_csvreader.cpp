// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocaleDigits.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(KONTOR_TEST_DATA "/csv/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

struct Read
{
    QList<QStringList> rows;
    QList<qint64> lines;
    QStringList warnings;
    QString error;
};

Read readAll(const QByteArray& bytes, const CsvFormat& format)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, format);
    Read read;
    CsvRecord record;
    while (reader.next(record)) {
        read.rows << record.fields;
        read.lines << record.line;
    }
    read.warnings = reader.warnings();
    read.error = reader.error();
    return read;
}

// The format detected from the file's first bytes, and what reading with it gives.
Read detectAndRead(const QByteArray& bytes, CsvFormat* detected = nullptr)
{
    const CsvFormat format = CsvReader::detect(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 65536)));
    if (detected)
        *detected = format;
    return readAll(bytes, format);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void excelWithSemicolonsAndABom()
    {
        CsvFormat format;
        const Read read = detectAndRead(fixture(QStringLiteral("excel-semicolon-bom.csv")), &format);
        QCOMPARE(format.encoding, QByteArray("UTF-8"));
        QCOMPARE(format.delimiter, QChar(u';'));
        QCOMPARE(read.rows.size(), 3);
        // The byte order mark is not part of the first column's name.
        QCOMPARE(read.rows.at(0), (QStringList{QStringLiteral("Vorname"), QStringLiteral("Nachname"),
                                               QStringLiteral("E-Mail"), QStringLiteral("Telefon")}));
        QCOMPARE(read.rows.at(1).at(0), QStringLiteral("Jürgen"));
        QCOMPARE(read.rows.at(1).at(3), QStringLiteral("+49 30 1234567"));
        QCOMPARE(read.rows.at(2),
                 (QStringList{QStringLiteral("Anna; Maria"), QStringLiteral("O\"Brien"), QString(), QString()}));
        QVERIFY(read.warnings.isEmpty());
    }

    void utf16WithAndWithoutTabs()
    {
        CsvFormat format;
        Read read = detectAndRead(fixture(QStringLiteral("excel-unicode-text.txt")), &format);
        QCOMPARE(format.encoding, QByteArray("UTF-16LE"));
        QCOMPARE(format.delimiter, QChar(u'\t'));
        QCOMPARE(read.rows.size(), 3);
        QCOMPARE(read.rows.at(0).at(0), QStringLiteral("Name"));
        QCOMPARE(read.rows.at(1).at(0), QStringLiteral("Σοφία Παπαδοπούλου"));
        QCOMPARE(read.rows.at(2),
                 (QStringList{QStringLiteral("李雷"), QStringLiteral("北京公司"), QStringLiteral("北京")}));

        read = detectAndRead(fixture(QStringLiteral("utf16be.csv")), &format);
        QCOMPARE(format.encoding, QByteArray("UTF-16BE"));
        QCOMPARE(read.rows.at(1), (QStringList{QStringLiteral("Zoë"), QStringLiteral("zoe@example.com")}));

        // Without a byte order mark, from its zero bytes.
        const QString text = QStringLiteral("name;city\nÅsa;Malmö\n");
        QByteArray bare(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        read = detectAndRead(bare, &format);
        QCOMPARE(format.encoding, QByteArray("UTF-16LE"));
        QCOMPARE(format.delimiter, QChar(u';'));
        QCOMPARE(read.rows.at(1), (QStringList{QStringLiteral("Åsa"), QStringLiteral("Malmö")}));
    }

    void legacyWindowsCodePage()
    {
        CsvFormat format;
        const Read read = detectAndRead(fixture(QStringLiteral("outlook-windows-1252.csv")), &format);
        QCOMPARE(format.encoding, QByteArray("windows-1252"));
        QCOMPARE(read.rows.at(1), (QStringList{QStringLiteral("René"), QStringLiteral("D\u2019Arcy"),
                                               QStringLiteral("Paid 100 \u20AC")}));
        QVERIFY(read.warnings.isEmpty());

        // Chosen by hand: Cyrillic in windows-1251 and KOI8-R, through ICU.
        const QByteArray cp1251("\xC8\xE2\xE0\xED,\xCC\xEE\xF1\xEA\xE2\xE0\n", 11);
        QCOMPARE(readAll(cp1251, {"windows-1251", u',', false}).rows.at(0),
                 (QStringList{QStringLiteral("Иван"), QStringLiteral("Москва")}));
        const QByteArray koi8("\xE9\xD7\xC1\xCE\n", 5);
        QCOMPARE(readAll(koi8, {"KOI8-R", u',', false}).rows.at(0), QStringList{QStringLiteral("Иван")});
    }

    void everyChoosableEncodingIsKnown()
    {
        for (const QByteArray& encoding : TextDecoder::choices())
            QVERIFY2(TextDecoder(encoding).isValid(), encoding.constData());
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly);
        CsvRecord record;
        CsvReader unknown(&buffer, {"no-such-encoding", u',', false});
        QVERIFY(!unknown.next(record));
        QVERIFY(unknown.error().contains(QStringLiteral("no-such-encoding")));
    }

    void quotedLineBreaksAndDoubledQuotes()
    {
        const Read read = detectAndRead(fixture(QStringLiteral("quoted-newlines.csv")));
        QCOMPARE(read.rows.size(), 3);
        QCOMPARE(read.rows.at(1),
                 (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("12 St James's Square\r\nLondon"),
                              QStringLiteral("said \"hello\"\nand left")}));
        QCOMPARE(read.rows.at(2), (QStringList{QStringLiteral("Bob"), QString(), QStringLiteral("\"")}));
        // Each record knows the line it starts on, line breaks inside quotes counted.
        QCOMPARE(read.lines, (QList<qint64>{1, 2, 5}));
    }

    void raggedRowsAndBlankLines()
    {
        const Read read = detectAndRead(fixture(QStringLiteral("ragged.csv")));
        QCOMPARE(read.rows, (QList<QStringList>{
                                {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                {QStringLiteral("1"), QStringLiteral("2")},
                                {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")},
                                {QStringLiteral("5")}}));
        QCOMPARE(read.lines, (QList<qint64>{1, 2, 3, 5}));
    }

    void brokenQuotesAreKeptAndReported()
    {
        const Read read = detectAndRead(fixture(QStringLiteral("broken-quotes.csv")));
        QCOMPARE(read.rows.size(), 4);
        QCOMPARE(read.rows.at(1), (QStringList{QStringLiteral("Smithson"), QStringLiteral("ok")}));
        QCOMPARE(read.rows.at(2), (QStringList{QStringLiteral("O\"Neil"), QStringLiteral("fine")}));
        QCOMPARE(read.rows.at(3),
                 (QStringList{QStringLiteral("last"), QStringLiteral("never closed\nstill inside\n")}));
        QCOMPARE(read.warnings.size(), 2);
        QVERIFY2(read.warnings.at(0).startsWith(QStringLiteral("Line 2:")), qPrintable(read.warnings.at(0)));
        QVERIFY2(read.warnings.at(1).startsWith(QStringLiteral("Line 4:")) &&
                     read.warnings.at(1).contains(QStringLiteral("never closed")),
                 qPrintable(read.warnings.at(1)));
    }

    // The import shows them: their line numbers in the language's digits.
    void warningsNumberLinesInTheLanguagesDigits()
    {
        const test::DefaultLocale persian(QStringLiteral("fa_IR"));
        const Read read = detectAndRead(fixture(QStringLiteral("broken-quotes.csv")));
        QCOMPARE(read.warnings.size(), 2);
        QVERIFY2(read.warnings.at(0).startsWith(QStringLiteral("Line ۲:")), qPrintable(read.warnings.at(0)));
        QVERIFY2(read.warnings.at(1).startsWith(QStringLiteral("Line ۴:")), qPrintable(read.warnings.at(1)));
    }

    void oldMacLineEndsAndExcelsSepLine()
    {
        Read read = detectAndRead(fixture(QStringLiteral("mac-cr.csv")));
        QCOMPARE(read.rows.size(), 3);
        QCOMPARE(read.rows.at(2), (QStringList{QStringLiteral("Bob"), QStringLiteral("bob@example.com")}));
        QCOMPARE(read.lines, (QList<qint64>{1, 2, 3}));

        CsvFormat format;
        read = detectAndRead(fixture(QStringLiteral("sep-line.csv")), &format);
        QVERIFY(format.separatorLine);
        QCOMPARE(format.delimiter, QChar(u';'));
        QCOMPARE(read.rows, (QList<QStringList>{{QStringLiteral("name"), QStringLiteral("amount")},
                                                {QStringLiteral("Ada"), QStringLiteral("1,50")}}));
        QCOMPARE(read.lines.first(), qint64(2));
    }

    void invalidBytesAreReplacedAndReported()
    {
        CsvFormat format;
        const Read read = detectAndRead(fixture(QStringLiteral("invalid-utf8.csv")), &format);
        // Mostly UTF-8: read as UTF-8, the stray byte flagged rather than every accent garbled.
        QCOMPARE(format.encoding, QByteArray("UTF-8"));
        QCOMPARE(read.rows.at(1), (QStringList{QStringLiteral("José"), QStringLiteral("São Paulo")}));
        QCOMPARE(read.rows.at(2).at(0), QStringLiteral("Bad\uFFFD"));
        QCOMPARE(read.rows.at(2).at(1), QStringLiteral("Zürich"));
        QCOMPARE(read.warnings.size(), 1);
        QVERIFY(read.warnings.first().contains(QStringLiteral("not valid UTF-8")));
    }

    void emptyAndHeaderOnlyFiles()
    {
        Read read = detectAndRead(fixture(QStringLiteral("empty.csv")));
        QVERIFY(read.rows.isEmpty());
        QVERIFY(read.error.isEmpty());
        read = detectAndRead(fixture(QStringLiteral("header-only.csv")));
        QCOMPARE(read.rows, (QList<QStringList>{{QStringLiteral("name"), QStringLiteral("email")}}));
    }

    void tenThousandColumns()
    {
        QStringList header;
        QStringList values;
        for (int i = 0; i < 10000; ++i) {
            header << QStringLiteral("column %1").arg(i);
            values << QString::number(i * 7);
        }
        const QByteArray bytes = (header.join(u',') + u'\n' + values.join(u',') + u'\n').toUtf8();
        const Read read = detectAndRead(bytes);
        QCOMPARE(read.rows.size(), 2);
        QCOMPARE(read.rows.at(0).size(), 10000);
        QCOMPARE(read.rows.at(1).at(9999), QStringLiteral("69993"));
        // One more is not a list any more: the file is refused with the reason.
        const QByteArray wider = (header.join(u',') + QStringLiteral(",one more\n")).toUtf8();
        QBuffer buffer;
        buffer.setData(wider);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, CsvFormat{});
        CsvRecord record;
        QVERIFY(!reader.next(record));
        QVERIFY2(reader.error().contains(QStringLiteral("10,000 columns")), qPrintable(reader.error()));
    }

    void aFiftyMegabyteFieldStreamsFromAFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,notes,after\n1,\"");
        const QByteArray line = QByteArray("Ein \"\"Zitat\"\" und Umlaute: äöü, dann weiter.\n");
        const qsizetype repeats = 50 * 1024 * 1024 / line.size();
        for (qsizetype i = 0; i < repeats; ++i)
            file.write(line);
        file.write("\",end\n2,short,x\n");
        file.close();

        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file, CsvReader::detect(file.peek(65536)));
        CsvRecord record;
        QVERIFY(reader.next(record));
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields.size(), 3);
        const QString expectedLine = QStringLiteral("Ein \"Zitat\" und Umlaute: äöü, dann weiter.\n");
        QCOMPARE(record.fields.at(1).size(), expectedLine.size() * repeats);
        QVERIFY(record.fields.at(1).startsWith(expectedLine));
        QVERIFY(record.fields.at(1).endsWith(expectedLine));
        QCOMPARE(record.fields.at(2), QStringLiteral("end"));
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields, (QStringList{QStringLiteral("2"), QStringLiteral("short"), QStringLiteral("x")}));
        QCOMPARE(record.line, qint64(3 + repeats)); // the header, the big record's lines, its closing line
        QVERIFY(!reader.next(record));
        QCOMPARE(reader.bytesRead(), file.size());
    }

    void charactersAndLineEndsSplitBetweenReads()
    {
        // Every split point of a 64 KiB read lands once on a CRLF, once inside a multi-byte character.
        for (int shift = 0; shift < 4; ++shift) {
            QByteArray bytes = "name,city\r\n";
            int rows = 0;
            while (bytes.size() < 200 * 1024) {
                bytes += QByteArray(shift, 'x') + "Øyvind,Tromsø\r\n";
                ++rows;
            }
            const Read read = readAll(bytes, {"UTF-8", u',', false});
            QCOMPARE(read.rows.size(), rows + 1);
            for (qsizetype i = 1; i < read.rows.size(); ++i) {
                QCOMPARE(read.rows.at(i).size(), 2);
                QCOMPARE(read.rows.at(i).at(1), QStringLiteral("Tromsø"));
            }
            QVERIFY(read.warnings.isEmpty());
            // The same in UTF-16, where each character is two bytes.
            const QString text = QString::fromUtf8(bytes);
            const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
            QCOMPARE(readAll(utf16, {"UTF-16LE", u',', false}).rows.size(), rows + 1);
        }
    }

    void readsBackWhatCsvWriterWrites()
    {
        const QList<QStringList> rows = {
            {QStringLiteral("name"), QStringLiteral("note"), QStringLiteral("phone")},
            {QStringLiteral("Zoë \"Z\" O'Neil"), QStringLiteral("two\r\nlines, and a comma"), QStringLiteral("-46")},
            {QString(), QStringLiteral("\u00A0spaces kept  "), QStringLiteral("+44 20 7946 0958")},
            {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("@SUM(A1)"), QString()},
        };
        const Read read = detectAndRead(CsvWriter::write(rows));
        QCOMPARE(read.rows.size(), rows.size());
        for (int row = 0; row < 3; ++row)
            QCOMPARE(read.rows.at(row), rows.at(row));
        // A cell a spreadsheet would run as a formula comes back with the apostrophe that stops it.
        QCOMPARE(read.rows.at(3).at(0), QStringLiteral("'=HYPERLINK(\"x\")"));
        QCOMPARE(read.rows.at(3).at(1), QStringLiteral("'@SUM(A1)"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
