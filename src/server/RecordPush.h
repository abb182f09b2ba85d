#pragma once

#include "PushProcessor.h"
#include "RecordStore.h"

namespace relais::server {

/// Pushes of generic records by clients: newsletter drafts and templates, and saved segments. Needs
/// newsletters.send on the record's zone (and on its old zone when it moves). A newsletter that left the draft
/// state is the server's: edits are rejected with the stored row. The server keeps its own fields (status, send
/// figures, author). Sender identities are the administrator's: clients cannot write them.
class RecordPush
{
public:
    RecordPush(Db &db, OpWriter &ops, const UserAccess &user, const ZoneTree &zones, const QString &now)
        : m_db(db), m_ops(ops), m_user(user), m_zones(zones), m_now(now)
    {
    }

    static bool handles(const QString &type);
    PushResult apply(const PushItem &item);

    /// A rejected answer, with the stored row when `user` may read its zone (shared with PetitionPush).
    static PushResult rejection(const PushItem &item, const UserAccess &user, const QString &message,
                                const std::optional<StoredRecord> &current);
    static PushResult applied(const PushItem &item, qint64 version = 0, const QJsonValue &row = QJsonValue::Null);

private:
    PushResult put(const PushItem &item, const std::optional<StoredRecord> &current);
    PushResult remove(const PushItem &item, const std::optional<StoredRecord> &current);
    PushResult rejected(const PushItem &item, const QString &message, const std::optional<StoredRecord> &current) const;
    /// The client's fields of a record, checked; empty with *error when invalid.
    QJsonObject clientFields(const QString &type, const QString &zone, const QJsonObject &data, QString *error) const;

    Db &m_db;
    OpWriter &m_ops;
    const UserAccess &m_user;
    const ZoneTree &m_zones;
    const QString m_now;
};

} // namespace relais::server
