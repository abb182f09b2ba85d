#pragma once

#include "AccessScope.h"
#include "DbExecutor.h"
#include "UserStore.h"

#include <QHash>

#include <future>
#include <memory>
#include <mutex>

namespace relais::server {

/// The bucket of what the server leases to one user (call assignments): "V" and the user id. Every user
/// replicates their own, whatever their zones (docs/sync-protocol.md, Call sessions).
QString personalBucket(qint64 userId);

/// What a user may do: their record and the AccessScope of their grants.
struct UserAccess {
    UserRecord user;
    AccessScope scope;
    QStringList buckets; ///< scope.buckets() and personalBucket(), computed once (it walks every zone below each grant)
    qint64 loadedAtMs = 0;
};

/// Per-user cache of UserAccess, dropped when grants change here (or, with PostgreSQL, on another instance or
/// the command line through NOTIFY relais_grants), and never served older than its time to live in any case.
///
/// Every request reads it, so no request should wait for another user's load: first loads are single-flight per
/// user (a wave of requests of one user loads once; other users load at the same time), and an entry past half
/// its life is reloaded on a database thread while requests keep using it. An active user is then never without
/// an entry (measured: with a 10 s life and one global load at a time, 100 volunteers claiming together queued
/// behind each other's reloads, up to 45 ms). The cache must outlive the executor's jobs (it is built on it).
class AccessCache
{
public:
    explicit AccessCache(DbExecutor &db, qint64 ttlMs = 10000) : m_db(db), m_ttlMs(ttlMs) {}

    /// nullptr for an unknown user. Throws DbError.
    std::shared_ptr<const UserAccess> get(qint64 userId);
    void invalidate(qint64 userId);
    void invalidateAll();

private:
    using Loaded = std::shared_ptr<const UserAccess>;
    struct Entry {
        Loaded access;
        bool refreshing = false; ///< a request is reloading it
    };
    /// The user's access as the database has it now; nullptr for an unknown user.
    static Loaded read(Db &db, qint64 userId);
    /// Puts what a first load read and ends it, unless the cache was invalidated since it started (`generation`).
    void store(qint64 userId, const Loaded &loaded, quint64 generation);

    DbExecutor &m_db;
    const qint64 m_ttlMs;
    std::mutex m_mutex;
    QHash<qint64, Entry> m_entries;
    QHash<qint64, std::shared_future<Loaded>> m_loading; ///< first loads in flight, by user
    quint64 m_generation = 0;                             ///< bumped by every invalidation (for first loads)
};

} // namespace relais::server
