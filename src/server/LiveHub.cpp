#include "LiveHub.h"

namespace relais::server {

void LiveHub::reset(const QHash<QString, BucketState> &heads, qint64 watermark)
{
    std::lock_guard lock(m_mutex);
    QHash<QString, BucketState> moved;
    for (auto it = heads.begin(); it != heads.end(); ++it) {
        BucketState &known = m_states[it.key()];
        if (it.value().cursor > known.cursor)
            moved.insert(it.key(), it.value());
        if (it.value().cursor >= known.cursor)
            known = it.value();
    }
    m_watermark = std::max(m_watermark, watermark);
    m_authoritative = true;
    wakeConcerned(moved);
    m_watermarkMoved.notify_all();
}

void LiveHub::publish(const QHash<QString, BucketState> &heads, qint64 watermark)
{
    std::lock_guard lock(m_mutex);
    QHash<QString, BucketState> moved;
    for (auto it = heads.begin(); it != heads.end(); ++it) {
        BucketState &known = m_states[it.key()];
        if (it.value().cursor > known.cursor) {
            known = it.value();
            moved.insert(it.key(), it.value());
        }
    }
    m_watermark = std::max(m_watermark, watermark);
    wakeConcerned(moved);
    m_watermarkMoved.notify_all();
}

bool LiveHub::waitForWatermark(qint64 opId, std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    // Not authoritative (PostgreSQL listener reconnecting): pulls plan from the database, nothing to wait for.
    return m_watermarkMoved.wait_for(lock, timeout,
                                     [&] { return m_watermark >= opId || m_shutdown || !m_authoritative; });
}

void LiveHub::wakeConcerned(const QHash<QString, BucketState> &heads)
{
    if (heads.isEmpty())
        return;
    for (Waiter *w : m_waiters) {
        if (w->woken)
            continue;
        for (auto it = heads.begin(); it != heads.end(); ++it) {
            const auto t = w->thresholds->constFind(it.key());
            if (t != w->thresholds->constEnd() && it.value().cursor > t.value()) {
                w->woken = true;
                w->cv.notify_one();
                break;
            }
        }
    }
}

void LiveHub::setAuthoritative(bool authoritative)
{
    std::lock_guard lock(m_mutex);
    m_authoritative = authoritative;
    m_watermarkMoved.notify_all();
}

bool LiveHub::snapshot(const QStringList &buckets, Snapshot *out) const
{
    std::lock_guard lock(m_mutex);
    if (!m_authoritative)
        return false;
    out->watermark = m_watermark;
    out->states.clear();
    for (const QString &b : buckets) {
        const auto it = m_states.constFind(b);
        if (it != m_states.constEnd())
            out->states.insert(b, it.value());
    }
    return true;
}

bool LiveHub::satisfied(const QHash<QString, qint64> &thresholds) const
{
    for (auto it = thresholds.begin(); it != thresholds.end(); ++it) {
        const auto s = m_states.constFind(it.key());
        if (s != m_states.constEnd() && s->cursor > it.value())
            return true;
    }
    return false;
}

LiveHub::WaitResult LiveHub::wait(const QHash<QString, qint64> &thresholds, std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    if (m_shutdown)
        return WaitResult::Shutdown;
    if (satisfied(thresholds))
        return WaitResult::NewOps;
    Waiter w;
    w.thresholds = &thresholds;
    const auto pos = m_waiters.insert(m_waiters.end(), &w);
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!w.woken && !m_shutdown) {
        if (w.cv.wait_until(lock, deadline) == std::cv_status::timeout)
            break;
    }
    m_waiters.erase(pos);
    if (m_shutdown)
        return WaitResult::Shutdown;
    return w.woken || satisfied(thresholds) ? WaitResult::NewOps : WaitResult::Timeout;
}

void LiveHub::shutdown()
{
    std::lock_guard lock(m_mutex);
    m_shutdown = true;
    for (Waiter *w : m_waiters)
        w->cv.notify_one();
    m_watermarkMoved.notify_all();
}

bool LiveHub::isShuttingDown() const
{
    std::lock_guard lock(m_mutex);
    return m_shutdown;
}

qint64 LiveHub::lastOpId(const QString &bucket) const
{
    std::lock_guard lock(m_mutex);
    return m_states.value(bucket).cursor;
}

qint64 LiveHub::watermark() const
{
    std::lock_guard lock(m_mutex);
    return m_watermark;
}

int LiveHub::waiterCount() const
{
    std::lock_guard lock(m_mutex);
    return int(m_waiters.size());
}

} // namespace relais::server
