#pragma once

#include "AccessCache.h"
#include "CallPool.h"

#include <QString>

#include <deque>
#include <exception>
#include <future>
#include <memory>
#include <mutex>

namespace relais::server {

struct ServerContext;

/// Group commit of call claims: when many volunteers claim at once, the claims waiting for the database's
/// write lane are applied together, in arrival order, in one write transaction (one commit, one op-counter
/// update), instead of one transaction each; the claims of one campaign share their queries and multi-row writes
/// (CallPool::claim), and the op rows are written many per INSERT. A claim refused (unknown campaign, not in the team) does not touch
/// the database and gets its own error; a database failure fails the whole batch, which is rolled back.
class ClaimBatcher
{
public:
    static constexpr std::size_t MaxBatch = 50;

    explicit ClaimBatcher(ServerContext &context) : m_ctx(context) {}

    /// Leases up to `count` contacts of campaign `campaignId` to `user`. Throws ApiError (403, 404) or DbError.
    /// With PostgreSQL, returns once this instance serves the new ops (the caller's next pull sees them).
    CallPool::Claim claim(const QString &campaignId, std::shared_ptr<const UserAccess> user, int count);

private:
    struct Pending {
        QString campaignId;
        std::shared_ptr<const UserAccess> user;
        int count = 0;
        std::promise<std::pair<CallPool::Claim, qint64>> done; ///< the claim and the last op id of its commit
    };
    /// Runs on the database's write lane: takes every claim waiting and applies them in one transaction.
    void drain(Db &db);

    ServerContext &m_ctx;
    std::mutex m_mutex;
    std::deque<std::shared_ptr<Pending>> m_waiting;
    bool m_jobQueued = false; ///< a drain job is in the write lane and has not taken the queue yet
};

} // namespace relais::server
