#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <memory>

class QSslSocket;
class QTimer;

namespace relais {

/// One HTTP/1.1 POST over TLS whose answer is read as it arrives, with back-pressure: the socket reads at
/// most `maxBuffered` bytes ahead of the consumer, so a server streaming faster than the replica applies
/// waits on TCP instead of filling this process's memory.
///
/// Why not QNetworkAccessManager for the pull stream: in Qt 6.4 QNetworkReply::setReadBufferSize() does not
/// hold back its HTTP thread (measured: 134 MB read in one readAll() during a 200,000-contact sync, 829 MB
/// peak RSS for a million), which breaks the client's memory bound. Pushes and sign-in stay on QNAM.
///
/// Same trust rules as ServerConnection: system CAs, or the pinned SHA-256 of the certificate. Chunked and
/// Content-Length bodies; gzip (Accept-Encoding: gzip) inflated with zlib. Connection: close.
class StreamingRequest : public QObject
{
    Q_OBJECT
public:
    enum class Error { None, Network, Timeout, Tls, Protocol, Aborted };

    explicit StreamingRequest(QObject *parent = nullptr);
    ~StreamingRequest() override;

    void setPinnedCertificate(const QByteArray &sha256) { m_pinned = sha256; }
    /// No byte for this long (connect, TLS, waiting for the answer, between body bytes): Error::Timeout.
    void setInactivityTimeout(int ms) { m_timeoutMs = ms; }
    void setMaxBuffered(qint64 bytes) { m_maxBuffered = bytes; }

    /// Starts the request. `headers` are added to Host, Content-Type (JSON), Content-Length,
    /// Accept-Encoding: gzip and Connection: close.
    void post(const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers);
    void abort();

    int status() const { return m_status; }
    QByteArray header(const QByteArray &lowerCaseName) const;
    /// The decoded body received so far and not read yet.
    QByteArray readAll();
    qint64 bytesAvailable() const { return m_decoded.size(); }
    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void readyRead();
    /// Once, at the end of the body or on an error.
    void finished();

private:
    void onEncrypted();
    void onSocketData();
    void fail(Error e, const QString &message);
    void finish();
    bool parseHead();
    bool consumeBody();
    bool appendBody(const char *data, qsizetype size);

    QSslSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    QByteArray m_pinned;
    QByteArray m_request;
    QByteArray m_in;       ///< raw bytes not parsed yet
    QByteArray m_decoded;  ///< body for the consumer
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qint64 m_maxBuffered = 1024 * 1024;
    qint64 m_contentLength = -1;
    qint64 m_chunkLeft = 0;
    int m_timeoutMs = 30000;
    int m_status = 0;
    bool m_headDone = false;
    bool m_chunked = false;
    bool m_chunkTrailer = false; ///< after the last chunk
    bool m_expectChunkCrlf = false;
    bool m_gzip = false;
    bool m_finished = false;
    bool m_tlsRejected = false;
    Error m_error = Error::None;
    QString m_errorString;
    struct Inflater;
    std::unique_ptr<Inflater> m_inflater;
};

} // namespace relais
