#include "SignatureRecorder.h"

#include "ContactJson.h"
#include "ContactStore.h"
#include "OpLog.h"
#include "Petition.h"
#include "PushProcessor.h"
#include "RecordStore.h"
#include "ServerActor.h"
#include "SignatureForm.h"
#include "Uuid7.h"
#include "ZoneTree.h"

#include <QDateTime>
#include <QJsonArray>

namespace relais::server {

namespace {

QString iso(qint64 ms) { return ContactJson::isoTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)); }

void require(const PushResult &r, const char *what)
{
    if (r.status != QLatin1String("applied") && r.status != QLatin1String("merged"))
        throw DbError(std::string("a confirmed signature could not write its ") + what + ": "
                      + r.message.toStdString());
}

} // namespace

QString SignatureRecorder::record(Db &db, OpWriter &ops, const ZoneTree &zones, const Petition &petition,
                                  const QString &signatureId, const SignatureForm &form, qint64 signedAt,
                                  qint64 confirmedAt, qint64 now)
{
    PushProcessor processor(db, ops, ServerActor::access(zones), ServerActor::clientRow(db, now), zones);
    const QString at = iso(confirmedAt);
    const QString source = QStringLiteral("petition:") + petition.slug;
    const QJsonObject consent{{QStringLiteral("granted"), true}, {QStringLiteral("at"), at}, {QStringLiteral("source"), source}};
    const QString tag = QStringLiteral("petition-") + petition.slug;

    const auto existing = ContactStore::findByEmail(db, form.email);
    QString contactId;
    QString contactZone;
    if (existing) {
        // Match: the cadre's data stays; blanks are filled, the petition's tag and a ticked consent are added.
        contactId = existing->id;
        contactZone = existing->zone;
        const QJsonObject &c = existing->data;
        QJsonObject patch;
        auto fill = [&](const char *field, const QString &value) {
            if (!value.isEmpty() && c.value(QLatin1String(field)).toString().isEmpty())
                patch.insert(QLatin1String(field), value);
        };
        fill("first_name", form.firstName);
        fill("last_name", form.lastName);
        fill("phone", form.phone);
        fill("postal_code", form.postalCode);
        QJsonArray tags = c.value(QLatin1String("tags")).toArray();
        if (!tags.contains(tag)) {
            tags.append(tag);
            patch.insert(QStringLiteral("tags"), tags);
        }
        if (form.newsletter && c.value(QLatin1String("consent_email")).toObject().value(QLatin1String("granted")) != QJsonValue(true))
            patch.insert(QStringLiteral("consent_email"), consent);
        if (!patch.isEmpty()) {
            PushItem item;
            item.type = QStringLiteral("contact");
            item.op = QStringLiteral("patch");
            item.id = contactId;
            item.baseVersion = existing->version;
            item.data = patch;
            require(processor.apply(item), "contact");
        }
    } else {
        contactId = Uuid7::generate();
        contactZone = form.department;
        QJsonObject data{{QStringLiteral("zone"), contactZone},
                         {QStringLiteral("first_name"), form.firstName},
                         {QStringLiteral("last_name"), form.lastName},
                         {QStringLiteral("email"), form.email},
                         {QStringLiteral("phone"), form.phone},
                         {QStringLiteral("postal_code"), form.postalCode},
                         {QStringLiteral("tags"), QJsonArray{tag}}};
        const auto communes = zones.communesForPostalCode(form.postalCode);
        if (communes.size() == 1)
            data.insert(QStringLiteral("commune_code"), communes.first()->code);
        if (form.newsletter)
            data.insert(QStringLiteral("consent_email"), consent);
        PushItem item;
        item.type = QStringLiteral("contact");
        item.op = QStringLiteral("put");
        item.id = contactId;
        item.data = data;
        require(processor.apply(item), "contact");
    }
    require(ServerActor::addInteraction(processor, contactId, contactZone, QStringLiteral("signature"), at,
                                        {{QStringLiteral("petition_id"), petition.id},
                                         {QStringLiteral("petition"), petition.title},
                                         {QStringLiteral("newsletter_optin"), form.newsletter}}),
            "interaction");

    StoredRecord r;
    r.type = QStringLiteral("signature");
    r.id = signatureId;
    r.zone = form.department;
    r.subject = contactId; // erasing the contact erases the signature
    r.data = form.toJson();
    r.data.insert(QStringLiteral("petition_id"), petition.id);
    r.data.insert(QStringLiteral("signed_at"), iso(signedAt));
    r.data.insert(QStringLiteral("confirmed_at"), at);
    r.data.insert(QStringLiteral("contact_id"), contactId);
    RecordStore::save(db, ops, r);
    return contactId;
}

} // namespace relais::server
