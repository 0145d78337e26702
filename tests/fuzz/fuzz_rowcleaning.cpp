// SPDX-License-Identifier: GPL-3.0-or-later
// The import's row cleaning (names, emails, phones through libphonenumber, dates, statuses, tags): the data's lines
// are the fields of one row, each column mapped to the contact field of its place.
#include "FuzzSupport.h"

#include "io/ContactFields.h"
#include "io/ContactRowParser.h"

#include <cstdlib>
#include <memory>

namespace {
kontor::ImportOptions options;
std::unique_ptr<kontor::ContactRowParser> parser;
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    kontor::fuzz::makeApplication(argc, argv);
    // The parser goes before the database it reads (std::atexit runs last registered first).
    const QSqlDatabase db = kontor::fuzz::scratchDatabase();
    std::atexit([] { parser.reset(); });
    const QList<kontor::ContactField> fields = kontor::ContactFields::all();
    for (int column = 0; column < fields.size(); ++column)
        options.mapping.insert(column, fields.at(column).key);
    parser = std::make_unique<kontor::ContactRowParser>(db, options, QStringLiteral("IR"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const kontor::ParsedRow row = parser->parse(text.split(u'\n'));
    // A refused row says why; one that goes on has no value longer than the limits allow.
    if (row.rejection.isEmpty() && row.contact.notes.size() > kontor::ImportLimits::notesChars + 1000)
        std::abort();
    return 0;
}
