#pragma once

#include "Db.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace relais::server {

class OpWriter;

/// A synced record other than contacts: "newsletter", "segment", "sender". It lives in the bucket of its zone
/// and is replicated whole (docs/sync-protocol.md, Records).
struct StoredRecord {
    QString type;
    QString id;
    QString zone;
    qint64 version = 0;
    QJsonObject data;
    /// Whose data the record holds, for erasure (ops.subject): a signature names its contact, so erasing the
    /// contact scrubs it too. Empty: the record itself. Not stored in the record; set it before save() and remove().
    QString subject;
};

/// Storage of generic synced records; every write appends its op in the caller's transaction.
class RecordStore
{
public:
    static const QString Newsletter;
    static const QString Segment;
    static const QString Sender;

    static std::optional<StoredRecord> load(Db &db, const QString &type, const QString &id);
    /// Every record of `type` (in `zone` when given).
    static QList<StoredRecord> list(Db &db, const QString &type, const QString &zone = QString());
    /// Inserts or replaces `r` (data gets "id" and "zone"); a record moving zone gets a REMOVE in its old bucket.
    /// Sets r.version to the op id.
    static void save(Db &db, OpWriter &ops, StoredRecord &r);
    static void remove(Db &db, OpWriter &ops, const StoredRecord &r);
};

} // namespace relais::server
