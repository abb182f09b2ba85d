#pragma once

namespace relais::server {

class HttpServer;
struct ServerContext;

/// /api/v1/calls/...: what a volunteer may call (mine), claims of a batch of contacts, giving a lease back,
/// the cadre's live figures and the audited CSV of answers, invitation codes and joining a team with one
/// (docs/sync-protocol.md, Call sessions).
class CallApi
{
public:
    static void registerRoutes(HttpServer &http, ServerContext &context);
};

} // namespace relais::server
