#include "TlsListener.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <climits>

namespace relais::server {

namespace {

int toMs(time_t sec, time_t usec) { return int(sec * 1000 + usec / 1000); }

/// Waits until `sock` is ready for `events`, or `wakeFd` fires, or the timeout passes. True when ready.
bool waitFor(int sock, short events, int timeoutMs, int wakeFd = -1)
{
    pollfd fds[2] = {{sock, events, 0}, {wakeFd, POLLIN, 0}};
    for (;;) {
        const int n = ::poll(fds, wakeFd >= 0 ? 2 : 1, timeoutMs);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        if (wakeFd >= 0 && (fds[1].revents & POLLIN))
            return false;
        return (fds[0].revents & (events | POLLHUP | POLLERR)) != 0;
    }
}

void addressOf(int sock, bool peer, std::string &ip, int &port)
{
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    const int rc = peer ? ::getpeername(sock, reinterpret_cast<sockaddr *>(&addr), &len)
                        : ::getsockname(sock, reinterpret_cast<sockaddr *>(&addr), &len);
    if (rc != 0)
        return;
    char text[INET6_ADDRSTRLEN] = {};
    if (addr.ss_family == AF_INET) {
        const auto *a = reinterpret_cast<const sockaddr_in *>(&addr);
        ::inet_ntop(AF_INET, &a->sin_addr, text, sizeof text);
        port = ntohs(a->sin_port);
    } else if (addr.ss_family == AF_INET6) {
        const auto *a = reinterpret_cast<const sockaddr_in6 *>(&addr);
        ::inet_ntop(AF_INET6, &a->sin6_addr, text, sizeof text);
        port = ntohs(a->sin6_port);
    }
    ip = text;
}

/// One TLS connection as cpp-httplib's request processing sees it.
class TlsStream : public httplib::Stream
{
public:
    TlsStream(int sock, SSL *ssl, int readTimeoutMs, int writeTimeoutMs)
        : m_sock(sock), m_ssl(ssl), m_readMs(readTimeoutMs), m_writeMs(writeTimeoutMs)
    {
    }

    bool is_readable() const override { return SSL_pending(m_ssl) > 0 || waitFor(m_sock, POLLIN, m_readMs); }

    bool is_writable() const override
    {
        if (!waitFor(m_sock, POLLOUT, m_writeMs))
            return false;
        // A peer that has gone away: no point producing more of a response.
        pollfd fd{m_sock, POLLOUT, 0};
        return ::poll(&fd, 1, 0) >= 0 && !(fd.revents & (POLLHUP | POLLERR));
    }

    ssize_t read(char *ptr, size_t size) override
    {
        if (SSL_pending(m_ssl) <= 0 && !waitFor(m_sock, POLLIN, m_readMs))
            return -1;
        const int n = SSL_read(m_ssl, ptr, int(std::min<size_t>(size, INT_MAX)));
        if (n <= 0) {
            m_broken = true;
            return -1;
        }
        return n;
    }

    ssize_t write(const char *ptr, size_t size) override
    {
        if (!waitFor(m_sock, POLLOUT, m_writeMs))
            return -1;
        const int n = SSL_write(m_ssl, ptr, int(std::min<size_t>(size, INT_MAX)));
        if (n <= 0) {
            m_broken = true;
            return -1;
        }
        return n;
    }

    void get_remote_ip_and_port(std::string &ip, int &port) const override { addressOf(m_sock, true, ip, port); }
    void get_local_ip_and_port(std::string &ip, int &port) const override { addressOf(m_sock, false, ip, port); }
    socket_t socket() const override { return m_sock; }
    bool broken() const { return m_broken; }

private:
    int m_sock;
    SSL *m_ssl;
    int m_readMs;
    int m_writeMs;
    bool m_broken = false;
};

} // namespace

TlsListener::TlsListener(const char *certPath, const char *keyPath) : httplib::SSLServer(certPath, keyPath)
{
    m_wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
}

TlsListener::~TlsListener()
{
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
}

void TlsListener::widenBacklog(int backlog)
{
    const auto sock = svr_sock_.load();
    if (sock != INVALID_SOCKET)
        ::listen(sock, backlog);
}

void TlsListener::closeIdleConnections()
{
    m_closing = true;
    const uint64_t one = 1;
    if (m_wakeFd >= 0)
        (void)!::write(m_wakeFd, &one, sizeof one); // stays readable: wakes every waiting connection
}

bool TlsListener::process_and_close_socket(socket_t sock)
{
    ++m_connections;
    const int readMs = toMs(read_timeout_sec_, read_timeout_usec_);
    const int writeMs = toMs(write_timeout_sec_, write_timeout_usec_);
    const int keepAliveMs = int(keep_alive_timeout_sec_ * 1000);
    // Blocking socket; the timeouts bound the handshake and every SSL_read/SSL_write.
    const timeval rcv{read_timeout_sec_, suseconds_t(read_timeout_usec_)};
    const timeval snd{write_timeout_sec_, suseconds_t(write_timeout_usec_)};
    ::setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &rcv, sizeof rcv);
    ::setsockopt(sock, SOL_SOCKET, SO_SNDTIMEO, &snd, sizeof snd);
    const int one = 1; // Nagle's algorithm with delayed ACKs costs ~40 ms per small response
    ::setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

    bool ret = false;
    SSL *ssl = SSL_new(ssl_context());
    if (ssl) {
        SSL_set_fd(ssl, sock);
        if (SSL_accept(ssl) == 1) {
            TlsStream strm(sock, ssl, readMs, writeMs);
            std::size_t count = keep_alive_max_count_;
            while (count > 0 && !m_closing.load()) {
                // Wait for the next request without spinning; the shutdown eventfd ends the wait.
                if (SSL_pending(ssl) <= 0 && !waitFor(sock, POLLIN, keepAliveMs, m_wakeFd))
                    break;
                const bool closeConnection = count == 1 || m_closing.load();
                bool connectionClosed = false;
                ret = process_request(strm, closeConnection, connectionClosed,
                                      [ssl](httplib::Request &req) { req.ssl = ssl; });
                if (!ret || connectionClosed || strm.broken())
                    break;
                --count;
            }
            if (!strm.broken())
                SSL_shutdown(ssl);
        }
        SSL_free(ssl);
    }
    ERR_clear_error();
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    --m_connections;
    return ret;
}

} // namespace relais::server
