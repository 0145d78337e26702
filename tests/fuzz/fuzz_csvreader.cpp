// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader over any bytes: the format guessed as the import wizard guesses it, every record read to the end.
#include "FuzzSupport.h"

#include "io/CsvReader.h"

#include <QBuffer>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    kontor::fuzz::makeApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const kontor::CsvFormat format = kontor::CsvReader::detect(bytes.left(64 * 1024));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    kontor::CsvReader reader(&buffer, format);
    kontor::CsvRecord record;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        // Lines only go forward, and no record is longer than the reader allows.
        if (record.line < lastLine || record.fields.size() > kontor::CsvReader::maxFields)
            std::abort();
        lastLine = record.line;
    }
    if (reader.warnings().size() > kontor::CsvReader::maxWarnings + 1)
        std::abort();
    return 0;
}
