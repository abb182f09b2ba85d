#pragma once

#include <functional>

namespace relais {

/// Exponential backoff with jitter for retries: the n-th consecutive failure waits
/// min(max, initial * 2^n), minus up to `jitter` of it at random (so that many clients that lost the
/// same server do not come back in step). Injectable random source for tests.
class SyncBackoff
{
public:
    SyncBackoff(int initialMs = 1000, int maxMs = 60000, double jitter = 0.5)
        : m_initialMs(initialMs), m_maxMs(maxMs), m_jitter(jitter)
    {
    }
    /// A source of numbers in [0, 1); default QRandomGenerator.
    void setRandom(std::function<double()> random) { m_random = std::move(random); }
    /// The delay before the next attempt; counts the failure.
    int next();
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    int initialMs() const { return m_initialMs; }
    int maxMs() const { return m_maxMs; }

private:
    int m_initialMs;
    int m_maxMs;
    double m_jitter;
    int m_failures = 0;
    std::function<double()> m_random;
};

} // namespace relais
