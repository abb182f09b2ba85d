#include "ServerActor.h"

#include "Uuid7.h"
#include "ZoneTree.h"

namespace relais::server {

const UserAccess &ServerActor::access(const ZoneTree &zones)
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

qint64 ServerActor::clientRow(Db &db, qint64 now)
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

PushResult ServerActor::addInteraction(PushProcessor &processor, const QString &contactId, const QString &zone,
                                       const QString &kind, const QString &at, const QJsonObject &data)
{
    PushItem event;
    event.type = QStringLiteral("interaction");
    event.op = QStringLiteral("put");
    event.id = Uuid7::generate();
    event.data = {{QStringLiteral("id"), event.id},
                  {QStringLiteral("contact_id"), contactId},
                  {QStringLiteral("zone"), zone},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("at"), at},
                  {QStringLiteral("author"), QStringLiteral("relais-server")},
                  {QStringLiteral("data"), data}};
    return processor.apply(event);
}

} // namespace relais::server
