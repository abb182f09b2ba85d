#pragma once

#include "AccessCache.h"
#include "AuthService.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <httplib.h>

#include <chrono>
#include <exception>
#include <memory>
#include <string>

namespace relais::server {

/// An error answer: {"error": code, "message": message} with an HTTP status (docs/sync-protocol.md, Errors).
class ApiError : public std::exception
{
public:
    ApiError(int status, QString code, QString message, int retryAfter = 0)
        : status(status), code(std::move(code)), message(std::move(message)), retryAfter(retryAfter)
    {
    }
    const char *what() const noexcept override { return "api error"; }

    static ApiError badRequest(const QString &message) { return {400, QStringLiteral("bad_request"), message}; }
    static ApiError unauthorized(const QString &message) { return {401, QStringLiteral("unauthorized"), message}; }
    static ApiError forbidden(const QString &message) { return {403, QStringLiteral("forbidden"), message}; }
    static ApiError notFound(const QString &message) { return {404, QStringLiteral("not_found"), message}; }

    int status;
    QString code;
    QString message;
    int retryAfter;
};

/// What the request log line of the current request thread carries (route pattern, user id, extra counts).
struct RequestLogInfo {
    const char *route = nullptr;
    qint64 userId = 0;
    std::chrono::steady_clock::time_point start{};
    QJsonObject extra;
    bool active = false; ///< counted in HttpServer's running requests
    static RequestLogInfo &current();
};

/// One API call as a handler sees it.
struct ApiRequest {
    const httplib::Request &req;
    httplib::Response &res;
    Caller caller;
    std::shared_ptr<const UserAccess> access; ///< set for authenticated routes
    /// The client's address: the peer, or behind a trusted reverse proxy the address it forwarded
    /// (HttpServer::Options::trustedProxies). Rate limits per address use it.
    QString clientAddress;

    const UserAccess &user() const { return *access; }
    /// The body as a JSON object; throws 400.
    QJsonObject jsonBody() const;
    QString param(const char *name) const;
    QString match(int i) const { return QString::fromStdString(req.matches[i].str()); }
    /// Throws 403 unless the caller holds `feature` on `zone`.
    void require(const QString &feature, const QString &zone) const;
    void json(int status, const QJsonObject &body);
    void noContent();
};

namespace Http {
/// The rightmost address of X-Forwarded-For that is not a trusted proxy, when the peer is one; else the peer.
QString clientAddress(const httplib::Request &req, const QStringList &trustedProxies);
std::string jsonText(const QJsonObject &o);
void setError(httplib::Response &res, int status, const QString &code, const QString &message, int retryAfter = 0);
QString errorCodeFor(int status);
} // namespace Http

} // namespace relais::server
