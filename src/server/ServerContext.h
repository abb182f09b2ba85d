#pragma once

#include <QString>

namespace relais {
class ZoneTree;
}

namespace relais::server {

class AccessCache;
class AuthService;
class CampaignSender;
class DbExecutor;
class LiveHub;
class SyncService;

/// The services a running server shares between its request threads.
struct ServerContext {
    DbExecutor &db;
    LiveHub &hub;
    AccessCache &access;
    AuthService &auth;
    SyncService &sync;
    const ZoneTree &zones;
    CampaignSender *newsletters = nullptr; ///< sends newsletters; null when no SMTP relay is configured
    /// Tells other instances (PostgreSQL NOTIFY relais_grants) that a user's grants changed.
    void grantsChanged(qint64 userId);
};

} // namespace relais::server
