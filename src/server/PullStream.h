#pragma once

#include "DbExecutor.h"
#include "GzipWriter.h"
#include "SyncOp.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <atomic>
#include <future>
#include <memory>
#include <optional>
#include <vector>

namespace relais::server {

class LiveHub;

/// What a pull will stream: the checkpoint op id X, the state at X of every bucket in the caller's scope,
/// and the buckets that have ops above the client's cursor.
struct PullPlan {
    struct Work {
        QString bucket;
        qint64 from = 0;     ///< the client's cursor: ops with from < op_id <= X
        BucketState end;     ///< state at X
        qint64 countAtFrom = -1; ///< count at `from`; -1: not read yet (the stream's first job reads it)
    };
    qint64 x = 0;
    QStringList buckets;                 ///< every bucket in scope, sorted
    QHash<QString, BucketState> states;  ///< at X
    QList<Work> work;
    qint64 totalOps = 0;

    /// Reads X and the bucket states from the database (one read job).
    static PullPlan compute(Db &db, const QStringList &scopeBuckets, const QHash<QString, qint64> &cursors);
    /// The same from the live hub's snapshot, without the database.
    static PullPlan fromStates(const QStringList &scopeBuckets, qint64 x, const QHash<QString, BucketState> &states,
                               const QHash<QString, qint64> &cursors);
};

/// One op row as stored, enough to write its line without parsing the stored JSON.
struct OpRow {
    qint64 opId = 0;
    bool put = true;
    QByteArray type;
    QByteArray id;
    QByteArray data; ///< compact JSON as stored
    bool dataNull = false;
    qint64 checksum = 0;
    qint64 count = 0;
    qint64 sum = 0;
};

/// Produces the NDJSON body of a pull piece by piece: ops read in chunks of 5,000 per database job (the next
/// chunk is read while the current one is written out), a partial checkpoint after every 10,000 ops of a
/// bucket and at the end of each bucket, then the full checkpoint. Optionally gzip-compressed.
class PullStream
{
public:
    static constexpr int ChunkOps = 5000;
    static constexpr int CheckpointOps = 10000;

    PullStream(DbExecutor &db, const LiveHub &hub, PullPlan plan, bool gzip);
    ~PullStream();

    /// Appends the next piece to *out; *finished once the last line is out. Throws DbError.
    void produce(QByteArray *out, bool *finished);
    qint64 opsSent() const { return m_opsSent; }

    static std::vector<OpRow> fetch(Db &db, const QString &bucket, qint64 after, qint64 upTo, int limit);
    static void appendOpLine(QByteArray &out, const QByteArray &bucket, const OpRow &row);
    static QByteArray checkpointLine(qint64 x, bool complete, const QHash<QString, BucketState> &states);

private:
    void prefetch(int workIndex, qint64 after);

    DbExecutor &m_db;
    const LiveHub &m_hub;
    PullPlan m_plan;
    std::unique_ptr<GzipWriter> m_gzip;
    bool m_started = false;
    bool m_finished = false;
    int m_workIndex = 0;
    qint64 m_sinceCheckpoint = 0;
    qint64 m_opsSent = 0;
    struct Fetched {
        std::vector<OpRow> rows;
        QHash<QString, qint64> countsAtFrom; ///< first job only
    };
    std::optional<std::future<Fetched>> m_pending;
};

} // namespace relais::server
