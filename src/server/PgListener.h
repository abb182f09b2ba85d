#pragma once

#include "DbSettings.h"

#include <QThread>

#include <atomic>

namespace relais::server {

class AccessCache;
class LiveHub;

/// LISTEN relais_ops / relais_grants on a dedicated PostgreSQL connection, in its own thread with an event loop
/// (QSqlDriver::subscribeToNotification), so that what another instance (or the command line) commits wakes
/// this instance's long-polls and refreshes its cached permissions. Reconnects when the connection drops.
class PgListener : public QThread
{
public:
    PgListener(DbSettings settings, LiveHub &hub, AccessCache &access);
    ~PgListener() override;
    /// Ends the event loop and waits for the thread.
    void stopListening();
    /// True once the first LISTEN is in place.
    bool isListening() const { return m_listening; }

protected:
    void run() override;

private:
    DbSettings m_settings;
    LiveHub &m_hub;
    AccessCache &m_access;
    std::atomic<bool> m_listening{false};
};

} // namespace relais::server
