#include "SmtpCountingSink.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <string>

namespace relais::bench {

namespace {
bool sendAll(int fd, const char *s)
{
    std::size_t left = std::strlen(s);
    while (left > 0) {
        const ssize_t n = ::send(fd, s, left, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        s += n;
        left -= std::size_t(n);
    }
    return true;
}
} // namespace

SmtpCountingSink::~SmtpCountingSink() { stop(); }

bool SmtpCountingSink::start()
{
    m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_listen < 0)
        return false;
    int one = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(m_listen, 64) != 0)
        return false;
    socklen_t len = sizeof addr;
    ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
    return true;
}

void SmtpCountingSink::stop()
{
    if (m_stopping.exchange(true))
        return;
    if (m_listen >= 0) {
        ::shutdown(m_listen, SHUT_RDWR);
        ::close(m_listen);
    }
    if (m_acceptor.joinable())
        m_acceptor.join();
    std::lock_guard lock(m_mutex);
    for (int fd : m_fds)
        ::shutdown(fd, SHUT_RDWR);
    for (std::thread &t : m_connections)
        t.join();
}

void SmtpCountingSink::acceptLoop()
{
    while (!m_stopping) {
        const int fd = ::accept(m_listen, nullptr, nullptr);
        if (fd < 0)
            return;
        int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        std::lock_guard lock(m_mutex);
        m_fds.push_back(fd);
        m_connections.emplace_back([this, fd] { serve(fd); });
    }
}

void SmtpCountingSink::serve(int fd)
{
    std::string buf;
    char chunk[65536];
    bool inData = false;
    if (!sendAll(fd, "220 sink ESMTP\r\n"))
        return;
    while (true) {
        // Answer every complete command (or message) in the buffer.
        while (true) {
            if (inData) {
                const std::size_t end = buf.find("\r\n.\r\n");
                if (end == std::string::npos)
                    break;
                m_bytes += (long long)end;
                buf.erase(0, end + 5);
                inData = false;
                ++m_messages;
                if (!sendAll(fd, "250 2.0.0 queued\r\n"))
                    return;
                continue;
            }
            const std::size_t eol = buf.find("\r\n");
            if (eol == std::string::npos)
                break;
            std::string line = buf.substr(0, eol);
            buf.erase(0, eol + 2);
            for (char &c : line)
                c = char(toupper(static_cast<unsigned char>(c)));
            const char *reply = "250 2.0.0 ok\r\n";
            if (line.rfind("EHLO", 0) == 0)
                reply = "250-sink\r\n250 8BITMIME\r\n";
            else if (line.rfind("DATA", 0) == 0) {
                reply = "354 go ahead\r\n";
                inData = true;
                // The message may start right after "DATA\r\n": keep looking in the buffer.
            } else if (line.rfind("QUIT", 0) == 0) {
                sendAll(fd, "221 bye\r\n");
                ::close(fd);
                return;
            }
            if (!sendAll(fd, reply))
                return;
        }
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0) {
            ::close(fd);
            return;
        }
        buf.append(chunk, std::size_t(n));
    }
}

} // namespace relais::bench
