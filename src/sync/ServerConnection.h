#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace relais {

/// The HTTPS connection to relais-server (docs/sync-protocol.md): one QNetworkAccessManager, the server's
/// base URL, the bearer token, request timeouts and TLS trust. A certificate is trusted when the system
/// CAs accept it, or when its SHA-256 digest equals the one the user accepted (a self-signed server);
/// anything else fails the request. Plain http is refused.
/// Lives in one thread (the sync engine's); not thread-safe.
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    /// An HTTP or network failure, as the engine needs it to decide what to do next.
    struct Failure {
        QNetworkReply::NetworkError network = QNetworkReply::NoError;
        int httpStatus = 0;        ///< 0 when no HTTP answer arrived
        QString code;              ///< the body's "error" ("unauthorized", "rate_limited", ...)
        QString message;           ///< for logs (never includes tokens or personal data)
        int retryAfterSeconds = 0; ///< from Retry-After on 429/503
        bool tlsRejected = false;  ///< the certificate was neither trusted nor pinned
        bool isUnauthorized() const { return httpStatus == 401; }
        /// No (complete) answer: offline, refused, timed out, connection lost mid-body, TLS. Worth retrying.
        bool isTransport() const
        {
            return httpStatus == 0 || (network != QNetworkReply::NoError && int(network) < 200);
        }
    };

    explicit ServerConnection(QObject *parent = nullptr);
    ~ServerConnection() override;

    /// "https://host:port" (a path prefix is kept). False for anything but https.
    bool setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_base; }
    /// SHA-256 of the DER certificate the user accepted (32 bytes), or empty for system CAs only.
    void setPinnedCertificate(const QByteArray &sha256) { m_pinned = sha256; }
    QByteArray pinnedCertificate() const { return m_pinned; }
    void setAccessToken(const QByteArray &token) { m_token = token; }
    void clearAccessToken();
    bool hasAccessToken() const { return !m_token.isEmpty(); }
    QByteArray accessToken() const { return m_token; }
    /// Inactivity timeout of every request (QNetworkRequest::setTransferTimeout), default 30 s.
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }
    int requestTimeout() const { return m_timeoutMs; }
    void setUserAgent(const QByteArray &agent) { m_userAgent = agent; }

    QNetworkAccessManager *manager() const { return m_nam; }

    /// Requests to `path` under /api/v1 ("/sync/pull"). `timeoutMs` < 0: the default. With `auth`,
    /// the bearer token goes along. The caller owns the reply (deleteLater it).
    QNetworkReply *get(const QString &path, bool auth = true, int timeoutMs = -1);
    QNetworkReply *postJson(const QString &path, const QJsonObject &body, bool auth = true, int timeoutMs = -1);
    QNetworkReply *post(const QString &path, bool auth = true, int timeoutMs = -1); ///< no body
    /// Any method ("GET", "POST", "PUT", "PATCH", "DELETE") with a JSON body (none for GET and DELETE).
    QNetworkReply *send(const QByteArray &method, const QString &path, const QJsonObject &body, bool auth = true,
                        int timeoutMs = -1);

    /// What went wrong with a finished reply (its body passed in when already read).
    static Failure failureOf(QNetworkReply *reply, const QByteArray &body);
    /// An HTTP answer's failure from its status and JSON error body.
    static Failure failureFromBody(int httpStatus, const QByteArray &body);

    /// "AB:CD:..." for people; and back (colons and spaces optional). Empty if malformed.
    static QString fingerprintText(const QByteArray &sha256);
    static QByteArray fingerprintFromText(const QString &text);

private:
    QNetworkRequest request(const QString &path, bool auth, int timeoutMs) const;
    void watch(QNetworkReply *reply);

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QByteArray m_pinned;
    QByteArray m_token;
    QByteArray m_userAgent = QByteArrayLiteral("Relais");
    int m_timeoutMs = 30000;
};

} // namespace relais
