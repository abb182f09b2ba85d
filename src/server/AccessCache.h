#pragma once

#include "AccessScope.h"
#include "DbExecutor.h"
#include "UserStore.h"

#include <QHash>

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
/// the command line through NOTIFY relais_grants), and after a short time in any case.
class AccessCache
{
public:
    explicit AccessCache(DbExecutor &db, qint64 ttlMs = 10000) : m_db(db), m_ttlMs(ttlMs) {}

    /// nullptr for an unknown user. Throws DbError.
    std::shared_ptr<const UserAccess> get(qint64 userId);
    void invalidate(qint64 userId);
    void invalidateAll();

private:
    DbExecutor &m_db;
    const qint64 m_ttlMs;
    std::mutex m_mutex;
    std::mutex m_loadMutex;
    QHash<qint64, std::shared_ptr<const UserAccess>> m_entries;
};

} // namespace relais::server
