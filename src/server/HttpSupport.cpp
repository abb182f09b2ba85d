#include "HttpSupport.h"

#include <QJsonDocument>

namespace relais::server {

RequestLogInfo &RequestLogInfo::current()
{
    thread_local RequestLogInfo info;
    return info;
}

QJsonObject ApiRequest::jsonBody() const
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(req.body.data(), qsizetype(req.body.size())), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        throw ApiError::badRequest(QStringLiteral("the body must be a JSON object"));
    return doc.object();
}

QString ApiRequest::param(const char *name) const
{
    return req.has_param(name) ? QString::fromStdString(req.get_param_value(name)) : QString();
}

void ApiRequest::require(const QString &feature, const QString &zone) const
{
    if (!access || !access->scope.allows(feature, zone))
        throw ApiError::forbidden(QStringLiteral("%1 is not granted on %2").arg(feature, zone));
}

void ApiRequest::json(int status, const QJsonObject &body)
{
    res.status = status;
    res.set_content(Http::jsonText(body), "application/json");
}

void ApiRequest::noContent()
{
    res.status = 204;
}

namespace Http {

QString clientAddress(const httplib::Request &req, const QStringList &trustedProxies)
{
    const QString peer = QString::fromStdString(req.remote_addr);
    if (trustedProxies.isEmpty() || !trustedProxies.contains(peer))
        return peer;
    const QStringList hops = QString::fromStdString(req.get_header_value("X-Forwarded-For")).split(u',', Qt::SkipEmptyParts);
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QString hop = it->trimmed();
        if (!trustedProxies.contains(hop))
            return hop;
    }
    return peer;
}

std::string jsonText(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

QString errorCodeFor(int status)
{
    switch (status) {
    case 400: return QStringLiteral("bad_request");
    case 401: return QStringLiteral("unauthorized");
    case 403: return QStringLiteral("forbidden");
    case 404: return QStringLiteral("not_found");
    case 405: return QStringLiteral("method_not_allowed");
    case 409: return QStringLiteral("conflict");
    case 413: return QStringLiteral("too_large");
    case 414: return QStringLiteral("too_large");
    case 429: return QStringLiteral("rate_limited");
    case 503: return QStringLiteral("unavailable");
    default: return status >= 500 ? QStringLiteral("internal") : QStringLiteral("bad_request");
    }
}

void setError(httplib::Response &res, int status, const QString &code, const QString &message, int retryAfter)
{
    res.status = status;
    if (retryAfter > 0)
        res.set_header("Retry-After", std::to_string(retryAfter));
    res.set_content(jsonText({{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}),
                    "application/json");
}

} // namespace Http

} // namespace relais::server
