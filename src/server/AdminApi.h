#pragma once

namespace relais::server {

class HttpServer;
struct ServerContext;

/// users, delegations, grants/{id} DELETE, audit.
class AdminApi
{
public:
    static void registerRoutes(HttpServer &http, ServerContext &context);
};

} // namespace relais::server
