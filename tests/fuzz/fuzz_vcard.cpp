// SPDX-License-Identifier: GPL-3.0-or-later
// The vCard reader over any bytes, and each card it finds through the import's row cleaning.
#include "FuzzSupport.h"

#include "io/ContactRowParser.h"
#include "io/VCard.h"

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
    parser = std::make_unique<kontor::ContactRowParser>(db, options, QStringLiteral("DE"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QStringList warnings;
    const QList<kontor::VCard> cards = kontor::VCards::read(bytes, &warnings);
    for (const kontor::VCard& card : cards)
        parser->fromCard(card);
    return 0;
}
