#pragma once

#include <httplib.h>

#include <atomic>

namespace relais::server {

/// cpp-httplib's SSLServer with its own connection loop. The library's loop (0.11) waits for the next
/// keep-alive request by polling every 10 ms, which costs ~2 ms of CPU per idle connection per second
/// (200 idle clients: 44% of a core). Here each connection thread blocks in poll() on its socket and on a
/// shutdown eventfd: an idle connection costs nothing, and shutdown ends every idle connection at once.
/// Requests themselves go through the library's process_request(), unchanged.
class TlsListener : public httplib::SSLServer
{
public:
    TlsListener(const char *certPath, const char *keyPath);
    ~TlsListener() override;

    /// Raises the listen backlog (the library listens with 5).
    void widenBacklog(int backlog);
    /// Wakes every connection waiting for its next request, which then closes; later requests get
    /// "Connection: close".
    void closeIdleConnections();
    int openConnections() const { return m_connections.load(); }

private:
    bool process_and_close_socket(socket_t sock) override;

    int m_wakeFd = -1;
    std::atomic<bool> m_closing{false};
    std::atomic<int> m_connections{0};
};

} // namespace relais::server
