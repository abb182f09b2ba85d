#pragma once

namespace relais::server {

class HttpServer;
struct ServerContext;

/// /api/v1/petitions/{id}/...: the server's totals (confirmed, pending, per day) for users who read contacts
/// on the petition's zone, and the CSV of the confirmed signatures a user may export (those whose bucket lies
/// in a zone where they hold contacts.export), audited.
class PetitionApi
{
public:
    static void registerRoutes(HttpServer &http, ServerContext &context);
};

} // namespace relais::server
