#include "StreamingRequest.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>

#include <zlib.h>

namespace relais {

struct StreamingRequest::Inflater {
    z_stream z{};
    bool ok = false;
    bool ended = false;
    Inflater() { ok = inflateInit2(&z, 15 + 16) == Z_OK; } // gzip wrapper
    ~Inflater()
    {
        if (ok)
            inflateEnd(&z);
    }
};

StreamingRequest::StreamingRequest(QObject *parent) : QObject(parent) {}

StreamingRequest::~StreamingRequest()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QByteArray StreamingRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : m_headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

QByteArray StreamingRequest::readAll() { return std::exchange(m_decoded, {}); }

void StreamingRequest::post(const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const quint16 port = quint16(url.port(443));
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    m_request = "POST " + path + " HTTP/1.1\r\nHost: " + url.host(QUrl::FullyEncoded).toUtf8() + ':'
        + QByteArray::number(port) + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nAccept-Encoding: gzip\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        m_request += name + ": " + value + "\r\n";
    m_request += "\r\n" + body;

    m_socket = new QSslSocket(this);
    m_socket->setReadBufferSize(m_maxBuffered); // back-pressure: TCP waits while we apply
    m_socket->setPeerVerifyName(url.host());
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { fail(Error::Timeout, tr("The server stopped answering.")); });
    const QByteArray pinned = m_pinned;
    connect(m_socket, &QSslSocket::sslErrors, this, [this, pinned](const QList<QSslError> &errors) {
        const QSslCertificate peer = m_socket->peerCertificate();
        if (!pinned.isEmpty() && !peer.isNull() && peer.digest(QCryptographicHash::Sha256) == pinned) {
            m_socket->ignoreSslErrors(errors);
            return;
        }
        m_tlsRejected = true;
    });
    connect(m_socket, &QSslSocket::encrypted, this, &StreamingRequest::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &StreamingRequest::onSocketData);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (m_finished)
            return;
        if (e == QAbstractSocket::RemoteHostClosedError && m_headDone) {
            onSocketData(); // what is left in the buffer
            if (m_finished)
                return;
            if (!m_chunked && m_contentLength < 0) { // delimited by the close
                finish();
                return;
            }
        }
        if (m_tlsRejected)
            fail(Error::Tls, tr("The server's certificate is not the one that was trusted."));
        else
            fail(Error::Network, m_socket->errorString());
    });
    m_timer->start(m_timeoutMs);
    m_socket->connectToHostEncrypted(url.host(), port);
}

void StreamingRequest::onEncrypted()
{
    m_timer->start(m_timeoutMs);
    m_socket->write(m_request);
    m_request.fill('\0'); // it carries the bearer token
    m_request.clear();
}

void StreamingRequest::abort()
{
    if (!m_finished)
        fail(Error::Aborted, tr("Cancelled."));
}

void StreamingRequest::fail(Error e, const QString &message)
{
    if (m_finished)
        return;
    m_error = e;
    m_errorString = message;
    finish();
}

void StreamingRequest::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    Q_EMIT finished();
}

void StreamingRequest::onSocketData()
{
    if (m_finished)
        return;
    m_timer->start(m_timeoutMs);
    m_in += m_socket->readAll();
    if (!m_headDone && !parseHead())
        return;
    if (!m_headDone)
        return;
    if (!consumeBody())
        return;
    if (!m_decoded.isEmpty())
        Q_EMIT readyRead(); // the consumer applies it now: the socket reads no further meanwhile
    if (m_finished)
        return;
    const bool complete = (m_chunked && m_chunkTrailer && m_in.startsWith("\r\n"))
        || (!m_chunked && m_contentLength == 0);
    if (complete)
        finish();
}

