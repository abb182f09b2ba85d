#pragma once

#include "SyncOp.h"
#include "SyncTypes.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace relais {

/// The sync side of generic records (every type but contact, interaction and conflict: newsletters,
/// segments, senders...), stored whole as JSON in the replica's `records` table. Used by SyncStore, on its
/// connection and inside its transactions; RecordRepository is the reading and editing side.
///
/// - A pulled PUT writes the row (zone from the data, else the bucket; version = op id), unless the record
///   has pending uploads: then the local row stays and the server's row waits in `sync_shadows` (newest
///   op wins) until the server has answered them.
/// - A REMOVE that no other bucket holds deletes the row; with pending uploads the record becomes an
///   orphan (`sync_orphans`), deleted at the complete checkpoint unless another bucket took it meanwhile.
/// - A put handed to a push gets `upload_queue.data` set (SentMarker): a later save then queues a new put
///   instead of folding into one whose data may already be on its way.
/// - Signature records also get their columns in `signatures` (SignatureIndex), written and deleted with them.
/// - Answers: applied, merged, conflict or duplicate settle the row (the newest of the answer's row and the
///   shadow becomes the local row, else the row keeps its data and takes the answered version); rejected
///   replaces the row with the answer's row (or deletes it when the row is null) and drops its other
///   queued uploads.
class SyncRecordStore
{
public:
    explicit SyncRecordStore(const QSqlDatabase &db);

    /// True for the types stored here: any non-empty type but contact, interaction and conflict.
    static bool handles(const QString &type);
    /// What a put's upload_queue.data says once it has been handed to a push.
    static QString sentMarker();

    // --- Pending uploads (read from the queue by SyncStore::loadPending) ------------------------------
    void clearPending() { m_pending.clear(); }
    void notePending(const QString &type, const QString &id) { m_pending.insert(key(type, id)); }
    bool hasPending(const QString &type, const QString &id) const { return m_pending.contains(key(type, id)); }

    /// Whether rows were written or deleted since resetChanged().
    bool changed() const { return m_changed; }
    void resetChanged() { m_changed = false; }

    // --- Applying pulled ops ----------------------------------------------------------------------
    bool put(const SyncOp &op, QString *error);
    /// A REMOVE no other bucket holds.
    bool removed(const QString &type, const QString &id, QString *error);
    /// Deletes a record no bucket holds any more, with its shadow, orphan entry and (if `withUploads`)
    /// its queued uploads.
    bool deleteRecord(const QString &type, const QString &id, bool withUploads, QString *error);
    /// Orphaned generic records (type, id).
    bool orphans(QList<QPair<QString, QString>> *out, QString *error) const;

    // --- Pushing ----------------------------------------------------------------------------------
    /// Gives the generic put items of `items` their record's data and marks their queue entries as sent
    /// (in one transaction when `ownTransaction`). Items whose row is gone leave `items`; their seq goes
    /// to `obsolete`.
    bool fillPushItems(QList<SyncPushItem> &items, QList<qint64> *obsolete, bool ownTransaction, QString *error);
    /// Applies the server's answer to one queue entry of a generic record (the entry is already removed).
    bool acknowledge(const SyncPushResult &r, const QString &type, const QString &id, const QString &op,
                     QString *error);

private:
    struct ServerRow {
        qint64 version = 0;
        QJsonObject data;
    };

    static QString key(const QString &type, const QString &id) { return type + QLatin1Char('\n') + id; }
    static qint64 versionOf(const SyncPushResult &r, const QJsonObject &row);

    bool keepShadow(const QString &id, qint64 version, QJsonObject data, const QString &bucket, QString *error);
    /// Reads and forgets the server row kept aside for `id`; version 0 when there is none.
    bool takeShadow(const QString &id, ServerRow *out, QString *error);
    bool deleteShadow(const QString &id, QString *error);
    bool dropUploads(const QString &type, const QString &id, QString *error);
    bool hasQueued(const QString &type, const QString &id, bool *queued, QString *error);
    /// Writes the server's row (not dirty): inserted when `insert`, else only if the local row still exists.
    bool writeServerRow(const QString &type, const QString &id, const ServerRow &row, bool insert, QString *error);
    /// Keeps the columns of signature records (SignatureIndex) in step with their row.
    bool indexRow(const QString &type, const QString &id, const QJsonObject &data, QString *error);
    bool settle(const SyncPushResult &r, const QString &type, const QString &id, const QString &op, QString *error);
    bool compensate(const SyncPushResult &r, const QString &type, const QString &id, QString *error);

    QSqlDatabase m_db;
    QSet<QString> m_pending; ///< key(type, id) of records with queued uploads
    bool m_changed = false;
};

} // namespace relais
