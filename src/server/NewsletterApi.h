#pragma once

namespace relais::server {

class HttpServer;
struct ServerContext;

/// /api/v1/newsletters/...: the server's audience count, test send, send now or later, cancel, statistics.
/// Every route checks newsletters.send on the newsletter's zone and on every zone of its audience.
class NewsletterApi
{
public:
    static void registerRoutes(HttpServer &http, ServerContext &context);
};

/// The public pages of a newsletter's recipients, with no account and no JavaScript: /u/{token} (unsubscribe
/// page, its form, and RFC 8058 one-click POST), /t/o/{token}.gif (open pixel), /t/c/{token}/{n} (click redirect).
class NewsletterPublicPages
{
public:
    static void registerRoutes(HttpServer &http, ServerContext &context);
};

} // namespace relais::server
