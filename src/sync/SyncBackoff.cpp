#include "SyncBackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace relais {

int SyncBackoff::next()
{
    double delay = m_initialMs;
    for (int i = 0; i < m_failures && delay < m_maxMs; ++i)
        delay *= 2;
    delay = std::min<double>(delay, m_maxMs);
    ++m_failures;
    const double r = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    return std::max(1, int(delay * (1.0 - m_jitter * std::clamp(r, 0.0, 1.0))));
}

} // namespace relais
