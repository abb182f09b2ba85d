#pragma once

#include "AccessCache.h"
#include "DbExecutor.h"
#include "LiveHub.h"
#include "OpLog.h"
#include "PullStream.h"
#include "PushProcessor.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace relais {
class ZoneTree;
}

namespace relais::server {

class OpWriter;

/// After the commit of a write transaction that appended ops: tells the hub (SQLite; with PostgreSQL the
/// listener does it from NOTIFY). Call from inside the write job.
void publishCommitted(Db &db, const OpWriter &ops, LiveHub &hub);
/// After the write job: with PostgreSQL, waits (bounded) until the listener has heard of the commit, so that
/// the client's next pull on this instance sees its own writes.
void awaitPublished(const DbExecutor &db, LiveHub &hub, qint64 lastOpId);

/// One write transaction that may append ops: `f(Db &, OpWriter &)` returns true to commit (false rolls back).
/// After the commit the hub hears of the ops and, with `await`, the caller waits until this instance serves them
/// (a client's next pull sees its own writes). Returns whether it committed.
template <class F>
bool writeWithOps(DbExecutor &executor, LiveHub &hub, F &&f, bool await = true)
{
    const qint64 last = executor.write([&](Db &db) -> qint64 {
        Transaction tx(db, true);
        OpWriter ops(db);
        if (!f(db, ops))
            return -1;
        ops.finish();
        tx.commit();
        publishCommitted(db, ops, hub);
        return ops.wroteOps() ? ops.lastOpId() : 0;
    });
    if (last < 0)
        return false;
    if (await)
        awaitPublished(executor, hub, last);
    return true;
}

struct PullRequest {
    QString clientId;
    QHash<QString, qint64> cursors;
    int waitSeconds = 0;
};

struct PushRequest {
    QString clientId;
    QList<PushItem> items;
};

struct PushResponse {
    qint64 lastSeq = 0;
    QList<PushResult> results;
    QJsonObject toJson() const;
};

/// The sync endpoints' logic: pull planning with the bounded long-poll wait, and push batches (one write
/// transaction each, idempotent by (client_id, seq)).
class SyncService
{
public:
    static constexpr int MaxWaitSeconds = 30;
    static constexpr int MaxPushItems = 1000;

    SyncService(DbExecutor &db, LiveHub &hub, const ZoneTree &zones);

    static bool parsePull(const QJsonObject &body, PullRequest *out, QString *error);
    static bool parsePush(const QJsonObject &body, PushRequest *out, QString *error);

    /// The plan of a pull; with a wait, blocks (holding no database connection) until an op lands in one of the
    /// caller's buckets, the wait passes, or the server shuts down.
    PullPlan preparePull(const UserAccess &user, const PullRequest &request);
    PushResponse push(const UserAccess &user, const PushRequest &request);

private:
    DbExecutor &m_db;
    LiveHub &m_hub;
    const ZoneTree &m_zones;
};

} // namespace relais::server
