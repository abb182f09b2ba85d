#pragma once

#include "PushProcessor.h"
#include "RecordStore.h"

namespace relais::server {

/// Pushes of petitions by clients (petitions.manage on the petition's zone, and on its old zone when it moves):
/// the fields are checked, the public slug is unique, and a petition with confirmed signatures keeps its slug
/// and cannot be deleted. Signatures are the server's (written when a signer confirms): pushes are rejected.
class PetitionPush
{
public:
    PetitionPush(Db &db, OpWriter &ops, const UserAccess &user, const ZoneTree &zones, const QString &now)
        : m_db(db), m_ops(ops), m_user(user), m_zones(zones), m_now(now)
    {
    }

    static bool handles(const QString &type);
    PushResult apply(const PushItem &item);

private:
    PushResult put(const PushItem &item, const std::optional<StoredRecord> &current);
    PushResult remove(const PushItem &item, const StoredRecord &current);
    PushResult rejected(const PushItem &item, const QString &message, const std::optional<StoredRecord> &current) const;
    QJsonObject clientFields(const QJsonObject &data, QString *error) const;

    Db &m_db;
    OpWriter &m_ops;
    const UserAccess &m_user;
    const ZoneTree &m_zones;
    const QString m_now;
};

} // namespace relais::server
