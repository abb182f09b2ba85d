#include "ContactJson.h"

#include <QJsonArray>

namespace relais {

namespace {

QJsonValue text(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

QJsonArray array(const QStringList &l) { return QJsonArray::fromStringList(l); }

QStringList list(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        out << x.toString();
    return out;
}

QJsonObject consentJson(const Consent &k)
{
    return {{QStringLiteral("granted"), k.granted ? QJsonValue(*k.granted) : QJsonValue()},
            {QStringLiteral("at"), text(ContactJson::isoTime(k.at))},
            {QStringLiteral("source"), text(k.source)}};
}

Consent consentFrom(const QJsonValue &v)
{
    Consent k;
    const QJsonObject o = v.toObject();
    const QJsonValue g = o.value(QLatin1String("granted"));
    if (g.isBool())
        k.granted = g.toBool();
    k.at = ContactJson::fromIso(o.value(QLatin1String("at")).toString());
    k.source = o.value(QLatin1String("source")).toString();
    return k;
}

const QString ConsentIds[3] = {QStringLiteral("consent_email"), QStringLiteral("consent_phone"),
                               QStringLiteral("consent_sms")};

} // namespace

const QStringList &ContactJson::editableFields()
{
    static const QStringList f{
        QStringLiteral("zone"), QStringLiteral("title"), QStringLiteral("first_name"), QStringLiteral("last_name"),
        QStringLiteral("birthdate"), QStringLiteral("email"), QStringLiteral("other_emails"), QStringLiteral("phone"),
        QStringLiteral("other_phones"), QStringLiteral("address"), QStringLiteral("postal_code"),
        QStringLiteral("commune_code"), QStringLiteral("membership"), QStringLiteral("tags"), QStringLiteral("notes"),
        ConsentIds[0], ConsentIds[1], ConsentIds[2], QStringLiteral("custom")};
    return f;
}

QString ContactJson::isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime ContactJson::fromIso(const QString &s)
{
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.toUTC();
}

QJsonObject ContactJson::fields(const Contact &c, const QStringList &names)
{
    QJsonObject o;
    for (const QString &n : names) {
        if (n == QLatin1String("zone")) o.insert(n, c.zone);
        else if (n == QLatin1String("title")) o.insert(n, text(c.title));
        else if (n == QLatin1String("first_name")) o.insert(n, c.firstName);
        else if (n == QLatin1String("last_name")) o.insert(n, c.lastName);
        else if (n == QLatin1String("birthdate")) o.insert(n, text(c.birthdate.isValid() ? c.birthdate.toString(Qt::ISODate) : QString()));
        else if (n == QLatin1String("email")) o.insert(n, text(c.email));
        else if (n == QLatin1String("other_emails")) o.insert(n, array(c.otherEmails));
        else if (n == QLatin1String("phone")) o.insert(n, text(c.phone));
        else if (n == QLatin1String("other_phones")) o.insert(n, array(c.otherPhones));
        else if (n == QLatin1String("address")) o.insert(n, text(c.address));
        else if (n == QLatin1String("postal_code")) o.insert(n, text(c.postalCode));
        else if (n == QLatin1String("commune_code")) o.insert(n, text(c.communeCode));
        else if (n == QLatin1String("membership")) o.insert(n, membershipId(c.membership));
        else if (n == QLatin1String("tags")) o.insert(n, array(c.tags));
        else if (n == QLatin1String("notes")) o.insert(n, text(c.notes));
        else if (n == ConsentIds[0]) o.insert(n, consentJson(c.consentFor(Channel::Email)));
        else if (n == ConsentIds[1]) o.insert(n, consentJson(c.consentFor(Channel::Phone)));
        else if (n == ConsentIds[2]) o.insert(n, consentJson(c.consentFor(Channel::Sms)));
        else if (n == QLatin1String("custom")) o.insert(n, c.custom);
    }
    return o;
}

void ContactJson::applyFields(Contact &c, const QJsonObject &p)
{
    for (auto it = p.begin(); it != p.end(); ++it) {
        const QString &n = it.key();
        const QJsonValue v = it.value();
        if (n == QLatin1String("zone")) c.zone = v.toString();
        else if (n == QLatin1String("title")) c.title = v.toString();
        else if (n == QLatin1String("first_name")) c.firstName = v.toString();
        else if (n == QLatin1String("last_name")) c.lastName = v.toString();
        else if (n == QLatin1String("birthdate")) c.birthdate = QDate::fromString(v.toString(), Qt::ISODate);
        else if (n == QLatin1String("email")) c.email = v.toString();
        else if (n == QLatin1String("other_emails")) c.otherEmails = list(v);
        else if (n == QLatin1String("phone")) c.phone = v.toString();
        else if (n == QLatin1String("other_phones")) c.otherPhones = list(v);
        else if (n == QLatin1String("address")) c.address = v.toString();
        else if (n == QLatin1String("postal_code")) c.postalCode = v.toString();
        else if (n == QLatin1String("commune_code")) c.communeCode = v.toString();
        else if (n == QLatin1String("membership")) c.membership = membershipFromId(v.toString()).value_or(Membership::None);
        else if (n == QLatin1String("tags")) c.tags = list(v);
        else if (n == QLatin1String("notes")) c.notes = v.toString();
        else if (n == ConsentIds[0]) c.consentFor(Channel::Email) = consentFrom(v);
        else if (n == ConsentIds[1]) c.consentFor(Channel::Phone) = consentFrom(v);
        else if (n == ConsentIds[2]) c.consentFor(Channel::Sms) = consentFrom(v);
        else if (n == QLatin1String("custom")) c.custom = v.toObject();
    }
}

QJsonObject ContactJson::toJson(const Contact &c)
{
    QJsonObject o = fields(c, editableFields());
    o.insert(QStringLiteral("id"), c.id);
    o.insert(QStringLiteral("version"), c.version);
    o.insert(QStringLiteral("created_at"), text(isoTime(c.createdAt)));
    o.insert(QStringLiteral("updated_at"), text(isoTime(c.updatedAt)));
    o.insert(QStringLiteral("created_by"), text(c.createdBy));
    o.insert(QStringLiteral("updated_by"), text(c.updatedBy));
    return o;
}

Contact ContactJson::fromJson(const QJsonObject &o)
{
    Contact c;
    applyFields(c, o);
    c.id = o.value(QLatin1String("id")).toString();
    c.version = o.value(QLatin1String("version")).toInteger();
    c.createdAt = fromIso(o.value(QLatin1String("created_at")).toString());
    c.updatedAt = fromIso(o.value(QLatin1String("updated_at")).toString());
    c.createdBy = o.value(QLatin1String("created_by")).toString();
    c.updatedBy = o.value(QLatin1String("updated_by")).toString();
    return c;
}

QJsonObject ContactJson::toJson(const Interaction &i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("contact_id"), i.contactId},
            {QStringLiteral("zone"), i.zone},
            {QStringLiteral("kind"), i.kind},
            {QStringLiteral("at"), isoTime(i.at)},
            {QStringLiteral("author"), text(i.author)},
            {QStringLiteral("data"), i.data}};
}

Interaction ContactJson::interactionFromJson(const QJsonObject &o)
{
    Interaction i;
    i.id = o.value(QLatin1String("id")).toString();
    i.contactId = o.value(QLatin1String("contact_id")).toString();
    i.zone = o.value(QLatin1String("zone")).toString();
    i.kind = o.value(QLatin1String("kind")).toString();
    i.at = fromIso(o.value(QLatin1String("at")).toString());
    i.author = o.value(QLatin1String("author")).toString();
    i.data = o.value(QLatin1String("data")).toObject();
    return i;
}

} // namespace relais
