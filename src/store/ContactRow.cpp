#include "ContactRow.h"

#include "TextNormalizer.h"

#include <QJsonDocument>

namespace relais {

namespace {
const QString Separator = QStringLiteral("\n");

QVariant nullable(const QString &s) { return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s); }

QVariant consentValue(const Consent &c)
{
    return c.granted ? QVariant(int(*c.granted)) : QVariant(QMetaType(QMetaType::Int));
}
} // namespace

const QStringList &ContactRow::columns()
{
    static const QStringList cols{
        QStringLiteral("id"), QStringLiteral("zone"), QStringLiteral("version"), QStringLiteral("dirty"),
        QStringLiteral("title"), QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("birthdate"),
        QStringLiteral("email"), QStringLiteral("other_emails"), QStringLiteral("phone"), QStringLiteral("other_phones"),
        QStringLiteral("address"), QStringLiteral("postal_code"), QStringLiteral("commune_code"),
        QStringLiteral("membership"), QStringLiteral("tags"), QStringLiteral("notes"),
        QStringLiteral("consent_email"), QStringLiteral("consent_email_at"), QStringLiteral("consent_email_source"),
        QStringLiteral("consent_phone"), QStringLiteral("consent_phone_at"), QStringLiteral("consent_phone_source"),
        QStringLiteral("consent_sms"), QStringLiteral("consent_sms_at"), QStringLiteral("consent_sms_source"),
        QStringLiteral("custom"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
        QStringLiteral("created_by"), QStringLiteral("updated_by")};
    return cols;
}

QString ContactRow::selectSql()
{
    return QStringLiteral("SELECT lid, ") + columns().join(QLatin1String(", ")) + QStringLiteral(" FROM contacts");
}

QString ContactRow::insertSql()
{
    QStringList marks(columns().size() + 1, QStringLiteral("?"));
    return QStringLiteral("INSERT INTO contacts (") + columns().join(QLatin1String(", "))
        + QStringLiteral(", sort_key) VALUES (") + marks.join(QLatin1String(", ")) + u')';
}

QString ContactRow::updateSql()
{
    QStringList sets;
    for (const QString &c : columns())
        sets << c + QStringLiteral(" = ?");
    sets << QStringLiteral("sort_key = ?");
    return QStringLiteral("UPDATE contacts SET ") + sets.join(QLatin1String(", ")) + QStringLiteral(" WHERE lid = ?");
}

QString ContactRow::isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime ContactRow::fromIso(const QString &s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

void ContactRow::bind(QSqlQuery &q, const Contact &c)
{
    q.addBindValue(c.id);
    q.addBindValue(c.zone);
    q.addBindValue(c.version);
    q.addBindValue(int(c.dirty));
    q.addBindValue(nullable(c.title));
    q.addBindValue(c.firstName);
    q.addBindValue(c.lastName);
    q.addBindValue(c.birthdate.isValid() ? QVariant(c.birthdate.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(nullable(c.email));
    q.addBindValue(nullable(c.otherEmails.join(Separator)));
    q.addBindValue(nullable(c.phone));
    q.addBindValue(nullable(c.otherPhones.join(Separator)));
    q.addBindValue(nullable(c.address));
    q.addBindValue(nullable(c.postalCode));
    q.addBindValue(nullable(c.communeCode));
    q.addBindValue(membershipId(c.membership));
    q.addBindValue(c.tags.join(Separator));
    q.addBindValue(nullable(c.notes));
    for (Channel ch : AllChannels) {
        const Consent &k = c.consentFor(ch);
        q.addBindValue(consentValue(k));
        q.addBindValue(nullable(isoTime(k.at)));
        q.addBindValue(nullable(k.source));
    }
    q.addBindValue(c.custom.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                      : QVariant(QString::fromUtf8(QJsonDocument(c.custom).toJson(QJsonDocument::Compact))));
    q.addBindValue(isoTime(c.createdAt));
    q.addBindValue(isoTime(c.updatedAt));
    q.addBindValue(nullable(c.createdBy));
    q.addBindValue(nullable(c.updatedBy));
    q.addBindValue(TextNormalizer::sortKey(c.lastName, c.firstName));
}

Contact ContactRow::fromQuery(const QSqlQuery &q)
{
    Contact c;
    int i = 0;
    c.localId = q.value(i++).toLongLong();
    c.id = q.value(i++).toString();
    c.zone = q.value(i++).toString();
    c.version = q.value(i++).toLongLong();
    c.dirty = q.value(i++).toInt() != 0;
    c.title = q.value(i++).toString();
    c.firstName = q.value(i++).toString();
    c.lastName = q.value(i++).toString();
    c.birthdate = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    c.email = q.value(i++).toString();
    c.otherEmails = q.value(i++).toString().split(Separator, Qt::SkipEmptyParts);
    c.phone = q.value(i++).toString();
    c.otherPhones = q.value(i++).toString().split(Separator, Qt::SkipEmptyParts);
    c.address = q.value(i++).toString();
    c.postalCode = q.value(i++).toString();
    c.communeCode = q.value(i++).toString();
    c.membership = membershipFromId(q.value(i++).toString()).value_or(Membership::None);
    c.tags = q.value(i++).toString().split(Separator, Qt::SkipEmptyParts);
    c.notes = q.value(i++).toString();
    for (Channel ch : AllChannels) {
        Consent &k = c.consentFor(ch);
        const QVariant v = q.value(i++);
        k.granted = v.isNull() ? std::nullopt : std::optional<bool>(v.toInt() != 0);
        k.at = fromIso(q.value(i++).toString());
        k.source = q.value(i++).toString();
    }
    const QString custom = q.value(i++).toString();
    if (!custom.isEmpty())
        c.custom = QJsonDocument::fromJson(custom.toUtf8()).object();
    c.createdAt = fromIso(q.value(i++).toString());
    c.updatedAt = fromIso(q.value(i++).toString());
    c.createdBy = q.value(i++).toString();
    c.updatedBy = q.value(i++).toString();
    return c;
}

} // namespace relais
