#include "ConsentRevoker.h"

#include "ContactJson.h"
#include "ContactStore.h"
#include "NewsletterQueue.h"
#include "OpLog.h"
#include "PushProcessor.h"
#include "ServerActor.h"
#include "ZoneTree.h"

#include <QDateTime>

namespace relais::server {

ConsentRevoker::Result ConsentRevoker::revoke(Db &db, OpWriter &ops, const ZoneTree &zones, const QString &newsletterId,
                                              const QString &contactId, qint64 now)
{
    const auto contact = ContactStore::load(db, contactId);
    if (!contact)
        return Result::UnknownContact;
    const bool counted = db.scalar(QStringLiteral("SELECT COUNT(*) FROM newsletter_events WHERE newsletter_id = ?"
                                                  " AND contact_id = ? AND kind = 'unsubscribe'"),
                                   {newsletterId, contactId}, 0)
                             .toInt() > 0;
    if (!counted)
        NewsletterQueue::addEvent(db, newsletterId, contactId, QStringLiteral("unsubscribe"), now);
    const QJsonValue granted = contact->data.value(QLatin1String("consent_email")).toObject().value(QLatin1String("granted"));
    if (granted == QJsonValue(false))
        return Result::AlreadyRevoked;

    const QString at = ContactJson::isoTime(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
    PushProcessor processor(db, ops, ServerActor::access(zones), ServerActor::clientRow(db, now), zones);
    PushItem patch;
    patch.type = QStringLiteral("contact");
    patch.op = QStringLiteral("patch");
    patch.id = contactId;
    patch.baseVersion = contact->version;
    patch.data = {{QStringLiteral("consent_email"),
                   QJsonObject{{QStringLiteral("granted"), false},
                               {QStringLiteral("at"), at},
                               {QStringLiteral("source"), QStringLiteral("unsubscribe")}}}};
    const PushResult r = processor.apply(patch);
    if (r.status != QLatin1String("applied") && r.status != QLatin1String("merged"))
        throw DbError("the unsubscribe was not applied to the contact");
    ServerActor::addInteraction(processor, contactId, contact->zone, QStringLiteral("consent"), at,
                                {{QStringLiteral("channel"), QStringLiteral("email")},
                                 {QStringLiteral("granted"), false},
                                 {QStringLiteral("source"), QStringLiteral("unsubscribe")},
                                 {QStringLiteral("newsletter"), newsletterId}});
    return Result::Revoked;
}

} // namespace relais::server
