#pragma once

#include "Db.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace relais {
class AccessScope;
class ZoneTree;
} // namespace relais

namespace relais::server {

/// Who a newsletter goes to: zones (each with everything below it), tags in (any of) and out (none of),
/// membership statuses (empty: any). Only contacts with a primary e-mail, e-mail consent granted and an
/// address that never bounced are ever in it.
struct AudienceSpec {
    QStringList zones;
    QStringList tagsIn;
    QStringList tagsOut;
    QStringList membership;

    /// Checks the shape, that the zones exist (country, region or department) and lie within `ownerZone`,
    /// and the membership ids.
    static std::optional<AudienceSpec> fromJson(const QJsonObject &o, const QString &ownerZone, const ZoneTree &zones,
                                                QString *error);
    QJsonObject toJson() const;
    /// The department buckets where its contacts live.
    QStringList departments(const ZoneTree &zones) const;
    /// True when `scope` holds newsletters.send on every zone of it; else names the first one missing.
    bool allowedFor(const AccessScope &scope, QString *missingZone) const;
    /// Whether one stored contact (its record JSON) belongs to it, suppressions aside.
    bool matches(const QJsonObject &contact) const;
    /// Membership and tags only (no channel): shared by e-mail audiences and call campaigns' pools.
    bool matchesGroups(const QJsonObject &contact) const;
};

/// The audience as the server computes it, from its own data only (never from a client's list).
class Audience
{
public:
    struct Member {
        QString contactId;
        QString email;
    };
    /// Every member, one per e-mail address (the first contact by id wins), without suppressed addresses.
    static QList<Member> compute(Db &db, const AudienceSpec &spec, const ZoneTree &zones);
    static qint64 count(Db &db, const AudienceSpec &spec, const ZoneTree &zones);
    /// Lower-case addresses that bounced (never mailed again).
    static QSet<QString> suppressed(Db &db);
};

} // namespace relais::server
