#include "AccessCache.h"

#include "ZoneTree.h"

#include <QDateTime>

namespace relais::server {

QString personalBucket(qint64 userId) { return QStringLiteral("V") + QString::number(userId); }

std::shared_ptr<const UserAccess> AccessCache::get(qint64 userId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::promise<Loaded> first;
    std::shared_future<Loaded> pending;
    quint64 generation = 0;
    {
        std::lock_guard lock(m_mutex);
        generation = m_generation;
        const auto it = m_entries.find(userId);
        if (it != m_entries.end() && now - it->access->loadedAtMs < m_ttlMs) {
            if (now - it->access->loadedAtMs >= m_ttlMs / 2 && !it->refreshing) {
                // Reloaded on a database thread; requests keep using this entry meanwhile.
                it->refreshing = true;
                m_db.readAsync([this, userId, current = it->access](Db &db) {
                    Loaded fresh;
                    bool read = false;
                    try {
                        fresh = AccessCache::read(db, userId);
                        read = true;
                    } catch (const DbError &) {
                    }
                    std::lock_guard lock(m_mutex);
                    const auto entry = m_entries.find(userId);
                    if (entry == m_entries.end() || entry->access != current)
                        return; // invalidated or replaced meanwhile: what was read may be older
                    if (!read)
                        entry->refreshing = false; // the next request tries again
                    else if (fresh)
                        *entry = Entry{fresh, false};
                    else
                        m_entries.erase(entry); // the user is gone
                });
            }
            return it->access;
        }
        if (const auto loading = m_loading.constFind(userId); loading != m_loading.constEnd())
            pending = *loading;
        else
            m_loading.insert(userId, first.get_future().share());
    }
    if (pending.valid())
        return pending.get(); // another request of this user is loading it (rethrows its DbError)
    Loaded loaded;
    try {
        loaded = m_db.read([userId](Db &db) { return read(db, userId); });
    } catch (...) {
        {
            std::lock_guard lock(m_mutex);
            m_loading.remove(userId);
        }
        first.set_exception(std::current_exception());
        throw;
    }
    store(userId, loaded, generation);
    first.set_value(loaded);
    return loaded;
}

AccessCache::Loaded AccessCache::read(Db &db, qint64 userId)
{
    const auto user = UserStore::byId(db, userId);
    if (!user)
        return nullptr;
    auto a = std::make_shared<UserAccess>();
    a->user = *user;
    a->user.passwordHash.clear();
    a->scope = AccessScope(UserStore::grants(db, userId), ZoneTree::france());
    a->buckets = a->scope.buckets(); // walks every zone below each grant
    a->buckets << personalBucket(userId); // what the server leased to them (call sessions)
    a->buckets.sort();
    a->loadedAtMs = QDateTime::currentMSecsSinceEpoch();
    return a;
}

void AccessCache::store(qint64 userId, const Loaded &loaded, quint64 generation)
{
    std::lock_guard lock(m_mutex);
    m_loading.remove(userId);
    if (generation != m_generation)
        return; // invalidated while loading: the next request loads again
    if (loaded)
        m_entries.insert(userId, Entry{loaded, false});
    else
        m_entries.remove(userId);
}

void AccessCache::invalidate(qint64 userId)
{
    std::lock_guard lock(m_mutex);
    ++m_generation;
    m_entries.remove(userId);
}

void AccessCache::invalidateAll()
{
    std::lock_guard lock(m_mutex);
    ++m_generation;
    m_entries.clear();
}

} // namespace relais::server
