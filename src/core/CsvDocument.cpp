#include "CsvDocument.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringView>

#include <array>
#include <limits>
#include <map>
#include <utility>

using namespace Qt::StringLiterals;

namespace relais {

namespace {

constexpr char16_t kBom = 0xFEFF;

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isLineBreak(QChar c)
{
    return c == u'\r' || c == u'\n';
}

// A record with no content at all: an empty line, or only empty/blank fields (";;;").
bool isBlankRecord(const CsvRow &row)
{
    if (!row.error.isEmpty())
        return false;
    for (const QString &field : row.fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

// Splits text into records, one at a time.
class Tokenizer
{
    Q_DECLARE_TR_FUNCTIONS(relais::CsvDocument)

public:
    Tokenizer(QStringView text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    // Precondition: !atEnd(). May return a blank record (see isBlankRecord()).
    CsvRow next()
    {
        CsvRow row;
        row.line = m_line;
        const qsizetype n = m_text.size();

        for (;;) {
            const qsizetype fieldStart = m_pos;
            qsizetype p = m_pos;
            while (p < n && at(p) != m_delimiter && isBlank(at(p)))
                ++p;

            QString field;
            if (p < n && at(p) == u'"') {
                const int quoteLine = m_line;
                m_pos = p + 1;
                qsizetype chunk = m_pos;
                bool closed = false;
                while (m_pos < n) {
                    const QChar c = at(m_pos);
                    if (c == u'"') {
                        field.append(m_text.sliced(chunk, m_pos - chunk));
                        if (m_pos + 1 < n && at(m_pos + 1) == u'"') {
                            field.append(u'"');
                            m_pos += 2;
                            chunk = m_pos;
                            continue;
                        }
                        ++m_pos;
                        closed = true;
                        break;
                    }
                    if (c == u'\r') {
                        ++m_line;
                        if (m_pos + 1 < n && at(m_pos + 1) == u'\n')
                            ++m_pos;
                    } else if (c == u'\n') {
                        ++m_line;
                    }
                    ++m_pos;
                }
                if (!closed) {
                    recoverLine(row, fieldStart, quoteLine, tr("Unterminated quoted field"));
                    return row;
                }
                while (m_pos < n && at(m_pos) != m_delimiter && isBlank(at(m_pos)))
                    ++m_pos;
                if (m_pos < n && at(m_pos) != m_delimiter && !isLineBreak(at(m_pos))) {
                    const QString message = tr("Unexpected character after a closing quote");
                    if (m_line != quoteLine) {
                        // The quote most likely never was a closing one: the opening quote was
                        // unterminated and swallowed the following lines. Only its line is bad.
                        recoverLine(row, fieldStart, quoteLine, message);
                        return row;
                    }
                    setError(row, message);
                    const qsizetype rest = m_pos;
                    skipToFieldEnd();
                    field.append(m_text.sliced(rest, m_pos - rest));
                }
            } else {
                for (; m_pos < n && at(m_pos) != m_delimiter && !isLineBreak(at(m_pos)); ++m_pos) {
                    if (at(m_pos) == u'"')
                        setError(row, tr("Quote inside an unquoted field"));
                }
                field = m_text.sliced(fieldStart, m_pos - fieldStart).toString();
            }

            row.fields.append(std::move(field));
            if (m_pos < n && at(m_pos) == m_delimiter) {
                ++m_pos;
                continue;
            }
            consumeLineBreak();
            return row;
        }
    }

private:
    QChar at(qsizetype i) const { return m_text[i]; }

    static void setError(CsvRow &row, const QString &message)
    {
        if (row.error.isEmpty())
            row.error = message;
    }

    void skipToFieldEnd()
    {
        while (m_pos < m_text.size() && at(m_pos) != m_delimiter && !isLineBreak(at(m_pos)))
            ++m_pos;
    }

    void consumeLineBreak()
    {
        if (m_pos >= m_text.size())
            return;
        if (at(m_pos) == u'\r') {
            ++m_pos;
            if (m_pos < m_text.size() && at(m_pos) == u'\n')
                ++m_pos;
            ++m_line;
        } else if (at(m_pos) == u'\n') {
            ++m_pos;
            ++m_line;
        }
    }

    // Rewinds to the start of a badly quoted field and reads the rest of that physical line
    // literally (quotes included), split on the delimiter. The next record starts on the next line.
    void recoverLine(CsvRow &row, qsizetype fieldStart, int line, const QString &message)
    {
        setError(row, message);
        m_pos = fieldStart;
        m_line = line;
        for (;;) {
            const qsizetype start = m_pos;
            skipToFieldEnd();
            row.fields.append(m_text.sliced(start, m_pos - start).toString());
            if (m_pos < m_text.size() && at(m_pos) == m_delimiter) {
                ++m_pos;
                continue;
            }
            break;
        }
        consumeLineBreak();
    }

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

bool isValidUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            cp = c & 0x1F;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            cp = c & 0x0F;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            cp = c & 0x07;
            minimum = 0x10000;
        } else {
            return false;
        }
        if (i + length > n)
            return false;
        for (int k = 1; k < length; ++k) {
            const uchar b = p[i + k];
            if ((b & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

QString decodeWindows1252(const QByteArray &data)
{
    // 0x80..0x9F; the five undefined bytes map to the C1 controls, like Latin-1.
    static constexpr std::array<char16_t, 32> kHigh = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    };
    QString out(data.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char ch : data) {
        const auto b = static_cast<uchar>(ch);
        *dst++ = (b >= 0x80 && b < 0xA0) ? QChar(kHigh[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding);
    QString text = decoder.decode(bytes);
    if (text.startsWith(QChar(kBom)))
        text.remove(0, 1);
    return text;
}

} // namespace

QString CsvDocument::decode(const QByteArray &data, QString *encodingName)
{
    auto setName = [encodingName](const QString &name) {
        if (encodingName)
            *encodingName = name;
    };

    if (data.startsWith("\xEF\xBB\xBF")) {
        setName(u"UTF-8"_s);
        return QString::fromUtf8(QByteArrayView(data).sliced(3));
    }
    if (data.startsWith("\xFF\xFE")) {
        setName(u"UTF-16LE"_s);
        return decodeWith(QStringConverter::Utf16LE, QByteArrayView(data).sliced(2));
    }
    if (data.startsWith("\xFE\xFF")) {
        setName(u"UTF-16BE"_s);
        return decodeWith(QStringConverter::Utf16BE, QByteArrayView(data).sliced(2));
    }
    if (isValidUtf8(data)) {
        setName(u"UTF-8"_s);
        return QString::fromUtf8(data);
    }
    setName(u"windows-1252"_s);
    return decodeWindows1252(data);
}

QChar CsvDocument::detectDelimiter(const QString &text)
{
    constexpr qsizetype kSampleChars = 64 * 1024;
    constexpr int kSampleRecords = 50;
    static constexpr std::array<char16_t, 4> kCandidates = {u';', u',', u'\t', u'|'};

    QStringView sample(text);
    if (sample.startsWith(QChar(kBom)))
        sample = sample.sliced(1);
    const bool truncated = sample.size() > kSampleChars;
    if (truncated)
        sample = sample.first(kSampleChars);

    QChar best = u',';
    int bestScore = std::numeric_limits<int>::min();
    int bestWidth = 0;
    for (const char16_t candidate : kCandidates) {
        Tokenizer tokenizer(sample, QChar(candidate));
        std::map<qsizetype, int> widths; // field count -> number of records
        int records = 0;
        int errors = 0;
        while (!tokenizer.atEnd() && records < kSampleRecords) {
            const CsvRow row = tokenizer.next();
            if (truncated && tokenizer.atEnd())
                break; // the last record of a truncated sample may be cut
            if (isBlankRecord(row))
                continue;
            ++records;
            if (!row.error.isEmpty())
                ++errors;
            else
                ++widths[row.fields.size()];
        }
        qsizetype width = 0;
        int agreement = 0;
        for (const auto &[w, count] : widths) {
            if (count >= agreement) { // ties: the wider one (map is ordered by width)
                width = w;
                agreement = count;
            }
        }
        if (width < 2)
            continue;
        const int score = agreement - errors;
        if (score > bestScore || (score == bestScore && width > bestWidth)) {
            best = QChar(candidate);
            bestScore = score;
            bestWidth = int(width);
        }
    }
    return best;
}

CsvDocument CsvDocument::parse(const QString &text, QChar delimiter)
{
    CsvDocument doc;
    doc.delimiter = delimiter;

    QStringView view(text);
    if (view.startsWith(QChar(kBom)))
        view = view.sliced(1);

    Tokenizer tokenizer(view, delimiter);
    bool haveHeader = false;
    while (!tokenizer.atEnd()) {
        CsvRow row = tokenizer.next();
        if (isBlankRecord(row))
            continue;
        if (!haveHeader) {
            haveHeader = true;
            doc.header.reserve(row.fields.size());
            for (const QString &name : std::as_const(row.fields))
                doc.header.append(name.trimmed());
            continue;
        }
        doc.rows.append(std::move(row));
    }

    // Trailing delimiters: drop empty cells beyond the header width.
    while (doc.header.size() > 1 && doc.header.constLast().isEmpty())
        doc.header.removeLast();
    for (CsvRow &row : doc.rows) {
        while (row.fields.size() > doc.header.size() && row.fields.constLast().trimmed().isEmpty())
            row.fields.removeLast();
    }
    return doc;
}

CsvDocument CsvDocument::parse(const QByteArray &data)
{
    QString encoding;
    const QString text = decode(data, &encoding);
    CsvDocument doc = parse(text, detectDelimiter(text));
    doc.encoding = encoding;
    return doc;
}

namespace {

// "+33 6 12 34 56 78", "+33612345678", "+33 (0)6 12-34-56-78": a '+', then only digits and
// usual separators, with a plausible number of digits. Cannot be a harmful formula.
bool isPhoneLike(QStringView s)
{
    if (s.size() < 2 || s.front() != u'+')
        return false;
    int digits = 0;
    for (const QChar c : s.sliced(1)) {
        if (c >= u'0' && c <= u'9')
            ++digits;
        else if (c == u' ' || c == u'.' || c == u'-' || c == u'(' || c == u')' || c == u'/'
                 || c == QChar(0x00A0) || c == QChar(0x202F))
            continue;
        else
            return false;
    }
    const QChar first = s.at(1);
    return first >= u'0' && first <= u'9' && digits >= 6 && digits <= 15;
}

bool startsLikeFormula(QStringView s)
{
    if (s.isEmpty())
        return false;
    const QChar c = s.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

QString CsvWriter::escape(const QString &field, QChar delimiter)
{
    QString out = field;
    if (startsLikeFormula(out) && !isPhoneLike(out))
        out.prepend(u'\'');

    const bool needsQuotes = out.contains(delimiter) || out.contains(u'"') || out.contains(u'\n')
        || out.contains(u'\r');
    if (!needsQuotes)
        return out;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

QString CsvWriter::row(const QStringList &fields, QChar delimiter)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(delimiter);
        out.append(escape(fields.at(i), delimiter));
    }
    out.append(u"\r\n");
    return out;
}

} // namespace relais
