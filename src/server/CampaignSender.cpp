#include "CampaignSender.h"

#include "DbExecutor.h"
#include "LiveHub.h"
#include "OpLog.h"
#include "OrgSettings.h"
#include "ServerLog.h"
#include "SyncService.h"

#include <QDateTime>

namespace relais::server {

namespace {
qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
} // namespace

CampaignSender::CampaignSender(DbExecutor &db, LiveHub &hub, const ZoneTree &zones, Settings settings)
    : m_db(db), m_hub(hub), m_zones(zones), m_settings(std::move(settings))
{
}

CampaignSender::~CampaignSender() { stop(); }

void CampaignSender::start()
{
    const QByteArray key = m_db.write([](Db &db) { return OrgSettings::linkKey(db); });
    m_signer = std::make_unique<LinkSigner>(key);
    m_dispatcher = std::thread([this] { dispatchLoop(); });
    for (int i = 0; i < std::max(1, m_settings.connections); ++i)
        m_workers.emplace_back([this] { workLoop(); });
}

void CampaignSender::wake()
{
    std::lock_guard lock(m_mutex);
    m_woken = true;
    m_dispatchCv.notify_all();
}

void CampaignSender::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && !m_dispatcher.joinable())
            return;
        m_stopping = true;
    }
    m_workCv.notify_all();
    m_dispatchCv.notify_all();
    for (std::thread &t : m_workers)
        if (t.joinable())
            t.join();
    m_workers.clear();
    if (m_dispatcher.joinable())
        m_dispatcher.join();
    // Rows claimed but never tried go back to the queue: the next start sends them, once.
    QList<qint64> untried;
    for (const Job &j : std::as_const(m_queue))
        untried << j.claim.rowId;
    m_queue.clear();
    if (!untried.isEmpty()) {
        try {
            m_db.write([&](Db &db) {
                Transaction tx(db, true);
                NewsletterQueue::release(db, untried);
                tx.commit();
            });
        } catch (const DbError &e) {
            ServerLog::error("newsletter_release_failed", {{QStringLiteral("message"), QString::fromUtf8(e.what())}});
        }
    }
}

SmtpSender::Result CampaignSender::sendNow(const NewsletterRenderer::Message &message) const
{
    SmtpSender smtp(m_settings.smtp);
    return smtp.send(message.from, message.to, message.bytes);
}

std::shared_ptr<const NewsletterRenderer> CampaignSender::rendererFor(const QString &id, const QJsonObject &snapshot)
{
    auto it = m_renderers.constFind(id);
    if (it != m_renderers.constEnd())
        return *it;
    auto r = std::make_shared<const NewsletterRenderer>(id, snapshot, *m_signer, m_zones);
    m_renderers.insert(id, r);
    return r;
}

void CampaignSender::housekeeping(qint64 now)
{
    if (now < m_nextHousekeeping)
        return;
    m_nextHousekeeping = now + 1000;
    int stale = 0;
    QStringList due;
    writeWithOps(m_db, m_hub, [&](Db &db, OpWriter &ops) {
        stale = NewsletterQueue::requeueStale(db, now - m_settings.staleMs);
        due = NewsletterQueue::due(db, now);
        for (const QString &id : std::as_const(due))
            NewsletterQueue::activate(db, ops, m_zones, id, now);
        return true;
    }, false);
    if (stale > 0)
        ServerLog::warn("newsletter_rows_requeued", {{QStringLiteral("rows"), stale}});
    for (const QString &id : std::as_const(due))
        ServerLog::info("newsletter_started", {{QStringLiteral("newsletter"), id}});
}

bool CampaignSender::dispatchOnce()
{
    const qint64 now = nowMs();
    housekeeping(now);
    {
        std::lock_guard lock(m_mutex);
        if (m_queue.size() >= std::size_t(m_settings.connections) * 4)
            return false;
    }
    const auto active = m_db.read([](Db &db) { return NewsletterQueue::active(db); });
    bool queued = false;
    const int batch = std::max(8, m_settings.connections * 8);
    for (const auto &[id, snapshot] : active) {
        const auto renderer = rendererFor(id, snapshot);
        QList<NewsletterQueue::Claim> claims = m_db.write([&](Db &db) {
            Transaction tx(db, true);
            auto c = NewsletterQueue::claim(db, id, batch, now);
            tx.commit();
            return c;
        });
        if (!claims.isEmpty())
            m_db.read([&](Db &db) { NewsletterQueue::loadContacts(db, claims); });
        std::unique_lock lock(m_mutex);
        if (claims.isEmpty()) {
            if (m_inFlight.value(id) > 0)
                continue;
            lock.unlock();
            bool finished = false;
            writeWithOps(m_db, m_hub, [&](Db &db, OpWriter &ops) {
                finished = NewsletterQueue::finishIfDone(db, ops, id, now);
                return true;
            }, false);
            if (finished) {
                ServerLog::info("newsletter_finished", {{QStringLiteral("newsletter"), id}});
                m_renderers.remove(id);
            }
            continue;
        }
        for (const auto &c : claims) {
            m_queue.push_back(Job{id, renderer, c});
            m_inFlight[id] += 1;
        }
        queued = true;
        m_workCv.notify_all();
        break; // one batch at a time keeps the oldest send first
    }
    return queued;
}

