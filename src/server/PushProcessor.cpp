#include "PushProcessor.h"

#include "ContactJson.h"
#include "CallPush.h"
#include "PetitionPush.h"
#include "ProxyPush.h"
#include "RecordPush.h"
#include "Interaction.h"
#include "Uuid7.h"
#include "ZoneTree.h"

#include <QDateTime>
#include <QJsonArray>

namespace relais::server {

namespace {
const QString TypeContact = QStringLiteral("contact");
const QString TypeInteraction = QStringLiteral("interaction");
const QString TypeConflict = QStringLiteral("conflict");

QString nowText() { return ContactJson::isoTime(QDateTime::currentDateTimeUtc()); }
} // namespace

QJsonObject PushResult::toJson() const
{
    QJsonObject o{{QStringLiteral("seq"), seq}, {QStringLiteral("status"), status}};
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("row"), row);
    o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    o.insert(QStringLiteral("message"), message.isEmpty() ? QJsonValue() : QJsonValue(message));
    return o;
}

PushProcessor::PushProcessor(Db &db, OpWriter &ops, const UserAccess &user, qint64 clientRow, const ZoneTree &zones)
    : m_db(db), m_ops(ops), m_user(user), m_clientRow(clientRow), m_zones(zones), m_now(nowText())
{
}

bool PushProcessor::canWrite(const QString &zone) const
{
    return m_user.scope.allows(Feature::ContactsWrite, zone);
}

PushResult PushProcessor::rejected(const PushItem &item, const QString &message, const StoredContact *current) const
{
    PushResult r;
    r.seq = item.seq;
    r.status = QStringLiteral("rejected");
    r.message = message;
    if (current) {
        r.version = current->version;
        // The compensating write, only for a client allowed to see the record.
        if (m_user.scope.allows(Feature::ContactsRead, current->zone))
            r.row = current->data;
    }
    return r;
}

PushResult PushProcessor::apply(const PushItem &item)
{
    if (!ContactStore::isUuid(item.id))
        return rejected(item, QStringLiteral("id must be a lowercase UUID"));
    if (item.type == TypeContact) {
        if (ContactStore::isErased(m_db, item.id))
            return rejected(item, QStringLiteral("this contact was erased"));
        if (item.op == QLatin1String("put"))
            return contactPut(item);
        if (item.op == QLatin1String("patch")) {
            if (ContactStore::isDeleted(m_db, item.id))
                return rejected(item, QStringLiteral("this contact was deleted"));
            auto current = ContactStore::load(m_db, item.id);
            if (!current)
                return rejected(item, QStringLiteral("unknown contact"));
            return contactPatch(item, *current, item.data);
        }
        if (item.op == QLatin1String("delete"))
            return contactDelete(item);
        return rejected(item, QStringLiteral("a contact takes put, patch or delete"));
    }
    if (item.type == TypeInteraction) {
        if (item.op != QLatin1String("put"))
            return rejected(item, QStringLiteral("interactions are append-only: put only"));
        return interactionPut(item);
    }
    if (item.type == TypeConflict) {
        if (item.op == QLatin1String("resolve"))
            return conflictResolve(item, false);
        if (item.op == QLatin1String("delete"))
            return conflictResolve(item, true);
        return rejected(item, QStringLiteral("a conflict takes resolve or delete"));
    }
    if (PetitionPush::handles(item.type))
        return PetitionPush(m_db, m_ops, m_user, m_zones, m_now).apply(item);
    if (RecordPush::handles(item.type))
        return RecordPush(m_db, m_ops, m_user, m_zones, m_now).apply(item);
    if (CallPush::handles(item.type))
        return CallPush(m_db, m_ops, m_user, m_zones, m_now).apply(item);
    if (ProxyPush::handles(item.type))
        return ProxyPush(m_db, m_ops, m_user, m_zones, m_now).apply(item);
    return rejected(item, QStringLiteral("unknown type"));
}

