#include "AudienceCriteria.h"

#include <QJsonArray>

namespace relais {

namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        if (const QString s = item.toString().trimmed(); !s.isEmpty() && !out.contains(s))
            out << s;
    return out;
}
} // namespace

QJsonObject AudienceCriteria::toJson() const
{
    return {{QStringLiteral("zones"), QJsonArray::fromStringList(zones)},
            {QStringLiteral("tags_in"), QJsonArray::fromStringList(tagsIn)},
            {QStringLiteral("tags_out"), QJsonArray::fromStringList(tagsOut)},
            {QStringLiteral("membership"), QJsonArray::fromStringList(membership)}};
}

AudienceCriteria AudienceCriteria::fromJson(const QJsonObject &audience)
{
    AudienceCriteria a;
    a.zones = strings(audience.value(QLatin1String("zones")));
    a.tagsIn = strings(audience.value(QLatin1String("tags_in")));
    a.tagsOut = strings(audience.value(QLatin1String("tags_out")));
    a.membership = strings(audience.value(QLatin1String("membership")));
    return a;
}

} // namespace relais
