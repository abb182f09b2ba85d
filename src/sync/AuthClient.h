#pragma once

#include "ServerConnection.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkReply;
class QTimer;

namespace relais {

/// Signs in to relais-server and keeps a valid access token on the ServerConnection
/// (docs/sync-protocol.md "Authentication"): refreshes it shortly before it expires and whenever the
/// server answers 401, rotates the refresh token, signs out.
///
/// The refresh token (30 days) is kept in the OS keychain through KeychainStore when one answers, so that
/// a restart needs no password; otherwise only in memory, and tokenStorage() says so (MemoryOnly, with the
/// reason) for the UI to show. Never on disk in plain. Tokens are never logged.
class AuthClient : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn, Refreshing };
    Q_ENUM(State)
    enum class TokenStorage { None, Keychain, MemoryOnly };
    Q_ENUM(TokenStorage)

    AuthClient(ServerConnection *connection, QObject *parent = nullptr);
    ~AuthClient() override;

    /// Where the refresh token is remembered: an entry of KeychainStore (empty: memory only).
    void setKeychainEntry(const QString &entry) { m_keychainEntry = entry; }
    /// The current time (tests move it); default QDateTime::currentDateTimeUtc.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// How long before expiry the access token is refreshed (default 60 s).
    void setRefreshMargin(int seconds) { m_marginSeconds = seconds; }

    State state() const { return m_state; }
    TokenStorage tokenStorage() const { return m_storage; }
    QString tokenStorageReason() const { return m_storageReason; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    /// True when an access token is held and not about to expire.
    bool hasFreshAccessToken() const;
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    QJsonObject user() const { return m_user; }
    QDateTime accessTokenExpiry() const { return m_expiry; }

public Q_SLOTS:
    void signIn(const QString &username, const QString &password, const QString &clientName);
    /// Signs in again with the refresh token remembered in the keychain. False if there is none.
    bool restore();
    /// Gets a new access token with the refresh token (also done on a timer and after a 401).
    void refresh();
    /// Revokes the session on the server (best effort) and forgets every token, here and in the keychain.
    void signOut();

Q_SIGNALS:
    void stateChanged(relais::AuthClient::State state);
    void signedIn();
    /// `badCredentials`: wrong user name or password; `retryAfter` > 0: rate limited for that long.
    void signInFailed(const QString &message, bool badCredentials, int retryAfterSeconds);
    /// The refresh token no longer works (expired, revoked): a password is needed.
    void sessionExpired();
    /// A refresh failed for a transport reason (offline): try again later.
    void refreshFailed(const QString &message);
    void signedOut();
    void tokenStorageChanged(relais::AuthClient::TokenStorage storage, const QString &reason);

private:
    void setState(State s);
    /// Posts to a token endpoint: accepts the tokens of a 200, else hands the failure over (unless a newer
    /// request superseded this one).
    void requestTokens(quint64 generation, const QString &path, const QJsonObject &body,
                       std::function<void(QNetworkReply *, const ServerConnection::Failure &)> onFailure);
    void accept(const QJsonObject &answer);
    void forget();
    void rememberRefreshToken();
    void scheduleRefresh();
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    ServerConnection *m_connection;
    QTimer *m_refreshTimer;
    State m_state = State::SignedOut;
    TokenStorage m_storage = TokenStorage::None;
    QString m_storageReason;
    QString m_keychainEntry;
    QByteArray m_refreshToken;
    QDateTime m_expiry;
    QJsonObject m_user;
    std::function<QDateTime()> m_clock;
    int m_marginSeconds = 60;
    quint64 m_generation = 0; ///< answers to superseded requests are ignored
};

} // namespace relais
