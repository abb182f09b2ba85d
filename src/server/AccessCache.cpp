#include "AccessCache.h"

#include "ZoneTree.h"

#include <QDateTime>

namespace relais::server {

QString personalBucket(qint64 userId) { return QStringLiteral("V") + QString::number(userId); }

std::shared_ptr<const UserAccess> AccessCache::get(qint64 userId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_entries.constFind(userId);
        if (it != m_entries.constEnd() && now - it.value()->loadedAtMs < m_ttlMs)
            return it.value();
    }
    // One load at a time: a wave of requests of the same user after expiry loads it once.
    std::lock_guard loading(m_loadMutex);
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_entries.constFind(userId);
        if (it != m_entries.constEnd() && now - it.value()->loadedAtMs < m_ttlMs)
            return it.value();
    }
    auto access = m_db.read([userId](Db &db) -> std::shared_ptr<UserAccess> {
        const auto user = UserStore::byId(db, userId);
        if (!user)
            return nullptr;
        auto a = std::make_shared<UserAccess>();
        a->user = *user;
        a->user.passwordHash.clear();
        a->scope = AccessScope(UserStore::grants(db, userId), ZoneTree::france());
        return a;
    });
    if (!access)
        return nullptr;
    access->buckets = access->scope.buckets(); // outside the database thread: this walks the zone tree
    access->buckets << personalBucket(userId);  // what the server leased to them (call sessions)
    access->buckets.sort();
    access->loadedAtMs = now;
    std::shared_ptr<const UserAccess> loaded = access;
    std::lock_guard lock(m_mutex);
    m_entries.insert(userId, loaded);
    return loaded;
}

void AccessCache::invalidate(qint64 userId)
{
    std::lock_guard lock(m_mutex);
    m_entries.remove(userId);
}

void AccessCache::invalidateAll()
{
    std::lock_guard lock(m_mutex);
    m_entries.clear();
}

} // namespace relais::server
