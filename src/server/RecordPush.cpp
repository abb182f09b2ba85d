#include "RecordPush.h"

#include "Audience.h"
#include "ZoneTree.h"

#include <QJsonArray>

namespace relais::server {

namespace {
constexpr qsizetype MaxBodyChars = 200 * 1024;
constexpr qsizetype MaxLineChars = 1000;

bool isServerOwned(const QString &status) { return !status.isEmpty() && status != QLatin1String("draft"); }
} // namespace

bool RecordPush::handles(const QString &type)
{
    return type == RecordStore::Newsletter || type == RecordStore::Segment || type == RecordStore::Sender;
}

PushResult RecordPush::rejection(const PushItem &item, const UserAccess &user, const QString &message,
                                 const std::optional<StoredRecord> &current)
{
    PushResult r;
    r.seq = item.seq;
    r.status = QStringLiteral("rejected");
    r.message = message;
    if (current && user.scope.allows(Feature::ContactsRead, current->zone)) {
        r.version = current->version;
        r.row = current->data;
    }
    return r;
}

PushResult RecordPush::applied(const PushItem &item, qint64 version, const QJsonValue &row)
{
    PushResult r;
    r.seq = item.seq;
    r.status = QStringLiteral("applied");
    r.version = version;
    r.row = row;
    return r;
}

PushResult RecordPush::rejected(const PushItem &item, const QString &message, const std::optional<StoredRecord> &current) const
{
    return rejection(item, m_user, message, current);
}

PushResult RecordPush::apply(const PushItem &item)
{
    const auto current = RecordStore::load(m_db, item.type, item.id);
    if (item.type == RecordStore::Sender)
        return rejected(item, QStringLiteral("sender identities are managed by the server's administrator"), current);
    if (current && !m_user.scope.allows(Feature::NewslettersSend, current->zone))
        return rejected(item, QStringLiteral("newsletters.send is not granted on ") + current->zone, current);
    if (item.op == QLatin1String("put"))
        return put(item, current);
    if (item.op == QLatin1String("delete"))
        return remove(item, current);
    return rejected(item, QStringLiteral("a %1 takes put or delete").arg(item.type), current);
}

QJsonObject RecordPush::clientFields(const QString &type, const QString &zone, const QJsonObject &data, QString *error) const
{
    auto text = [&](const char *name, qsizetype max) -> std::optional<QString> {
        const QJsonValue v = data.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return QString();
        if (!v.isString() || v.toString().size() > max) {
            *error = QStringLiteral("%1 must be a text of at most %2 characters").arg(QLatin1String(name)).arg(max);
            return std::nullopt;
        }
        return v.toString();
    };
    QJsonObject out;
    const auto name = text("name", MaxLineChars);
    if (!name)
        return {};
    out.insert(QStringLiteral("name"), *name);
    const QJsonObject audienceJson = data.value(QLatin1String("audience")).toObject();
    if (!audienceJson.isEmpty()) {
        const auto spec = AudienceSpec::fromJson(audienceJson, zone, m_zones, error);
        if (!spec)
            return {};
        out.insert(QStringLiteral("audience"), spec->toJson());
    } else if (type == RecordStore::Segment) {
        *error = QStringLiteral("a segment needs an audience");
        return {};
    }
    if (type == RecordStore::Segment)
        return out;

    const QString kind = data.value(QLatin1String("kind")).toString(QStringLiteral("newsletter"));
    if (kind != QLatin1String("newsletter") && kind != QLatin1String("template")) {
        *error = QStringLiteral("kind is newsletter or template");
        return {};
    }
    out.insert(QStringLiteral("kind"), kind);
    const QString language = data.value(QLatin1String("language")).toString(QStringLiteral("fr"));
    if (language != QLatin1String("fr") && language != QLatin1String("en")) {
        *error = QStringLiteral("language is fr or en");
        return {};
    }
    out.insert(QStringLiteral("language"), language);
    for (const char *field : {"subject", "preheader", "sender_id", "segment_id", "updated_at"}) {
        const auto v = text(field, MaxLineChars);
        if (!v)
            return {};
        out.insert(QLatin1String(field), *v);
    }
    const auto body = text("body", MaxBodyChars);
    if (!body)
        return {};
    out.insert(QStringLiteral("body"), *body);
    return out;
}

PushResult RecordPush::put(const PushItem &item, const std::optional<StoredRecord> &current)
{
    const QString zone = item.data.value(QLatin1String("zone")).toString(current ? current->zone : QString()).toUpper();
    const Zone *z = m_zones.zone(zone);
    if (!z || z->type == ZoneType::Commune)
        return rejected(item, QStringLiteral("zone must be a country, region or department"), current);
    if (!m_user.scope.allows(Feature::NewslettersSend, zone))
        return rejected(item, QStringLiteral("newsletters.send is not granted on ") + zone, current);
    if (current && item.type == RecordStore::Newsletter
        && isServerOwned(current->data.value(QLatin1String("status")).toString()))
        return rejected(item, QStringLiteral("this newsletter was already sent or scheduled: it can no longer be edited"),
                        current);
    QString error;
    QJsonObject fields = clientFields(item.type, zone, item.data, &error);
    if (!error.isEmpty())
        return rejected(item, error, current);

    StoredRecord r;
    r.type = item.type;
    r.id = item.id;
    r.zone = zone;
    r.data = fields;
    if (item.type == RecordStore::Newsletter) {
        r.data.insert(QStringLiteral("status"), QStringLiteral("draft"));
        r.data.insert(QStringLiteral("created_by"),
                      current ? current->data.value(QLatin1String("created_by")) : QJsonValue(m_user.user.username));
        r.data.insert(QStringLiteral("created_at"),
                      current ? current->data.value(QLatin1String("created_at")) : QJsonValue(m_now));
    }
    r.data.insert(QStringLiteral("updated_by"), m_user.user.username);
    if (r.data.value(QLatin1String("updated_at")).toString().isEmpty())
        r.data.insert(QStringLiteral("updated_at"), m_now);
    RecordStore::save(m_db, m_ops, r);
    return applied(item, r.version, r.data);
}

PushResult RecordPush::remove(const PushItem &item, const std::optional<StoredRecord> &current)
{
    if (!current)
        return applied(item); // already gone
    if (item.type == RecordStore::Newsletter && isServerOwned(current->data.value(QLatin1String("status")).toString()))
        return rejected(item, QStringLiteral("a sent or scheduled newsletter stays in the record"), current);
    RecordStore::remove(m_db, m_ops, *current);
    return applied(item);
}

} // namespace relais::server