void CampaignSender::dispatchLoop()
{
    while (true) {
        bool queued = false;
        try {
            queued = dispatchOnce();
        } catch (const std::exception &e) {
            ServerLog::error("newsletter_dispatch_failed", {{QStringLiteral("message"), QString::fromUtf8(e.what())}});
        }
        std::unique_lock lock(m_mutex);
        if (m_stopping)
            return;
        const auto wait = std::chrono::milliseconds(m_settings.pollMs);
        if (queued) {
            // Refill once the sending threads have taken most of the batch.
            m_dispatchCv.wait_for(lock, wait, [this] {
                return m_stopping || m_woken || m_queue.size() < std::size_t(m_settings.connections) * 2;
            });
        } else {
            m_dispatchCv.wait_for(lock, wait, [this] { return m_stopping || m_woken; });
        }
        m_woken = false;
        if (m_stopping)
            return;
    }
}

bool CampaignSender::waitForSlot()
{
    if (m_settings.messagesPerSecond <= 0)
        return true;
    const auto interval = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
        std::chrono::duration<double>(1.0 / m_settings.messagesPerSecond));
    std::unique_lock lock(m_mutex);
    const auto now = std::chrono::steady_clock::now();
    const auto slot = std::max(now, m_nextSlot);
    m_nextSlot = slot + interval;
    if (slot > now)
        m_workCv.wait_until(lock, slot, [this] { return m_stopping; });
    return !m_stopping;
}

void CampaignSender::workLoop()
{
    SmtpSender smtp(m_settings.smtp);
    while (true) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_workCv.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return; // what is still queued goes back in stop()
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_dispatchCv.notify_all();
        try {
            process(smtp, job);
        } catch (const std::exception &e) {
            ServerLog::error("newsletter_send_failed", {{QStringLiteral("message"), QString::fromUtf8(e.what())}});
        }
        std::lock_guard lock(m_mutex);
        m_inFlight[job.newsletterId] -= 1;
    }
}

void CampaignSender::process(SmtpSender &smtp, const Job &job)
{
    const NewsletterQueue::Claim &c = job.claim;
    const QJsonObject contact = c.consentingContact();
    if (contact.isEmpty()) {
        // Unsubscribed, erased or deleted since the send started.
        m_db.write([&](Db &db) {
            NewsletterQueue::record(db, c.rowId, NewsletterQueue::Outcome::Skipped, 0, QString(), nowMs(), 0);
        });
        return;
    }
    const NewsletterRenderer::Message message = job.renderer->render(c.contactId, c.email, contact);
    if (!waitForSlot()) {
        m_db.write([&](Db &db) { NewsletterQueue::release(db, {c.rowId}); });
        return;
    }
    const SmtpSender::Result r = smtp.send(message.from, message.to, message.bytes);
    const qint64 now = nowMs();
    if (r.outcome == SmtpSender::Outcome::PermanentFailure) {
        writeWithOps(m_db, m_hub, [&](Db &db, OpWriter &ops) {
            NewsletterQueue::recordBounce(db, ops, m_zones, c.rowId, r.smtpCode, r.message, now);
            return true;
        }, false);
        return;
    }
    m_db.write([&](Db &db) {
        if (r.outcome == SmtpSender::Outcome::Sent) {
            NewsletterQueue::record(db, c.rowId, NewsletterQueue::Outcome::Sent, r.smtpCode, QString(), now, 0);
        } else if (c.attempts < NewsletterQueue::MaxAttempts) {
            qint64 delay = m_settings.retryBaseMs;
            for (int i = 1; i < c.attempts; ++i)
                delay *= 4;
            NewsletterQueue::record(db, c.rowId, NewsletterQueue::Outcome::Retry, r.smtpCode, r.message, now, now + delay);
        } else {
            NewsletterQueue::record(db, c.rowId, NewsletterQueue::Outcome::Failed, r.smtpCode, r.message, now, 0);
        }
    });
}

} // namespace relais::server
