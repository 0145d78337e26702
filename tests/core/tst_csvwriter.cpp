// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvWriter.h"

#include <QTest>

using namespace kontor;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quotesWhatNeedsQuoting()
    {
        QCOMPARE(CsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::field(QStringLiteral("1,234.00 EUR")), QStringLiteral("\"1,234.00 EUR\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    }

    void neutralisesFormulasButNotNumbers()
    {
        QCOMPARE(CsvWriter::field(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(CsvWriter::field(QStringLiteral("+cmd")), QStringLiteral("'+cmd"));
        QCOMPARE(CsvWriter::field(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        // A change of -46 or a share of -84.1 % stays a number.
        QCOMPARE(CsvWriter::field(QStringLiteral("-46")), QStringLiteral("-46"));
        QCOMPARE(CsvWriter::field(QStringLiteral("-84.1\u00A0%")), QStringLiteral("-84.1\u00A0%"));
        QCOMPARE(CsvWriter::field(QStringLiteral("+4")), QStringLiteral("+4"));
        QCOMPARE(CsvWriter::field(QStringLiteral("+44 20 7946 0958")), QStringLiteral("+44 20 7946 0958"));
        // A sign and digits are not enough when something follows that a formula could use.
        QCOMPARE(CsvWriter::field(QStringLiteral("-1+2")), QStringLiteral("'-1+2"));
        QCOMPARE(CsvWriter::field(QStringLiteral("+1\u00A0x")), QStringLiteral("'+1\u00A0x"));
        QCOMPARE(CsvWriter::field(QStringLiteral("-")), QStringLiteral("'-"));
        QCOMPARE(CsvWriter::field(QStringLiteral("=1")), QStringLiteral("'=1"));
        QCOMPARE(CsvWriter::field(QStringLiteral("\r1")), QStringLiteral("\"'\r1\""));
    }

    void writesRowsWithCrlfAndByteOrderMark()
    {
        const QByteArray csv = CsvWriter::write(
            {{QStringLiteral("Stage"), QStringLiteral("Reached")}, {QStringLiteral("Won"), QStringLiteral("3")}});
        QCOMPARE(csv, QByteArray("\xEF\xBB\xBFStage,Reached\r\nWon,3\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
