// SPDX-License-Identifier: GPL-3.0-or-later
// The vCard reader over any bytes, and each card it finds through the import's row cleaning.
#include "FuzzSupport.h"

#include "io/ContactRowParser.h"
#include "io/VCard.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace {
QTemporaryDir* folder = nullptr;
std::unique_ptr<kontor::Database> database;
kontor::ImportOptions options;
std::unique_ptr<kontor::ContactRowParser> parser;
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    kontor::fuzz::makeApplication(argc, argv);
    folder = new QTemporaryDir;
    auto opened = kontor::Database::open(folder->filePath(QStringLiteral("fuzz.sqlite")));
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    database = std::move(opened).value();
    // The database's folder goes at the end of the run, after the database is closed.
    std::atexit([] {
        parser.reset();
        database.reset();
        delete folder;
    });
    parser = std::make_unique<kontor::ContactRowParser>(database->connection(), options, QStringLiteral("DE"));
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
