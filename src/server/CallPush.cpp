#include "CallPush.h"

#include "ContactJson.h"
#include "ContactStore.h"
#include "RecordPush.h"
#include "ServerActor.h"
#include "ServerClock.h"
#include "UserStore.h"
#include "ZoneTree.h"

namespace relais::server {

namespace {
constexpr qsizetype MaxNotesChars = 5000;
constexpr qint64 MaxDurationS = 24 * 3600;

QJsonObject strippedResult(const QJsonObject &data, const QString &campaignId)
{
    return {{QStringLiteral("id"), data.value(QLatin1String("id"))},
            {QStringLiteral("zone"), data.value(QLatin1String("zone"))},
            {QStringLiteral("assignment_id"), data.value(QLatin1String("assignment_id"))},
            {QStringLiteral("campaign_id"), campaignId},
            {QStringLiteral("outcome"), data.value(QLatin1String("outcome"))},
            {QStringLiteral("called_at"), data.value(QLatin1String("called_at"))}};
}
} // namespace

bool CallPush::handles(const QString &type)
{
    return type == CallPool::CampaignType || type == CallPool::AssignmentType || type == CallPool::ResultType;
}

PushResult CallPush::rejected(const PushItem &item, const QString &message, const std::optional<StoredRecord> &current) const
{
    PushResult r;
    r.seq = item.seq;
    r.status = QStringLiteral("rejected");
    r.message = message;
    if (current && current->type == CallPool::CampaignType && m_user.scope.allows(Feature::CallsManage, current->zone)) {
        r.version = current->version;
        r.row = current->data;
    }
    return r;
}

PushResult CallPush::apply(const PushItem &item)
{
    if (item.type == CallPool::AssignmentType)
        return rejected(item, QStringLiteral("assignments are handed out by the server (claim)"));
    if (item.type == CallPool::ResultType) {
        if (item.op != QLatin1String("put"))
            return rejected(item, QStringLiteral("call results are append-only: put only"));
        return resultPut(item);
    }
    const auto current = RecordStore::load(m_db, item.type, item.id);
    if (current && !m_user.scope.allows(Feature::CallsManage, current->zone))
        return rejected(item, QStringLiteral("calls.manage is not granted on ") + current->zone, current);
    if (item.op == QLatin1String("put"))
        return campaignPut(item, current);
    if (item.op == QLatin1String("delete"))
        return current ? campaignDelete(item, *current) : RecordPush::applied(item);
    return rejected(item, QStringLiteral("a call campaign takes put or delete"), current);
}

PushResult CallPush::campaignPut(const PushItem &item, const std::optional<StoredRecord> &current)
{
    QJsonObject data = item.data;
    data.insert(QStringLiteral("zone"), data.value(QLatin1String("zone")).toString(current ? current->zone : QString()).toUpper());
    QString error;
    auto campaign = CallCampaign::fromJson(data, &error);
    if (!campaign)
        return rejected(item, error, current);
    campaign->id = item.id;
    const Zone *z = m_zones.zone(campaign->zone);
    if (!z || z->type == ZoneType::Commune)
        return rejected(item, QStringLiteral("zone must be a country, region or department"), current);
    if (!m_user.scope.allows(Feature::CallsManage, campaign->zone))
        return rejected(item, QStringLiteral("calls.manage is not granted on ") + campaign->zone, current);
    if (!AudienceSpec::fromJson(campaign->audience, campaign->zone, m_zones, &error))
        return rejected(item, error, current);
    for (const QString &username : std::as_const(campaign->team)) {
        if (!UserStore::byName(m_db, username))
            return rejected(item, QStringLiteral("team: there is no user %1").arg(username), current);
    }

    StoredRecord r;
    r.type = item.type;
    r.id = item.id;
    r.zone = campaign->zone;
    r.data = campaign->toJson();
    r.data.insert(QStringLiteral("created_by"), current ? current->data.value(QLatin1String("created_by")) : QJsonValue(m_user.user.username));
    r.data.insert(QStringLiteral("created_at"), current ? current->data.value(QLatin1String("created_at")) : QJsonValue(m_now));
    r.data.insert(QStringLiteral("updated_by"), m_user.user.username);
    const QString updatedAt = ContactJson::canonicalTime(item.data.value(QLatin1String("updated_at")).toString());
    r.data.insert(QStringLiteral("updated_at"), updatedAt.isEmpty() ? m_now : updatedAt);
    RecordStore::save(m_db, m_ops, r);

    const qint64 now = ServerClock::nowMs();
    const StoredCampaign stored{r, *campaign};
    if (campaign->status == QLatin1String("closed"))
        CallPool::withdrawAll(m_db, m_ops, item.id, now);
    else
        CallPool::updateBriefs(m_db, m_ops, stored);
    if (campaign->isActive())
        CallPool::refresh(m_db, stored, m_zones, now);
    return RecordPush::applied(item, r.version, r.data);
}

PushResult CallPush::campaignDelete(const PushItem &item, const StoredRecord &current)
{
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM call_results WHERE campaign_id = ?"), {item.id}, 0).toLongLong() > 0)
        return rejected(item, QStringLiteral("this campaign has call results: close it rather than delete it"), current);
    CallPool::withdrawAll(m_db, m_ops, item.id, ServerClock::nowMs());
    m_db.exec(QStringLiteral("DELETE FROM call_targets WHERE campaign_id = ?"), {item.id});
    m_db.exec(QStringLiteral("DELETE FROM call_assignments WHERE campaign_id = ?"), {item.id});
    m_db.exec(QStringLiteral("DELETE FROM call_invitations WHERE campaign_id = ?"), {item.id});
    m_db.exec(QStringLiteral("DELETE FROM call_pool_refresh WHERE campaign_id = ?"), {item.id});
    RecordStore::remove(m_db, m_ops, current);
    return RecordPush::applied(item);
}

PushResult CallPush::resultPut(const PushItem &item)
{
    // Idempotent: the same result pushed again (a replayed offline upload) changes nothing.
    if (const auto stored = RecordStore::load(m_db, CallPool::ResultType, item.id)) {
        if (stored->zone != personalBucket(m_user.user.id))
            return rejected(item, QStringLiteral("this call result belongs to someone else"));
        return RecordPush::applied(item, stored->version, stored->data);
    }
    const QString assignmentId = item.data.value(QLatin1String("assignment_id")).toString();
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT campaign_id, contact_id, volunteer_id, status FROM call_assignments WHERE id = ?"),
                             {assignmentId});
    if (!q.next())
        return rejected(item, QStringLiteral("unknown assignment"));
    const QString campaignId = q.value(0).toString();
    const QString contactId = q.value(1).toString();
    const qint64 volunteer = q.value(2).toLongLong();
    const QString assignmentStatus = q.value(3).toString();
    q.finish();
    if (volunteer != m_user.user.id)
        return rejected(item, QStringLiteral("this contact was not leased to you"));
    if (assignmentStatus == QLatin1String("done"))
        return rejected(item, QStringLiteral("this assignment already has its result"));
    const auto campaign = CallPool::load(m_db, campaignId);
    if (!campaign)
        return rejected(item, QStringLiteral("the campaign is gone"));

