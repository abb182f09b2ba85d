#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace relais {

// Levels of the French administrative geography, from the top down.
enum class ZoneType { Country, Region, Department, Commune };

// One zone of the geography. Codes: "FR", "R84" (region), "D69" / "D2A" (department), "C69123" (commune, INSEE code).
struct Zone
{
    QString code;
    ZoneType type = ZoneType::Country;
    QString name;
    QString parentCode; // empty for the country
    qint64 population = 0; // communes: municipal population; above: sum over their communes
    QStringList postalCodes; // communes only, sorted
};

// Untranslated identifier of a zone type: "country", "region", "department", "commune".
inline QString zoneTypeName(ZoneType type)
{
    switch (type) {
    case ZoneType::Country:
        return QStringLiteral("country");
    case ZoneType::Region:
        return QStringLiteral("region");
    case ZoneType::Department:
        return QStringLiteral("department");
    case ZoneType::Commune:
        return QStringLiteral("commune");
    }
    return {};
}

} // namespace relais
