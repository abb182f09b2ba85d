#pragma once

#include "DbExecutor.h"
#include "RateLimiter.h"
#include "UserStore.h"

#include <QHash>

#include <mutex>
#include <optional>

namespace relais::server {

struct AuthTokens {
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; ///< seconds
    UserRecord user;
    /// {"access_token", "expires_in", "refresh_token", "user"}
    QJsonObject toJson() const;
};

/// Who is calling: resolved from the bearer token.
struct Caller {
    qint64 userId = 0;
    qint64 sessionId = 0;
};

/// Sessions: Argon2id password check, opaque tokens stored as SHA-256, access 15 minutes, refresh 30 days
/// rotating, login rate limits (5 failures per user name, 20 per address, in 15 minutes), audit of logins.
class AuthService
{
public:
    static constexpr qint64 AccessTtlMs = 15 * 60 * 1000;
    static constexpr qint64 RefreshTtlMs = 30LL * 24 * 3600 * 1000;

    enum class Outcome { Ok, BadCredentials, RateLimited };
    struct LoginResult {
        Outcome outcome = Outcome::BadCredentials;
        AuthTokens tokens;
        int retryAfter = 0;
    };

    explicit AuthService(DbExecutor &db);

    LoginResult login(const QString &username, const QString &password, const QString &clientName,
                      const QString &address);
    std::optional<AuthTokens> refresh(const QString &refreshToken);
    std::optional<Caller> authenticate(const QString &accessToken);
    void logout(const Caller &caller);

private:
    struct CachedSession {
        Caller caller;
        qint64 accessExpires = 0;
        qint64 cachedAt = 0;
        bool refreshing = false; ///< a request is reading it again
    };
    void forgetSession(qint64 sessionId);
    static std::optional<CachedSession> readSession(Db &db, const QString &digest);
    /// Under m_mutex.
    void cacheSession(const QString &digest, const std::optional<CachedSession> &session, qint64 now, quint64 generation);

    DbExecutor &m_db;
    RateLimiter m_userLimiter;
    RateLimiter m_addressLimiter;
    std::mutex m_mutex;
    QHash<QString, CachedSession> m_sessions; // access token digest -> session
    quint64 m_generation = 0;                 // bumped by forgetSession: reads started before are not cached
};

} // namespace relais::server
