// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/TextDecoder.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace kontor {

/// How a CSV file is written: its encoding and the character between its fields.
struct CsvFormat
{
    QByteArray encoding = "UTF-8";
    QChar delimiter = u',';
    /// The file starts with Excel's "sep=;" line, which names the delimiter and is not a record.
    bool separatorLine = false;

    bool operator==(const CsvFormat&) const = default;
};

/// One record of a CSV file and the line of the file it starts on (from 1; a quoted field may span lines).
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
};

/// Reads CSV as RFC 4180 describes it and as real programs write it: commas, semicolons (Excel in much of Europe),
/// tabs or bars between fields; CRLF, LF or CR line ends; quoted fields with doubled quotes and line breaks; rows
/// of different lengths; a byte order mark; any encoding TextDecoder knows. It streams: only the record being read
/// is held, whatever the size of the file. What it had to guess (a quote never closed, text after a closing quote,
/// bytes invalid in the encoding) is listed in warnings(), each with its line, and never stops the reading.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// Guesses the format from the start of a file: the encoding from a byte order mark, UTF-16 without one from
    /// its zero bytes, UTF-8 when the bytes are valid UTF-8, else windows-1252 (what Excel writes on Western
    /// Windows); the delimiter, among , ; tab and |, that splits the first lines into the same number of fields.
    static CsvFormat detect(QByteArrayView head);

    CsvReader(QIODevice* device, const CsvFormat& format);

    /// The next record; false at the end of the file, or when the file cannot be read (then error() says why).
    bool next(CsvRecord& record);
    QString error() const { return m_error; }
    QStringList warnings() const { return m_warnings; }
    /// How far into the file the reading is, for a progress bar.
    qint64 bytesRead() const { return m_bytesRead; }

    /// Warnings kept at most; a file broken on every line says so in the first ones and in a count.
    static constexpr int maxWarnings = 100;
    /// Fields a record may have: more is not a list of contacts (a binary file read as text, a wrong delimiter), and
    /// reading it on would only take long.
    static constexpr int maxFields = 10000;

private:
    bool fill();
    bool tooManyFields(CsvRecord& record);
    void warn(qint64 line, const QString& message);

    QIODevice* m_device;
    CsvFormat m_format;
    TextDecoder m_decoder;
    QString m_buffer;
    qsizetype m_position = 0;
    bool m_atEnd = false;
    bool m_started = false;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    int m_warningCount = 0;
    QString m_error;
    QStringList m_warnings;
};

} // namespace kontor