bool StreamingRequest::parseHead()
{
    const qsizetype end = m_in.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_in.size() > 64 * 1024)
            fail(Error::Protocol, tr("The server's answer has no end of headers."));
        return false;
    }
    const QList<QByteArray> lines = m_in.left(end).split('\n');
    m_in.remove(0, end + 4);
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine[0].startsWith("HTTP/1.")) {
        fail(Error::Protocol, tr("The server's answer is not HTTP."));
        return false;
    }
    m_status = statusLine[1].toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        m_headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    m_chunked = header("transfer-encoding").toLower().contains("chunked");
    bool ok = false;
    const qint64 length = header("content-length").toLongLong(&ok);
    m_contentLength = (!m_chunked && ok) ? length : -1;
    m_gzip = header("content-encoding").toLower().contains("gzip");
    if (m_gzip) {
        m_inflater = std::make_unique<Inflater>();
        if (!m_inflater->ok) {
            fail(Error::Protocol, QStringLiteral("zlib"));
            return false;
        }
    }
    m_headDone = true;
    return true;
}

bool StreamingRequest::consumeBody()
{
    if (!m_chunked) {
        qsizetype n = m_in.size();
        if (m_contentLength >= 0)
            n = qMin<qsizetype>(n, m_contentLength);
        if (n > 0 && !appendBody(m_in.constData(), n))
            return false;
        m_in.remove(0, n);
        if (m_contentLength >= 0)
            m_contentLength -= n;
        return true;
    }
    for (;;) {
        if (m_chunkTrailer)
            return true; // final CRLF (no trailers are sent) checked by the caller
        if (m_chunkLeft > 0) {
            const qsizetype n = qMin<qsizetype>(m_chunkLeft, m_in.size());
            if (n == 0)
                return true;
            if (!appendBody(m_in.constData(), n))
                return false;
            m_in.remove(0, n);
            m_chunkLeft -= n;
            if (m_chunkLeft > 0)
                return true;
            m_expectChunkCrlf = true;
        }
        if (m_expectChunkCrlf) {
            if (m_in.size() < 2)
                return true;
            if (!m_in.startsWith("\r\n")) {
                fail(Error::Protocol, tr("The server's answer is malformed (chunk)."));
                return false;
            }
            m_in.remove(0, 2);
            m_expectChunkCrlf = false;
        }
        const qsizetype eol = m_in.indexOf("\r\n");
        if (eol < 0) {
            if (m_in.size() > 1024) {
                fail(Error::Protocol, tr("The server's answer is malformed (chunk size)."));
                return false;
            }
            return true;
        }
        QByteArray sizeText = m_in.left(eol);
        const qsizetype semicolon = sizeText.indexOf(';');
        if (semicolon >= 0)
            sizeText.truncate(semicolon);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            fail(Error::Protocol, tr("The server's answer is malformed (chunk size)."));
            return false;
        }
        m_in.remove(0, eol + 2);
        if (size == 0) {
            m_chunkTrailer = true;
            return true;
        }
        m_chunkLeft = size;
    }
}

bool StreamingRequest::appendBody(const char *data, qsizetype size)
{
    if (!m_gzip) {
        m_decoded.append(data, size);
        return true;
    }
    Inflater &inf = *m_inflater;
    if (inf.ended)
        return true; // bytes after the gzip member: ignored
    inf.z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    inf.z.avail_in = uInt(size);
    char out[64 * 1024];
    while (inf.z.avail_in > 0) {
        inf.z.next_out = reinterpret_cast<Bytef *>(out);
        inf.z.avail_out = sizeof(out);
        const int rc = inflate(&inf.z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            fail(Error::Protocol, tr("The server's answer is not valid gzip."));
            return false;
        }
        m_decoded.append(out, qsizetype(sizeof(out) - inf.z.avail_out));
        if (rc == Z_STREAM_END) {
            inf.ended = true;
            break;
        }
        if (rc == Z_BUF_ERROR && inf.z.avail_out != 0)
            break;
    }
    // Inflate what zlib still holds for lack of output space.
    while (!inf.ended) {
        inf.z.next_out = reinterpret_cast<Bytef *>(out);
        inf.z.avail_out = sizeof(out);
        const int rc = inflate(&inf.z, Z_NO_FLUSH);
        const qsizetype produced = qsizetype(sizeof(out) - inf.z.avail_out);
        m_decoded.append(out, produced);
        if (rc == Z_STREAM_END)
            inf.ended = true;
        if (produced == 0 || (rc != Z_OK && rc != Z_STREAM_END))
            break;
    }
    return true;
}

} // namespace relais
