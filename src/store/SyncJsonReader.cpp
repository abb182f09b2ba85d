#include "SyncJsonReader.h"

#include <cstring>
#include <limits>

namespace relais {

namespace {
constexpr int MaxDepth = 64;

inline bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
inline bool isDigit(char c) { return c >= '0' && c <= '9'; }

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray *out, char32_t cp)
{
    if (cp < 0x80) {
        out->append(char(cp));
    } else if (cp < 0x800) {
        out->append(char(0xC0 | (cp >> 6)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->append(char(0xE0 | (cp >> 12)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else {
        out->append(char(0xF0 | (cp >> 18)));
        out->append(char(0x80 | ((cp >> 12) & 0x3F)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    }
}
} // namespace

bool SyncJsonReader::isValidUtf8(const char *s, qsizetype n)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s);
    const unsigned char *end = p + n;
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra;
        char32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        // Overlong forms, surrogates and values above U+10FFFF.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

void SyncJsonReader::skipSpace()
{
    while (m_p < m_end && isSpace(*m_p))
        ++m_p;
}

bool SyncJsonReader::expect(char c)
{
    skipSpace();
    if (m_p < m_end && *m_p == c) {
        ++m_p;
        return true;
    }
    return fail();
}

SyncJsonReader::Type SyncJsonReader::peek()
{
    if (m_failed)
        return Type::Invalid;
    skipSpace();
    if (m_p >= m_end)
        return Type::Invalid;
    switch (*m_p) {
    case '{': return Type::Object;
    case '[': return Type::Array;
    case '"': return Type::String;
    case 't':
    case 'f': return Type::Bool;
    case 'n': return Type::Null;
    default:
        return (*m_p == '-' || isDigit(*m_p)) ? Type::Number : Type::Invalid;
    }
}

bool SyncJsonReader::beginObject()
{
    if (m_failed || !expect('{'))
        return false;
    m_first = true;
    return true;
}

bool SyncJsonReader::memberStart()
{
    if (m_failed)
        return false;
    skipSpace();
    if (m_p >= m_end)
        return fail();
    if (*m_p == '}') {
        ++m_p;
        m_first = false;
        return false;
    }
    if (!m_first) {
        if (*m_p != ',')
            return fail();
        ++m_p;
        skipSpace();
    }
    m_first = false;
    if (m_p >= m_end || *m_p != '"')
        return fail();
    return true;
}

bool SyncJsonReader::nextMember(QByteArray *key)
{
    if (!memberStart())
        return false;
    if (!parseString(key))
        return false;
    return expect(':');
}

bool SyncJsonReader::beginArray()
{
    if (m_failed || !expect('['))
        return false;
    m_first = true;
    return true;
}

bool SyncJsonReader::nextElement()
{
    if (m_failed)
        return false;
    skipSpace();
    if (m_p >= m_end)
        return fail();
    if (*m_p == ']') {
        ++m_p;
        m_first = false;
        return false;
    }
    if (!m_first) {
        if (*m_p != ',')
            return fail();
        ++m_p;
    }
    m_first = false;
    return true;
}

bool SyncJsonReader::parseString(QByteArray *out, bool view)
{
    // At the opening quote.
    ++m_p;
    const char *start = m_p;
    bool highBytes = false;
    while (m_p < m_end) {
        const char c = *m_p;
        if (c == '"') {
            if (out)
                *out = view ? QByteArray::fromRawData(start, m_p - start) : QByteArray(start, m_p - start);
            ++m_p;
            if (highBytes && !isValidUtf8(start, (m_p - 1) - start))
                return fail();
            return true;
        }
        if (c == '\\')
            break;
        if (static_cast<unsigned char>(c) < 0x20)
            return fail();
        highBytes = highBytes || static_cast<unsigned char>(c) >= 0x80;
        ++m_p;
    }
    if (m_p >= m_end)
        return fail();
    // Escapes: unescape into a buffer.
    QByteArray buf(start, m_p - start);
    if (highBytes && !isValidUtf8(buf.constData(), buf.size()))
        return fail();
    while (m_p < m_end) {
        const char c = *m_p;
        if (c == '"') {
            ++m_p;
            if (out)
                *out = std::move(buf);
            return true;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return fail();
        if (c != '\\') {
            // Copy a run of plain bytes.
            const char *run = m_p;
            bool high = false;
            while (m_p < m_end && *m_p != '"' && *m_p != '\\' && static_cast<unsigned char>(*m_p) >= 0x20) {
                high = high || static_cast<unsigned char>(*m_p) >= 0x80;
                ++m_p;
            }
            if (high && !isValidUtf8(run, m_p - run))
                return fail();
            buf.append(run, m_p - run);
            continue;
        }
        if (++m_p >= m_end)
            return fail();
        switch (*m_p++) {
        case '"': buf.append('"'); break;
        case '\\': buf.append('\\'); break;
        case '/': buf.append('/'); break;
        case 'b': buf.append('\b'); break;
        case 'f': buf.append('\f'); break;
        case 'n': buf.append('\n'); break;
        case 'r': buf.append('\r'); break;
        case 't': buf.append('\t'); break;
        case 'u': {
            auto hex4 = [this](char32_t *v) {
                if (m_end - m_p < 4)
                    return false;
                char32_t r = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(m_p[i]);
                    if (h < 0)
                        return false;
                    r = (r << 4) | char32_t(h);
                }
                m_p += 4;
                *v = r;
                return true;
            };
            char32_t cp;
            if (!hex4(&cp))
                return fail();
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                char32_t low = 0;
                if (m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                    const char *save = m_p;
                    m_p += 2;
                    if (!hex4(&low))
                        return fail();
                    if (low >= 0xDC00 && low <= 0xDFFF)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    else {
                        m_p = save; // not a pair: the high surrogate alone
                        cp = 0xFFFD;
                    }
                } else {
                    cp = 0xFFFD;
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            appendUtf8(&buf, cp);
            break;
        }
        default:
            return fail();
        }
    }
    return fail();
}

bool SyncJsonReader::skipNumber()
{
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p >= m_end || !isDigit(*m_p))
        return fail();
    if (*m_p == '0')
        ++m_p;
    else
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return fail();
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return fail();
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    return true;
}

bool SyncJsonReader::skipLiteral(const char *word, int n)
{
    if (m_end - m_p < n || std::memcmp(m_p, word, size_t(n)) != 0)
        return fail();
    m_p += n;
    return true;
}

bool SyncJsonReader::skipValue(const char **start, const char **end)
{
    // Iterative over a small explicit stack: bounded depth, no recursion on hostile input.
    char stack[MaxDepth];
    int depth = 0;
    skipSpace();
    if (start)
        *start = m_p;
    bool expectValue = true;
    while (!m_failed) {
        skipSpace();
        if (m_p >= m_end)
            return fail();
        if (expectValue) {
            const char c = *m_p;
            if (c == '{' || c == '[') {
                if (depth == MaxDepth)
                    return fail();
                stack[depth++] = c;
                ++m_p;
                skipSpace();
                if (m_p < m_end && *m_p == (c == '{' ? '}' : ']')) {
                    ++m_p;
                    --depth;
                    expectValue = false;
                } else if (c == '{') {
                    if (m_p >= m_end || *m_p != '"' || !parseString(nullptr) || !expect(':'))
                        return fail();
                }
                if (depth == 0 && !expectValue)
                    break;
                continue;
            }
            if (c == '"') {
                if (!parseString(nullptr))
                    return false;
            } else if (c == 't') {
                if (!skipLiteral("true", 4))
                    return false;
            } else if (c == 'f') {
                if (!skipLiteral("false", 5))
                    return false;
            } else if (c == 'n') {
                if (!skipLiteral("null", 4))
                    return false;
            } else if (!skipNumber()) {
                return false;
            }
            expectValue = false;
            if (depth == 0)
                break;
            continue;
        }
        // After a value inside a container.
        const char open = stack[depth - 1];
        const char c = *m_p;
        if (c == ',') {
            ++m_p;
            if (open == '{') {
                skipSpace();
                if (m_p >= m_end || *m_p != '"' || !parseString(nullptr) || !expect(':'))
                    return fail();
            }
            expectValue = true;
        } else if (c == (open == '{' ? '}' : ']')) {
            ++m_p;
            --depth;
            if (depth == 0)
                break;
        } else {
            return fail();
        }
    }
    if (m_failed)
        return false;
    if (end)
        *end = m_p;
    m_first = false;
    return true;
}

bool SyncJsonReader::readString(QByteArray *utf8, bool *null)
{
    if (null)
        *null = false;
    switch (peek()) {
    case Type::String:
        return parseString(utf8);
    case Type::Null:
        if (!skipLiteral("null", 4))
            return false;
        if (null)
            *null = true;
        *utf8 = QByteArray();
        return true;
    case Type::Invalid:
        return fail();
    default:
        skipValue();
        return false;
    }
}

bool SyncJsonReader::readStringView(QByteArray *utf8)
{
    if (peek() == Type::String)
        return parseString(utf8, true);
    *utf8 = QByteArray();
    if (!m_failed)
        skipValue();
    return !m_failed;
}

bool SyncJsonReader::nextMemberView(QByteArrayView *key, QByteArray *scratch)
{
    if (!memberStart())
        return false;
    if (!parseString(scratch, true))
        return false;
    *key = QByteArrayView(*scratch);
    return expect(':');
}

bool SyncJsonReader::readStringLenient(QByteArray *utf8)
{
    bool null = false;
    if (readString(utf8, &null) && !null)
        return true;
    *utf8 = QByteArray();
    return !m_failed;
}

bool SyncJsonReader::readInt64(qint64 *value)
{
    if (peek() != Type::Number) {
        if (!m_failed)
            skipValue();
        return false;
    }
    const char *start = m_p;
    if (!skipNumber())
        return false;
    const char *p = start;
    const bool negative = *p == '-';
    if (negative)
        ++p;
    quint64 v = 0;
    for (; p < m_p && isDigit(*p); ++p) {
        const quint64 next = v * 10 + quint64(*p - '0');
        if (next / 10 != v)
            return false; // overflow
        v = next;
    }
    if (p != m_p)
        return false; // fraction or exponent
    if (v > quint64(std::numeric_limits<qint64>::max()))
        return false;
    *value = negative ? -qint64(v) : qint64(v);
    return true;
}

bool SyncJsonReader::readBool(bool *value)
{
    if (peek() != Type::Bool) {
        if (!m_failed)
            skipValue();
        return false;
    }
    if (*m_p == 't') {
        *value = true;
        return skipLiteral("true", 4);
    }
    *value = false;
    return skipLiteral("false", 5);
}

bool SyncJsonReader::readNull()
{
    if (peek() != Type::Null) {
        if (!m_failed)
            skipValue();
        return false;
    }
    return skipLiteral("null", 4);
}

bool SyncJsonReader::atEnd()
{
    skipSpace();
    return !m_failed && m_p == m_end;
}

} // namespace relais
