#pragma once

#include "Contact.h"

#include <QList>
#include <QRandomGenerator>
#include <QDateTime>
#include <QVector>

namespace relais {

class ZoneTree;
struct Zone;

/// Realistic fake contacts for demos, tests and benchmarks: common French first and last names,
/// communes drawn in proportion to their population, plausible emails and mobile numbers,
/// tags, membership and consents. Deterministic for a given seed.
class DemoGenerator
{
public:
    explicit DemoGenerator(const ZoneTree &zones, quint32 seed = 20260);
    /// A valid, normalised contact (E.164 phone, lowercase email, zone = department).
    Contact next();
    QList<Contact> generate(int count);

private:
    const Zone *pickCommune();
    template <typename T, std::size_t N>
    const T &pick(const T (&items)[N]) { return items[m_rng.bounded(int(N))]; }

    const ZoneTree &m_zones;
    QRandomGenerator m_rng;
    QVector<const Zone *> m_communes;
    QVector<qint64> m_cumulative; ///< cumulative population, for weighted draws
    quint32 m_serial = 0;
    QDate m_today;
    QDateTime m_now;
};

} // namespace relais
