#pragma once

#include "Db.h"

#include <QJsonObject>
#include <QList>

namespace relais::server {

struct AuditEvent {
    qint64 id = 0;
    qint64 at = 0;      ///< ms since the epoch
    qint64 actorId = 0; ///< 0: the command line
    QString action;     ///< "auth.login", "grant.add", "contacts.export", ...
    QString target;     ///< a user id, grant id or record id
    QString zone;
    QJsonObject detail;
    /// {"id", "at" (ISO), "actor", "action", "target", "zone", "detail"}
    QJsonObject toJson() const;
};

/// The audit trail: sensitive operations, logins and role changes, written in the caller's transaction.
class AuditLog
{
public:
    static void record(Db &db, qint64 actorId, const QString &action, const QString &target = {},
                       const QString &zone = {}, const QJsonObject &detail = {});
    /// Most recent first.
    static QList<AuditEvent> recent(Db &db, int limit);
};

} // namespace relais::server