PushResult PushProcessor::contactPut(const PushItem &item)
{
    if (ContactStore::isDeleted(m_db, item.id))
        return rejected(item, QStringLiteral("this contact was deleted"));
    QString error;
    auto current = ContactStore::load(m_db, item.id);
    if (!ContactStore::validateFields(item.data, !current, m_zones, &error))
        return rejected(item, error, current ? &*current : nullptr);
    if (current) // a put of a known contact is a patch of every field it names
        return contactPatch(item, *current, item.data);

    const QJsonObject record = ContactStore::normalizedRecord(item.data);
    StoredContact c;
    c.id = item.id;
    c.zone = record.value(QLatin1String("zone")).toString();
    if (!canWrite(c.zone))
        return rejected(item, QStringLiteral("contacts.write is not granted on ") + c.zone);
    c.data = record;
    c.data.insert(QStringLiteral("id"), item.id);
    if (c.data.value(QLatin1String("created_at")).toString().isEmpty())
        c.data.insert(QStringLiteral("created_at"), m_now);
    writeContact(c, QString(), {}, true);
    PushResult r;
    r.seq = item.seq;
    r.status = QStringLiteral("applied");
    r.version = c.version;
    return r;
}

PushResult PushProcessor::contactPatch(const PushItem &item, StoredContact c, const QJsonObject &patch)
{
    QString error;
    if (!ContactStore::validateFields(patch, false, m_zones, &error))
        return rejected(item, error, &c);
    if (!canWrite(c.zone))
        return rejected(item, QStringLiteral("contacts.write is not granted on ") + c.zone, &c);

    const QJsonObject pushed = ContactStore::normalizedFields(patch);
    const QString pushedZone = pushed.value(QLatin1String("zone")).toString(c.zone);
    if (pushedZone != c.zone && !canWrite(pushedZone)) // checked before any conflict: the move is not allowed at all
        return rejected(item, QStringLiteral("moving a contact needs contacts.write on ") + pushedZone, &c);
    QStringList changed;
    QStringList clashes;
    for (auto it = pushed.begin(); it != pushed.end(); ++it) {
        const QString &f = it.key();
        if (c.data.value(f) == it.value())
            continue;
        const qint64 fieldVersion = c.fieldVersion(f);
        const qint64 writer = c.fieldWriter(f);
        if (fieldVersion > item.baseVersion && writer != m_clientRow)
            clashes << f;
        else
            changed << f;
    }
    bool othersChanged = false;
    for (const QString &f : ContactJson::editableFields()) {
        if (changed.contains(f) || clashes.contains(f))
            continue;
        if (c.fieldVersion(f) > item.baseVersion && c.fieldWriter(f) != m_clientRow)
            othersChanged = true;
    }

    const QString oldZone = c.zone;
    if (changed.contains(QLatin1String("zone"))) {
        const QString newZone = pushed.value(QLatin1String("zone")).toString();
        if (!canWrite(newZone))
            return rejected(item, QStringLiteral("moving a contact needs contacts.write on ") + newZone, &c);
        c.zone = newZone;
    }
    if (!changed.isEmpty()) {
        for (const QString &f : std::as_const(changed))
            c.data.insert(f, pushed.value(f));
        const QString by = patch.value(QLatin1String("updated_by")).toString();
        if (!by.isEmpty())
            c.data.insert(QStringLiteral("updated_by"), by.left(200));
        writeContact(c, oldZone, changed, false);
    }
    for (const QString &f : std::as_const(clashes))
        addConflict(c, f, c.data.value(f), pushed.value(f), item.baseVersion, c.fieldVersion(f));

    PushResult r;
    r.seq = item.seq;
    r.version = c.version;
    if (!clashes.isEmpty()) {
        r.status = QStringLiteral("conflict");
        r.fields = clashes;
    } else {
        r.status = othersChanged ? QStringLiteral("merged") : QStringLiteral("applied");
    }
    return r;
}

