#include "SyncService.h"

#include "ContactStore.h"
#include "OpLog.h"

#include <QDateTime>
#include <QJsonArray>

#include <chrono>

namespace relais::server {

QJsonObject PushResponse::toJson() const
{
    QJsonArray a;
    for (const PushResult &r : results)
        a.append(r.toJson());
    return {{QStringLiteral("last_seq"), lastSeq}, {QStringLiteral("results"), a}};
}

void publishCommitted(Db &db, const OpWriter &ops, LiveHub &hub)
{
    // SQLite: this is the only writer thread, so publications follow commit order. PostgreSQL: the LISTEN
    // connection publishes what NOTIFY reports, in commit order, for this instance's commits too.
    if (!db.isPostgres() && ops.wroteOps())
        hub.publish(ops.touchedStates(), ops.lastOpId());
}

void awaitPublished(const DbExecutor &db, LiveHub &hub, qint64 lastOpId)
{
    if (db.settings().isPostgres() && lastOpId > 0)
        hub.waitForWatermark(lastOpId, std::chrono::milliseconds(1000));
}

SyncService::SyncService(DbExecutor &db, LiveHub &hub, const ZoneTree &zones) : m_db(db), m_hub(hub), m_zones(zones) {}

namespace {
bool validClientId(const QString &id) { return !id.isEmpty() && id.size() <= 64; }

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger());
}
} // namespace

bool SyncService::parsePull(const QJsonObject &body, PullRequest *out, QString *error)
{
    out->clientId = body.value(QLatin1String("client_id")).toString();
    if (!validClientId(out->clientId)) {
        *error = QStringLiteral("client_id is required");
        return false;
    }
    const QJsonValue buckets = body.value(QLatin1String("buckets"));
    if (!buckets.isUndefined() && !buckets.isNull() && !buckets.isObject()) {
        *error = QStringLiteral("buckets must be an object of cursors");
        return false;
    }
    const QJsonObject b = buckets.toObject();
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!isInteger(it.value()) || it.value().toInteger() < 0) {
            *error = QStringLiteral("a bucket cursor must be a non-negative integer");
            return false;
        }
        out->cursors.insert(it.key(), it.value().toInteger());
    }
    const QJsonValue wait = body.value(QLatin1String("wait"));
    if (!wait.isUndefined() && !wait.isNull() && !wait.isDouble()) {
        *error = QStringLiteral("wait must be a number of seconds");
        return false;
    }
    out->waitSeconds = int(std::clamp<qint64>(wait.toInteger(0), 0, MaxWaitSeconds));
    return true;
}

bool SyncService::parsePush(const QJsonObject &body, PushRequest *out, QString *error)
{
    out->clientId = body.value(QLatin1String("client_id")).toString();
    if (!validClientId(out->clientId)) {
        *error = QStringLiteral("client_id is required");
        return false;
    }
    const QJsonValue items = body.value(QLatin1String("items"));
    if (!items.isArray()) {
        *error = QStringLiteral("items must be an array");
        return false;
    }
    const QJsonArray a = items.toArray();
    if (a.size() > MaxPushItems) {
        *error = QStringLiteral("at most %1 items per push").arg(MaxPushItems);
        return false;
    }
    for (const QJsonValue &v : a) {
        if (!v.isObject()) {
            *error = QStringLiteral("every item is an object");
            return false;
        }
        const QJsonObject o = v.toObject();
        PushItem item;
        if (!isInteger(o.value(QLatin1String("seq"))) || o.value(QLatin1String("seq")).toInteger() < 1) {
            *error = QStringLiteral("every item needs a positive integer seq");
            return false;
        }
        item.seq = o.value(QLatin1String("seq")).toInteger();
        item.type = o.value(QLatin1String("type")).toString();
        item.op = o.value(QLatin1String("op")).toString();
        item.id = o.value(QLatin1String("id")).toString().toLower();
        const QJsonValue base = o.value(QLatin1String("base_version"));
        if (!base.isUndefined() && !base.isNull() && !isInteger(base)) {
            *error = QStringLiteral("base_version must be an integer");
            return false;
        }
        item.baseVersion = base.toInteger(0);
        const QJsonValue data = o.value(QLatin1String("data"));
        if (!data.isUndefined() && !data.isNull() && !data.isObject()) {
            *error = QStringLiteral("data must be an object");
            return false;
        }
        item.data = data.toObject();
        out->items << item;
    }
    return true;
}

PullPlan SyncService::preparePull(const UserAccess &user, const PullRequest &request)
{
    const QStringList &buckets = user.buckets;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(request.waitSeconds);
    for (;;) {
        PullPlan plan;
        LiveHub::Snapshot snapshot;
        if (m_hub.snapshot(buckets, &snapshot))
            plan = PullPlan::fromStates(buckets, snapshot.watermark, snapshot.states, request.cursors);
        else
            plan = m_db.read([&](Db &db) { return PullPlan::compute(db, buckets, request.cursors); });
        if (!plan.work.isEmpty() || request.waitSeconds <= 0 || m_hub.isShuttingDown())
            return plan;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return plan;
        QHash<QString, qint64> thresholds;
        for (const QString &b : buckets)
            thresholds.insert(b, std::max(request.cursors.value(b, 0), plan.states.value(b).cursor));
        if (m_hub.wait(thresholds, left) != LiveHub::WaitResult::NewOps)
            return plan;
    }
}

PushResponse SyncService::push(const UserAccess &user, const PushRequest &request)
{
    struct Outcome {
        PushResponse response;
        qint64 lastOpId = 0;
    };
    Outcome outcome = m_db.write([&](Db &db) {
        Outcome o;
        Transaction tx(db, true);
        OpWriter ops(db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qint64 clientRow = 0;
        qint64 lastSeq = 0;
        {
            QSqlQuery &q = db.exec(QStringLiteral("SELECT id, last_seq FROM client_seqs WHERE client_id = ? AND user_id = ?"),
                                   {request.clientId, user.user.id});
            if (q.next()) {
                clientRow = q.value(0).toLongLong();
                lastSeq = q.value(1).toLongLong();
            }
            q.finish();
        }
        if (clientRow == 0) {
            QSqlQuery &q = db.exec(QStringLiteral("INSERT INTO client_seqs (client_id, user_id, last_seq, updated_at)"
                                                  " VALUES (?, ?, 0, ?) RETURNING id"),
                                   {request.clientId, user.user.id, now});
            if (!q.next())
                throw DbError("INSERT INTO client_seqs returned no id");
            clientRow = q.value(0).toLongLong();
            q.finish();
        }
        const qint64 recorded = lastSeq;
        PushProcessor processor(db, ops, user, clientRow, m_zones);
        for (const PushItem &item : request.items) {
            if (item.seq <= lastSeq) {
                PushResult r;
                r.seq = item.seq;
                r.status = QStringLiteral("duplicate");
                o.response.results << r;
                continue;
            }
            o.response.results << processor.apply(item);
            lastSeq = item.seq;
        }
        if (lastSeq != recorded)
            db.exec(QStringLiteral("UPDATE client_seqs SET last_seq = ?, updated_at = ? WHERE id = ?"),
                    {lastSeq, now, clientRow});
        ops.finish();
        tx.commit();
        publishCommitted(db, ops, m_hub);
        o.response.lastSeq = lastSeq;
        o.lastOpId = ops.wroteOps() ? ops.lastOpId() : 0;
        return o;
    });
    awaitPublished(m_db, m_hub, outcome.lastOpId);
    return outcome.response;
}

} // namespace relais::server
