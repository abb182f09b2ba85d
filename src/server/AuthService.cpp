#include "AuthService.h"

#include "AuditLog.h"
#include "Secrets.h"
#include "ServerLog.h"

#include <QDateTime>

namespace relais::server {

namespace {
constexpr qint64 WindowMs = 15 * 60 * 1000;
constexpr qint64 SessionCacheMs = 10 * 1000;
qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
} // namespace

QJsonObject AuthTokens::toJson() const
{
    return {{QStringLiteral("access_token"), accessToken},
            {QStringLiteral("expires_in"), expiresIn},
            {QStringLiteral("refresh_token"), refreshToken},
            {QStringLiteral("user"), user.toJson()}};
}

AuthService::AuthService(DbExecutor &db)
    : m_db(db), m_userLimiter(5, WindowMs), m_addressLimiter(20, WindowMs)
{
}

AuthService::LoginResult AuthService::login(const QString &username, const QString &password,
                                            const QString &clientName, const QString &address)
{
    LoginResult result;
    const QString name = UserStore::normalizeUsername(username);
    const QString userKey = QStringLiteral("u:") + name;
    const QString addressKey = QStringLiteral("a:") + address;
    const qint64 now = nowMs();
    const int retry = std::max(m_userLimiter.retryAfterSeconds(userKey, now),
                               m_addressLimiter.retryAfterSeconds(addressKey, now));
    if (retry > 0) {
        result.outcome = Outcome::RateLimited;
        result.retryAfter = retry;
        return result;
    }
    const auto user = m_db.read([&](Db &db) { return UserStore::byName(db, name); });
    bool ok = false;
    if (user && !user->disabled)
        ok = Secrets::verifyPassword(user->passwordHash, password);
    else
        Secrets::dummyVerify(password);

    if (!ok) {
        m_userLimiter.recordFailure(userKey, now);
        m_addressLimiter.recordFailure(addressKey, now);
        const qint64 userId = user ? user->id : 0;
        m_db.write([&](Db &db) {
            AuditLog::record(db, userId, QStringLiteral("auth.login_failed"), userId ? QString::number(userId) : QString(),
                             {}, {{QStringLiteral("address"), address}});
        });
        ServerLog::info("login_failed", {{QStringLiteral("user"), userId}});
        result.outcome = Outcome::BadCredentials;
        return result;
    }
    m_userLimiter.reset(userKey);

    AuthTokens t;
    t.accessToken = Secrets::newToken();
    t.refreshToken = Secrets::newToken();
    t.expiresIn = AccessTtlMs / 1000;
    t.user = *user;
    t.user.passwordHash.clear();
    const QString accessDigest = Secrets::tokenDigest(t.accessToken);
    const QString refreshDigest = Secrets::tokenDigest(t.refreshToken);
    const QString client = clientName.left(200);
    m_db.write([&](Db &db) {
        Transaction tx(db, true);
        db.exec(QStringLiteral("INSERT INTO sessions (user_id, client_name, access_hash, access_expires, refresh_hash,"
                               " refresh_expires, created_at, revoked) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"),
                {user->id, client, accessDigest, now + AccessTtlMs, refreshDigest, now + RefreshTtlMs, now});
        AuditLog::record(db, user->id, QStringLiteral("auth.login"), QString::number(user->id), {},
                         {{QStringLiteral("address"), address}});
        tx.commit();
    });
    result.outcome = Outcome::Ok;
    result.tokens = t;
    return result;
}

std::optional<AuthTokens> AuthService::refresh(const QString &refreshToken)
{
    if (refreshToken.isEmpty())
        return std::nullopt;
    const QString digest = Secrets::tokenDigest(refreshToken);
    AuthTokens t;
    t.accessToken = Secrets::newToken();
    t.refreshToken = Secrets::newToken();
    t.expiresIn = AccessTtlMs / 1000;
    const QString accessDigest = Secrets::tokenDigest(t.accessToken);
    const QString refreshDigest = Secrets::tokenDigest(t.refreshToken);
    const qint64 now = nowMs();
    struct Found {
        qint64 sessionId = 0;
        UserRecord user;
    };
    const std::optional<Found> found = m_db.write([&](Db &db) -> std::optional<Found> {
        Transaction tx(db, true);
        QSqlQuery &q = db.exec(QStringLiteral("SELECT s.id, s.user_id FROM sessions s JOIN users u ON u.id = s.user_id"
                                              " WHERE s.refresh_hash = ? AND s.revoked = 0 AND s.refresh_expires > ?"
                                              " AND u.disabled = 0"),
                               {digest, now});
        if (!q.next())
            return std::nullopt;
        Found f;
        f.sessionId = q.value(0).toLongLong();
        const qint64 userId = q.value(1).toLongLong();
        q.finish();
        // Rotation: the old refresh token and the old access token stop working.
        db.exec(QStringLiteral("UPDATE sessions SET access_hash = ?, access_expires = ?, refresh_hash = ?,"
                               " refresh_expires = ? WHERE id = ?"),
                {accessDigest, now + AccessTtlMs, refreshDigest, now + RefreshTtlMs, f.sessionId});
        const auto user = UserStore::byId(db, userId);
        if (!user)
            return std::nullopt;
        f.user = *user;
        tx.commit();
        return f;
    });
    if (!found)
        return std::nullopt;
    forgetSession(found->sessionId);
    t.user = found->user;
    t.user.passwordHash.clear();
    return t;
}

std::optional<AuthService::CachedSession> AuthService::readSession(Db &db, const QString &digest)
{
    QSqlQuery &q = db.exec(QStringLiteral("SELECT s.id, s.user_id, s.access_expires FROM sessions s"
                                          " JOIN users u ON u.id = s.user_id"
                                          " WHERE s.access_hash = ? AND s.revoked = 0 AND u.disabled = 0"),
                           {digest});
    if (!q.next())
        return std::nullopt;
    CachedSession s;
    s.caller.sessionId = q.value(0).toLongLong();
    s.caller.userId = q.value(1).toLongLong();
    s.accessExpires = q.value(2).toLongLong();
    q.finish();
    return s;
}

void AuthService::cacheSession(const QString &digest, const std::optional<CachedSession> &session, qint64 now,
                               quint64 generation)
{
    if (!session || session->accessExpires <= now || generation != m_generation) {
        // Gone, expired, or read while a session was revoked (it may be that one): not cached.
        m_sessions.remove(digest);
        return;
    }
    CachedSession s = *session;
    s.cachedAt = now;
    if (m_sessions.size() > 100000)
        m_sessions.clear();
    m_sessions.insert(digest, s);
}

std::optional<Caller> AuthService::authenticate(const QString &accessToken)
{
    if (accessToken.size() < 20 || accessToken.size() > 100)
        return std::nullopt;
    const QString digest = Secrets::tokenDigest(accessToken);
    const qint64 now = nowMs();
    quint64 generation = 0;
    {
        std::lock_guard lock(m_mutex);
        generation = m_generation;
        const auto it = m_sessions.find(digest);
        if (it != m_sessions.end() && now - it->cachedAt < SessionCacheMs && now < it->accessExpires) {
            // Past half its cache life, the session is read again on a database thread while requests keep using
            // it (a revoked session is still refused within SessionCacheMs): the sessions of users who signed in
            // together then neither expire together nor make their requests wait on the database.
            if (now - it->cachedAt >= SessionCacheMs / 2 && !it->refreshing) {
                it->refreshing = true;
                m_db.readAsync([this, digest, since = it->cachedAt](Db &db) {
                    std::optional<CachedSession> fresh;
                    bool read = false;
                    try {
                        fresh = readSession(db, digest);
                        read = true;
                    } catch (const DbError &) {
                    }
                    std::lock_guard lock(m_mutex);
                    const auto entry = m_sessions.find(digest);
                    if (entry == m_sessions.end() || entry->cachedAt != since)
                        return; // forgotten (revoked) or replaced meanwhile: what was read may be older
                    if (read)
                        cacheSession(digest, fresh, nowMs(), m_generation);
                    else
                        entry->refreshing = false; // the next request tries again
                });
            }
            return it->caller;
        }
    }
    const auto session = m_db.read([&](Db &db) { return readSession(db, digest); });
    std::lock_guard lock(m_mutex);
    cacheSession(digest, session, now, generation);
    if (!session || session->accessExpires <= now)
        return std::nullopt;
    return session->caller; // valid when read, even if not cached
}

void AuthService::logout(const Caller &caller)
{
    m_db.write([&](Db &db) {
        db.exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE id = ?"), {caller.sessionId});
    });
    forgetSession(caller.sessionId);
}

void AuthService::forgetSession(qint64 sessionId)
{
    std::lock_guard lock(m_mutex);
    ++m_generation;
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->caller.sessionId == sessionId)
            it = m_sessions.erase(it);
        else
            ++it;
    }
}

} // namespace relais::server
