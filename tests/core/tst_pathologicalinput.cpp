// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportBytes.h"
#include "TestDatabase.h"

#include "io/ContactImport.h"
#include "io/CsvReader.h"
#include "io/TextDecoder.h"
#include "io/VCard.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

using namespace kontor;

// Files a user could receive but never meant (a phone cell of megabytes, a card with a 3-million-character number,
// thousands of columns, an unclosed quote, bytes of no encoding) are refused, row or file, with a clear message and
// in time proportional to their size: none of them may stall an import. The limit is generous (seconds for a few MB
// in a Debug build); before the limits, the first case took minutes.
class TestPathologicalInput : public QObject
{
    Q_OBJECT

    static constexpr qint64 generousMs = 15000;
    static constexpr int megabytes = 3 * 1024 * 1024;

    // The refused row's outcome (the report lists those first).
    static ImportRowOutcome refusedRow(const Result<ImportReport>& report)
    {
        if (report.ok())
            for (const ImportRowOutcome& outcome : report->outcomes)
                if (outcome.action == ImportAction::Reject)
                    return outcome;
        return {};
    }

private slots:
    void aPhoneCellOfMegabytesIsRefusedAtOnce()
    {
        test::TestDatabase fixture;
        const QByteArray csv = "First name,Last name,Phone\nAda,Lovelace,+" +
                               QByteArray("12 ").repeated(megabytes / 3) + "\nGrace,Hopper,+1 212 555 0100\n";
        QElapsedTimer timer;
        timer.start();
        ImportOptions options;
        options.dryRun = true;
        const auto report = test::importBytes(fixture.db(), csv, options);
        QVERIFY2(timer.elapsed() < generousMs, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->rejected, 1);
        QCOMPARE(report->created, 1);
        const ImportRowOutcome refused = refusedRow(report);
        QVERIFY2(refused.reason.contains(QStringLiteral("Phone")) &&
                     refused.reason.contains(QStringLiteral("characters")),
                 qPrintable(refused.reason));
    }

    void aCardWithANumberOfMillionsOfCharactersIsRefusedAtOnce()
    {
        test::TestDatabase fixture;
        const QByteArray card =
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\nTEL:" + QByteArray(megabytes, '1') +
            "\r\nEND:VCARD\r\n";
        QElapsedTimer timer;
        timer.start();
        ImportOptions options;
        options.dryRun = true;
        const auto report = ContactImport(fixture.db()).runVCards(card, options);
        QVERIFY2(timer.elapsed() < generousMs, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->rejected, 1);
        QVERIFY(refusedRow(report).reason.contains(QStringLiteral("characters")));
    }

    void notesOfMegabytesAreRefused()
    {
        test::TestDatabase fixture;
        const QByteArray csv = "First name,Notes\nAda,\"" + QByteArray(megabytes, 'n') + "\"\n";
        QElapsedTimer timer;
        timer.start();
        const auto report = test::importBytes(fixture.db(), csv);
        QVERIFY(timer.elapsed() < generousMs);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->rejected, 1);
        QVERIFY2(refusedRow(report).reason.contains(QStringLiteral("Notes")), qPrintable(refusedRow(report).reason));
    }

    // An unclosed quote at the top takes the rest of the file into one field: a name of megabytes, refused.
    void anUnclosedQuoteIsRefusedNotStalled()
    {
        test::TestDatabase fixture;
        QByteArray csv = "First name,Last name,Email\n\"Ada,Lovelace,ada@example.com\n";
        for (int i = 0; csv.size() < megabytes; ++i)
            csv += "Person" + QByteArray::number(i) + ",Family,p" + QByteArray::number(i) + "@example.com\n";
        QElapsedTimer timer;
        timer.start();
        const auto report = test::importBytes(fixture.db(), csv);
        QVERIFY(timer.elapsed() < generousMs);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->created, 0);
        QCOMPARE(report->rejected, 1);
    }

    void thousandsOfColumnsRefuseTheFile()
    {
        QByteArray csv;
        for (int i = 0; i < 200000; ++i)
            csv += "c" + QByteArray::number(i) + ",";
        csv += "\nAda,Lovelace\n";
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QElapsedTimer timer;
        timer.start();
        CsvReader reader(&buffer, CsvReader::detect(csv.left(65536)));
        CsvRecord record;
        QVERIFY(!reader.next(record));
        QVERIFY(timer.elapsed() < generousMs);
        QVERIFY2(reader.error().contains(QStringLiteral("10,000")), qPrintable(reader.error()));

        test::TestDatabase fixture;
        const auto report = test::importBytes(fixture.db(), csv);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(QStringLiteral("columns")), qPrintable(report.error()));
    }

    // Bytes of no encoding, megabytes of them, with and without line ends: decoded in linear time, each bad byte a
    // replacement character.
    void bytesOfNoEncodingDecodeInLinearTime()
    {
        QByteArray junk;
        junk.reserve(megabytes);
        for (int i = 0; i < megabytes; ++i)
            junk += char(0x80 + (i * 7919) % 0x40);
        for (const QByteArray& encoding : {QByteArray("UTF-8"), QByteArray("UTF-16LE"), QByteArray("Shift_JIS")}) {
            TextDecoder decoder(encoding);
            QVERIFY(decoder.isValid());
            QElapsedTimer timer;
            timer.start();
            qsizetype decoded = 0;
            for (qsizetype at = 0; at < junk.size(); at += 65536)
                decoded += decoder
                               .decode(QByteArrayView(junk).sliced(at, std::min<qsizetype>(65536, junk.size() - at)),
                                       at + 65536 >= junk.size())
                               .size();
            QVERIFY2(timer.elapsed() < generousMs, encoding.constData());
            QVERIFY(decoded > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestPathologicalInput)
#include "tst_pathologicalinput.moc"
