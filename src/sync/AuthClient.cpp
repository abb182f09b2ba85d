#include "AuthClient.h"

#include "KeychainStore.h"
#include "SecretKey.h"
#include "ServerConnection.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace relais {

namespace {
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

void wipe(QByteArray &b)
{
    b.fill('\0');
    b.clear();
}
} // namespace

AuthClient::AuthClient(ServerConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection), m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &AuthClient::refresh);
}

AuthClient::~AuthClient() { wipe(m_refreshToken); }

void AuthClient::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

bool AuthClient::hasFreshAccessToken() const
{
    return m_connection->hasAccessToken() && m_expiry.isValid() && now().secsTo(m_expiry) > m_marginSeconds / 2;
}

void AuthClient::signIn(const QString &username, const QString &password, const QString &clientName)
{
    const quint64 generation = ++m_generation;
    setState(State::SigningIn);
    const QJsonObject body{{QStringLiteral("username"), username},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("client_name"), clientName}};
    requestTokens(generation, QStringLiteral("/auth/login"), body, [this](QNetworkReply *reply, const ServerConnection::Failure &f) {
        setState(m_refreshToken.isEmpty() ? State::SignedOut : State::SignedIn);
        QString message;
        if (f.httpStatus == 401)
            message = tr("Wrong user name or password.");
        else if (f.httpStatus == 429)
            message = tr("Too many attempts. Try again in %n minute(s).", nullptr, qMax(1, (f.retryAfterSeconds + 59) / 60));
        else if (f.tlsRejected)
            message = tr("The server's certificate is not trusted.");
        else if (f.isTransport())
            message = tr("Cannot reach the server: %1").arg(reply->errorString());
        else
            message = tr("The server refused to sign in (%1).").arg(f.httpStatus);
        Q_EMIT signInFailed(message, f.httpStatus == 401, f.retryAfterSeconds);
    });
}

void AuthClient::requestTokens(quint64 generation, const QString &path, const QJsonObject &body,
                               std::function<void(QNetworkReply *, const ServerConnection::Failure &)> onFailure)
{
    QNetworkReply *reply = m_connection->postJson(path, body, false);
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation, onFailure = std::move(onFailure)] {
        reply->deleteLater();
        const QByteArray answerBody = reply->readAll();
        if (generation != m_generation)
            return; // superseded by a newer sign-in or refresh
        if (reply->error() == QNetworkReply::NoError) {
            const QJsonObject answer = QJsonDocument::fromJson(answerBody).object();
            if (!answer.value(QLatin1String("access_token")).toString().isEmpty()) {
                accept(answer);
                return;
            }
        }
        onFailure(reply, ServerConnection::failureOf(reply, answerBody));
    });
}

void AuthClient::accept(const QJsonObject &answer)
{
    QByteArray access = answer.value(QLatin1String("access_token")).toString().toLatin1();
    const QByteArray refresh = answer.value(QLatin1String("refresh_token")).toString().toLatin1();
    const qint64 expiresIn = answer.value(QLatin1String("expires_in")).toInteger(900);
    m_connection->setAccessToken(access);
    wipe(access);
    if (!refresh.isEmpty()) {
        wipe(m_refreshToken);
        m_refreshToken = refresh;
    }
    if (answer.contains(QLatin1String("user")))
        m_user = answer.value(QLatin1String("user")).toObject();
    m_expiry = now().addSecs(qMax<qint64>(expiresIn, 1));
    rememberRefreshToken();
    scheduleRefresh();
    setState(State::SignedIn);
    Q_EMIT signedIn();
}

void AuthClient::scheduleRefresh()
{
    const qint64 seconds = now().secsTo(m_expiry) - m_marginSeconds;
    m_refreshTimer->start(int(qBound(qint64(5), seconds, qint64(24 * 3600)) * 1000));
}

void AuthClient::rememberRefreshToken()
{
    TokenStorage storage = TokenStorage::MemoryOnly;
    QString reason;
    if (m_keychainEntry.isEmpty()) {
        reason = tr("Signing in is remembered until Relais closes.");
    } else {
        // Refresh tokens are 32 random bytes (base64url): they fit the keychain's key entries.
        QByteArray raw = QByteArray::fromBase64(m_refreshToken, Base64Url);
        const SecretKey secret = SecretKey::fromBytes(reinterpret_cast<const unsigned char *>(raw.constData()),
                                                      int(raw.size()));
        wipe(raw);
        QString error;
        if (!secret.isValid())
            reason = tr("The server's session cannot be kept in the keychain.");
        else if (KeychainStore::store(m_keychainEntry, secret, &error))
            storage = TokenStorage::Keychain;
        else
            reason = error;
    }
    if (storage != m_storage || reason != m_storageReason) {
        m_storage = storage;
        m_storageReason = reason;
        Q_EMIT tokenStorageChanged(storage, reason);
    }
}

bool AuthClient::restore()
{
    if (m_refreshToken.isEmpty() && !m_keychainEntry.isEmpty()) {
        QString error;
        const SecretKey secret = KeychainStore::load(m_keychainEntry, &error);
        if (secret.isValid()) {
            QByteArray raw(reinterpret_cast<const char *>(secret.data()), SecretKey::Size);
            m_refreshToken = raw.toBase64(Base64Url);
            wipe(raw);
        }
    }
    if (m_refreshToken.isEmpty())
        return false;
    refresh();
    return true;
}

void AuthClient::refresh()
{
    if (m_refreshToken.isEmpty()) {
        Q_EMIT sessionExpired();
        return;
    }
    if (m_state == State::Refreshing || m_state == State::SigningIn)
        return;
    const quint64 generation = ++m_generation;
    setState(State::Refreshing);
    const QJsonObject body{{QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken)}};
    requestTokens(generation, QStringLiteral("/auth/refresh"), body, [this](QNetworkReply *reply, const ServerConnection::Failure &f) {
        if (f.httpStatus == 401 || f.httpStatus == 400 || f.httpStatus == 403) {
            // Revoked or expired: only a password helps now.
            forget();
            setState(State::SignedOut);
            Q_EMIT sessionExpired();
            return;
        }
        // Offline or a server error: the refresh token still holds; the engine tries again later.
        setState(State::SignedIn);
        Q_EMIT refreshFailed(f.tlsRejected ? tr("The server's certificate is not trusted.")
                                           : tr("Cannot reach the server: %1").arg(reply->errorString()));
    });
}

void AuthClient::forget()
{
    m_refreshTimer->stop();
    m_connection->clearAccessToken();
    wipe(m_refreshToken);
    m_expiry = QDateTime();
    if (!m_keychainEntry.isEmpty() && m_storage == TokenStorage::Keychain) {
        QString error;
        if (!KeychainStore::remove(m_keychainEntry, &error))
            qWarning("sync: the keychain could not forget the session");
    }
    if (m_storage != TokenStorage::None) {
        m_storage = TokenStorage::None;
        m_storageReason.clear();
        Q_EMIT tokenStorageChanged(m_storage, m_storageReason);
    }
}

void AuthClient::signOut()
{
    ++m_generation;
    if (m_connection->hasAccessToken()) {
        QNetworkReply *reply = m_connection->post(QStringLiteral("/auth/logout"), true, 10000);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    // The request above already carries the token: forgetting it now is safe.
    const bool hadKeychain = m_storage == TokenStorage::Keychain;
    forget();
    if (!hadKeychain && !m_keychainEntry.isEmpty()) {
        QString error;
        KeychainStore::remove(m_keychainEntry, &error); // a token remembered by an earlier run
    }
    m_user = QJsonObject();
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

} // namespace relais
