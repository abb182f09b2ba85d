#pragma once

namespace relais::server {

class HttpServer;
struct ServerContext;

/// contacts/{id}, contacts/export (CSV, audited), contacts/{id}/erase (GDPR, audited).
class ContactApi
{
public:
    static void registerRoutes(HttpServer &http, ServerContext &context);
};

} // namespace relais::server
