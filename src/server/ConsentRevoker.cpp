#include "ConsentRevoker.h"

#include "AccessCache.h"
#include "ContactJson.h"
#include "ContactStore.h"
#include "NewsletterQueue.h"
#include "OpLog.h"
#include "PushProcessor.h"
#include "Uuid7.h"
#include "ZoneTree.h"

#include <QDateTime>

namespace relais::server {

namespace {

/// The server acting for a recipient: it may change the consent of any contact, and writes as its own client.
const UserAccess &serverAccess(const ZoneTree &zones)
{
    static const UserAccess access = [&zones] {
        UserAccess a;
        a.user.id = 0;
        a.user.username = QStringLiteral("relais-server");
        Grant g;
        g.zone = QStringLiteral("FR");
        g.features = {Feature::ContactsRead, Feature::ContactsWrite};
        g.role = QStringLiteral("system");
        a.scope = AccessScope({g}, zones);
        return a;
    }();
    return access;
}

qint64 serverClientRow(Db &db, qint64 now)
{
    const QString clientId = QStringLiteral("relais-server");
    const qint64 row = db.scalar(QStringLiteral("SELECT id FROM client_seqs WHERE client_id = ? AND user_id = 0"), {clientId}, 0)
                           .toLongLong();
    if (row != 0)
        return row;
    QSqlQuery &q = db.exec(QStringLiteral("INSERT INTO client_seqs (client_id, user_id, last_seq, updated_at)"
                                          " VALUES (?, 0, 0, ?) RETURNING id"),
                           {clientId, now});
    if (!q.next())
        throw DbError("INSERT INTO client_seqs returned no id");
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

} // namespace

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
    PushProcessor processor(db, ops, serverAccess(zones), serverClientRow(db, now), zones);
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
    PushItem event;
    event.type = QStringLiteral("interaction");
    event.op = QStringLiteral("put");
    event.id = Uuid7::generate();
    event.data = {{QStringLiteral("id"), event.id},
                  {QStringLiteral("contact_id"), contactId},
                  {QStringLiteral("zone"), contact->zone},
                  {QStringLiteral("kind"), QStringLiteral("consent")},
                  {QStringLiteral("at"), at},
                  {QStringLiteral("author"), QStringLiteral("relais-server")},
                  {QStringLiteral("data"), QJsonObject{{QStringLiteral("channel"), QStringLiteral("email")},
                                                       {QStringLiteral("granted"), false},
                                                       {QStringLiteral("source"), QStringLiteral("unsubscribe")},
                                                       {QStringLiteral("newsletter"), newsletterId}}}};
    processor.apply(event);
    return Result::Revoked;
}

} // namespace relais::server
