// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

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

} // namespace kontor::fuzz
