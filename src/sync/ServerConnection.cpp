#include "ServerConnection.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

namespace relais {

namespace {
const char TlsRejectedProperty[] = "relaisTlsRejected";
}

ServerConnection::ServerConnection(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    // Redirects could leave the pinned server: never follow them.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ServerConnection::~ServerConnection() { clearAccessToken(); }

void ServerConnection::clearAccessToken()
{
    m_token.fill('\0');
    m_token.clear();
}

bool ServerConnection::setBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return false;
    m_base = url;
    QString path = m_base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    m_base.setPath(path);
    return true;
}

QNetworkRequest ServerConnection::request(const QString &path, bool auth, int timeoutMs) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + QStringLiteral("/api/v1") + path);
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    r.setRawHeader("Accept", "application/json, application/x-ndjson");
    r.setTransferTimeout(timeoutMs < 0 ? m_timeoutMs : timeoutMs);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/2 would multiplex the long-poll and the pushes on one connection; HTTP/1.1 keeps them apart.
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (auth && !m_token.isEmpty())
        r.setRawHeader("Authorization", QByteArray("Bearer ") + m_token);
    return r;
}

void ServerConnection::watch(QNetworkReply *reply)
{
    const QByteArray pinned = m_pinned;
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, pinned](const QList<QSslError> &errors) {
        // System CAs failed. Accept the certificate only if it is the one the user pinned.
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        const QByteArray digest = peer.isNull() ? QByteArray() : peer.digest(QCryptographicHash::Sha256);
        if (!pinned.isEmpty() && digest == pinned) {
            reply->ignoreSslErrors(errors);
            return;
        }
        reply->setProperty(TlsRejectedProperty, true);
    });
}

QNetworkReply *ServerConnection::get(const QString &path, bool auth, int timeoutMs)
{
    QNetworkReply *reply = m_nam->get(request(path, auth, timeoutMs));
    watch(reply);
    return reply;
}

QNetworkReply *ServerConnection::postJson(const QString &path, const QJsonObject &body, bool auth, int timeoutMs)
{
    QNetworkRequest r = request(path, auth, timeoutMs);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam->post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
    watch(reply);
    return reply;
}

QNetworkReply *ServerConnection::post(const QString &path, bool auth, int timeoutMs)
{
    QNetworkRequest r = request(path, auth, timeoutMs);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam->post(r, QByteArray());
    watch(reply);
    return reply;
}

QNetworkReply *ServerConnection::send(const QByteArray &method, const QString &path, const QJsonObject &body, bool auth,
                                      int timeoutMs)
{
    if (method == "GET")
        return get(path, auth, timeoutMs);
    if (method == "POST")
        return postJson(path, body, auth, timeoutMs);
    QNetworkRequest r = request(path, auth, timeoutMs);
    QByteArray data;
    if (method != "DELETE") {
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_nam->sendCustomRequest(r, method, data);
    watch(reply);
    return reply;
}

ServerConnection::Failure ServerConnection::failureOf(QNetworkReply *reply, const QByteArray &body)
{
    Failure f;
    f.network = reply->error();
    f.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    f.tlsRejected = reply->property(TlsRejectedProperty).toBool();
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    f.code = o.value(QLatin1String("error")).toString();
    f.message = o.value(QLatin1String("message")).toString();
    if (f.message.isEmpty())
        f.message = reply->errorString();
    bool ok = false;
    const int retry = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
    if (ok && retry > 0)
        f.retryAfterSeconds = retry;
    return f;
}

ServerConnection::Failure ServerConnection::failureFromBody(int httpStatus, const QByteArray &body)
{
    Failure f;
    f.httpStatus = httpStatus;
    if (httpStatus != 0 && httpStatus != 200)
        f.network = QNetworkReply::UnknownServerError;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    f.code = o.value(QLatin1String("error")).toString();
    f.message = o.value(QLatin1String("message")).toString();
    return f;
}

QString ServerConnection::fingerprintText(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QByteArray ServerConnection::fingerprintFromText(const QString &text)
{
    QString hex = text.trimmed();
    hex.remove(u':').remove(u' ');
    if (hex.size() != 64)
        return {};
    for (QChar c : std::as_const(hex))
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
            return {};
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace relais
