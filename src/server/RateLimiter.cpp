#include "RateLimiter.h"

namespace relais::server {

void RateLimiter::prune(std::deque<qint64> &times, qint64 nowMs) const
{
    while (!times.empty() && times.front() <= nowMs - m_windowMs)
        times.pop_front();
}

int RateLimiter::retryAfterSeconds(const QString &key, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    if (++m_callsSinceSweep > 10000) {
        m_callsSinceSweep = 0;
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            prune(it.value(), nowMs);
            it = it.value().empty() ? m_failures.erase(it) : std::next(it);
        }
    }
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return 0;
    prune(it.value(), nowMs);
    const auto n = qsizetype(it.value().size());
    if (n <= m_max)
        return 0;
    // More than the limit: allowed again once enough failures have left the window to be back at the limit.
    const qint64 freeAt = it.value()[std::size_t(n - m_max - 1)] + m_windowMs;
    return int(std::max<qint64>(1, (freeAt - nowMs + 999) / 1000));
}

void RateLimiter::recordFailure(const QString &key, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    auto &times = m_failures[key];
    prune(times, nowMs);
    times.push_back(nowMs);
}

void RateLimiter::reset(const QString &key)
{
    std::lock_guard lock(m_mutex);
    m_failures.remove(key);
}

} // namespace relais::server
