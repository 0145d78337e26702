// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QBuffer>
#include <QHash>
#include <QIODevice>
#include <QLocale>

#include <algorithm>

namespace kontor {

namespace {

constexpr qint64 chunkBytes = 64 * 1024;

QByteArray guessEncoding(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return "UTF-8";
    if (head.startsWith("\xFF\xFE"))
        return "UTF-16LE";
    if (head.startsWith("\xFE\xFF"))
        return "UTF-16BE";
    // UTF-16 without a byte order mark: text in Latin letters has a zero in every other byte.
    const qsizetype sample = std::min<qsizetype>(head.size(), 4096) & ~qsizetype(1);
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (head[i] == '\0')
            ++(i % 2 == 0 ? zeroEven : zeroOdd);
    }
    if (sample >= 4 && zeroOdd > sample / 4 && zeroEven < sample / 20)
        return "UTF-16LE";
    if (sample >= 4 && zeroEven > sample / 4 && zeroOdd < sample / 20)
        return "UTF-16BE";
    // UTF-8 when its multi-byte characters outnumber the bytes that cannot be UTF-8 (a file edited in two programs
    // has a stray byte or two: those are then flagged while reading); otherwise the Western Windows code page.
    qsizetype characters = 0;
    qsizetype invalid = 0;
    for (qsizetype i = 0; i < head.size();) {
        const auto byte = static_cast<unsigned char>(head[i]);
        const int length = byte < 0x80             ? 1
                           : (byte & 0xE0) == 0xC0 ? 2
                           : (byte & 0xF0) == 0xE0 ? 3
                           : (byte & 0xF8) == 0xF0 ? 4
                                                   : 0;
        if (length == 0) {
            ++invalid;
            ++i;
            continue;
        }
        if (i + length > head.size())
            break; // cut off by the end of the sample
        bool continued = true;
        for (int k = 1; k < length; ++k)
            continued = continued && (static_cast<unsigned char>(head[i + k]) & 0xC0) == 0x80;
        if (!continued) {
            ++invalid;
            ++i;
            continue;
        }
        if (length > 1)
            ++characters;
        i += length;
    }
    return invalid == 0 || characters > invalid ? QByteArray("UTF-8") : QByteArray("windows-1252");
}

} // namespace

CsvFormat CsvReader::detect(QByteArrayView head)
{
    CsvFormat format;
    format.encoding = guessEncoding(head);

    // Excel's "sep=;" line names the delimiter outright.
    TextDecoder decoder(format.encoding);
    const QString text = decoder.decode(head.first(std::min<qsizetype>(head.size(), 1024)));
    if (text.startsWith(QStringLiteral("sep=")) && text.size() >= 5 &&
        (text.size() == 5 || text.at(5) == u'\r' || text.at(5) == u'\n')) {
        format.delimiter = text.at(4);
        format.separatorLine = true;
        return format;
    }

    // The delimiter that cuts the first lines into the same number of fields (more than one) the most often.
    const QByteArray bytes = head.toByteArray();
    int bestAgreement = 0;
    qsizetype bestFields = 0;
    for (const QChar candidate : {u',', u';', u'\t', u'|'}) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, {format.encoding, candidate, false});
        QList<qsizetype> counts;
        CsvRecord record;
        while (counts.size() < 30 && reader.next(record))
            counts << record.fields.size();
        // The sample may end in the middle of a record.
        if (counts.size() > 2 && buffer.size() >= head.size())
            counts.removeLast();
        QHash<qsizetype, int> tally;
        for (qsizetype count : counts)
            ++tally[count];
        for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
            if (it.key() < 2)
                continue;
            if (it.value() > bestAgreement || (it.value() == bestAgreement && it.key() > bestFields)) {
                bestAgreement = it.value();
                bestFields = it.key();
                format.delimiter = candidate;
            }
        }
    }
    return format;
}

CsvReader::CsvReader(QIODevice* device, const CsvFormat& format)
    : m_device(device), m_format(format), m_decoder(format.encoding)
{
    if (!m_decoder.isValid())
        m_error = tr("The encoding “%1” is not known.").arg(QString::fromLatin1(format.encoding));
}

void CsvReader::warn(qint64 line, const QString& message)
{
    if (++m_warningCount <= maxWarnings)
        m_warnings << tr("Line %1: %2").arg(QLocale().toString(line), message);
    else if (m_warningCount == maxWarnings + 1)
        m_warnings << tr("More problems follow; only the first %1 are listed.").arg(QLocale().toString(maxWarnings));
}

