// SPDX-License-Identifier: GPL-3.0-or-later
// The text decoder: the first byte chooses one of the encodings a user may choose, the rest is decoded in pieces
// of sizes taken from the data too, so that characters split between pieces are exercised.
#include "FuzzSupport.h"

#include "io/TextDecoder.h"

#include <algorithm>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    kontor::fuzz::makeApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    static const QList<QByteArray> encodings = kontor::TextDecoder::choices();
    kontor::TextDecoder decoder(encodings.at(data[0] % encodings.size()));
    if (!decoder.isValid())
        return 0;
    const std::size_t piece = 1 + data[1] % 17;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));
    qsizetype decoded = 0;
    for (qsizetype at = 0; at < bytes.size(); at += qsizetype(piece)) {
        const QByteArrayView chunk = bytes.sliced(at, std::min(qsizetype(piece), bytes.size() - at));
        decoded += decoder.decode(chunk, at + chunk.size() >= bytes.size()).size();
    }
    // No byte turns into more than two UTF-16 units (a replacement character, or a surrogate pair).
    if (decoded > 2 * bytes.size() + 2)
        std::abort();
    return 0;
}