    const QString outcomeId = item.data.value(QLatin1String("outcome")).toString();
    const auto outcome = CallOutcomes::fromId(outcomeId);
    if (!outcome)
        return rejected(item, QStringLiteral("outcome must be one of ") + CallOutcomes::ids().join(QStringLiteral(", ")));
    QString error;
    const QJsonObject answers = item.data.value(QLatin1String("answers")).toObject();
    if (!campaign->campaign.checkAnswers(answers, &error))
        return rejected(item, error);
    const QString notes = item.data.value(QLatin1String("notes")).toString();
    if (notes.size() > MaxNotesChars)
        return rejected(item, QStringLiteral("notes: at most %1 characters").arg(MaxNotesChars));
    const qint64 duration = item.data.value(QLatin1String("duration_s")).toInteger();
    if (duration < 0 || duration > MaxDurationS)
        return rejected(item, QStringLiteral("duration_s must be from 0 to %1").arg(MaxDurationS));
    const qint64 now = ServerClock::nowMs();
    const QDateTime nowTime = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    QDateTime calledAt = ContactJson::fromIso(item.data.value(QLatin1String("called_at")).toString());
    if (!calledAt.isValid() || calledAt > nowTime.addSecs(300))
        calledAt = nowTime;
    QDateTime callbackAt;
    if (*outcome == CallOutcome::Callback) {
        callbackAt = ContactJson::fromIso(item.data.value(QLatin1String("callback_at")).toString());
        if (!item.data.value(QLatin1String("callback_at")).toString().isEmpty() && !callbackAt.isValid())
            return rejected(item, QStringLiteral("callback_at must be an ISO 8601 time"));
    }

    QJsonObject full{{QStringLiteral("id"), item.id},
                     {QStringLiteral("zone"), personalBucket(m_user.user.id)},
                     {QStringLiteral("assignment_id"), assignmentId},
                     {QStringLiteral("outcome"), outcomeId},
                     {QStringLiteral("callback_at"), callbackAt.isValid() ? ContactJson::isoTime(callbackAt) : QString()},
                     {QStringLiteral("answers"), answers},
                     {QStringLiteral("notes"), notes},
                     {QStringLiteral("duration_s"), duration},
                     {QStringLiteral("called_at"), ContactJson::isoTime(calledAt)}};
    m_db.exec(QStringLiteral("INSERT INTO call_results (id, campaign_id, assignment_id, contact_id, volunteer_id, outcome,"
                             " called_at, received_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {item.id, campaignId, assignmentId, contactId, m_user.user.id, outcomeId, calledAt.toMSecsSinceEpoch(), now,
               m_db.utf8(ContactStore::compact(full))});

