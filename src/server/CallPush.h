#pragma once

#include "CallPool.h"
#include "PushProcessor.h"

namespace relais::server {

/// Pushes of call-session records by clients (docs/sync-protocol.md, Call sessions):
/// - call_campaign: calls.manage on its zone (and its old zone when it moves); fields checked, audience within the
///   zone, team members must exist; saving an active campaign fills its pool, closing it withdraws the leases,
///   a campaign with results cannot be deleted;
/// - call_result: only from the volunteer the assignment was leased to; append-only and idempotent by id; writes
///   the outcome's effects (timeline event, phone consent revoked, wrong number flagged, next attempt);
/// - call_assignment: the server's own, pushes are rejected.
class CallPush
{
public:
    CallPush(Db &db, OpWriter &ops, const UserAccess &user, const ZoneTree &zones, const QString &now)
        : m_db(db), m_ops(ops), m_user(user), m_zones(zones), m_now(now)
    {
    }

    static bool handles(const QString &type);
    PushResult apply(const PushItem &item);

private:
    PushResult campaignPut(const PushItem &item, const std::optional<StoredRecord> &current);
    PushResult campaignDelete(const PushItem &item, const StoredRecord &current);
    PushResult resultPut(const PushItem &item);
    PushResult rejected(const PushItem &item, const QString &message, const std::optional<StoredRecord> &current = {}) const;
    /// The outcome's effects on the contact: a call event on its timeline, phone consent revoked (do not call),
    /// the number flagged (wrong number).
    void touchContact(const QString &contactId, const StoredCampaign &campaign, const QString &outcome,
                      const QJsonObject &data);

    Db &m_db;
    OpWriter &m_ops;
    const UserAccess &m_user;
    const ZoneTree &m_zones;
    const QString m_now;
};

} // namespace relais::server
