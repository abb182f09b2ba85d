#include "ServerContext.h"

#include "AccessCache.h"
#include "DbExecutor.h"

namespace relais::server {

void ServerContext::grantsChanged(qint64 userId)
{
    access.invalidate(userId);
    if (db.settings().isPostgres())
        db.write([userId](Db &d) {
            d.exec(QStringLiteral("SELECT pg_notify('relais_grants', ?)"), {QString::number(userId)});
        });
}

} // namespace relais::server
