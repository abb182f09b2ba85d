#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace relais {

/// Schema migrations of the local replica. `schema_version` holds one row with the version;
/// each step runs in its own transaction, so a failed step leaves the previous version intact.
///
/// Version 1: contacts, interactions, meta.
/// Version 2: full-text search (FTS4), upload queue, sync cursors, tag names.
/// Version 3: one index for the list filters (zone, membership, consents).
/// Version 4: sync bookkeeping (sync_rows, sync_orphans, sync_state, conflicts, add_* checksums per bucket).
/// Version 5: generic synced records (records: newsletters, segments, senders... stored as JSON).
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static int latestVersion();
    /// 0 for an empty database.
    static int currentVersion(const QSqlDatabase &db);
    /// Brings the schema up to `target` (default: latest). Refuses a database newer than this program.
    static bool migrate(const QSqlDatabase &db, QString *error, int target = -1);
};

} // namespace relais