void PushProcessor::writeContact(StoredContact &c, const QString &oldZone, const QStringList &changedFields, bool isNew)
{
    const bool moved = !isNew && oldZone != c.zone;
    if (moved)
        m_ops.remove(oldZone, TypeContact, c.id, c.id);
    const qint64 version = m_ops.nextOpId();
    if (isNew)
        c.setAllFields(version, m_clientRow);
    else
        for (const QString &f : changedFields)
            c.setField(f, version, m_clientRow);
    c.version = version;
    c.data.insert(QStringLiteral("version"), version);
    c.data.insert(QStringLiteral("updated_at"), m_now);
    const QByteArray json = ContactStore::compact(c.data);
    m_ops.put(c.zone, TypeContact, c.id, c.id, json);
    if (isNew)
        ContactStore::insert(m_db, c, json);
    else
        ContactStore::update(m_db, c, json);
    if (!moved)
        return;
    const QList<ContactChild> children = ContactStore::children(m_db, c.id);
    for (ContactChild child : children) {
        m_ops.remove(child.zone, child.type, child.id, c.id);
        child.zone = c.zone;
        child.data.insert(QStringLiteral("zone"), c.zone);
        const QByteArray childJson = ContactStore::compact(child.data);
        const qint64 v = m_ops.put(child.zone, child.type, child.id, c.id, childJson);
        ContactStore::moveChild(m_db, child, v, childJson);
    }
}

void PushProcessor::addConflict(const StoredContact &c, const QString &field, const QJsonValue &serverValue,
                                const QJsonValue &clientValue, qint64 baseVersion, qint64 serverVersion)
{
    ContactChild conflict;
    conflict.id = Uuid7::generate();
    conflict.type = TypeConflict;
    conflict.zone = c.zone;
    const QString author = m_user.user.displayName.isEmpty() ? m_user.user.username : m_user.user.displayName;
    conflict.data = QJsonObject{{QStringLiteral("id"), conflict.id},
                                {QStringLiteral("zone"), c.zone},
                                {QStringLiteral("record_type"), TypeContact},
                                {QStringLiteral("record_id"), c.id},
                                {QStringLiteral("field"), field},
                                {QStringLiteral("server_value"), serverValue},
                                {QStringLiteral("client_value"), clientValue},
                                {QStringLiteral("client_author"), author},
                                {QStringLiteral("base_version"), baseVersion},
                                {QStringLiteral("server_version"), serverVersion},
                                {QStringLiteral("created_at"), m_now}};
    const QByteArray json = ContactStore::compact(conflict.data);
    const qint64 v = m_ops.put(c.zone, TypeConflict, conflict.id, c.id, json);
    ContactStore::insertChild(m_db, conflict, c.id, v, json);
}

PushResult PushProcessor::contactDelete(const PushItem &item)
{
    PushResult r;
    r.seq = item.seq;
    r.status = QStringLiteral("applied");
    auto c = ContactStore::load(m_db, item.id);
    if (!c)
        return r; // never reached the server, or already deleted: nothing left to delete
    if (!canWrite(c->zone))
        return rejected(item, QStringLiteral("contacts.write is not granted on ") + c->zone, &*c);
    const QList<ContactChild> children = ContactStore::children(m_db, c->id);
    for (const ContactChild &child : children) {
        m_ops.remove(child.zone, child.type, child.id, c->id);
        ContactStore::removeChild(m_db, child);
    }
    r.version = m_ops.remove(c->zone, TypeContact, c->id, c->id);
    ContactStore::remove(m_db, c->id);
    ContactStore::markDeleted(m_db, c->id);
    return r;
}

