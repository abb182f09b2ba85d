#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace relais {

/// A forward-only JSON reader over UTF-8 bytes, for the sync hot path: one pull stream line is an object
/// whose members are read in place (strings come out as UTF-8, ready to bind to SQLite), and whose `data`
/// member can be kept as its raw bytes. No DOM, no UTF-16. Strict RFC 8259: a malformed document makes
/// every call fail (failed() is then true); callers fall back to QJsonDocument or reject the line.
class SyncJsonReader
{
public:
    enum class Type { Invalid, Object, Array, String, Number, Bool, Null };

    SyncJsonReader(const char *begin, const char *end) : m_p(begin), m_end(end) {}
    explicit SyncJsonReader(QByteArrayView bytes) : m_p(bytes.data()), m_end(bytes.data() + bytes.size()) {}

    bool failed() const { return m_failed; }
    /// The type of the next value (after white space), without consuming it.
    Type peek();

    /// Objects: beginObject(), then nextMember() until it returns false (end of object or error).
    bool beginObject();
    /// Reads the next member's key (unescaped UTF-8) and the colon; false at '}' (check failed()).
    bool nextMember(QByteArray *key);
    /// Arrays: beginArray(), then nextElement() before each value until it returns false.
    bool beginArray();
    bool nextElement();

    /// A string value (unescaped, validated UTF-8). A JSON null gives a null QByteArray when `null` is set.
    bool readString(QByteArray *utf8, bool *null = nullptr);
    /// An integer value (no fraction or exponent, fits 64 bits).
    bool readInt64(qint64 *value);
    bool readBool(bool *value);
    bool readNull();
    /// Skips any value; [*start, *end) is its raw text.
    bool skipValue(const char **start = nullptr, const char **end = nullptr);
    /// True if only white space is left.
    bool atEnd();

    /// A string value with `null` -> empty, any other type -> empty (skipped): QJsonValue::toString().
    bool readStringLenient(QByteArray *utf8);
    /// The same without copying: a string without escapes comes back as a QByteArray::fromRawData() view
    /// of the input (valid as long as the input), one with escapes unescaped into a new buffer.
    bool readStringView(QByteArray *utf8);
    /// The next member's key as a view (keys with escapes are unescaped into `scratch`).
    bool nextMemberView(QByteArrayView *key, QByteArray *scratch);

    static bool isValidUtf8(const char *p, qsizetype n);

private:
    void skipSpace();
    bool fail()
    {
        m_failed = true;
        return false;
    }
    bool expect(char c);
    /// Before a member's key: false at the end of the object or on an error (then failed()).
    bool memberStart();
    bool parseString(QByteArray *out, bool view = false);
    bool skipNumber();
    bool skipLiteral(const char *word, int n);
    bool afterValue();

    const char *m_p;
    const char *m_end;
    bool m_failed = false;
    bool m_first = true; ///< the next member/element is the first of its container
};

} // namespace relais
