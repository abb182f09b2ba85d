#include "HttpServer.h"

#include "AccessCache.h"
#include "AuthService.h"
#include "Db.h"
#include "ServerLog.h"
#include "TlsListener.h"

#include <openssl/ssl.h>
#include <cmath>


#include <thread>

namespace relais::server {

class HttpServer::Listener : public TlsListener
{
public:
    using TlsListener::TlsListener;
};

HttpServer::HttpServer(ServerContext &context, Options options) : m_context(context), m_options(std::move(options))
{
    m_server = std::make_unique<Listener>(m_options.certPath.toLocal8Bit().constData(),
                                          m_options.keyPath.toLocal8Bit().constData());
    auto &s = *m_server;
    const int threads = m_options.threads;
    s.new_task_queue = [threads] { return new httplib::ThreadPool(std::size_t(threads)); };
    s.set_tcp_nodelay(true);
    s.set_keep_alive_max_count(10000);
    s.set_keep_alive_timeout(60);
    s.set_read_timeout(30, 0);
    s.set_write_timeout(60, 0);
    s.set_payload_max_length(std::size_t(m_options.maxBodyBytes));

    s.set_pre_routing_handler([this](const httplib::Request &, httplib::Response &res) {
        RequestLogInfo &info = RequestLogInfo::current();
        if (!info.active) {
            info.active = true;
            m_active.fetch_add(1);
        }
        info.route = nullptr;
        info.userId = 0;
        info.extra = QJsonObject();
        info.start = std::chrono::steady_clock::now();
        if (m_stopping.load()) {
            res.set_header("Connection", "close");
            Http::setError(res, 503, QStringLiteral("unavailable"), QStringLiteral("the server is shutting down"));
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    s.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request &req, httplib::Response &res) {
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            for (const auto &[prefix, page] : m_errorPages) {
                if (req.path.rfind(prefix, 0) == 0) {
                    page(req, res);
                    return httplib::Server::HandlerResponse::Handled;
                }
            }
            const QString code = Http::errorCodeFor(res.status);
            QString message;
            switch (res.status) {
            case 404: message = QStringLiteral("no such endpoint"); break;
            case 413: message = QStringLiteral("the request body is over the size limit"); break;
            default: message = QStringLiteral("the request could not be handled"); break;
            }
            Http::setError(res, res.status, code, message);
            return httplib::Server::HandlerResponse::Handled;
        }));
    s.set_exception_handler([](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
        ServerLog::error("unhandled_exception");
        Http::setError(res, 500, QStringLiteral("internal"), QStringLiteral("internal error"));
    });
    s.set_logger([this](const httplib::Request &req, const httplib::Response &res) {
        RequestLogInfo &info = RequestLogInfo::current();
        if (info.active) {
            info.active = false;
            m_active.fetch_sub(1);
        }
        QJsonObject f = info.extra;
        f.insert(QStringLiteral("method"), QString::fromStdString(req.method));
        f.insert(QStringLiteral("route"), QString::fromLatin1(info.route ? info.route : "unmatched"));
        f.insert(QStringLiteral("status"), res.status);
        if (info.start.time_since_epoch().count() != 0) {
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - info.start).count();
            f.insert(QStringLiteral("ms"), std::round(ms * 10) / 10);
        }
        if (info.userId)
            f.insert(QStringLiteral("user"), info.userId);
        ServerLog::info("request", f);
        info.start = {};
    });
}

HttpServer::~HttpServer() = default;

bool HttpServer::bind(QString *error)
{
    if (!m_server->is_valid()) {
        *error = QStringLiteral("cannot load the TLS certificate or key (%1, %2)").arg(m_options.certPath, m_options.keyPath);
        return false;
    }
    if (SSL_CTX *ctx = m_server->ssl_context())
        SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    const std::string host = m_options.host.toStdString();
    if (m_options.port == 0) {
        m_port = m_server->bind_to_any_port(host);
        if (m_port <= 0) {
            *error = QStringLiteral("cannot listen on %1").arg(m_options.host);
            return false;
        }
    } else {
        if (!m_server->bind_to_port(host, m_options.port)) {
            *error = QStringLiteral("cannot listen on %1:%2").arg(m_options.host).arg(m_options.port);
            return false;
        }
        m_port = m_options.port;
    }
    m_server->widenBacklog(1024);
    return true;
}

void HttpServer::run() { m_server->listen_after_bind(); }

void HttpServer::stop(int graceMs)
{
    // cpp-httplib stops calling content providers once stop() has closed the listening socket, so the running
    // requests (long-polls woken by the hub, streams ending at their next checkpoint) finish first; requests
    // arriving meanwhile get 503.
    m_stopping = true;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(graceMs);
    while (m_active.load() > 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    m_server->closeIdleConnections();
    m_server->stop();
}

httplib::Server::Handler HttpServer::wrap(const char *route, Auth auth, Handler handler)
{
    return [this, route, auth, handler = std::move(handler)](const httplib::Request &req, httplib::Response &res) {
        RequestLogInfo &info = RequestLogInfo::current();
        info.route = route;
        ApiRequest r{req, res, {}, nullptr, Http::clientAddress(req, m_options.trustedProxies)};
        try {
            if (auth == Auth::Required) {
                const std::string header = req.get_header_value("Authorization");
                static const std::string prefix = "Bearer ";
                if (header.size() <= prefix.size() || header.compare(0, prefix.size(), prefix) != 0)
                    throw ApiError::unauthorized(QStringLiteral("missing bearer token"));
                const auto caller = m_context.auth.authenticate(QString::fromStdString(header.substr(prefix.size())));
                if (!caller)
                    throw ApiError::unauthorized(QStringLiteral("invalid, expired or revoked token"));
                r.caller = *caller;
                info.userId = caller->userId;
                r.access = m_context.access.get(caller->userId);
                if (!r.access || r.access->user.disabled)
                    throw ApiError::unauthorized(QStringLiteral("invalid, expired or revoked token"));
            }
            handler(r);
        } catch (const ApiError &e) {
            Http::setError(res, e.status, e.code, e.message, e.retryAfter);
        } catch (const DbError &e) {
            ServerLog::error("db_error", {{QStringLiteral("route"), QString::fromLatin1(route)},
                                          {QStringLiteral("message"), QString::fromUtf8(e.what())}});
            Http::setError(res, 500, QStringLiteral("internal"), QStringLiteral("database error"));
        } catch (const std::exception &e) {
            ServerLog::error("handler_error", {{QStringLiteral("route"), QString::fromLatin1(route)},
                                               {QStringLiteral("message"), QString::fromUtf8(e.what())}});
            Http::setError(res, 500, QStringLiteral("internal"), QStringLiteral("internal error"));
        }
    };
}

void HttpServer::setErrorPage(const std::string &prefix, ErrorPage page)
{
    m_errorPages.emplace_back(prefix, std::move(page));
}

void HttpServer::get(const char *pattern, const char *route, Auth auth, Handler handler)
{
    m_server->Get(pattern, wrap(route, auth, std::move(handler)));
}

void HttpServer::post(const char *pattern, const char *route, Auth auth, Handler handler)
{
    m_server->Post(pattern, wrap(route, auth, std::move(handler)));
}

void HttpServer::del(const char *pattern, const char *route, Auth auth, Handler handler)
{
    m_server->Delete(pattern, wrap(route, auth, std::move(handler)));
}

} // namespace relais::server
