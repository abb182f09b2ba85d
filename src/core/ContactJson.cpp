#include "ContactJson.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

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

using FieldKind = ContactJson::FieldKind;

const QHash<QString, FieldKind> &fieldKinds()
{
    static const QHash<QString, FieldKind> kinds{
        {QStringLiteral("zone"), FieldKind::Zone},
        {QStringLiteral("title"), FieldKind::Text},
        {QStringLiteral("first_name"), FieldKind::Name},
        {QStringLiteral("last_name"), FieldKind::Name},
        {QStringLiteral("birthdate"), FieldKind::Date},
        {QStringLiteral("email"), FieldKind::Text},
        {QStringLiteral("other_emails"), FieldKind::TextList},
        {QStringLiteral("phone"), FieldKind::Text},
        {QStringLiteral("other_phones"), FieldKind::TextList},
        {QStringLiteral("address"), FieldKind::Text},
        {QStringLiteral("postal_code"), FieldKind::Text},
        {QStringLiteral("commune_code"), FieldKind::Text},
        {QStringLiteral("membership"), FieldKind::Membership},
        {QStringLiteral("tags"), FieldKind::TextList},
        {QStringLiteral("notes"), FieldKind::Text},
        {ConsentIds[0], FieldKind::Consent},
        {ConsentIds[1], FieldKind::Consent},
        {ConsentIds[2], FieldKind::Consent},
        {QStringLiteral("custom"), FieldKind::Custom},
    };
    return kinds;
}

/// The keys of a whole record besides the editable fields.
const QSet<QString> &recordKeys()
{
    static const QSet<QString> keys{QStringLiteral("id"),         QStringLiteral("version"),
                                    QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                    QStringLiteral("created_by"), QStringLiteral("updated_by")};
    return keys;
}

/// Digits at s[from, from + n) as a number, or -1.
int digits(QStringView s, qsizetype from, qsizetype n)
{
    int v = 0;
    for (qsizetype i = from; i < from + n; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

/// "yyyy-MM-ddTHH:mm:ss.zzzZ" naming a real instant: what isoTime() writes, so isoTime(fromIso(s)) == s.
bool isCanonicalTime(QStringView s)
{
    if (s.size() != 24 || s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':' || s[16] != u':'
        || s[19] != u'.' || s[23] != u'Z')
        return false;
    const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
    const int h = digits(s, 11, 2), mi = digits(s, 14, 2), sec = digits(s, 17, 2), ms = digits(s, 20, 3);
    return y >= 1000 && QDate::isValid(y, mo, d) && QTime::isValid(h, mi, sec, ms);
}

QJsonValue textList(const QJsonValue &v)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (std::all_of(a.begin(), a.end(), [](const QJsonValue &x) { return x.isString(); }))
            return v;
    }
    return array(list(v));
}

bool isCanonicalText(const QJsonValue &v) { return v.isNull() || (v.isString() && !v.toString().isEmpty()); }

bool isCanonicalConsent(const QJsonValue &v)
{
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    if (o.size() != 3)
        return false;
    const QJsonValue g = o.value(QLatin1String("granted"));
    const QJsonValue at = o.value(QLatin1String("at"));
    return (g.isBool() || g.isNull()) && (at.isNull() || (at.isString() && isCanonicalTime(at.toString())))
        && isCanonicalText(o.value(QLatin1String("source")));
}

/// True when canonicalField(field, v) would give v itself (checked without building the canonical value).
bool isCanonical(FieldKind kind, const QJsonValue &v)
{
    switch (kind) {
    case FieldKind::Zone:
    case FieldKind::Name:
        return v.isString();
    case FieldKind::Text:
        return isCanonicalText(v);
    case FieldKind::Date:
        return false; // rare enough to be rebuilt every time
    case FieldKind::TextList: {
        if (!v.isArray())
            return false;
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [](const QJsonValue &x) { return x.isString(); });
    }
    case FieldKind::Membership:
        return v.isString() && membershipFromId(v.toString()).has_value();
    case FieldKind::Consent:
        return isCanonicalConsent(v);
    case FieldKind::Custom:
        return v.isObject();
    }
    return false;
}

QJsonObject canonicalConsent(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    const QJsonValue g = o.value(QLatin1String("granted"));
    return {{QStringLiteral("granted"), g.isBool() ? g : QJsonValue()},
            {QStringLiteral("at"), text(ContactJson::canonicalTime(o.value(QLatin1String("at")).toString()))},
            {QStringLiteral("source"), text(o.value(QLatin1String("source")).toString())}};
}

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

QString ContactJson::canonicalTime(const QString &s)
{
    return isCanonicalTime(s) ? s : isoTime(fromIso(s));
}

std::optional<ContactJson::FieldKind> ContactJson::fieldKind(const QString &field)
{
    const auto it = fieldKinds().constFind(field);
    return it == fieldKinds().constEnd() ? std::nullopt : std::optional(*it);
}

QJsonValue ContactJson::canonicalField(const QString &field, const QJsonValue &v)
{
    const auto kind = fieldKind(field);
    if (!kind)
        return QJsonValue(QJsonValue::Undefined);
    switch (*kind) {
    case FieldKind::Zone:
    case FieldKind::Name:
        return v.toString();
    case FieldKind::Text:
        return text(v.toString());
    case FieldKind::Date: {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return text(d.isValid() ? d.toString(Qt::ISODate) : QString());
    }
    case FieldKind::TextList:
        return textList(v);
    case FieldKind::Membership:
        return membershipId(membershipFromId(v.toString()).value_or(Membership::None));
    case FieldKind::Consent:
        return canonicalConsent(v);
    case FieldKind::Custom:
        return v.toObject();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonObject ContactJson::canonicalRecord(const QJsonObject &o)
{
    // Clients send canonical records: start from the input and rewrite only what differs, since every
    // QJsonObject::insert costs a search and a move in its sorted storage.
    QJsonObject out = o;
    QStringList extra;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!fieldKind(it.key()) && !recordKeys().contains(it.key()))
            extra << it.key();
    for (const QString &k : std::as_const(extra))
        out.remove(k);
    for (const QString &f : editableFields()) {
        const QJsonValue v = o.value(f);
        if (!isCanonical(*fieldKind(f), v))
            out.insert(f, canonicalField(f, v));
    }
    const auto keep = [&](const QString &key, const QJsonValue &canonical) {
        if (o.value(key) != canonical)
            out.insert(key, canonical);
    };
    keep(QStringLiteral("id"), o.value(QLatin1String("id")).toString());
    keep(QStringLiteral("version"), o.value(QLatin1String("version")).toInteger());
    keep(QStringLiteral("created_at"), text(canonicalTime(o.value(QLatin1String("created_at")).toString())));
    keep(QStringLiteral("updated_at"), text(canonicalTime(o.value(QLatin1String("updated_at")).toString())));
    keep(QStringLiteral("created_by"), text(o.value(QLatin1String("created_by")).toString()));
    keep(QStringLiteral("updated_by"), text(o.value(QLatin1String("updated_by")).toString()));
    return out;
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

Contact ContactJson::mergeEdits(const Contact &base, const Contact &edited, const Contact &current)
{
    const QJsonObject before = fields(base, editableFields());
    const QJsonObject after = fields(edited, editableFields());
    QJsonObject touched;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (before.value(it.key()) != it.value())
            touched.insert(it.key(), it.value());
    Contact merged = current;
    applyFields(merged, touched);
    return merged;
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
