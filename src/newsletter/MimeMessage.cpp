#include "MimeMessage.h"

#include <QRegularExpression>

#include <array>

#include <QLocale>

namespace relais {

namespace {

QString oneLine(const QString &s)
{
    QString out = s;
    out.replace(u'\r', u' ');
    out.replace(u'\n', u' ');
    return out.trimmed();
}

bool isPlainAscii(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

/// Folds a header line at spaces so that no line exceeds 78 characters (RFC 5322 2.1.1).
QByteArray folded(const QByteArray &name, const QByteArray &value)
{
    QByteArray out = name + ": ";
    qsizetype lineLength = out.size();
    const QList<QByteArray> words = value.split(' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray &w = words.at(i);
        if (i > 0) {
            if (lineLength + 1 + w.size() > 78) {
                out += "\r\n ";
                lineLength = 1;
            } else {
                out += ' ';
                ++lineLength;
            }
        }
        out += w;
        lineLength += w.size();
    }
    return out + "\r\n";
}

QByteArray rfc5322Date(const QDateTime &d)
{
    // English names whatever the locale, with the numeric offset.
    const QDateTime t = d.isValid() ? d : QDateTime::currentDateTimeUtc();
    // A send writes thousands of messages a second: the text of the last second is kept per thread.
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cached;
    const qint64 second = t.toSecsSinceEpoch();
    if (second != cachedSecond) {
        cached = QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000";
        cachedSecond = second;
    }
    return cached;
}

} // namespace

QByteArray MimeMessage::encodeHeaderText(const QString &text)
{
    const QString line = oneLine(text);
    if (isPlainAscii(line))
        return line.toLatin1();
    // RFC 2047 B-encoding, in words of at most 39 bytes of UTF-8 (64 characters once encoded, so that
    // "Subject: " and the first word fit in 78), never cutting a character in two.
    QByteArray out;
    const QByteArray utf8 = line.toUtf8();
    qsizetype at = 0;
    while (at < utf8.size()) {
        qsizetype end = std::min<qsizetype>(at + 39, utf8.size());
        while (end < utf8.size() && end > at && (uchar(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        if (!out.isEmpty())
            out += ' ';
        out += "=?UTF-8?B?" + utf8.mid(at, end - at).toBase64() + "?=";
        at = end;
    }
    return out;
}

QByteArray MimeMessage::encodeAddress(const Address &a)
{
    const QByteArray email = oneLine(a.email).toLatin1();
    const QString name = oneLine(a.name);
    if (name.isEmpty())
        return '<' + email + '>';
    if (isPlainAscii(name)) {
        QString quoted = name;
        quoted.replace(u'\\', QStringLiteral("\\\\"));
        quoted.replace(u'"', QStringLiteral("\\\""));
        return '"' + quoted.toLatin1() + "\" <" + email + '>';
    }
    return encodeHeaderText(name) + " <" + email + '>';
}

QByteArray MimeMessage::quotedPrintable(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    // Written through a pointer into a buffer sized for the worst case (every byte encoded, a soft break
    // every 25 encoded bytes): this runs once per recipient over the whole message.
    const qsizetype n = utf8.size();
    QByteArray out(n * 3 + (n / 25 + 1) * 3 + 16, Qt::Uninitialized);
    char *o = out.data();
    const char *in = utf8.constData();
    qsizetype lineLength = 0;
    auto room = [&](qsizetype k) {
        if (lineLength + k > 75) { // soft break: "=" ends the line at 76 characters at most
            *o++ = '=';
            *o++ = '\r';
            *o++ = '\n';
            lineLength = 0;
        }
        lineLength += k;
    };
    // Bytes written as they are: printable ASCII but "=" (and space or tab, unless at the end of a line).
    static const auto literal = [] {
        std::array<bool, 256> t{};
        for (int c = 33; c <= 126; ++c)
            t[std::size_t(c)] = c != '=';
        return t;
    }();
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(in[i]);
        if (literal[c] && lineLength < 75 && (c != '.' || lineLength > 0)) {
            *o++ = char(c); // the common case: no break, nothing to encode
            ++lineLength;
            continue;
        }
        if (c == '\n' || (c == '\r' && i + 1 < n && in[i + 1] == '\n')) {
            if (c == '\r')
                ++i;
            *o++ = '\r';
            *o++ = '\n';
            lineLength = 0;
            continue;
        }
        const bool lineEndSpace = (c == ' ' || c == '\t') && (i + 1 == n || in[i + 1] == '\n' || in[i + 1] == '\r');
        // "." alone at a line start would end the SMTP DATA: encoded, as "=" and non-printables are.
        const bool dotAtStart = c == '.' && lineLength == 0;
        if ((literal[c] && !dotAtStart) || ((c == ' ' || c == '\t') && !lineEndSpace)) {
            room(1);
            *o++ = char(c);
        } else {
            room(3);
            *o++ = '=';
            *o++ = hex[c >> 4];
            *o++ = hex[c & 15];
        }
    }
    out.truncate(o - out.constData());
    return out;
}

QByteArray MimeMessage::toBytes(const QByteArray &boundary) const
{
    QByteArray out;
    out.reserve(text.size() + html.size() * 11 / 10 + 2048);
    out += folded("From", encodeAddress(from));
    out += folded("To", encodeAddress(to));
    out += folded("Subject", encodeHeaderText(subject));
    out += "Date: " + rfc5322Date(date) + "\r\n";
    if (!messageId.isEmpty())
        out += "Message-ID: <" + oneLine(QString::fromLatin1(messageId)).toLatin1() + ">\r\n";
    for (const auto &h : headers)
        out += folded(h.first, encodeHeaderText(h.second));
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    const auto part = [&](const char *type, const QString &body) {
        out += "--" + boundary + "\r\n";
        out += QByteArray("Content-Type: ") + type + "; charset=UTF-8\r\n";
        out += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
        out += quotedPrintable(body.toUtf8());
        out += "\r\n";
    };
    part("text/plain", text);
    part("text/html", html);
    out += "--" + boundary + "--\r\n";
    return out;
}

MimeMessage::Address MimeMessage::parseAddress(const QString &text)
{
    static const QRegularExpression named(QStringLiteral("^\\s*(.*?)\\s*<([^<>]+)>\\s*$"));
    const auto m = named.match(text);
    if (m.hasMatch())
        return {m.captured(1).remove(QLatin1Char('"')), m.captured(2).trimmed()};
    return {QString(), text.trimmed()};
}

} // namespace relais
