// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace kontor {

/// Turns the bytes of a file in a named encoding into text, a piece at a time (a character split between two pieces
/// comes out whole). UTF-8 and UTF-16 go through Qt; legacy encodings such as windows-1252, ISO-8859-15 or
/// windows-1251 through ICU's converters. Bytes that are not valid in the encoding become U+FFFD and are counted.
class TextDecoder
{
public:
    explicit TextDecoder(const QByteArray& encoding);
    ~TextDecoder();
    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;

    /// False for an encoding neither Qt nor ICU knows.
    bool isValid() const;
    /// Decodes `bytes`; `last` says no more follow, so that a character cut short at the end is reported.
    QString decode(QByteArrayView bytes, bool last = false);
    /// Pieces decoded so far that held bytes invalid in the encoding.
    bool hadInvalidBytes() const { return m_invalid; }

    /// The encodings a user may choose from, by their usual names.
    static QList<QByteArray> choices();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    bool m_invalid = false;
};

} // namespace kontor