PushResult PushProcessor::interactionPut(const PushItem &item)
{
    if (ContactStore::isErased(m_db, item.id))
        return rejected(item, QStringLiteral("this interaction was erased"));
    Interaction i = ContactJson::interactionFromJson(item.data);
    i.id = item.id;
    if (!ContactStore::isUuid(i.contactId))
        return rejected(item, QStringLiteral("contact_id must be a lowercase UUID"));
    if (i.kind.isEmpty() || i.kind.size() > 64)
        return rejected(item, QStringLiteral("an interaction needs a kind"));
    if (item.data.contains(QLatin1String("data")) && !item.data.value(QLatin1String("data")).isObject())
        return rejected(item, QStringLiteral("data must be an object"));
    if (ContactStore::isErased(m_db, i.contactId))
        return rejected(item, QStringLiteral("the contact was erased"));
    if (auto existing = ContactStore::interaction(m_db, item.id)) {
        PushResult r;
        r.seq = item.seq;
        r.status = QStringLiteral("duplicate");
        return r;
    }
    if (ContactStore::isDeleted(m_db, i.contactId))
        return rejected(item, QStringLiteral("the contact was deleted"));
    const auto contact = ContactStore::load(m_db, i.contactId);
    if (!contact)
        return rejected(item, QStringLiteral("unknown contact"));
    if (!canWrite(contact->zone))
        return rejected(item, QStringLiteral("contacts.write is not granted on ") + contact->zone);
    if (!i.at.isValid())
        i.at = QDateTime::currentDateTimeUtc();
    i.zone = contact->zone;
    ContactChild child;
    child.id = i.id;
    child.type = TypeInteraction;
    child.zone = contact->zone;
    child.data = ContactJson::toJson(i);
    const QByteArray json = ContactStore::compact(child.data);
    PushResult r;
    r.seq = item.seq;
    r.status = QStringLiteral("applied");
    r.version = m_ops.put(child.zone, TypeInteraction, child.id, contact->id, json);
    ContactStore::insertChild(m_db, child, contact->id, r.version, json);
    return r;
}

PushResult PushProcessor::conflictResolve(const PushItem &item, bool dismiss)
{
    const auto found = ContactStore::conflict(m_db, item.id);
    if (!found)
        return rejected(item, QStringLiteral("this conflict is already resolved"));
    const QString &contactId = found->first;
    const ContactChild &conflict = found->second;
    auto c = ContactStore::load(m_db, contactId);
    if (!c)
        return rejected(item, QStringLiteral("unknown contact"));
    if (!canWrite(c->zone))
        return rejected(item, QStringLiteral("contacts.write is not granted on ") + c->zone);
    PushResult r;
    r.seq = item.seq;
    r.status = QStringLiteral("applied");
    const QString field = conflict.data.value(QLatin1String("field")).toString();
    if (!dismiss) {
        if (!item.data.contains(QLatin1String("value")))
            return rejected(item, QStringLiteral("resolve needs data.value"));
        const QJsonObject patch{{field, item.data.value(QLatin1String("value"))}};
        QString error;
        if (!ContactStore::validateFields(patch, false, m_zones, &error))
            return rejected(item, error);
        const QJsonObject pushed = ContactStore::normalizedFields(patch);
        if (pushed.contains(field) && pushed.value(field) != c->data.value(field)) {
            const QString oldZone = c->zone;
            if (field == QLatin1String("zone")) {
                const QString newZone = pushed.value(field).toString();
                if (!canWrite(newZone))
                    return rejected(item, QStringLiteral("moving a contact needs contacts.write on ") + newZone);
                c->zone = newZone;
            }
            c->data.insert(field, pushed.value(field));
            writeContact(*c, oldZone, {field}, false);
        }
    }
    // The conflict record may have moved with its contact: remove it from where it is now.
    const auto now = ContactStore::conflict(m_db, item.id);
    const ContactChild &current = now ? now->second : conflict;
    m_ops.remove(current.zone, TypeConflict, current.id, contactId);
    ContactStore::removeChild(m_db, current);
    r.version = c->version;
    return r;
}

} // namespace relais::server
