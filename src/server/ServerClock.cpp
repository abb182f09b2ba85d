#include "ServerClock.h"

#include <QDateTime>
#include <QFile>

#include <mutex>

namespace relais::server {

qint64 ServerClock::nowMs()
{
    static const QString path = qEnvironmentVariable("RELAIS_SERVER_CLOCK_OFFSET_FILE");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (path.isEmpty())
        return now;
    static std::mutex mutex;
    static qint64 readAt = 0;
    static qint64 offsetMs = 0;
    std::lock_guard lock(mutex);
    if (now - readAt > 100) {
        QFile f(path);
        offsetMs = f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() * 1000 : 0;
        readAt = now;
    }
    return now + offsetMs;
}

} // namespace relais::server
