#pragma once

#include "LinkSigner.h"
#include "NewsletterQueue.h"
#include "NewsletterRenderer.h"
#include "SmtpSender.h"

#include <QHash>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace relais {
class ZoneTree;
}

namespace relais::server {

class DbExecutor;
class LiveHub;

/// Sends newsletters in the background: a dispatcher starts scheduled sends when due, claims queued recipient
/// rows in small batches and hands them to `connections` sending threads, each with its own SMTP connection
/// (kept open between messages), all sharing one throttle (messages per second). Every outcome is committed
/// right after the relay's answer. Temporary failures are retried with a growing delay; permanent ones mark
/// the address bounced. stop() lets each thread finish the message in hand and puts the rows not yet tried
/// back in the queue, so a restart resumes without sending anyone a second copy; rows left claimed by a
/// process that died go back in the queue after `staleMs`.
class CampaignSender
{
public:
    struct Settings {
        SmtpSender::Settings smtp;
        QString publicUrl;          ///< https://host[:port] as recipients reach the server (links)
        double messagesPerSecond = 50;
        int connections = 2;
        qint64 retryBaseMs = 60 * 1000; ///< first retry delay; then ×4 per attempt
        qint64 staleMs = 10 * 60 * 1000;
        int pollMs = 500;
    };

    CampaignSender(DbExecutor &db, LiveHub &hub, const ZoneTree &zones, Settings settings);
    ~CampaignSender();
    CampaignSender(const CampaignSender &) = delete;
    CampaignSender &operator=(const CampaignSender &) = delete;

    /// Loads the link key and starts the threads. Throws DbError.
    void start();
    /// A send was requested: look at the queue now rather than at the next poll.
    void wake();
    void stop();

    const Settings &settings() const { return m_settings; }
    const LinkSigner &signer() const { return *m_signer; }
    /// Sends one message now on a connection of its own (test sends).
    SmtpSender::Result sendNow(const NewsletterRenderer::Message &message) const;

private:
    struct Job {
        QString newsletterId;
        std::shared_ptr<const NewsletterRenderer> renderer;
        NewsletterQueue::Claim claim;
    };

    void dispatchLoop();
    bool dispatchOnce(); ///< true when it queued work
    void workLoop();
    void process(SmtpSender &smtp, const Job &job);
    /// Waits for the throttle's next slot; false if stopping meanwhile.
    bool waitForSlot();
    std::shared_ptr<const NewsletterRenderer> rendererFor(const QString &id, const QJsonObject &snapshot);
    void housekeeping(qint64 now);

    DbExecutor &m_db;
    LiveHub &m_hub;
    const ZoneTree &m_zones;
    const Settings m_settings;
    std::unique_ptr<LinkSigner> m_signer;

    std::mutex m_mutex;
    std::condition_variable m_workCv;
    std::condition_variable m_dispatchCv;
    std::deque<Job> m_queue;
    QHash<QString, int> m_inFlight; ///< per newsletter: jobs queued or in a sending thread
    bool m_stopping = false;
    bool m_woken = false;
    std::chrono::steady_clock::time_point m_nextSlot{};
    qint64 m_nextHousekeeping = 0;
    QHash<QString, std::shared_ptr<const NewsletterRenderer>> m_renderers;

    std::thread m_dispatcher;
    std::vector<std::thread> m_workers;
};

} // namespace relais::server
