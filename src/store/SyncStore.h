#pragma once

#include "Contact.h"
#include "SyncOp.h"
#include "SyncTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace relais {

class SyncStatement;
class SyncRecordColumns;
class SyncRecordStore;

/// The replica side of sync (docs/sync-protocol.md): applies pulled ops and checkpoints, keeps the
/// per-bucket bookkeeping that checksums are verified against, builds push items from the upload queue
/// and applies the server's answers to them.
///
/// Bookkeeping (schema v4):
/// - `sync_rows(bucket, type, id, op_id, checksum)`: the op that last wrote each record of each bucket.
/// - `sync_buckets(bucket, cursor, op_count, checksum, add_checksum, add_count)`: the cursor of the last
///   applied checkpoint; add_* sum the ops that no longer have a row (superseded PUTs, REMOVEs).
///   A bucket's local state is add_count + its rows, add_checksum + the rows' checksums (mod 2^32).
/// - `sync_orphans(type, id)`: contacts removed from their last bucket; deleted (with their timeline,
///   conflicts and pending uploads) at the next complete checkpoint, so that a contact moving between two
///   buckets the client holds (REMOVE in one, PUT in the other, in bucket order) keeps its pending edits.
///   Generic records with pending uploads are kept the same way.
/// - `sync_shadows(id, version, data)`: the server's row under a rebased contact (or generic record),
///   restored once the server has answered the local edits (its values win where it reported a conflict).
/// - `records(type, id, zone, version, dirty, data)`: every other record type (newsletters, segments,
///   senders...), stored whole as JSON; its side of sync is SyncRecordStore.
/// - `conflicts`, `sync_state` (client id, server url...), `upload_queue.data` (resolve items; generic puts
///   once handed to a push, see SyncRecordStore).
///
/// One SyncStore per connection; not thread-safe. Every apply runs in one transaction on that connection:
/// beginCheckpoint(), applyOps() any number of times, applyCheckpoint() (commits) or abortCheckpoint().
class SyncStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncStore)
public:
    explicit SyncStore(const QSqlDatabase &db);
    ~SyncStore();
    SyncStore(const SyncStore &) = delete;
    SyncStore &operator=(const SyncStore &) = delete;

    QSqlDatabase database() const { return m_db; }

    // --- Identity and settings (table sync_state) -------------------------------------------------
    /// This replica's client id (a UUID created on first use and kept in the replica).
    QString clientId();
    QString stateValue(const QString &key) const;
    bool setStateValue(const QString &key, const QString &value, QString *error = nullptr);

    // --- Buckets ------------------------------------------------------------------------------------
    /// Buckets the replica holds, with the state of their last applied checkpoint (what a pull sends).
    BucketStates cursors() const;
    /// The state recomputed from the applied ops: cursor as stored, count and checksum from sync_rows.
    BucketState localState(const QString &bucket) const;
    /// Forgets a bucket (after a checksum mismatch): its bookkeeping goes, rows no other bucket holds are
    /// deleted (except contacts with pending uploads, rebased when the bucket comes again), cursor back to 0.
    bool dropBucket(const QString &bucket, QString *error);
    /// Purges every held bucket not in `keep` (left the user's scope): rows no remaining bucket holds are
    /// deleted with their timeline, conflicts and pending uploads; the buckets are forgotten.
    bool purgeBucketsNotIn(const QStringList &keep, QString *error);

    // --- Applying a pull ----------------------------------------------------------------------------
    /// Starts a pull: forgets which buckets the previous pull found mismatched.
    void beginPull();
    /// Buckets dropped for a checksum mismatch during this pull: their remaining ops in the stream are
    /// ignored and they are fetched again from cursor 0 by the next pull.
    QSet<QString> refetchBuckets() const { return m_refetch; }

    bool beginCheckpoint(QString *error);
    bool inCheckpoint() const { return m_inCheckpoint; }
    /// Applies ops (in stream order) inside the open checkpoint transaction.
    bool applyOps(const QList<SyncOp> &ops, QString *error);
    /// The same for ops whose data is still JSON text: new rows of a bulk fill are written from it directly.
    bool applyOps(const QList<SyncRawOp> &ops, QString *error);
    /// Verifies every named bucket against `states`, stores their cursors, and for a complete checkpoint
    /// purges buckets it does not name and orphaned contacts; commits. Mismatched buckets are dropped.
    bool applyCheckpoint(const BucketStates &states, bool complete, SyncCheckpointResult *result, QString *error);
    /// applyCheckpoint() without the commit: the transaction stays open for more ops and checkpoints
    /// (grouped commits of a bulk fill); commitCheckpoint() ends it. On failure it is rolled back.
    bool verifyCheckpoint(const BucketStates &states, bool complete, SyncCheckpointResult *result, QString *error);
    bool commitCheckpoint(QString *error);
    void abortCheckpoint();

    // --- Bulk fill (initial sync) -----------------------------------------------------------------
    /// Whether a fill of `expectedOps` ops should use the bulk path: at least the threshold (default
    /// 20,000) and at least as many as the replica holds rows.
    bool shouldBulkFill(qint64 expectedOps) const;
    void setBulkThreshold(qint64 ops) { m_bulkThreshold = ops; }
    bool isBulkFilling() const { return m_bulk; }
    /// Drops the secondary indexes and stops per-row full-text writes until endBulkFill(); remembered in
    /// sync_state so an interrupted fill is finished by recoverBulkFill().
    bool beginBulkFill(QString *error);
    /// Recreates the indexes and remembers the new rows' tags. Their search documents are left to
    /// indexPendingSearch() (FTS4 indexes about 20,000 documents a second here: a million would hold the
    /// sync for a minute), and so are the indexes of duplicate lookups by e-mail and phone (until they are
    /// built, those lookups scan).
    bool endBulkFill(QString *error);
    /// Finishes a bulk fill a crash interrupted (no-op otherwise).
    bool recoverBulkFill(QString *error);
    /// Page cache used during bulk fills, in KiB (default 256 MiB).
    void setBulkCacheKiB(int kib) { m_bulkCacheKiB = kib; }
    /// Experiments: keep the secondary indexes during a fill; no WAL checkpoints until its end.
    void setBulkDropsIndexes(bool drop) { m_bulkDropIndexes = drop; }
    void setBulkDefersCheckpoints(bool defer) { m_bulkNoCheckpoint = defer; }

    // --- Search documents left by a fill -----------------------------------------------------------
    /// Contacts written by a bulk fill that have no search document yet (an upper bound: deleted rows count).
    qint64 pendingSearchDocuments() const;
    /// Search documents plus the indexes a fill left for afterwards (duplicate lookups by e-mail and phone).
    qint64 pendingBackgroundWork() const;
    /// Builds one index a fill left, if any (*indexed = 0); else writes up to `maxDocs` search documents
    /// (all when 0) in one transaction, *indexed says how many. Call while pendingBackgroundWork() > 0.
    bool indexPendingSearch(int maxDocs, int *indexed, QString *error);

    // --- Pushing ------------------------------------------------------------------------------------
    int pendingUploadCount() const;
    /// Up to `limit` push items in queue order. Queue entries whose record is gone are dropped. Generic puts
    /// are marked as handed to a push (a later save of the record then queues a put of its own).
    QList<SyncPushItem> pendingUploads(int limit, QString *error = nullptr);
    /// Applies the server's answers: answered entries leave the queue, rows acknowledged by every entry
    /// stop being dirty, rejected ones get the server's row (or are deleted when it is null).
    bool acknowledge(const QList<SyncPushResult> &results, SyncAckResult *out, QString *error);

    // --- Conflicts ----------------------------------------------------------------------------------
    QList<SyncConflict> listConflicts() const;
    int conflictCount() const;
    /// Applies `chosen` to the contact's field locally and queues a `resolve` push item; the conflict
    /// record disappears locally at once (the server removes it when the item is applied).
    bool resolveConflict(const QString &conflictId, const QJsonValue &chosen, QString *error);

    /// Where the time of applying went (nanoseconds), for benchmarks.
    struct Timings {
        qint64 decode = 0;     ///< record JSON to column values (bulk path) or to a Contact
        qint64 write = 0;      ///< row writes (contacts, interactions, search documents)
        qint64 bookkeeping = 0;///< sync_rows
        qint64 verify = 0;     ///< checkpoint verification (bucket sums)
        qint64 commit = 0;
        qint64 indexes = 0;    ///< end of a bulk fill: secondary indexes
        qint64 search = 0;     ///< end of a bulk fill: search documents
    };
    const Timings &timings() const { return m_timings; }

    /// Tells the list order of another connection on the same file (the GUI's) that rows changed here.
    static void contactsChangedElsewhere(const QSqlDatabase &db);

