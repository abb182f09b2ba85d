#pragma once

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace relais::bench {

/// A minimal SMTP server on 127.0.0.1 for throughput figures: one thread per connection, every command
/// answered at once, messages counted and thrown away. Fast enough that the sender is what is measured.
class SmtpCountingSink
{
public:
    SmtpCountingSink() = default;
    ~SmtpCountingSink();
    /// Listens on a free port; false if it cannot.
    bool start();
    void stop();
    int port() const { return m_port; }
    long long messages() const { return m_messages.load(); }
    long long bytes() const { return m_bytes.load(); }

private:
    void acceptLoop();
    void serve(int fd);

    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::atomic<long long> m_messages{0};
    std::atomic<long long> m_bytes{0};
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::vector<std::thread> m_connections;
    std::vector<int> m_fds;
};

} // namespace relais::bench
