#pragma once

#include "SmtpSender.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace relais::server {

class DbExecutor;

/// Delivers the mail outbox (MailOutbox) on one SMTP connection of its own, kept open between messages:
/// claims due messages in small batches, records each outcome right after the relay's answer, retries
/// temporary failures with a growing delay (×4 from `retryBaseMs`, MaxAttempts in all) and gives up on
/// permanent ones. Rows left claimed by a process that died go back to the queue after `staleMs`.
/// Logs counts only, never an address.
class OutboxSender
{
public:
    struct Settings {
        SmtpSender::Settings smtp;
        qint64 retryBaseMs = 60 * 1000;
        qint64 staleMs = 10 * 60 * 1000;
        int pollMs = 2000;
    };

    OutboxSender(DbExecutor &db, Settings settings);
    ~OutboxSender();
    OutboxSender(const OutboxSender &) = delete;
    OutboxSender &operator=(const OutboxSender &) = delete;

    void start();
    /// A message was queued: look now rather than at the next poll.
    void wake();
    /// Finishes the message in hand; the rest stays queued.
    void stop();

private:
    void loop();
    bool sendBatch(SmtpSender &smtp); ///< true when it claimed something

    DbExecutor &m_db;
    const Settings m_settings;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stopping = false;
    bool m_woken = false;
    std::thread m_thread;
};

} // namespace relais::server
