#pragma once

#include "ServerConfig.h"

namespace relais::server {

/// `relais-server serve`: opens the database (migrating it), starts the database workers, the live hub, the
/// PostgreSQL listener and the HTTPS server, prints `listening on https://HOST:PORT`, and on SIGTERM/SIGINT
/// stops accepting, wakes the long-polls so they answer, closes the database and returns 0.
class ServerRuntime
{
public:
    static int serve(const ServerConfig &config);
};

} // namespace relais::server
