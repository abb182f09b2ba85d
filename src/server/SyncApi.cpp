#include "SyncApi.h"

#include "HttpServer.h"
#include "LiveHub.h"
#include "PullStream.h"
#include "ServerLog.h"
#include "SyncService.h"

namespace relais::server {

namespace {
bool acceptsGzip(const httplib::Request &req)
{
    const std::string v = req.get_header_value("Accept-Encoding");
    const auto pos = v.find("gzip");
    if (pos == std::string::npos)
        return false;
    // "gzip;q=0" refuses it
    const auto end = v.find(',', pos);
    const std::string part = v.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    return part.find("q=0") == std::string::npos || part.find("q=0.") != std::string::npos;
}
} // namespace

void SyncApi::registerRoutes(HttpServer &http, ServerContext &ctx)
{
    using Auth = HttpServer::Auth;

    http.post("/api/v1/sync/pull", "/api/v1/sync/pull", Auth::Required, [&ctx](ApiRequest &r) {
        PullRequest request;
        QString error;
        if (!SyncService::parsePull(r.jsonBody(), &request, &error))
            throw ApiError::badRequest(error);
        PullPlan plan = ctx.sync.preparePull(r.user(), request);
        const bool gzip = acceptsGzip(r.req);
        auto stream = std::make_shared<PullStream>(ctx.db, ctx.hub, std::move(plan), gzip);
        r.res.status = 200;
        r.res.set_header("Cache-Control", "no-store");
        if (gzip) {
            r.res.set_header("Content-Encoding", "gzip");
            r.res.set_header("Vary", "Accept-Encoding");
        }
        r.res.set_chunked_content_provider(
            "application/x-ndjson",
            [stream](std::size_t, httplib::DataSink &sink) {
                QByteArray piece;
                bool finished = false;
                try {
                    stream->produce(&piece, &finished);
                } catch (const std::exception &e) {
                    ServerLog::error("pull_stream_error", {{QStringLiteral("message"), QString::fromUtf8(e.what())}});
                    return false;
                }
                if (!piece.isEmpty() && !sink.write(piece.constData(), std::size_t(piece.size())))
                    return false;
                if (finished) {
                    RequestLogInfo::current().extra.insert(QStringLiteral("ops"), stream->opsSent());
                    sink.done();
                }
                return true;
            });
    });

    http.post("/api/v1/sync/push", "/api/v1/sync/push", Auth::Required, [&ctx](ApiRequest &r) {
        PushRequest request;
        QString error;
        if (!SyncService::parsePush(r.jsonBody(), &request, &error))
            throw ApiError::badRequest(error);
        const PushResponse response = ctx.sync.push(r.user(), request);
        RequestLogInfo::current().extra.insert(QStringLiteral("items"), int(request.items.size()));
        r.json(200, response.toJson());
    });
}

} // namespace relais::server
