#include "SyncTypes.h"

#include "ContactJson.h"

#include <QJsonArray>

namespace relais {

SyncConflict SyncConflict::fromJson(const QJsonObject &o)
{
    SyncConflict c;
    c.id = o.value(QLatin1String("id")).toString();
    c.zone = o.value(QLatin1String("zone")).toString();
    c.recordType = o.value(QLatin1String("record_type")).toString();
    c.contactId = o.value(QLatin1String("record_id")).toString();
    c.field = o.value(QLatin1String("field")).toString();
    c.serverValue = o.value(QLatin1String("server_value"));
    c.clientValue = o.value(QLatin1String("client_value"));
    c.clientAuthor = o.value(QLatin1String("client_author")).toString();
    c.baseVersion = o.value(QLatin1String("base_version")).toInteger();
    c.serverVersion = o.value(QLatin1String("server_version")).toInteger();
    c.createdAt = ContactJson::fromIso(o.value(QLatin1String("created_at")).toString());
    return c;
}

QJsonObject SyncConflict::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("zone"), zone},
            {QStringLiteral("record_type"), recordType},
            {QStringLiteral("record_id"), contactId},
            {QStringLiteral("field"), field},
            {QStringLiteral("server_value"), serverValue},
            {QStringLiteral("client_value"), clientValue},
            {QStringLiteral("client_author"), clientAuthor},
            {QStringLiteral("base_version"), baseVersion},
            {QStringLiteral("server_version"), serverVersion},
            {QStringLiteral("created_at"), ContactJson::isoTime(createdAt)}};
}

QJsonObject SyncPushItem::toJson() const
{
    QJsonObject o{{QStringLiteral("seq"), seq},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("op"), op},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("base_version"), baseVersion}};
    if (op != QLatin1String("delete"))
        o.insert(QStringLiteral("data"), data);
    return o;
}

SyncPushResult::Status SyncPushResult::statusFromString(const QString &s)
{
    if (s == QLatin1String("applied"))
        return Status::Applied;
    if (s == QLatin1String("merged"))
        return Status::Merged;
    if (s == QLatin1String("conflict"))
        return Status::Conflict;
    if (s == QLatin1String("rejected"))
        return Status::Rejected;
    if (s == QLatin1String("duplicate"))
        return Status::Duplicate;
    return Status::Unknown;
}

SyncPushResult SyncPushResult::fromJson(const QJsonObject &o)
{
    SyncPushResult r;
    r.seq = o.value(QLatin1String("seq")).toInteger();
    r.status = statusFromString(o.value(QLatin1String("status")).toString());
    r.version = o.value(QLatin1String("version")).toInteger();
    r.row = o.value(QLatin1String("row"));
    if (r.row.isUndefined())
        r.row = QJsonValue(QJsonValue::Null);
    const QJsonArray fields = o.value(QLatin1String("fields")).toArray();
    for (const QJsonValue &f : fields)
        r.fields << f.toString();
    r.message = o.value(QLatin1String("message")).toString();
    return r;
}

} // namespace relais
