#include "AccessScope.h"

#include "Zone.h"
#include "ZoneTree.h"

#include <QJsonObject>
#include <QSet>

namespace relais {

const QStringList &Feature::all()
{
    static const QStringList f{ContactsRead, ContactsWrite, ContactsExport, ContactsErase, NewslettersSend, PetitionsManage,
                               CallsManage, ProxiesMatch, UsersManage, AuditRead};
    return f;
}

bool Feature::isKnown(const QString &feature) { return all().contains(feature); }

QJsonObject Grant::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("zone"), zone},
            {QStringLiteral("features"), QJsonArray::fromStringList(features)},
            {QStringLiteral("role"), role}, {QStringLiteral("granted_by"), grantedBy}};
}

Grant Grant::fromJson(const QJsonObject &o)
{
    Grant g;
    g.id = o.value(QLatin1String("id")).toInteger();
    g.zone = o.value(QLatin1String("zone")).toString();
    const QJsonArray a = o.value(QLatin1String("features")).toArray();
    for (const QJsonValue &v : a)
        g.features << v.toString();
    g.role = o.value(QLatin1String("role")).toString();
    g.grantedBy = o.value(QLatin1String("granted_by")).toInteger();
    return g;
}

AccessScope::AccessScope(QList<Grant> grants, const ZoneTree &zones)
    : m_grants(std::move(grants)), m_zones(&zones)
{
}

bool AccessScope::allows(const QString &feature, const QString &zone) const
{
    if (!m_zones || zone.isEmpty())
        return false;
    for (const Grant &g : m_grants)
        if (g.features.contains(feature) && m_zones->isWithin(zone, g.zone))
            return true;
    return false;
}

bool AccessScope::hasFeature(const QString &feature) const
{
    for (const Grant &g : m_grants)
        if (g.features.contains(feature))
            return true;
    return false;
}

QStringList AccessScope::buckets() const
{
    if (!m_zones)
        return {};
    QSet<QString> out;
    for (const Grant &g : m_grants) {
        if (!g.features.contains(Feature::ContactsRead) || !m_zones->zone(g.zone))
            continue;
        out.insert(g.zone);
        const auto below = m_zones->descendants(g.zone);
        for (const Zone *z : below)
            if (z->type != ZoneType::Commune)
                out.insert(z->code);
        const auto above = m_zones->ancestors(g.zone);
        for (const Zone *z : above)
            out.insert(z->code);
    }
    QStringList l(out.begin(), out.end());
    l.sort();
    return l;
}

QStringList AccessScope::contactBuckets() const
{
    QStringList out;
    const QStringList all = buckets();
    for (const QString &b : all) {
        const Zone *z = m_zones->zone(b);
        if (z && z->type == ZoneType::Department && allows(Feature::ContactsRead, b))
            out << b;
    }
    return out;
}

bool AccessScope::canDelegate(const QStringList &features, const QString &zone) const
{
    if (features.isEmpty())
        return false;
    for (const QString &f : features)
        if (!allows(f, zone))
            return false;
    return true;
}

bool AccessScope::validGrant(const Grant &g, const ZoneTree &zones, QString *error)
{
    const Zone *z = zones.zone(g.zone);
    if (!z || z->type == ZoneType::Commune) {
        *error = QStringLiteral("a grant names the country, a region or a department");
        return false;
    }
    if (g.features.isEmpty()) {
        *error = QStringLiteral("a grant needs at least one feature");
        return false;
    }
    for (const QString &f : g.features)
        if (!Feature::isKnown(f)) {
            *error = QStringLiteral("unknown feature: ") + f;
            return false;
        }
    return true;
}

} // namespace relais
