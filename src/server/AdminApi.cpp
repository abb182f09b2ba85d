#include "AdminApi.h"

#include "AuditLog.h"
#include "HttpServer.h"
#include "UserStore.h"
#include "ZoneTree.h"

#include <QJsonArray>

namespace relais::server {

namespace {

/// The zones where the caller holds users.manage.
QStringList managedZones(const UserAccess &u)
{
    QStringList zones;
    for (const Grant &g : u.scope.grants())
        if (g.features.contains(Feature::UsersManage) && !zones.contains(g.zone))
            zones << g.zone;
    return zones;
}

bool insideAny(const ZoneTree &tree, const QString &zone, const QStringList &zones)
{
    for (const QString &z : zones)
        if (tree.isWithin(zone, z))
            return true;
    return false;
}

} // namespace

void AdminApi::registerRoutes(HttpServer &http, ServerContext &ctx)
{
    using Auth = HttpServer::Auth;

    http.get("/api/v1/users", "/api/v1/users", Auth::Required, [&ctx](ApiRequest &r) {
        const QStringList managed = managedZones(r.user());
        if (managed.isEmpty())
            throw ApiError::forbidden(QStringLiteral("users.manage is not granted"));
        const bool national = r.user().scope.allows(Feature::UsersManage, QStringLiteral("FR"));
        struct Data {
            QList<UserRecord> users;
            QHash<qint64, QList<Grant>> grants;
        };
        const Data data = ctx.db.read([](Db &db) { return Data{UserStore::all(db), UserStore::allGrants(db)}; });
        QJsonArray users;
        for (const UserRecord &u : data.users) {
            const QList<Grant> grants = data.grants.value(u.id);
            QJsonArray visible;
            for (const Grant &g : grants)
                if (insideAny(ctx.zones, g.zone, managed))
                    visible.append(g.toJson());
            if (visible.isEmpty() && !(grants.isEmpty() && national))
                continue;
            QJsonObject o = u.toJson();
            o.insert(QStringLiteral("disabled"), u.disabled);
            o.insert(QStringLiteral("grants"), visible);
            users.append(o);
        }
        r.json(200, {{QStringLiteral("users"), users}});
    });

    http.post("/api/v1/delegations", "/api/v1/delegations", Auth::Required, [&ctx](ApiRequest &r) {
        const QJsonObject body = r.jsonBody();
        const QJsonValue userId = body.value(QLatin1String("user_id"));
        const QJsonValue zone = body.value(QLatin1String("zone"));
        const QJsonValue features = body.value(QLatin1String("features"));
        if (!userId.isDouble() || !zone.isString() || !features.isArray())
            throw ApiError::badRequest(QStringLiteral("user_id (integer), zone (string) and features (array) are required"));
        Grant g;
        g.zone = zone.toString().trimmed().toUpper();
        const QJsonArray list = features.toArray();
        for (const QJsonValue &f : list) {
            if (!f.isString())
                throw ApiError::badRequest(QStringLiteral("features are strings"));
            if (!g.features.contains(f.toString()))
                g.features << f.toString();
        }
        g.role = QStringLiteral("delegation");
        g.grantedBy = r.caller.userId;
        QString error;
        if (!AccessScope::validGrant(g, ctx.zones, &error))
            throw ApiError::badRequest(error);
        if (!r.user().scope.allows(Feature::UsersManage, g.zone) || !r.user().scope.canDelegate(g.features, g.zone))
            throw ApiError::forbidden(QStringLiteral("you can only delegate features you hold on a zone containing ") + g.zone);
        const qint64 target = userId.toInteger();
        const qint64 actor = r.caller.userId;
        const bool found = ctx.db.write([&](Db &db) {
            Transaction tx(db, true);
            if (!UserStore::byId(db, target))
                return false;
            g.id = UserStore::addGrant(db, target, g);
            AuditLog::record(db, actor, QStringLiteral("grant.add"), QString::number(target), g.zone,
                             {{QStringLiteral("grant_id"), g.id}, {QStringLiteral("role"), g.role},
                              {QStringLiteral("features"), g.features.join(u',')}});
            tx.commit();
            return true;
        });
        if (!found)
            throw ApiError::notFound(QStringLiteral("no such user"));
        ctx.grantsChanged(target);
        QJsonObject o = g.toJson();
        o.insert(QStringLiteral("user_id"), target);
        r.json(201, o);
    });

    http.del("/api/v1/grants/(\\d+)", "/api/v1/grants/{id}", Auth::Required, [&ctx](ApiRequest &r) {
        bool ok = false;
        const qint64 grantId = r.match(1).toLongLong(&ok);
        if (!ok)
            throw ApiError::notFound(QStringLiteral("no such grant"));
        const auto found = ctx.db.read([&](Db &db) { return UserStore::grant(db, grantId); });
        if (!found)
            throw ApiError::notFound(QStringLiteral("no such grant"));
        const Grant &g = found->second;
        if (!r.user().scope.allows(Feature::UsersManage, g.zone) || !r.user().scope.canDelegate(g.features, g.zone))
            throw ApiError::forbidden(QStringLiteral("this grant is outside what you may delegate"));
        const qint64 actor = r.caller.userId;
        ctx.db.write([&](Db &db) {
            Transaction tx(db, true);
            UserStore::removeGrant(db, grantId);
            AuditLog::record(db, actor, QStringLiteral("grant.revoke"), QString::number(found->first), g.zone,
                             {{QStringLiteral("grant_id"), grantId}, {QStringLiteral("role"), g.role}});
            tx.commit();
        });
        ctx.grantsChanged(found->first);
        r.noContent();
    });

    http.get("/api/v1/audit", "/api/v1/audit", Auth::Required, [&ctx](ApiRequest &r) {
        const UserAccess &u = r.user();
        if (!u.scope.hasFeature(Feature::AuditRead))
            throw ApiError::forbidden(QStringLiteral("audit.read is not granted"));
        bool ok = false;
        int limit = r.param("limit").toInt(&ok);
        if (!ok || limit <= 0)
            limit = 100;
        limit = std::min(limit, 1000);
        const auto events = ctx.db.read([limit](Db &db) { return AuditLog::recent(db, limit * 4); });
        QJsonArray out;
        for (const AuditEvent &e : events) {
            const QString zone = e.zone.isEmpty() ? QStringLiteral("FR") : e.zone;
            if (!u.scope.allows(Feature::AuditRead, zone))
                continue;
            out.append(e.toJson());
            if (out.size() >= limit)
                break;
        }
        r.json(200, {{QStringLiteral("events"), out}});
    });
}

} // namespace relais::server
