#pragma once

#include "AccessCache.h"
#include "Audience.h"
#include "CallCampaign.h"
#include "Db.h"
#include "RecordStore.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace relais {
class ZoneTree;
}

namespace relais::server {

class OpWriter;

/// A call campaign as stored: its record and its parsed fields.
struct StoredCampaign {
    StoredRecord record;
    CallCampaign campaign;
};

/// The pool of a phone-bank campaign (docs/sync-protocol.md, Call sessions): one target per contact of the
/// audience with a phone and phone consent; each leased to one volunteer at a time as an assignment record in
/// their personal bucket; back in the pool when a lease expires or is given back, or when an outcome says to
/// call again later. Every function runs inside the caller's write transaction (after OpWriter locked the op
/// counter, so claims are serialised; on PostgreSQL the candidate rows are also taken FOR UPDATE SKIP LOCKED).
class CallPool
{
public:
    static const QString CampaignType;
    static const QString AssignmentType;
    static const QString ResultType;
    static const QString BriefType;
    static constexpr int MaxClaim = 20;
    static constexpr int MaxActiveLeases = 20;
    static constexpr qint64 RefreshEveryMs = 10 * 60 * 1000;

    static std::optional<StoredCampaign> load(Db &db, const QString &id);
    /// Team members and holders of calls.manage on the campaign's zone may call.
    static bool mayCall(const CallCampaign &campaign, const UserAccess &user);
    /// Whether a stored contact may be called for this audience: a phone not flagged wrong, phone consent
    /// granted, membership and tags of the audience.
    static bool eligible(const QJsonObject &contact, const AudienceSpec &audience);

    /// Adds the audience's eligible contacts that are not targets yet; returns how many.
    static int refresh(Db &db, const StoredCampaign &c, const ZoneTree &zones, qint64 now);

    struct Claim {
        QList<QJsonObject> assignments;
        QString reason; ///< "", outside_hours, paused, exhausted, limit
        QString nextOpen;
    };
    struct ClaimRequest {
        const UserAccess *user = nullptr; ///< a volunteer who may call (mayCall)
        int count = 0;
    };
    /// Leases up to `count` contacts to each of the claims, in order, the pool's next contacts going to the first
    /// claim: the claims of one campaign waiting together share each query and each multi-row write, so a batch
    /// of them costs a few statements, not a few per claim. One answer per request, in the same order.
    static QList<Claim> claim(Db &db, OpWriter &ops, const StoredCampaign &c, const QList<ClaimRequest> &requests,
                              const ZoneTree &zones, qint64 now);
    /// Puts each volunteer's brief of the campaign (name, goal, script, survey) in their bucket, unless the one
    /// there is current. At most Db::RowsPerStatement volunteers.
    static void writeBriefs(Db &db, OpWriter &ops, const StoredCampaign &c, const QList<qint64> &volunteers);
    /// After the campaign changed: every brief of it made before is written again.
    static void updateBriefs(Db &db, OpWriter &ops, const StoredCampaign &c);
    /// Gives a lease back; false when it is not the caller's active lease.
    static bool release(Db &db, OpWriter &ops, const QString &assignmentId, const UserAccess &user, qint64 now);
    /// Ends an assignment (status done, released or expired) and removes its record from the volunteer's bucket.
    static void endAssignment(Db &db, OpWriter &ops, const QString &assignmentId, const QString &status, qint64 now);
    /// A closed or deleted campaign: every active lease is withdrawn.
    static void withdrawAll(Db &db, OpWriter &ops, const QString &campaignId, qint64 now);
    /// GDPR erasure of a contact: its targets, assignments and results, with their records.
    static int eraseContact(Db &db, OpWriter &ops, const QString &contactId);

    /// The cadre's live figures (docs/sync-protocol.md, stats).
    static QJsonObject stats(Db &db, const StoredCampaign &c, qint64 now);
    /// Completed calls, all calls and the caller's own, for a volunteer's progress.
    static QJsonObject progress(Db &db, const StoredCampaign &c, const UserAccess &user, qint64 now);
};

} // namespace relais::server
