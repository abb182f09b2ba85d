#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <mutex>

namespace relais::server {

/// Counts failures per key in a sliding window (login: per user name and per client address). With more than
/// `maxFailures` failures in the window, the key is refused until enough of them have left it.
/// In memory, per server instance.
class RateLimiter
{
public:
    RateLimiter(int maxFailures, qint64 windowMs) : m_max(maxFailures), m_windowMs(windowMs) {}

    /// 0 when `key` may try now, else the seconds until it may (Retry-After).
    int retryAfterSeconds(const QString &key, qint64 nowMs);
    void recordFailure(const QString &key, qint64 nowMs);
    void reset(const QString &key);

private:
    void prune(std::deque<qint64> &times, qint64 nowMs) const;

    const int m_max;
    const qint64 m_windowMs;
    std::mutex m_mutex;
    QHash<QString, std::deque<qint64>> m_failures;
    int m_callsSinceSweep = 0;
};

} // namespace relais::server
