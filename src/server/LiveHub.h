#pragma once

#include "SyncOp.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <chrono>
#include <condition_variable>
#include <list>
#include <mutex>

namespace relais::server {

/// In-memory state of every bucket (last op id, count, checksum) as of a committed op id (the watermark), and
/// the long-polling pulls waiting for one of their buckets to move.
///
/// Publications arrive in commit order: with SQLite from the single writer thread right after each commit,
/// with PostgreSQL from the LISTEN connection (NOTIFY is delivered in commit order, and op ids follow commit
/// order). So a snapshot is a consistent checkpoint: a pull plans from it without a database job, and a
/// waiting pull wakes without holding a connection. Until the hub is loaded (or while the PostgreSQL listener
/// is reconnecting) it is not authoritative and pulls plan from the database.
class LiveHub
{
public:
    enum class WaitResult { NewOps, Timeout, Shutdown };
    struct Snapshot {
        qint64 watermark = 0;
        QHash<QString, BucketState> states; ///< only buckets that have ops
    };

    /// Replaces everything with a snapshot read from the database, and makes the hub authoritative.
    void reset(const QHash<QString, BucketState> &heads, qint64 watermark);
    /// The new heads of the buckets a committed transaction touched, and its last op id.
    void publish(const QHash<QString, BucketState> &heads, qint64 watermark);
    void setAuthoritative(bool authoritative);
    /// Waits until the watermark reaches `opId` (PostgreSQL: until this instance's listener has heard of a
    /// commit, so that a client reads its own writes). False on timeout.
    bool waitForWatermark(qint64 opId, std::chrono::milliseconds timeout);
    /// The states of `buckets` (missing: no op yet) at the watermark; false when not authoritative.
    bool snapshot(const QStringList &buckets, Snapshot *out) const;

    /// Waits until one bucket of `thresholds` has a last op id above its threshold, the timeout passes,
    /// or shutdown() is called.
    WaitResult wait(const QHash<QString, qint64> &thresholds, std::chrono::milliseconds timeout);
    /// Wakes every waiter; later waits return at once.
    void shutdown();
    bool isShuttingDown() const;
    qint64 lastOpId(const QString &bucket) const;
    qint64 watermark() const;
    int waiterCount() const;

private:
    struct Waiter {
        const QHash<QString, qint64> *thresholds;
        std::condition_variable cv;
        bool woken = false;
    };
    bool satisfied(const QHash<QString, qint64> &thresholds) const; // with m_mutex held
    void wakeConcerned(const QHash<QString, BucketState> &heads);   // with m_mutex held

    mutable std::mutex m_mutex;
    QHash<QString, BucketState> m_states;
    qint64 m_watermark = 0;
    bool m_authoritative = false;
    std::list<Waiter *> m_waiters;
    std::condition_variable m_watermarkMoved;
    bool m_shutdown = false;
};

} // namespace relais::server
