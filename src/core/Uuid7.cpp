#include "Uuid7.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QTimeZone>

#include <array>

namespace relais {

QString Uuid7::generate()
{
    return generate(QDateTime::currentMSecsSinceEpoch());
}

QString Uuid7::generate(qint64 unixMs)
{
    // Monotonicity inside one millisecond: a 12-bit counter in rand_a (RFC 9562, method 1).
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint16 counter = 0;
    quint16 seq;
    {
        QMutexLocker lock(&mutex);
        if (unixMs <= lastMs) {
            unixMs = lastMs;
            if (++counter > 0x0FFF) {
                ++lastMs;
                unixMs = lastMs;
                counter = 0;
            }
        } else {
            lastMs = unixMs;
            counter = quint16(QRandomGenerator::system()->bounded(0x0400));
        }
        seq = counter;
    }
    std::array<quint8, 16> b{};
    const quint64 ms = quint64(unixMs);
    for (int i = 0; i < 6; ++i)
        b[i] = quint8(ms >> (40 - 8 * i));
    b[6] = quint8(0x70 | ((seq >> 8) & 0x0F));
    b[7] = quint8(seq & 0xFF);
    const quint64 r = QRandomGenerator::system()->generate64();
    for (int i = 0; i < 8; ++i)
        b[8 + i] = quint8(r >> (8 * i));
    b[8] = quint8(0x80 | (b[8] & 0x3F));

    static constexpr char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += u'-';
        out += QLatin1Char(hex[b[i] >> 4]);
        out += QLatin1Char(hex[b[i] & 0x0F]);
    }
    return out;
}

bool Uuid7::isValid(const QString &id)
{
    return isWellFormed(id) && id.at(14) == u'7';
}

bool Uuid7::isWellFormed(const QString &id)
{
    if (id.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const QChar c = id.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

QDateTime Uuid7::timestamp(const QString &id)
{
    if (!isValid(id))
        return {};
    QString hex = id.left(8) + id.mid(9, 4);
    bool ok = false;
    const qint64 ms = hex.toLongLong(&ok, 16);
    return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

} // namespace relais
