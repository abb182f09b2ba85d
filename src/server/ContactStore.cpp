#include "ContactStore.h"

#include "Contact.h"
#include "ContactJson.h"
#include "Zone.h"
#include "Uuid7.h"
#include "ZoneTree.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace relais::server {

namespace {

using Kind = ContactJson::FieldKind;

constexpr qsizetype MaxText = 100000;

QString childTable(const QString &type)
{
    return type == QLatin1String("conflict") ? QStringLiteral("conflicts") : QStringLiteral("interactions");
}

} // namespace

QByteArray ContactStore::compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QJsonObject ContactStore::parse(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

QJsonObject ContactStore::parse(const QVariant &value)
{
    return QJsonDocument::fromJson(value.metaType() == QMetaType::fromType<QByteArray>() ? value.toByteArray()
                                                                                      : value.toString().toUtf8())
        .object();
}

bool ContactStore::isUuid(const QString &id)
{
    return Uuid7::isWellFormed(id);
}

bool ContactStore::validateFields(const QJsonObject &data, bool requireZone, const ZoneTree &zones, QString *error)
{
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QString &f = it.key();
        const auto kind = ContactJson::fieldKind(f);
        if (!kind)
            continue;
        const QJsonValue v = it.value();
        switch (*kind) {
        case Kind::Zone: {
            const Zone *z = zones.zone(v.toString());
            if (!v.isString() || !z || z->type != ZoneType::Department) {
                *error = QStringLiteral("zone must be a department code such as D69");
                return false;
            }
            break;
        }
        case Kind::Name:
        case Kind::Text:
            if (!v.isString() && !v.isNull()) {
                *error = QStringLiteral("%1 must be a string").arg(f);
                return false;
            }
            if (v.toString().size() > MaxText) {
                *error = QStringLiteral("%1 is too long").arg(f);
                return false;
            }
            break;
        case Kind::Date:
            if (!v.isNull() && !(v.isString() && (v.toString().isEmpty()
                                                  || QDate::fromString(v.toString(), Qt::ISODate).isValid()))) {
                *error = QStringLiteral("birthdate must be an ISO date (YYYY-MM-DD)");
                return false;
            }
            break;
        case Kind::Membership:
            if (!v.isNull() && !(v.isString() && membershipFromId(v.toString()))) {
                *error = QStringLiteral("membership must be none, supporter, member or former");
                return false;
            }
            break;
        case Kind::TextList: {
            if (!v.isArray() && !v.isNull()) {
                *error = QStringLiteral("%1 must be an array of strings").arg(f);
                return false;
            }
            const QJsonArray a = v.toArray();
            for (const QJsonValue &x : a)
                if (!x.isString()) {
                    *error = QStringLiteral("%1 must be an array of strings").arg(f);
                    return false;
                }
            break;
        }
        case Kind::Consent: {
            if (v.isNull())
                break;
            if (!v.isObject()) {
                *error = QStringLiteral("%1 must be an object {granted, at, source}").arg(f);
                return false;
            }
            const QJsonObject o = v.toObject();
            const QJsonValue g = o.value(QLatin1String("granted"));
            if (!g.isBool() && !g.isNull() && !g.isUndefined()) {
                *error = QStringLiteral("%1.granted must be true, false or null").arg(f);
                return false;
            }
            const QJsonValue at = o.value(QLatin1String("at"));
            if (at.isString() && !at.toString().isEmpty() && ContactJson::canonicalTime(at.toString()).isEmpty()) {
                *error = QStringLiteral("%1.at must be an ISO date and time").arg(f);
                return false;
            }
            break;
        }
        case Kind::Custom:
            if (!v.isObject() && !v.isNull()) {
                *error = QStringLiteral("%1 must be an object").arg(f);
                return false;
            }
            break;
        }
    }
    if (requireZone && !data.contains(QLatin1String("zone"))) {
        *error = QStringLiteral("a contact needs a zone (its department, such as D69)");
        return false;
    }
    return true;
}

QJsonObject ContactStore::normalizedFields(const QJsonObject &data)
{
    QJsonObject out;
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QJsonValue v = ContactJson::canonicalField(it.key(), it.value());
        if (!v.isUndefined())
            out.insert(it.key(), v);
    }
    return out;
}

QJsonObject ContactStore::normalizedRecord(const QJsonObject &data)
{
    return ContactJson::canonicalRecord(data);
}

std::optional<StoredContact> ContactStore::load(Db &db, const QString &id)
{
    QSqlQuery &q = db.exec(QStringLiteral("SELECT zone, version, data, field_versions, field_writers, created_at"
                                          " FROM contacts WHERE id = ?"),
                           {id});
    if (!q.next())
        return std::nullopt;
    StoredContact c;
    c.id = id;
    c.zone = q.value(0).toString();
    c.version = q.value(1).toLongLong();
    c.data = parse(q.value(2));
    c.fieldVersions = parse(q.value(3).toString());
    c.fieldWriters = parse(q.value(4).toString());
    c.createdAt = q.value(5).toLongLong();
    q.finish();
    return c;
}

