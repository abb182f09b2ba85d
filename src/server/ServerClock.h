#pragma once

#include <QtGlobal>

namespace relais::server {

/// The time of the call-session rules (leases, calling hours, recall delays), in ms since the epoch.
/// A test hook, like KeePassXC's Clock: when the environment variable RELAIS_SERVER_CLOCK_OFFSET_FILE names a
/// file, the whole seconds written in it are added to the system time (read again at most every 100 ms), so an
/// integration test can let leases expire or move to another day without waiting. Unset, it is the system time.
class ServerClock
{
public:
    static qint64 nowMs();
};

} // namespace relais::server
