#include "Petition.h"

#include "PetitionSlug.h"

namespace relais::server {

Petition Petition::fromRecord(const StoredRecord &r)
{
    Petition p;
    const QJsonObject &d = r.data;
    p.id = r.id;
    p.zone = r.zone;
    p.title = d.value(QLatin1String("title")).toString();
    p.text = d.value(QLatin1String("text")).toString();
    p.goal = d.value(QLatin1String("goal")).toInteger();
    p.slug = d.value(QLatin1String("slug")).toString();
    p.opensAt = QDateTime::fromString(d.value(QLatin1String("opens_at")).toString(), Qt::ISODateWithMs);
    p.closesAt = QDateTime::fromString(d.value(QLatin1String("closes_at")).toString(), Qt::ISODateWithMs);
    p.optinText = d.value(QLatin1String("optin_text")).toString();
    p.language = d.value(QLatin1String("language")).toString(QStringLiteral("fr"));
    return p;
}

std::optional<Petition> Petition::bySlug(Db &db, const QString &slug)
{
    if (!isValidSlug(slug))
        return std::nullopt;
    const QString id = db.scalar(QStringLiteral("SELECT petition_id FROM petition_slugs WHERE slug = ?"), {slug}).toString();
    if (id.isEmpty())
        return std::nullopt;
    const auto r = RecordStore::load(db, QStringLiteral("petition"), id);
    return r ? std::optional<Petition>(fromRecord(*r)) : std::nullopt;
}

bool Petition::isValidSlug(const QString &slug) { return PetitionSlug::isValid(slug); }

} // namespace relais::server
