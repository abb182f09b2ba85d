#pragma once

namespace relais::server {

class HttpServer;
struct ServerContext;

/// auth/login, auth/refresh, auth/logout, me, health.
class AuthApi
{
public:
    static void registerRoutes(HttpServer &http, ServerContext &context);
};

} // namespace relais::server
