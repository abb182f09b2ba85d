#include "ClaimBatcher.h"

#include "HttpSupport.h"
#include "OpLog.h"
#include "ServerClock.h"
#include "ServerContext.h"
#include "SyncService.h"

#include <vector>

namespace relais::server {

CallPool::Claim ClaimBatcher::claim(const QString &campaignId, std::shared_ptr<const UserAccess> user, int count)
{
    auto pending = std::make_shared<Pending>();
    pending->campaignId = campaignId;
    pending->user = std::move(user);
    pending->count = count;
    auto answer = pending->done.get_future();
    {
        std::lock_guard lock(m_mutex);
        m_waiting.push_back(pending);
        if (!m_jobQueued) {
            m_jobQueued = true;
            // Not waited on: every claim of the batch waits on its own promise.
            m_ctx.db.writeAsync([this](Db &db) { drain(db); });
        }
    }
    auto [claim, lastOpId] = answer.get(); // rethrows this claim's error
    // With PostgreSQL, wait (bounded) until this instance has heard of the commit, so that the volunteer's next
    // pull sees their new assignments.
    if (lastOpId > 0)
        awaitPublished(m_ctx.db, m_ctx.hub, lastOpId);
    return claim;
}

void ClaimBatcher::drain(Db &db)
{
    std::deque<std::shared_ptr<Pending>> batch;
    {
        std::lock_guard lock(m_mutex);
        // At most MaxBatch claims per transaction: the first of a burst are answered without waiting for the
        // whole burst to be written; the rest go in the next job, queued right away.
        while (!m_waiting.empty() && batch.size() < MaxBatch) {
            batch.push_back(std::move(m_waiting.front()));
            m_waiting.pop_front();
        }
        if (m_waiting.empty())
            m_jobQueued = false; // claims arriving from now on queue the next job
        else
            m_ctx.db.writeAsync([this](Db &db) { drain(db); });
    }
    if (batch.empty())
        return;
    std::vector<CallPool::Claim> claims(batch.size());
    std::vector<std::exception_ptr> refused(batch.size());
    qint64 last = 0;
    try {
        Transaction tx(db, true);
        OpWriter ops(db, OpWriter::Rows::Batched);
        const qint64 now = ServerClock::nowMs();
        // The claims of each campaign together, in arrival order.
        std::vector<bool> grouped(batch.size(), false);
        for (std::size_t first = 0; first < batch.size(); ++first) {
            if (grouped[first])
                continue;
            const QString &campaignId = batch[first]->campaignId;
            const auto campaign = CallPool::load(db, campaignId);
            QList<CallPool::ClaimRequest> requests;
            std::vector<std::size_t> members;
            for (std::size_t i = first; i < batch.size(); ++i) {
                const Pending &p = *batch[i];
                if (grouped[i] || p.campaignId != campaignId)
                    continue;
                grouped[i] = true;
                // Refusals are decided before anything is written, so they leave the batch intact.
                if (!campaign)
                    refused[i] = std::make_exception_ptr(ApiError::notFound(QStringLiteral("no call campaign ") + campaignId));
                else if (!CallPool::mayCall(campaign->campaign, *p.user))
                    refused[i] = std::make_exception_ptr(ApiError::forbidden(QStringLiteral("you are not in this campaign's team")));
                else {
                    requests.append({p.user.get(), p.count});
                    members.push_back(i);
                }
            }
            if (requests.isEmpty())
                continue;
            QList<CallPool::Claim> answers = CallPool::claim(db, ops, *campaign, requests, m_ctx.zones, now);
            for (std::size_t k = 0; k < members.size(); ++k)
                claims[members[k]] = std::move(answers[qsizetype(k)]);
        }
        ops.finish();
        tx.commit();
        publishCommitted(db, ops, m_ctx.hub);
        last = ops.wroteOps() ? ops.lastOpId() : 0;
    } catch (...) {
        const std::exception_ptr error = std::current_exception();
        for (const auto &p : batch)
            p->done.set_exception(error);
        return;
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (refused[i])
            batch[i]->done.set_exception(refused[i]);
        else
            batch[i]->done.set_value({std::move(claims[i]), last});
    }
}

} // namespace relais::server
