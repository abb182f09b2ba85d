#include "SignatureRecorder.h"

#include "ContactJson.h"
#include "FormContact.h"
#include "OpLog.h"
#include "Petition.h"
#include "PushProcessor.h"
#include "RecordStore.h"
#include "ServerActor.h"
#include "SignatureForm.h"

#include <QDateTime>

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

    const FormPerson person{form.firstName, form.lastName, form.email, form.phone, form.postalCode, QString(), form.department};
    const auto contact = FormContact::matchOrCreate(processor, db, zones, person, tag, form.newsletter ? consent : QJsonObject(),
                                                    "signature");
    const QString contactId = contact.id;
    const QString contactZone = contact.zone;
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
