#include "PetitionPush.h"

#include "ContactJson.h"
#include "Petition.h"
#include "PetitionSigning.h"
#include "RecordPush.h"
#include "ZoneTree.h"

namespace relais::server {

namespace {
const QString TypePetition = QStringLiteral("petition");
const QString TypeSignature = QStringLiteral("signature");
constexpr qsizetype MaxTitleChars = 200;
constexpr qsizetype MaxTextChars = 50 * 1024;
constexpr qsizetype MaxOptinChars = 500;
constexpr qint64 MaxGoal = 100'000'000;
} // namespace

bool PetitionPush::handles(const QString &type) { return type == TypePetition || type == TypeSignature; }

PushResult PetitionPush::rejected(const PushItem &item, const QString &message, const std::optional<StoredRecord> &current) const
{
    return RecordPush::rejection(item, m_user, message, current);
}

PushResult PetitionPush::apply(const PushItem &item)
{
    const auto current = RecordStore::load(m_db, item.type, item.id);
    if (item.type == TypeSignature)
        return rejected(item, QStringLiteral("signatures are written by the server when a signer confirms"), current);
    if (current && !m_user.scope.allows(Feature::PetitionsManage, current->zone))
        return rejected(item, QStringLiteral("petitions.manage is not granted on ") + current->zone, current);
    if (item.op == QLatin1String("put"))
        return put(item, current);
    if (item.op == QLatin1String("delete")) {
        return current ? remove(item, *current) : RecordPush::applied(item);
    }
    return rejected(item, QStringLiteral("a petition takes put or delete"), current);
}

QJsonObject PetitionPush::clientFields(const QJsonObject &data, QString *error) const
{
    QJsonObject out;
    auto text = [&](const char *name, qsizetype max) -> bool {
        const QJsonValue v = data.value(QLatin1String(name));
        if (!v.isUndefined() && !v.isNull() && (!v.isString() || v.toString().size() > max)) {
            *error = QStringLiteral("%1 must be a text of at most %2 characters").arg(QLatin1String(name)).arg(max);
            return false;
        }
        out.insert(QLatin1String(name), v.toString().trimmed());
        return true;
    };
    if (!text("title", MaxTitleChars) || !text("text", MaxTextChars) || !text("optin_text", MaxOptinChars)
        || !text("slug", 63) || !text("updated_at", 40))
        return {};
    if (out.value(QLatin1String("title")).toString().isEmpty()) {
        *error = QStringLiteral("a petition needs a title");
        return {};
    }
    if (!Petition::isValidSlug(out.value(QLatin1String("slug")).toString())) {
        *error = QStringLiteral("slug must be 3 to 63 lowercase letters, digits and hyphens, starting with a letter or digit");
        return {};
    }
    const QJsonValue goal = data.value(QLatin1String("goal"));
    if (!goal.isUndefined() && !goal.isNull() && (!goal.isDouble() || goal.toDouble() < 0 || goal.toDouble() > MaxGoal
                                                  || goal.toDouble() != double(goal.toInteger()))) {
        *error = QStringLiteral("goal must be a whole number from 0 to %1").arg(MaxGoal);
        return {};
    }
    out.insert(QStringLiteral("goal"), goal.toInteger());
    QDateTime times[2];
    int i = 0;
    for (const char *name : {"opens_at", "closes_at"}) {
        const QString v = data.value(QLatin1String(name)).toString();
        if (!v.isEmpty()) {
            times[i] = ContactJson::fromIso(v);
            if (!times[i].isValid()) {
                *error = QStringLiteral("%1 must be an ISO 8601 time or empty").arg(QLatin1String(name));
                return {};
            }
        }
        out.insert(QLatin1String(name), times[i].isValid() ? ContactJson::isoTime(times[i]) : QString());
        ++i;
    }
    if (times[0].isValid() && times[1].isValid() && times[1] <= times[0]) {
        *error = QStringLiteral("closes_at must come after opens_at");
        return {};
    }
    const QString language = data.value(QLatin1String("language")).toString(QStringLiteral("fr"));
    if (language != QLatin1String("fr") && language != QLatin1String("en")) {
        *error = QStringLiteral("language is fr or en");
        return {};
    }
    out.insert(QStringLiteral("language"), language);
    return out;
}

PushResult PetitionPush::put(const PushItem &item, const std::optional<StoredRecord> &current)
{
    const QString zone = item.data.value(QLatin1String("zone")).toString(current ? current->zone : QString()).toUpper();
    const Zone *z = m_zones.zone(zone);
    if (!z || z->type == ZoneType::Commune)
        return rejected(item, QStringLiteral("zone must be a country, region or department"), current);
    if (!m_user.scope.allows(Feature::PetitionsManage, zone))
        return rejected(item, QStringLiteral("petitions.manage is not granted on ") + zone, current);
    QString error;
    const QJsonObject fields = clientFields(item.data, &error);
    if (!error.isEmpty())
        return rejected(item, error, current);
    const QString slug = fields.value(QLatin1String("slug")).toString();
    if (current && current->data.value(QLatin1String("slug")).toString() != slug
        && PetitionSigning::confirmedCount(m_db, item.id) > 0)
        return rejected(item, QStringLiteral("this petition has confirmed signatures: its address (slug) can no longer change"), current);
    const QString owner = m_db.scalar(QStringLiteral("SELECT petition_id FROM petition_slugs WHERE slug = ?"), {slug}).toString();
    if (!owner.isEmpty() && owner != item.id)
        return rejected(item, QStringLiteral("the address /p/%1 is already used by another petition").arg(slug), current);
    m_db.exec(QStringLiteral("DELETE FROM petition_slugs WHERE petition_id = ?"), {item.id});
    m_db.exec(QStringLiteral("INSERT INTO petition_slugs (slug, petition_id) VALUES (?, ?)"), {slug, item.id});

    StoredRecord r;
    r.type = item.type;
    r.id = item.id;
    r.zone = zone;
    r.data = fields;
    r.data.insert(QStringLiteral("created_by"), current ? current->data.value(QLatin1String("created_by")) : QJsonValue(m_user.user.username));
    r.data.insert(QStringLiteral("created_at"), current ? current->data.value(QLatin1String("created_at")) : QJsonValue(m_now));
    r.data.insert(QStringLiteral("updated_by"), m_user.user.username);
    if (r.data.value(QLatin1String("updated_at")).toString().isEmpty())
        r.data.insert(QStringLiteral("updated_at"), m_now);
    RecordStore::save(m_db, m_ops, r);
    return RecordPush::applied(item, r.version, r.data);
}

PushResult PetitionPush::remove(const PushItem &item, const StoredRecord &current)
{
    if (PetitionSigning::confirmedCount(m_db, item.id) > 0)
        return rejected(item, QStringLiteral("this petition has confirmed signatures: close it (closes_at) rather than delete it"),
                        current);
    m_db.exec(QStringLiteral("DELETE FROM petition_signatures WHERE petition_id = ?"), {item.id});
    m_db.exec(QStringLiteral("DELETE FROM petition_tallies WHERE petition_id = ?"), {item.id});
    m_db.exec(QStringLiteral("DELETE FROM petition_slugs WHERE petition_id = ?"), {item.id});
    RecordStore::remove(m_db, m_ops, current);
    return RecordPush::applied(item);
}

} // namespace relais::server