bool CsvReader::fill()
{
    while (!m_atEnd) {
        const QByteArray bytes = m_device->read(chunkBytes);
        if (bytes.isEmpty() && !m_device->atEnd()) {
            m_error = tr("The file could not be read: %1").arg(m_device->errorString());
            m_atEnd = true;
            return false;
        }
        m_atEnd = bytes.isEmpty();
        m_bytesRead += bytes.size();
        // What was read is in the record being built: the buffer keeps only what is still to be parsed.
        m_buffer.remove(0, m_position);
        m_position = 0;
        const bool invalidBefore = m_decoder.hadInvalidBytes();
        m_buffer += m_decoder.decode(bytes, m_atEnd);
        if (!invalidBefore && m_decoder.hadInvalidBytes()) {
            warn(m_line, tr("some bytes are not valid %1 and were replaced by “\uFFFD”: if the text looks wrong, "
                            "choose the file's encoding.")
                             .arg(QString::fromLatin1(m_format.encoding)));
        }
        if (m_position < m_buffer.size())
            return true;
    }
    return false;
}

bool CsvReader::tooManyFields(CsvRecord& record)
{
    m_error = tr("Line %1 has more than %2 fields: Kontor reads files of up to %2 columns. Is it a list, and is its "
                 "delimiter the right one?")
                  .arg(QLocale().toString(record.line), QLocale().toString(maxFields));
    record.fields.clear();
    return false;
}

bool CsvReader::next(CsvRecord& record)
{
    record.fields.clear();
    if (!m_error.isEmpty())
        return false;
    // The character after the one just taken, reading more of the file when needed.
    const auto peek = [this](QChar& c) {
        if (m_position >= m_buffer.size() && !fill())
            return false;
        c = m_buffer.at(m_position);
        return true;
    };
    const auto skipLineEnd = [&](QChar taken) {
        QChar following;
        if (taken == u'\r' && peek(following) && following == u'\n')
            ++m_position;
        ++m_line;
    };
    if (!m_started) {
        m_started = true;
        if (m_format.separatorLine) {
            QChar c;
            while (peek(c)) {
                ++m_position;
                if (c == u'\n' || c == u'\r') {
                    skipLineEnd(c);
                    break;
                }
            }
        }
    }
    // Blank lines between records (a file's last line end, or several) are not records.
    QChar c;
    for (;;) {
        if (!peek(c))
            return false;
        if (c != u'\n' && c != u'\r')
            break;
        ++m_position;
        skipLineEnd(c);
    }

    record.line = m_line;
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote } state = State::FieldStart;
    const QChar delimiter = m_format.delimiter;
    QString field;
    qint64 quoteLine = 0;
    bool warnedAfterQuote = false;
    for (;;) {
        if (!peek(c)) {
            if (!m_error.isEmpty())
                return false;
            if (state == State::Quoted)
                warn(quoteLine, tr("a quote opened here is never closed: the rest of the file went into one field."));
            record.fields << field;
            return true;
        }
        if (state == State::Unquoted || state == State::Quoted) {
            // Ordinary characters go over in one piece: a field of 50 MB is not appended a character at a time.
            const QChar* data = m_buffer.constData();
            const qsizetype end = m_buffer.size();
            qsizetype stop = m_position;
            if (state == State::Unquoted) {
                while (stop < end && data[stop] != delimiter && data[stop] != u'\n' && data[stop] != u'\r')
                    ++stop;
            } else {
                while (stop < end && data[stop] != u'"' && data[stop] != u'\n' && data[stop] != u'\r')
                    ++stop;
            }
            field.append(QStringView(data + m_position, stop - m_position));
            m_position = stop;
            if (!peek(c))
                continue;
        }
        ++m_position;
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == delimiter) {
                record.fields << field;
                field.clear();
                state = State::FieldStart;
                if (record.fields.size() >= maxFields)
                    return tooManyFields(record);
            } else if (c == u'\n' || c == u'\r') {
                skipLineEnd(c);
                record.fields << field;
                return true;
            } else if (c == u'"' && state == State::FieldStart) {
                state = State::Quoted;
                quoteLine = m_line;
            } else {
                // A quote inside an unquoted field is an ordinary character.
                field += c;
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == u'"') {
                state = State::AfterQuote;
            } else {
                field += c;
                if (c == u'\n') {
                    ++m_line;
                } else if (c == u'\r') {
                    QChar following;
                    if (!peek(following) || following != u'\n')
                        ++m_line;
                }
            }
            break;
        case State::AfterQuote:
            if (c == u'"') {
                field += u'"';
                state = State::Quoted;
            } else if (c == delimiter) {
                record.fields << field;
                field.clear();
                state = State::FieldStart;
                if (record.fields.size() >= maxFields)
                    return tooManyFields(record);
            } else if (c == u'\n' || c == u'\r') {
                skipLineEnd(c);
                record.fields << field;
                return true;
            } else {
                // "abc"def: spreadsheets keep both parts; so does this, and says so.
                if (!warnedAfterQuote)
                    warn(m_line, tr("text follows a closing quote; it was kept as part of the field."));
                warnedAfterQuote = true;
                field += c;
                state = State::Unquoted;
            }
            break;
        }
    }
}

} // namespace kontor
