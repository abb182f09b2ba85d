#include "Roles.h"

#include "AccessScope.h"
#include "Zone.h"
#include "ZoneTree.h"

namespace relais::server {

const QStringList &Roles::names()
{
    static const QStringList n{QStringLiteral("admin"), QStringLiteral("national"), QStringLiteral("regional"),
                               QStringLiteral("cadre"), QStringLiteral("volunteer")};
    return n;
}

std::optional<QStringList> Roles::features(const QString &role)
{
    const QStringList cadre{Feature::ContactsRead,    Feature::ContactsWrite, Feature::ContactsExport,
                            Feature::NewslettersSend, Feature::PetitionsManage, Feature::CallsManage, Feature::ProxiesMatch,
                            Feature::UsersManage};
    if (role == QLatin1String("admin"))
        return Feature::all();
    if (role == QLatin1String("national"))
        return QStringList(cadre) << Feature::ContactsErase;
    if (role == QLatin1String("regional") || role == QLatin1String("cadre"))
        return cadre;
    if (role == QLatin1String("volunteer"))
        return QStringList();
    return std::nullopt;
}

bool Roles::fitsZone(const QString &role, const QString &zoneCode, const ZoneTree &zones, QString *error)
{
    const Zone *z = zones.zone(zoneCode);
    if (!z || z->type == ZoneType::Commune) {
        *error = QStringLiteral("unknown zone %1: a grant names the country (FR), a region (R84) or a department (D69)")
                     .arg(zoneCode);
        return false;
    }
    Q_UNUSED(role);
    return true;
}

} // namespace relais::server
