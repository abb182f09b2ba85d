#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "SyncOp.h"

#include <memory>

namespace relais {

class SyncRecordColumns;

/// A pulled op whose record data is still the JSON text the server sent (parsed only where needed).
struct SyncRawOp {
    SyncOp op;       ///< data left empty
    QByteArray data; ///< the op's `data` value as raw JSON (empty for REMOVE)
    /// A contact PUT's row, decoded from `data` off the apply thread (PullDecoder); null if not decoded.
    std::shared_ptr<const SyncRecordColumns> columns;
};

/// A synced conflict record (docs/sync-protocol.md, "Conflict record data"): a field edited on both sides
/// since the client's base version; the server kept `serverValue`, the user picks the value to keep.
struct SyncConflict {
    QString id;
    QString zone;
    QString recordType; ///< "contact"
    QString contactId;  ///< record_id
    QString field;      ///< the contact field ("email", "consent_sms"...)
    QJsonValue serverValue;
    QJsonValue clientValue;
    QString clientAuthor;
    qint64 baseVersion = 0;
    qint64 serverVersion = 0;
    QDateTime createdAt;

    static SyncConflict fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

/// One item of a push request.
struct SyncPushItem {
    qint64 seq = 0;
    QString type;       ///< "contact", "interaction", "conflict", or a generic record type ("newsletter"...)
    QString op;         ///< "put", "patch", "delete", "resolve"
    QString id;
    qint64 baseVersion = 0;
    QJsonObject data;   ///< absent for delete
    QJsonObject toJson() const;
};

/// The server's answer to one push item.
struct SyncPushResult {
    enum class Status { Applied, Merged, Conflict, Rejected, Duplicate, Unknown };
    qint64 seq = 0;
    Status status = Status::Unknown;
    qint64 version = 0;
    QJsonValue row;      ///< rejected: the server's record (object) or null (delete the local copy)
    QStringList fields;  ///< conflict: the fields the server kept
    QString message;

    static SyncPushResult fromJson(const QJsonObject &o);
    static Status statusFromString(const QString &s);
};

/// What applying a checkpoint did.
struct SyncCheckpointResult {
    QStringList mismatched;  ///< buckets whose checksum or count disagreed: dropped, to fetch again
    QStringList applied;     ///< buckets whose state was verified and stored
    QStringList purged;      ///< buckets purged (left the scope)
    bool contactsChanged = false;
    bool conflictsChanged = false;
    bool recordsChanged = false; ///< generic records (newsletters, segments, senders...) written or deleted
};

/// What acknowledging push results did.
struct SyncAckResult {
    int answered = 0;        ///< queue entries removed
    int rejected = 0;
    int conflicts = 0;
    bool contactsChanged = false;
    bool conflictsChanged = false;
    bool recordsChanged = false; ///< generic records written or deleted
};

} // namespace relais

Q_DECLARE_METATYPE(relais::SyncConflict)