QString ContactStore::emailExpression(const Db &db)
{
    // SQLite keeps the JSON as UTF-8 bytes (a BLOB), which its JSON functions only read as text.
    return db.isPostgres() ? QStringLiteral("((data::jsonb)->>'email')")
                           : QStringLiteral("json_extract(CAST(data AS TEXT), '$.email')");
}

std::optional<StoredContact> ContactStore::findByEmail(Db &db, const QString &normalizedEmail)
{
    if (normalizedEmail.isEmpty())
        return std::nullopt;
    const QString id = db.scalar(QStringLiteral("SELECT id FROM contacts WHERE ") + emailExpression(db)
                                     + QStringLiteral(" = ? ORDER BY created_at, id LIMIT 1"),
                                 {normalizedEmail})
                           .toString();
    return id.isEmpty() ? std::nullopt : load(db, id);
}

void ContactStore::insert(Db &db, const StoredContact &c, const QByteArray &dataJson)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    db.exec(QStringLiteral("INSERT INTO contacts (id, zone, version, data, field_versions, field_writers, created_at,"
                           " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {c.id, c.zone, c.version, db.utf8(dataJson), QString::fromUtf8(compact(c.fieldVersions)),
             QString::fromUtf8(compact(c.fieldWriters)), now, now});
}

void ContactStore::update(Db &db, const StoredContact &c, const QByteArray &dataJson)
{
    db.exec(QStringLiteral("UPDATE contacts SET zone = ?, version = ?, data = ?, field_versions = ?, field_writers = ?,"
                           " updated_at = ? WHERE id = ?"),
            {c.zone, c.version, db.utf8(dataJson), QString::fromUtf8(compact(c.fieldVersions)),
             QString::fromUtf8(compact(c.fieldWriters)), QDateTime::currentMSecsSinceEpoch(), c.id});
}

void ContactStore::remove(Db &db, const QString &id)
{
    db.exec(QStringLiteral("DELETE FROM contacts WHERE id = ?"), {id});
}

QList<ContactChild> ContactStore::children(Db &db, const QString &contactId)
{
    QList<ContactChild> out;
    for (const QString &type : {QStringLiteral("interaction"), QStringLiteral("conflict")}) {
        QSqlQuery &q = db.exec(QStringLiteral("SELECT id, zone, data FROM ") + childTable(type)
                                   + QStringLiteral(" WHERE contact_id = ? ORDER BY id"),
                               {contactId});
        while (q.next()) {
            ContactChild c;
            c.id = q.value(0).toString();
            c.type = type;
            c.zone = q.value(1).toString();
            c.data = parse(q.value(2));
            out << c;
        }
    }
    return out;
}

std::optional<ContactChild> ContactStore::interaction(Db &db, const QString &id)
{
    QSqlQuery &q = db.exec(QStringLiteral("SELECT zone, data FROM interactions WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    ContactChild c;
    c.id = id;
    c.type = QStringLiteral("interaction");
    c.zone = q.value(0).toString();
    c.data = parse(q.value(1));
    q.finish();
    return c;
}

std::optional<std::pair<QString, ContactChild>> ContactStore::conflict(Db &db, const QString &id)
{
    QSqlQuery &q = db.exec(QStringLiteral("SELECT contact_id, zone, data FROM conflicts WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    ContactChild c;
    c.id = id;
    c.type = QStringLiteral("conflict");
    c.zone = q.value(1).toString();
    c.data = parse(q.value(2));
    std::pair<QString, ContactChild> out{q.value(0).toString(), c};
    q.finish();
    return out;
}

void ContactStore::insertChild(Db &db, const ContactChild &child, const QString &contactId, qint64 version,
                               const QByteArray &dataJson)
{
    db.exec(QStringLiteral("INSERT INTO ") + childTable(child.type)
                + QStringLiteral(" (id, contact_id, zone, version, data) VALUES (?, ?, ?, ?, ?)"),
            {child.id, contactId, child.zone, version, db.utf8(dataJson)});
}

void ContactStore::moveChild(Db &db, const ContactChild &child, qint64 version, const QByteArray &dataJson)
{
    db.exec(QStringLiteral("UPDATE ") + childTable(child.type)
                + QStringLiteral(" SET zone = ?, version = ?, data = ? WHERE id = ?"),
            {child.zone, version, db.utf8(dataJson), child.id});
}

void ContactStore::removeChild(Db &db, const ContactChild &child)
{
    db.exec(QStringLiteral("DELETE FROM ") + childTable(child.type) + QStringLiteral(" WHERE id = ?"), {child.id});
}

bool ContactStore::isErased(Db &db, const QString &id)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM erased_ids WHERE id = ?"), {id}).isValid();
}

bool ContactStore::isDeleted(Db &db, const QString &id)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM deleted_ids WHERE id = ?"), {id}).isValid();
}

void ContactStore::markDeleted(Db &db, const QString &id)
{
    db.exec(QStringLiteral("INSERT INTO deleted_ids (id, deleted_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING"),
            {id, QDateTime::currentMSecsSinceEpoch()});
}

void ContactStore::markErased(Db &db, const QString &id)
{
    db.exec(QStringLiteral("INSERT INTO erased_ids (id, erased_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING"),
            {id, QDateTime::currentMSecsSinceEpoch()});
}

} // namespace relais::server
