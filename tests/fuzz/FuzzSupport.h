// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

// Each fuzz target defines these, as libFuzzer calls them; ReplayMain.cpp calls them the same way for the corpus
// files in ctest, without libFuzzer.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace kontor::fuzz {

/// The application object Qt's SQL drivers and ICU's converters expect, made once for the whole run.
inline void makeApplication(int* argc, char*** argv)
{
    static QCoreApplication* application = nullptr;
    if (!application)
        application = new QCoreApplication(*argc, *argv);
}

/// A new, empty Kontor database in a folder of its own for the whole run (the row cleaning reads its users and
/// statuses); closed and removed at exit, after what the target itself registered with std::atexit later.
inline QSqlDatabase scratchDatabase()
{
    static QTemporaryDir* folder = nullptr;
    static std::unique_ptr<Database> database;
    if (!database) {
        folder = new QTemporaryDir;
        auto opened = Database::open(folder->filePath(QStringLiteral("fuzz.sqlite")));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        database = std::move(opened).value();
        std::atexit([] {
            database.reset();
            delete folder;
        });
    }
    return database->connection();
}

} // namespace kontor::fuzz
