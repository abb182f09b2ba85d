#pragma once

#include "Db.h"

namespace relais::server {

/// The server's schema, one list of statements per version, for SQLite and PostgreSQL alike
/// (dialect switches only for the auto-increment key and the op id key).
class ServerSchema
{
public:
    static int currentVersion();
    /// The schema version the database holds (0 when empty). Throws DbError.
    static int installedVersion(Db &db);
    /// Brings the database to currentVersion() in one transaction. Throws DbError; false (and *error) when
    /// the database is newer than this program.
    static bool migrate(Db &db, QString *error);
};

} // namespace relais::server
