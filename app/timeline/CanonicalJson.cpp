#include "timeline/CanonicalJson.h"

#include <QChar>

namespace Herald {

namespace {

char hexDigit(unsigned value)
{
    return "0123456789abcdef"[value & 0xf];
}

void appendEscapedUnit(QByteArray& out, char16_t unit)
{
    out += "\\u";
    out += hexDigit(unit >> 12);
    out += hexDigit(unit >> 8);
    out += hexDigit(unit >> 4);
    out += hexDigit(unit);
}

void appendUtf8(QByteArray& out, char32_t point)
{
    if (point < 0x800) {
        out += char(0xc0 | (point >> 6));
    } else if (point < 0x10000) {
        out += char(0xe0 | (point >> 12));
        out += char(0x80 | ((point >> 6) & 0x3f));
    } else {
        out += char(0xf0 | (point >> 18));
        out += char(0x80 | ((point >> 12) & 0x3f));
        out += char(0x80 | ((point >> 6) & 0x3f));
    }
    out += char(0x80 | (point & 0x3f));
}

} // namespace

CanonicalJson& CanonicalJson::add(QLatin1StringView key, qint64 value)
{
    appendKey(key);
    m_text += QByteArray::number(value);
    return *this;
}

CanonicalJson& CanonicalJson::add(QLatin1StringView key, QStringView value)
{
    appendKey(key);
    appendString(m_text, value);
    return *this;
}

CanonicalJson& CanonicalJson::addJson(QLatin1StringView key, QByteArrayView json)
{
    appendKey(key);
    m_text += json;
    return *this;
}

QByteArray CanonicalJson::text() const
{
    QByteArray text = m_text;
    text += '}';
    return text;
}

void CanonicalJson::appendKey(QLatin1StringView key)
{
    if (m_text.size() > 1)
        m_text += ',';
    m_text += '"';
    m_text += QByteArrayView(key.data(), key.size());
    m_text += "\":";
}

void CanonicalJson::appendString(QByteArray& out, QStringView text)
{
    out.reserve(out.size() + text.size() + 2);
    out += '"';
    const char16_t* const end = text.utf16() + text.size();
    for (const char16_t* at = text.utf16(); at != end; ++at) {
        const char16_t unit = *at;
        if (unit < 0x80) {
            switch (unit) {
            case u'"':
                out += "\\\"";
                break;
            case u'\\':
                out += "\\\\";
                break;
            case u'\b':
                out += "\\b";
                break;
            case u'\f':
                out += "\\f";
                break;
            case u'\n':
                out += "\\n";
                break;
            case u'\r':
                out += "\\r";
                break;
            case u'\t':
                out += "\\t";
                break;
            default:
                if (unit < 0x20)
                    appendEscapedUnit(out, unit);
                else
                    out += char(unit);
            }
        } else if (QChar::isHighSurrogate(unit) && at + 1 != end && QChar::isLowSurrogate(at[1])) {
            appendUtf8(out, QChar::surrogateToUcs4(unit, at[1]));
            ++at;
        } else if (QChar::isSurrogate(unit)) {
            appendEscapedUnit(out, unit); // a lone half of a pair has no UTF-8 form
        } else {
            appendUtf8(out, unit);
        }
    }
    out += '"';
}

} // namespace Herald
