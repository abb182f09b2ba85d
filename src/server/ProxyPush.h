#pragma once

#include "PushProcessor.h"
#include "RecordStore.h"

namespace relais::server {

struct ProxyElection;

/// Pushes of proxy-vote records by clients (proxies.match on the record's zone): elections (fields checked, the
/// forms' address unique; one with requests or offers cannot be deleted), requests and offers typed in by a cadre
/// (checked like the public form; withdrawing one cancels its live matches), and matches, created as suggested or
/// proposed and moved along the workflow's arrows only, each one checked again on the server (ProxyWorkflow):
/// of two cadres giving the same request round, the first wins and the second is rejected with the reason.
class ProxyPush
{
public:
    ProxyPush(Db &db, OpWriter &ops, const UserAccess &user, const ZoneTree &zones, const QString &now)
        : m_db(db), m_ops(ops), m_user(user), m_zones(zones), m_now(now)
    {
    }

    static bool handles(const QString &type);
    PushResult apply(const PushItem &item);

private:
    PushResult electionPut(const PushItem &item, const std::optional<StoredRecord> &current);
    PushResult electionDelete(const PushItem &item, const StoredRecord &current);
    PushResult personPut(const PushItem &item, const std::optional<StoredRecord> &current);
    PushResult matchPut(const PushItem &item, const std::optional<StoredRecord> &current);
    PushResult rejected(const PushItem &item, const QString &message, const std::optional<StoredRecord> &current) const;
    bool allowed(const QString &zone) const;

    Db &m_db;
    OpWriter &m_ops;
    const UserAccess &m_user;
    const ZoneTree &m_zones;
    const QString m_now;
};

} // namespace relais::server
