#pragma once

#include "AccessCache.h"
#include "ContactStore.h"
#include "Db.h"
#include "OpLog.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace relais {
class ZoneTree;
}

namespace relais::server {

/// One item of a push (docs/sync-protocol.md, Push).
struct PushItem {
    qint64 seq = 0;
    QString type; ///< contact, interaction, conflict
    QString op;   ///< put, patch, delete, resolve
    QString id;
    qint64 baseVersion = 0;
    QJsonObject data;
};

struct PushResult {
    qint64 seq = 0;
    QString status; ///< applied, merged, conflict, rejected, duplicate
    qint64 version = 0;
    QJsonValue row = QJsonValue::Null;
    QStringList fields;
    QString message;
    QJsonObject toJson() const;
};

/// Applies push items, in order, inside the caller's write transaction: permission and zone checks on the
/// server, per-field conflict detection, deletes and erasures winning, zone moves (REMOVE in the old bucket,
/// PUT in the new one for the contact, its interactions and its conflict records), append-only interactions.
class PushProcessor
{
public:
    PushProcessor(Db &db, OpWriter &ops, const UserAccess &user, qint64 clientRow, const ZoneTree &zones);

    PushResult apply(const PushItem &item);

private:
    PushResult contactPut(const PushItem &item);
    PushResult contactPatch(const PushItem &item, StoredContact current, const QJsonObject &patch);
    PushResult contactDelete(const PushItem &item);
    PushResult interactionPut(const PushItem &item);
    PushResult conflictResolve(const PushItem &item, bool dismiss);

    /// Writes the contact (REMOVE+PUT when its zone changed from `oldZone`) and moves its children along.
    void writeContact(StoredContact &c, const QString &oldZone, const QStringList &changedFields, bool isNew);
    void addConflict(const StoredContact &c, const QString &field, const QJsonValue &serverValue,
                     const QJsonValue &clientValue, qint64 baseVersion, qint64 serverVersion);
    PushResult rejected(const PushItem &item, const QString &message, const StoredContact *current = nullptr) const;
    bool canWrite(const QString &zone) const;

    Db &m_db;
    OpWriter &m_ops;
    const UserAccess &m_user;
    const qint64 m_clientRow;
    const ZoneTree &m_zones;
    const QString m_now; ///< one timestamp per batch (ISO, UTC, ms)
};

} // namespace relais::server
