#pragma once

#include "PullDecoder.h"
#include "PullStreamParser.h"
#include "SyncOp.h"
#include "SyncTypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace relais {

class SyncStore;

/// One pull response applied to the replica as it streams in: ops are buffered until their checkpoint
/// line, then applied with it in one transaction (SyncStore). A stream that breaks keeps every checkpoint
/// already applied and nothing after it.
///
/// Large fills (the progress line announces at least as many ops as the replica holds rows) take
/// SyncStore's bulk path; several checkpoints then share a transaction (committed every 200 ms at first,
/// growing to `bulkCommitMs` once 200,000 ops are in, and always before finish() or abort() return), which
/// keeps random index writes and WAL traffic down.
class PullSession
{
    Q_DECLARE_TR_FUNCTIONS(PullSession)
public:
    explicit PullSession(SyncStore *store);
    ~PullSession();
    PullSession(const PullSession &) = delete;
    PullSession &operator=(const PullSession &) = delete;

    void setBulkAllowed(bool allowed) { m_bulkAllowed = allowed; }
    void setBulkCommitInterval(int ms) { m_bulkCommitMs = ms; }
    /// Streams announcing at least this many ops are parsed and decoded on a second thread (PullDecoder)
    /// while this one applies; 0 never does. Default 20,000, as the bulk path.
    void setDecodeThreshold(qint64 ops) { m_decodeThreshold = ops; }
    bool usedDecoderThread() const { return m_usedDecoder; }

    /// Called after each applied checkpoint with the ops applied so far and the announced total (0 if unknown).
    std::function<void(qint64 done, qint64 total)> onProgress;

    /// Parses and applies what arrived. False (error set) on a malformed stream or a failed write;
    /// the session is then finished: call abort().
    bool feed(const char *data, qsizetype size, QString *error);
    bool feed(const QByteArray &data, QString *error) { return feed(data.constData(), data.size(), error); }
    /// The body ended normally. False if it was malformed or ended before its complete checkpoint.
    bool finish(QString *error);
    /// The stream broke: ops after the last checkpoint line are dropped, applied checkpoints are kept.
    /// An interrupted bulk fill is finished (indexes back) unless `finishBulkFill` is false (closing:
    /// SyncStore::recoverBulkFill() does it at the next start).
    void abort(bool finishBulkFill = true);
    /// Commits checkpoints a bulk fill grouped (before other writes on the same connection). False if
    /// the store still holds unverified ops in its transaction (write later).
    bool commitNow(QString *error);
    bool finished() const { return m_finished; }

    bool sawCompleteCheckpoint() const { return m_complete; }
    qint64 totalOps() const { return m_total; }
    qint64 appliedOps() const { return m_applied; }
    qint64 checkpointOpId() const { return m_checkpointOpId; }
    /// Buckets found mismatched during this pull, to fetch again from cursor 0.
    QStringList refetch() const { return m_refetch; }
    QStringList changedBuckets() const { return QStringList(m_changed.cbegin(), m_changed.cend()); }
    bool contactsChanged() const { return m_contactsChanged; }
    bool conflictsChanged() const { return m_conflictsChanged; }
    bool usedBulkPath() const { return m_usedBulk; }

private:
    bool onOp(SyncRawOp &&op, QString *error);
    bool onCheckpoint(const PullStreamParser::Checkpoint &cp, QString *error);
    bool flushBuffer(QString *error);
    bool commitPending(QString *error);
    bool endBulk(QString *error);
    /// Applies what the decoder thread has ready; waits for more while it is too far ahead (memory), or
    /// with `untilEnd` until the end of the stream.
    bool drain(bool untilEnd, QString *error);

    SyncStore *m_store;
    PullStreamParser m_parser;
    std::unique_ptr<PullDecoder> m_decoder; ///< after m_parser: destroyed (stopped) first
    QList<SyncRawOp> m_buffer;
    QSet<QString> m_changed;
    QStringList m_refetch;
    QElapsedTimer m_sinceCommit;
    qint64 m_total = 0;
    qint64 m_applied = 0;
    qint64 m_checkpointOpId = 0;
    qint64 m_decodeThreshold = 20000;
    int m_bulkCommitMs = 2000;
    bool m_bulkAllowed = true;
    bool m_bulkDecided = false;
    bool m_usedBulk = false;
    bool m_usedDecoder = false;
    bool m_openTransaction = false; ///< verified checkpoints not yet committed (bulk grouping)
    bool m_complete = false;
    bool m_contactsChanged = false;
    bool m_conflictsChanged = false;
    bool m_finished = false;
};

} // namespace relais