    // The target: counted, then back in the pool for later or done. If the lease expired and the contact went
    // to someone else meanwhile, only a final outcome takes it out (and their lease is withdrawn).
    QSqlQuery &t = m_db.exec(QStringLiteral("SELECT attempts, assignment_id, state FROM call_targets WHERE campaign_id = ? AND contact_id = ?"),
                             {campaignId, contactId});
    if (t.next()) {
        const int attempts = t.value(0).toInt() + 1;
        const QString holder = t.value(1).toString();
        const QString state = t.value(2).toString();
        t.finish();
        const bool ours = holder == assignmentId || holder.isEmpty();
        const QDateTime next = campaign->campaign.nextAttempt(*outcome, attempts, calledAt, callbackAt);
        if (!next.isValid()) {
            if (!ours && state == QLatin1String("leased"))
                CallPool::endAssignment(m_db, m_ops, holder, QStringLiteral("released"), now);
            m_db.exec(QStringLiteral("UPDATE call_targets SET state = 'done', attempts = ?, last_outcome = ?, assignment_id = '',"
                                     " leased_to = 0, lease_expires = 0, updated_at = ? WHERE campaign_id = ? AND contact_id = ?"),
                      {attempts, outcomeId, now, campaignId, contactId});
        } else if (ours) {
            m_db.exec(QStringLiteral("UPDATE call_targets SET state = 'pool', attempts = ?, next_at = ?, last_outcome = ?,"
                                     " assignment_id = '', leased_to = 0, lease_expires = 0, updated_at = ?"
                                     " WHERE campaign_id = ? AND contact_id = ?"),
                      {attempts, next.toMSecsSinceEpoch(), outcomeId, now, campaignId, contactId});
        } else {
            m_db.exec(QStringLiteral("UPDATE call_targets SET attempts = ?, last_outcome = ?, updated_at = ? WHERE campaign_id = ?"
                                     " AND contact_id = ?"),
                      {attempts, outcomeId, now, campaignId, contactId});
        }
    } else {
        t.finish();
    }
    CallPool::endAssignment(m_db, m_ops, assignmentId, QStringLiteral("done"), now);
    m_db.exec(QStringLiteral("UPDATE call_assignments SET status = 'done', ended_at = ? WHERE id = ?"), {now, assignmentId});

    touchContact(contactId, *campaign, outcomeId, full);

    StoredRecord r;
    r.type = CallPool::ResultType;
    r.id = item.id;
    r.zone = personalBucket(m_user.user.id);
    r.subject = contactId;
    r.data = strippedResult(full, campaignId);
    RecordStore::save(m_db, m_ops, r);
    return RecordPush::applied(item, r.version, r.data);
}

void CallPush::touchContact(const QString &contactId, const StoredCampaign &campaign, const QString &outcome,
                            const QJsonObject &data)
{
    const auto contact = ContactStore::load(m_db, contactId);
    if (!contact)
        return;
    const qint64 now = ServerClock::nowMs();
    PushProcessor processor(m_db, m_ops, ServerActor::access(m_zones), ServerActor::clientRow(m_db, now), m_zones);
    const QString at = data.value(QLatin1String("called_at")).toString();
    ServerActor::addInteraction(processor, contactId, contact->zone, QStringLiteral("call"), at,
                                {{QStringLiteral("campaign_id"), campaign.record.id},
                                 {QStringLiteral("campaign"), campaign.campaign.name},
                                 {QStringLiteral("outcome"), outcome},
                                 {QStringLiteral("answers"), data.value(QLatin1String("answers"))},
                                 {QStringLiteral("notes"), data.value(QLatin1String("notes"))},
                                 {QStringLiteral("volunteer"), m_user.user.username}});
    PushItem patch;
    patch.type = QStringLiteral("contact");
    patch.op = QStringLiteral("patch");
    patch.id = contactId;
    patch.baseVersion = contact->version;
    if (outcome == QLatin1String("do_not_call")) {
        if (contact->data.value(QLatin1String("consent_phone")).toObject().value(QLatin1String("granted")) == QJsonValue(false))
            return;
        patch.data = {{QStringLiteral("consent_phone"),
                       QJsonObject{{QStringLiteral("granted"), false},
                                   {QStringLiteral("at"), at},
                                   {QStringLiteral("source"), QStringLiteral("call")}}}};
        const PushResult r = processor.apply(patch);
        if (r.status != QLatin1String("applied") && r.status != QLatin1String("merged"))
            throw DbError("the do-not-call was not applied to the contact");
        ServerActor::addInteraction(processor, contactId, contact->zone, QStringLiteral("consent"), at,
                                    {{QStringLiteral("channel"), QStringLiteral("phone")},
                                     {QStringLiteral("granted"), false},
                                     {QStringLiteral("source"), QStringLiteral("call")},
                                     {QStringLiteral("campaign"), campaign.record.id}});
    } else if (outcome == QLatin1String("wrong_number")) {
        QJsonObject custom = contact->data.value(QLatin1String("custom")).toObject();
        custom.insert(QStringLiteral("phone_wrong"), contact->data.value(QLatin1String("phone")).toString());
        patch.data = {{QStringLiteral("custom"), custom}};
        const PushResult r = processor.apply(patch);
        if (r.status != QLatin1String("applied") && r.status != QLatin1String("merged"))
            throw DbError("the wrong number was not recorded on the contact");
    }
}

} // namespace relais::server
