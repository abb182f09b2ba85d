#pragma once

#include "Db.h"
#include "SyncOp.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace relais::server {

/// Appends ops inside the caller's write transaction. Construction locks the op counter row
/// (SELECT ... FOR UPDATE with PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers), so op ids
/// follow commit order. The counter and the bucket heads are written once, by finish().
class OpWriter
{
public:
    /// When the op rows reach the database: one INSERT per op, or (Rows::Batched) many rows per INSERT, at
    /// flush() and finish(); batched, the ops of this transaction are not in the `ops` table before then.
    enum class Rows { EachOp, Batched };
    explicit OpWriter(Db &db, Rows rows = Rows::EachOp);

    /// The id the next appended op will get (a record's version is the op id of its last change).
    qint64 nextOpId() const { return m_last + 1; }
    /// Appends a PUT; `dataJson` is the record's compact JSON, stored as is and checksummed as is.
    qint64 put(const QString &bucket, const QString &type, const QString &id, const QString &subject,
               const QByteArray &dataJson);
    qint64 remove(const QString &bucket, const QString &type, const QString &id, const QString &subject);
    /// Reads the heads of `buckets` in one query, for a transaction about to append to many buckets.
    void loadHeads(const QStringList &buckets);
    /// Writes the ops appended and not written yet (Rows::Batched).
    void flush();
    /// Writes the pending ops, the op counter and the heads of the touched buckets; with PostgreSQL also NOTIFY
    /// relais_ops.
    void finish();
    /// Buckets written by this transaction, with their new state (to publish after the commit).
    QHash<QString, BucketState> touchedStates() const;
    /// The last op id of this transaction (the counter after it).
    qint64 lastOpId() const { return m_last; }
    bool wroteOps() const { return m_last != m_first; }

private:
    struct Head {
        qint64 last = 0;
        qint64 count = 0;
        quint32 sum = 0;
    };
    struct Row {
        qint64 opId;
        QString bucket;
        SyncOp::Kind kind;
        QString type;
        QString id;
        QString subject;
        QByteArray data;
        quint32 checksum;
        qint64 count;
        quint32 sum;
    };
    Head &head(const QString &bucket);
    qint64 append(const QString &bucket, SyncOp::Kind kind, const QString &type, const QString &id,
                  const QString &subject, const QByteArray &dataJson);

    Db &m_db;
    Rows m_rows;
    std::vector<Row> m_pending;
    qint64 m_last = 0;
    qint64 m_first = 0;
    QHash<QString, Head> m_heads;
    QHash<QString, qint64> m_touched;
};

/// Read side of the op log.
class OpLog
{
public:
    /// The committed op counter: every op at or below it is committed.
    static qint64 committedOpId(Db &db);
    /// Every bucket's head (last op id, count, checksum).
    static QHash<QString, BucketState> heads(Db &db);
    /// The bucket's state at op x: the last op ≤ x in it with the running count and checksum stored there.
    static BucketState stateAt(Db &db, const QString &bucket, qint64 x);
    /// States at x of `buckets`: from the heads when they are not past x, else one index lookup each.
    static QHash<QString, BucketState> statesAt(Db &db, const QStringList &buckets, qint64 x);
    /// The committed op counter and every bucket's head, read in one snapshot.
    static qint64 snapshot(Db &db, QHash<QString, BucketState> *heads);
    /// Scrubs the data of every op about `subject` (GDPR erasure); checksums are kept.
    static void scrubSubject(Db &db, const QString &subject);
};

} // namespace relais::server
