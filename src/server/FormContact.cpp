#include "FormContact.h"

#include "ContactStore.h"
#include "PushProcessor.h"
#include "Uuid7.h"
#include "ZoneTree.h"

#include <QJsonArray>

namespace relais::server {

namespace {

void require(const PushResult &r, const char *what)
{
    if (r.status != QLatin1String("applied") && r.status != QLatin1String("merged"))
        throw DbError(std::string("a confirmed ") + what + " could not write its contact: " + r.message.toStdString());
}

} // namespace

FormContact::Matched FormContact::matchOrCreate(PushProcessor &processor, Db &db, const ZoneTree &zones,
                                                const FormPerson &person, const QString &tag,
                                                const QJsonObject &emailConsent, const char *what)
{
    if (const auto existing = ContactStore::findByEmail(db, person.email)) {
        const QJsonObject &c = existing->data;
        QJsonObject patch;
        auto fill = [&](const char *field, const QString &value) {
            if (!value.isEmpty() && c.value(QLatin1String(field)).toString().isEmpty())
                patch.insert(QLatin1String(field), value);
        };
        fill("first_name", person.firstName);
        fill("last_name", person.lastName);
        fill("phone", person.phone);
        fill("postal_code", person.postalCode);
        QJsonArray tags = c.value(QLatin1String("tags")).toArray();
        if (!tags.contains(tag)) {
            tags.append(tag);
            patch.insert(QStringLiteral("tags"), tags);
        }
        if (!emailConsent.isEmpty()
            && c.value(QLatin1String("consent_email")).toObject().value(QLatin1String("granted")) != QJsonValue(true))
            patch.insert(QStringLiteral("consent_email"), emailConsent);
        if (!patch.isEmpty()) {
            PushItem item;
            item.type = QStringLiteral("contact");
            item.op = QStringLiteral("patch");
            item.id = existing->id;
            item.baseVersion = existing->version;
            item.data = patch;
            require(processor.apply(item), what);
        }
        return {existing->id, existing->zone};
    }
    const QString id = Uuid7::generate();
    QJsonObject data{{QStringLiteral("zone"), person.department},
                     {QStringLiteral("first_name"), person.firstName},
                     {QStringLiteral("last_name"), person.lastName},
                     {QStringLiteral("email"), person.email},
                     {QStringLiteral("phone"), person.phone},
                     {QStringLiteral("postal_code"), person.postalCode},
                     {QStringLiteral("tags"), QJsonArray{tag}}};
    QString commune = person.communeCode;
    if (commune.isEmpty()) {
        const auto communes = zones.communesForPostalCode(person.postalCode);
        if (communes.size() == 1)
            commune = communes.first()->code;
    }
    if (!commune.isEmpty())
        data.insert(QStringLiteral("commune_code"), commune);
    if (!emailConsent.isEmpty())
        data.insert(QStringLiteral("consent_email"), emailConsent);
    PushItem item;
    item.type = QStringLiteral("contact");
    item.op = QStringLiteral("put");
    item.id = id;
    item.data = data;
    require(processor.apply(item), what);
    return {id, person.department};
}

} // namespace relais::server
