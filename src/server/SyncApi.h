#pragma once

namespace relais::server {

class HttpServer;
struct ServerContext;

/// sync/pull (streamed NDJSON, long-poll) and sync/push.
class SyncApi
{
public:
    static void registerRoutes(HttpServer &http, ServerContext &context);
};

} // namespace relais::server
