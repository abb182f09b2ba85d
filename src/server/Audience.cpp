#include "Audience.h"

#include "AccessScope.h"
#include "Contact.h"
#include "ContactStore.h"
#include "ZoneTree.h"

#include <QJsonArray>

#include <algorithm>

namespace relais::server {

namespace {

QStringList stringList(const QJsonValue &v, bool *ok)
{
    QStringList out;
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray()) {
        *ok = false;
        return out;
    }
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a) {
        if (!x.isString()) {
            *ok = false;
            return {};
        }
        const QString s = x.toString().trimmed();
        if (!s.isEmpty() && !out.contains(s, Qt::CaseInsensitive))
            out << s;
    }
    return out;
}

bool hasAnyTag(const QJsonArray &tags, const QStringList &wanted)
{
    for (const QJsonValue &t : tags)
        if (wanted.contains(t.toString(), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

std::optional<AudienceSpec> AudienceSpec::fromJson(const QJsonObject &o, const QString &ownerZone, const ZoneTree &zones,
                                                   QString *error)
{
    AudienceSpec s;
    bool ok = true;
    s.zones = stringList(o.value(QLatin1String("zones")), &ok);
    s.tagsIn = stringList(o.value(QLatin1String("tags_in")), &ok);
    s.tagsOut = stringList(o.value(QLatin1String("tags_out")), &ok);
    s.membership = stringList(o.value(QLatin1String("membership")), &ok);
    if (!ok) {
        *error = QStringLiteral("audience: zones, tags_in, tags_out and membership are lists of strings");
        return std::nullopt;
    }
    if (s.zones.isEmpty()) {
        *error = QStringLiteral("audience: name at least one zone");
        return std::nullopt;
    }
    for (QString &z : s.zones) {
        z = z.toUpper();
        const Zone *zone = zones.zone(z);
        if (!zone || zone->type == ZoneType::Commune) {
            *error = QStringLiteral("audience: %1 is not a country, region or department").arg(z);
            return std::nullopt;
        }
        if (!zones.isWithin(z, ownerZone)) {
            *error = QStringLiteral("audience: %1 is outside the newsletter's zone %2").arg(z, ownerZone);
            return std::nullopt;
        }
    }
    for (const QString &m : std::as_const(s.membership)) {
        if (!membershipFromId(m)) {
            *error = QStringLiteral("audience: unknown membership %1 (none, supporter, member, former)").arg(m);
            return std::nullopt;
        }
    }
    return s;
}

QJsonObject AudienceSpec::toJson() const
{
    return {{QStringLiteral("zones"), QJsonArray::fromStringList(zones)},
            {QStringLiteral("tags_in"), QJsonArray::fromStringList(tagsIn)},
            {QStringLiteral("tags_out"), QJsonArray::fromStringList(tagsOut)},
            {QStringLiteral("membership"), QJsonArray::fromStringList(membership)}};
}

QStringList AudienceSpec::departments(const ZoneTree &tree) const
{
    QStringList out;
    for (const QString &z : zones) {
        const Zone *zone = tree.zone(z);
        if (!zone)
            continue;
        if (zone->type == ZoneType::Department) {
            out << z;
            continue;
        }
        const auto below = tree.descendants(z);
        for (const Zone *d : below)
            if (d->type == ZoneType::Department)
                out << d->code;
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

bool AudienceSpec::allowedFor(const AccessScope &scope, QString *missingZone) const
{
    for (const QString &z : zones) {
        if (!scope.allows(Feature::NewslettersSend, z)) {
            *missingZone = z;
            return false;
        }
    }
    return true;
}

bool AudienceSpec::matches(const QJsonObject &c) const
{
    if (c.value(QLatin1String("email")).toString().isEmpty())
        return false;
    if (c.value(QLatin1String("consent_email")).toObject().value(QLatin1String("granted")) != QJsonValue(true))
        return false;
    return matchesGroups(c);
}

bool AudienceSpec::matchesGroups(const QJsonObject &c) const
{
    if (!membership.isEmpty() && !membership.contains(c.value(QLatin1String("membership")).toString(QStringLiteral("none"))))
        return false;
    const QJsonArray tags = c.value(QLatin1String("tags")).toArray();
    if (!tagsIn.isEmpty() && !hasAnyTag(tags, tagsIn))
        return false;
    return tagsOut.isEmpty() || !hasAnyTag(tags, tagsOut);
}

QSet<QString> Audience::suppressed(Db &db)
{
    QSet<QString> out;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT email FROM email_suppressions"));
    while (q.next())
        out.insert(q.value(0).toString());
    q.finish();
    return out;
}

QList<Audience::Member> Audience::compute(Db &db, const AudienceSpec &spec, const ZoneTree &zones)
{
    const QSet<QString> blocked = suppressed(db);
    QSet<QString> seen;
    QList<Member> out;
    const QStringList departments = spec.departments(zones);
    for (const QString &d : departments) {
        QSqlQuery &q = db.exec(QStringLiteral("SELECT id, data FROM contacts WHERE zone = ? ORDER BY id"), {d});
        while (q.next()) {
            const QJsonObject c = ContactStore::parse(q.value(1));
            if (!spec.matches(c))
                continue;
            const QString email = c.value(QLatin1String("email")).toString().toLower();
            if (blocked.contains(email) || seen.contains(email))
                continue;
            seen.insert(email);
            out.append({q.value(0).toString(), email});
        }
        q.finish();
    }
    return out;
}

qint64 Audience::count(Db &db, const AudienceSpec &spec, const ZoneTree &zones)
{
    return compute(db, spec, zones).size();
}

} // namespace relais::server
