#include "AuthApi.h"

#include "AccessScope.h"
#include "AuthService.h"
#include "HttpServer.h"

#include <QJsonArray>
#include <QSet>

namespace relais::server {

void AuthApi::registerRoutes(HttpServer &http, ServerContext &ctx)
{
    using Auth = HttpServer::Auth;

    http.get("/api/v1/health", "/api/v1/health", Auth::None, [](ApiRequest &r) {
        r.json(200, {{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("version"), QStringLiteral(RELAIS_VERSION)}});
    });

    http.post("/api/v1/auth/login", "/api/v1/auth/login", Auth::None, [&ctx](ApiRequest &r) {
        const QJsonObject body = r.jsonBody();
        const QJsonValue username = body.value(QLatin1String("username"));
        const QJsonValue password = body.value(QLatin1String("password"));
        const QJsonValue client = body.value(QLatin1String("client_name"));
        if (!username.isString() || !password.isString() || (!client.isUndefined() && !client.isNull() && !client.isString()))
            throw ApiError::badRequest(QStringLiteral("username and password are strings"));
        if (username.toString().size() > 200 || password.toString().size() > 1024)
            throw ApiError::badRequest(QStringLiteral("username or password too long"));
        const auto result = ctx.auth.login(username.toString(), password.toString(), client.toString(),
                                           r.clientAddress);
        switch (result.outcome) {
        case AuthService::Outcome::RateLimited:
            throw ApiError(429, QStringLiteral("rate_limited"), QStringLiteral("too many failed logins; retry later"),
                           result.retryAfter);
        case AuthService::Outcome::BadCredentials:
            throw ApiError(401, QStringLiteral("bad_credentials"), QStringLiteral("wrong user name or password"));
        case AuthService::Outcome::Ok:
            break;
        }
        RequestLogInfo::current().userId = result.tokens.user.id;
        r.json(200, result.tokens.toJson());
    });

    http.post("/api/v1/auth/refresh", "/api/v1/auth/refresh", Auth::None, [&ctx](ApiRequest &r) {
        const QJsonObject body = r.jsonBody();
        const QJsonValue token = body.value(QLatin1String("refresh_token"));
        if (!token.isString())
            throw ApiError::badRequest(QStringLiteral("refresh_token is a string"));
        const auto tokens = ctx.auth.refresh(token.toString());
        if (!tokens)
            throw ApiError::unauthorized(QStringLiteral("invalid, expired or revoked refresh token"));
        RequestLogInfo::current().userId = tokens->user.id;
        r.json(200, tokens->toJson());
    });

    http.post("/api/v1/auth/logout", "/api/v1/auth/logout", Auth::Required, [&ctx](ApiRequest &r) {
        ctx.auth.logout(r.caller);
        r.noContent();
    });

    http.get("/api/v1/me", "/api/v1/me", Auth::Required, [](ApiRequest &r) {
        const UserAccess &u = r.user();
        QJsonArray grants;
        QStringList features;
        for (const Grant &g : u.scope.grants()) {
            grants.append(g.toJson());
            for (const QString &f : g.features)
                if (!features.contains(f))
                    features << f;
        }
        QStringList ordered;
        for (const QString &f : Feature::all())
            if (features.contains(f))
                ordered << f;
        QStringList zoneBuckets = u.buckets;
        zoneBuckets.removeAll(personalBucket(u.user.id));
        r.json(200, {{QStringLiteral("user"), u.user.toJson()},
                     {QStringLiteral("grants"), grants},
                     {QStringLiteral("buckets"), QJsonArray::fromStringList(zoneBuckets)},
                     {QStringLiteral("personal_bucket"), personalBucket(u.user.id)},
                     {QStringLiteral("features"), QJsonArray::fromStringList(ordered)}});
    });
}

} // namespace relais::server
