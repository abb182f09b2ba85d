#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace relais {
class ZoneTree;
}

namespace relais::server {

/// The predefined roles of `relais-server role grant --role R`.
/// admin: every feature; national (the country), regional (a region), cadre (a department): contacts.read,
/// contacts.write, contacts.export, newsletters.send, petitions.manage, calls.manage, proxies.match, users.manage, plus
/// contacts.erase for national; volunteer: no zone grant (they see only the contacts they claim).
class Roles
{
public:
    static const QStringList &names();
    /// The features of a role; nullopt for an unknown role; empty for volunteer.
    static std::optional<QStringList> features(const QString &role);
    /// Whether the role may be granted on `zone`: the country, a region or a department (the role names the
    /// feature set; national is meant for FR, regional for a region, cadre for a department). *error says why not.
    static bool fitsZone(const QString &role, const QString &zone, const ZoneTree &zones, QString *error);
};

} // namespace relais::server
