// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDecoder.h"

#include <QList>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <optional>

namespace kontor {

namespace {

// ICU substitutes U+FFFD for a byte it cannot convert without saying so: this notes it, then substitutes.
void noteInvalid(const void* context, UConverterToUnicodeArgs* args, const char* codeUnits, int32_t length,
                 UConverterCallbackReason reason, UErrorCode* error)
{
    if (reason == UCNV_UNASSIGNED || reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR)
        *static_cast<bool*>(const_cast<void*>(context)) = true;
    UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, reason, error);
}

} // namespace

struct TextDecoder::Impl
{
    std::optional<QStringDecoder> qt;
    UConverter* icu = nullptr;
    ~Impl()
    {
        if (icu)
            ucnv_close(icu);
    }
};

TextDecoder::TextDecoder(const QByteArray& encoding) : m_impl(std::make_unique<Impl>())
{
    // Qt's own converters for Unicode and Latin-1; "System" would mean whatever the machine happens to use.
    const std::optional<QStringConverter::Encoding> known = QStringConverter::encodingForName(encoding.constData());
    if (known && *known != QStringConverter::System) {
        m_impl->qt.emplace(*known);
        return;
    }
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(encoding.constData(), &status);
    if (U_FAILURE(status) || !converter)
        return;
    ucnv_setToUCallBack(converter, noteInvalid, &m_invalid, nullptr, nullptr, &status);
    m_impl->icu = converter;
}

TextDecoder::~TextDecoder() = default;

bool TextDecoder::isValid() const
{
    return m_impl->qt.has_value() || m_impl->icu != nullptr;
}

QString TextDecoder::decode(QByteArrayView bytes, bool last)
{
    if (m_impl->qt) {
        QString text = (*m_impl->qt)(bytes);
        if (m_impl->qt->hasError())
            m_invalid = true;
        return text;
    }
    if (!m_impl->icu)
        return {};
    // A byte never gives more than two UTF-16 units; the loop only guards against a converter that disagrees.
    QString text;
    qsizetype written = 0;
    const char* source = bytes.data();
    const char* sourceEnd = source + bytes.size();
    text.resize(bytes.size() * 2 + 16);
    for (;;) {
        UChar* target = reinterpret_cast<UChar*>(text.data()) + written;
        UChar* targetStart = target;
        UErrorCode status = U_ZERO_ERROR;
        ucnv_toUnicode(m_impl->icu, &target, reinterpret_cast<UChar*>(text.data()) + text.size(), &source, sourceEnd,
                       nullptr, last, &status);
        written += target - targetStart;
        if (status != U_BUFFER_OVERFLOW_ERROR) {
            if (U_FAILURE(status))
                m_invalid = true;
            break;
        }
        text.resize(text.size() * 2);
    }
    text.truncate(written);
    return text;
}

QList<QByteArray> TextDecoder::choices()
{
    return {"UTF-8",        "UTF-16LE",     "UTF-16BE",     "windows-1252", "ISO-8859-1", "ISO-8859-15",
            "windows-1250", "windows-1251", "windows-1253", "KOI8-R",       "macintosh",  "IBM850",
            "Shift_JIS",    "GB18030",      "Big5",         "EUC-KR"};
}

} // namespace kontor
