#pragma once

#include "AccessCache.h"
#include "Db.h"
#include "PushProcessor.h"

#include <QJsonObject>

namespace relais {
class ZoneTree;
}

namespace relais::server {

/// The server writing contacts for someone without an account (a recipient unsubscribing, a relay reporting a
/// bounce): the same push path as a client, with its own client row, so the change lands in the op log and
/// reaches every replica like any edit.
class ServerActor
{
public:
    /// Contacts read and write everywhere.
    static const UserAccess &access(const ZoneTree &zones);
    /// The client_seqs row the server's own writes are attributed to.
    static qint64 clientRow(Db &db, qint64 now);
    /// Appends an interaction to a contact's timeline, authored "relais-server".
    static PushResult addInteraction(PushProcessor &processor, const QString &contactId, const QString &zone,
                                     const QString &kind, const QString &at, const QJsonObject &data);
};

} // namespace relais::server