private:
    struct Pending {
        QSet<QString> fields; ///< locally edited fields not yet acknowledged
        bool all = false;     ///< a local put: every field is local
        bool deleted = false; ///< a local delete is pending
    };
    struct Accumulator {
        qint64 checksum = 0;
        qint64 count = 0;
    };

    bool ensurePrepared(QString *error);
    bool loadPending(QString *error);
    bool loadBulkState();
    bool buildDeferredIndex(QString *error);
    bool applyOne(const SyncOp &op, QString *error);
    bool recordOp(const SyncOp &op, QString *error);
    bool heldElsewhere(const QString &type, const QString &id, const QString &bucket, bool *held, QString *error);
    bool putContact(const SyncOp &op, QString *error);
    bool putInteraction(const SyncOp &op, QString *error);
    bool writeInteraction(const class SyncRecordColumns &columns, QString *error);
    bool applyRaw(const SyncRawOp &raw, QString *error);
    bool putConflict(const SyncOp &op, QString *error);
    bool flushAccumulators(QString *error);
    bool purgeOrphans(QString *error);
    bool forgetBucket(const QString &bucket, bool purge, QString *error);

    /// Writes a contact as the server sent it, with locally pending fields kept on top.
    bool writeServerContact(Contact incoming, QString *error);
    /// Local row of a contact: lid (0 if absent).
    qint64 contactLid(const QString &id, QString *error);
    bool insertContact(Contact &c, bool *duplicate, QString *error);
    bool updateContact(const Contact &c, QString *error);
    bool writeSearchDocument(const Contact &c, bool replace, QString *error);
    bool rememberTags(const QStringList &tags, QString *error);
    /// Deletes a contact, its search document, timeline, conflicts and (if `withUploads`) pending uploads.
    bool deleteContact(const QString &id, bool withUploads, QString *error);
    bool deleteInteraction(const QString &id, QString *error);
    bool deleteConflict(const QString &id, QString *error);
    bool hasPendingUploads(const QString &type, const QString &id) const;
    bool clearDirtyIfSettled(const QString &type, const QString &id, QString *error);
    /// acknowledge() for a generic record (SyncRecordStore).
    bool acknowledgeRecord(const SyncPushResult &r, const QString &type, const QString &id, const QString &op,
                           SyncAckResult *res, QString *error);
    /// Once no local edit of a contact is pending any more, puts back the server's row kept aside by a
    /// rebase (if it is not older than the answered version).
    bool settleContact(const QString &id, qint64 answeredVersion, bool *changed, QString *error);

    bool searchDeferred(qint64 lid) const;
    bool setPragmas(bool bulk);
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();
    void afterCommit();
    bool exec(const char *sql, QString *error);

    QSqlDatabase m_db;
    Timings m_timings;
    bool m_inCheckpoint = false;
    bool m_bulk = false;
    qint64 m_bulkFirstLid = 0;
    qint64 m_unindexedFrom = 0; ///< rows with lid in (from, to] may have no search document yet
    qint64 m_unindexedTo = 0;
    int m_bulkCacheKiB = 262144;
    qint64 m_bulkThreshold = 20000;
    bool m_bulkDropIndexes = true;
    bool m_bulkNoCheckpoint = false;
    bool m_bulkTagsLost = false;
    QStringList m_deferredIndexes; ///< CREATE INDEX statements left for after a fill
    QSet<QString> m_bulkTags;
    QSet<QByteArray> m_bulkTagSets;
    QSet<QString> m_refetch;
    QHash<QString, Pending> m_pendingContacts;
    QSet<QString> m_pendingInteractions;
    QSet<QString> m_pendingResolves;
    QHash<QString, Accumulator> m_acc;
    QSet<QString> m_newTags;
    bool m_contactsChanged = false;
    bool m_conflictsChanged = false;
    QSet<QString> m_touchedBuckets;
    QStringList m_heldBuckets; ///< buckets to probe for "held elsewhere"; refreshed per transaction

    struct Statements;
    std::unique_ptr<Statements> m_st;
    std::unique_ptr<SyncRecordColumns> m_columns;
    std::unique_ptr<SyncRecordStore> m_records;
};

} // namespace relais
