#include "OutboxSender.h"

#include "DbExecutor.h"
#include "MailOutbox.h"
#include "ServerLog.h"

#include <QDateTime>

namespace relais::server {

namespace {
qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
} // namespace

OutboxSender::OutboxSender(DbExecutor &db, Settings settings) : m_db(db), m_settings(std::move(settings)) {}

OutboxSender::~OutboxSender() { stop(); }

void OutboxSender::start()
{
    m_thread = std::thread([this] { loop(); });
}

void OutboxSender::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_cv.notify_all();
}

void OutboxSender::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void OutboxSender::loop()
{
    SmtpSender smtp(m_settings.smtp);
    qint64 nextStaleCheck = 0;
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
        }
        bool claimed = false;
        try {
            const qint64 now = nowMs();
            if (now >= nextStaleCheck) {
                nextStaleCheck = now + 60 * 1000;
                const int n = m_db.write([&](Db &db) { return MailOutbox::requeueStale(db, now - m_settings.staleMs); });
                if (n > 0)
                    ServerLog::info("outbox_requeued", {{QStringLiteral("messages"), n}});
            }
            claimed = sendBatch(smtp);
        } catch (const DbError &e) {
            ServerLog::warn("outbox_failed", {{QStringLiteral("message"), QString::fromUtf8(e.what())}});
        }
        if (claimed)
            continue;
        std::unique_lock lock(m_mutex);
        m_cv.wait_for(lock, std::chrono::milliseconds(m_settings.pollMs), [this] { return m_stopping || m_woken; });
        m_woken = false;
    }
}

bool OutboxSender::sendBatch(SmtpSender &smtp)
{
    const QList<MailOutbox::Item> items = m_db.write([](Db &db) { return MailOutbox::claim(db, 20, nowMs()); });
    for (qsizetype i = 0; i < items.size(); ++i) {
        const MailOutbox::Item &item = items.at(i);
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping) {
                // Not tried: back to the queue at once.
                QList<qint64> untried;
                for (qsizetype j = i; j < items.size(); ++j)
                    untried << items.at(j).id;
                m_db.write([&](Db &db) { MailOutbox::release(db, untried); });
                return true;
            }
        }
        const SmtpSender::Result r = smtp.send(item.sender.toUtf8(), item.recipient.toUtf8(), item.message);
        const qint64 now = nowMs();
        MailOutbox::Outcome outcome = MailOutbox::Outcome::Sent;
        qint64 retryAt = 0;
        if (r.outcome == SmtpSender::Outcome::PermanentFailure) {
            outcome = MailOutbox::Outcome::Failed;
        } else if (r.outcome == SmtpSender::Outcome::TemporaryFailure) {
            outcome = item.attempts < MailOutbox::MaxAttempts ? MailOutbox::Outcome::Retry : MailOutbox::Outcome::Failed;
            qint64 delay = m_settings.retryBaseMs;
            for (int a = 1; a < item.attempts; ++a)
                delay *= 4;
            retryAt = now + delay;
        }
        m_db.write([&](Db &db) { MailOutbox::record(db, item.id, outcome, now, retryAt, r.message); });
    }
    return !items.isEmpty();
}

} // namespace relais::server
