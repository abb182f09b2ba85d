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
    // QDateTime::toString(Qt::ISODateWithMs) is a measurable share of a bulk insert: format by hand,
    // always in UTC ("2026-11-21T20:15:03.123Z"), which also keeps the strings sortable.
    if (!t.isValid())
        return {};
    const qint64 ms = t.toMSecsSinceEpoch();
    qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    const qint64 msOfDay = ms - days * 86400000;
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 year = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    if (month <= 2)
        ++year;
    if (year < 0 || year > 9999)
        return t.toUTC().toString(Qt::ISODateWithMs);
    char buf[25];
    auto put = [&buf](int pos, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buf[pos + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    buf[4] = '-';
    put(5, month, 2);
    buf[7] = '-';
    put(8, day, 2);
    buf[10] = 'T';
    put(11, msOfDay / 3600000, 2);
    buf[13] = ':';
    put(14, (msOfDay / 60000) % 60, 2);
    buf[16] = ':';
    put(17, (msOfDay / 1000) % 60, 2);
    buf[19] = '.';
    put(20, msOfDay % 1000, 3);
    buf[23] = 'Z';
    return QString::fromLatin1(buf, 24);
}

QDateTime ContactRow::fromIso(const QString &s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

QVariantList ContactRow::values(const Contact &c)
{
    QVariantList v;
    v.reserve(columns().size() + 1);
    v.append(c.id);
    v.append(c.zone);
    v.append(c.version);
    v.append(int(c.dirty));
    v.append(nullable(c.title));
    v.append(c.firstName);
    v.append(c.lastName);
    v.append(c.birthdate.isValid() ? QVariant(c.birthdate.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)));
    v.append(nullable(c.email));
    v.append(nullable(c.otherEmails.join(Separator)));
    v.append(nullable(c.phone));
    v.append(nullable(c.otherPhones.join(Separator)));
    v.append(nullable(c.address));
    v.append(nullable(c.postalCode));
    v.append(nullable(c.communeCode));
    v.append(membershipId(c.membership));
    v.append(c.tags.join(Separator));
    v.append(nullable(c.notes));
    for (Channel ch : AllChannels) {
        const Consent &k = c.consentFor(ch);
        v.append(consentValue(k));
        v.append(nullable(isoTime(k.at)));
        v.append(nullable(k.source));
    }
    v.append(c.custom.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                      : QVariant(QString::fromUtf8(QJsonDocument(c.custom).toJson(QJsonDocument::Compact))));
    v.append(isoTime(c.createdAt));
    v.append(isoTime(c.updatedAt));
    v.append(nullable(c.createdBy));
    v.append(nullable(c.updatedBy));
    v.append(TextNormalizer::sortKey(c.lastName, c.firstName));
    return v;
}

void ContactRow::bind(QSqlQuery &q, const Contact &c)
{
    const QVariantList v = values(c);
    for (const QVariant &value : v)
        q.addBindValue(value);
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
