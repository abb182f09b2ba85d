#pragma once

#include <QDateTime>
#include <QString>

namespace relais {

/// RFC 9562 UUID version 7: 48-bit Unix milliseconds, then random bits. Time-ordered, so ids
/// created later sort later and index inserts stay at the right edge of the B-tree.
class Uuid7
{
public:
    /// A new id in the canonical lowercase 8-4-4-4-12 form. Monotonic within this process.
    static QString generate();
    static QString generate(qint64 unixMs);
    static bool isValid(const QString &id);
    /// Lowercase 8-4-4-4-12 hexadecimal form, any version.
    static bool isWellFormed(const QString &id);
    /// The creation time embedded in the id, or an invalid QDateTime.
    static QDateTime timestamp(const QString &id);
};

} // namespace relais
