#pragma once

#include "Db.h"

#include <QByteArray>
#include <QString>

namespace relais::server {

/// Organisation-wide settings kept in the database (so every instance sharing it agrees): whether newsletters
/// track opens and clicks, and the key that signs unsubscribe and tracking links.
class OrgSettings
{
public:
    static QString value(Db &db, const QString &key, const QString &fallback = QString());
    static void setValue(Db &db, const QString &key, const QString &value);

    /// Opens (pixel) and clicks (redirect links) are recorded unless switched off ("tracking" = "off").
    static bool trackingEnabled(Db &db);
    static void setTrackingEnabled(Db &db, bool on);

    /// The 32-byte link signing key, created on first use (inside a write transaction of the caller, or its
    /// own). Never logged.
    static QByteArray linkKey(Db &db);
};

} // namespace relais::server
