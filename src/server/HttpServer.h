#pragma once

#include "HttpSupport.h"
#include "ServerContext.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace relais::server {

/// The HTTPS front: cpp-httplib's SSLServer with a thread pool sized for the connected clients (every
/// keep-alive or long-poll connection holds a thread), TCP_NODELAY, keep-alive and time limits, a body limit
/// answered with 413, JSON errors, and one structured log line per request.
class HttpServer
{
public:
    struct Options {
        QString host = QStringLiteral("127.0.0.1");
        int port = 8443;
        int threads = 600;
        qint64 maxBodyBytes = 32 * 1024 * 1024;
        QString certPath;
        QString keyPath;
        /// Reverse proxies whose X-Forwarded-For is believed (ApiRequest::clientAddress).
        QStringList trustedProxies;
    };
    enum class Auth { None, Required };
    using Handler = std::function<void(ApiRequest &)>;

    HttpServer(ServerContext &context, Options options);
    ~HttpServer();

    bool bind(QString *error);
    int port() const { return m_port; }
    /// Serves until stop(); returns once every connection thread has finished.
    void run();
    /// Stops accepting, lets the running requests answer (up to `graceMs`), then ends the idle keep-alive
    /// connections so that run() returns.
    void stop(int graceMs = 10000);
    int activeRequests() const { return m_active.load(); }

    void get(const char *pattern, const char *route, Auth auth, Handler handler);
    void post(const char *pattern, const char *route, Auth auth, Handler handler);
    void del(const char *pattern, const char *route, Auth auth, Handler handler);
    /// Writes the answer to a request refused before routing (a body over the limit: 413) for paths under
    /// `prefix`, in place of the JSON error (public pages answer people with HTML). Set before run().
    using ErrorPage = std::function<void(const httplib::Request &, httplib::Response &)>;
    void setErrorPage(const std::string &prefix, ErrorPage page);

private:
    class Listener;
    httplib::Server::Handler wrap(const char *route, Auth auth, Handler handler);

    ServerContext &m_context;
    Options m_options;
    std::unique_ptr<Listener> m_server;
    std::vector<std::pair<std::string, ErrorPage>> m_errorPages;
    int m_port = 0;
    std::atomic<int> m_active{0};
    std::atomic<bool> m_stopping{false};
};

} // namespace relais::server
