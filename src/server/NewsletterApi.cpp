#include "NewsletterApi.h"

#include "Audience.h"
#include "AuditLog.h"
#include "CampaignSender.h"
#include "ContactJson.h"
#include "EmailAddress.h"
#include "HttpServer.h"
#include "NewsletterQueue.h"
#include "OpLog.h"
#include "OrgSettings.h"
#include "RateLimiter.h"
#include "RecordStore.h"
#include "SyncService.h"
#include "Uuid7.h"
#include "Zone.h"
#include "ZoneTree.h"

#include <QDateTime>

namespace relais::server {

namespace {

const char *const IdPattern = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";

std::string route(const char *suffix) { return std::string("/api/v1/newsletters/") + IdPattern + suffix; }

[[noreturn]] void throwFor(const NewsletterQueue::Enqueued &r)
{
    switch (r.error) {
    case NewsletterQueue::Error::NotFound: throw ApiError::notFound(r.message);
    case NewsletterQueue::Error::Forbidden: throw ApiError::forbidden(r.message);
    case NewsletterQueue::Error::AlreadySent: throw ApiError(409, QStringLiteral("already_sent"), r.message);
    default: throw ApiError(422, QStringLiteral("invalid"), r.message);
    }
}

CampaignSender &sender(ServerContext &ctx)
{
    if (!ctx.newsletters)
        throw ApiError(503, QStringLiteral("no_smtp"), QStringLiteral("this server has no e-mail relay configured"));
    return *ctx.newsletters;
}

} // namespace

void NewsletterApi::registerRoutes(HttpServer &http, ServerContext &ctx)
{
    // Sender identities: who a zone's newsletters come from. They sync to the zone's replicas (and those below
    // it) as "sender" records.
    http.post("/api/v1/senders", "/api/v1/senders", HttpServer::Auth::Required, [&ctx](ApiRequest &r) {
        const QJsonObject body = r.jsonBody();
        StoredRecord s;
        s.type = RecordStore::Sender;
        s.zone = body.value(QLatin1String("zone")).toString().toUpper();
        const Zone *z = ctx.zones.zone(s.zone);
        if (!z || z->type == ZoneType::Commune)
            throw ApiError(422, QStringLiteral("invalid"), QStringLiteral("zone must be a country, region or department"));
        // Who may write as whom is decided one level up: a region's administrator names its departments' senders
        // and the national one the regions'; a department's cadre only chooses among them.
        r.require(Feature::UsersManage, z->parentCode.isEmpty() ? s.zone : z->parentCode);
        const QString name = body.value(QLatin1String("name")).toString().trimmed();
        const QString email = EmailAddress::normalize(body.value(QLatin1String("email")).toString()).normalized;
        const QString replyRaw = body.value(QLatin1String("reply_to")).toString().trimmed();
        const QString replyTo = replyRaw.isEmpty() ? QString() : EmailAddress::normalize(replyRaw).normalized;
        if (name.isEmpty() || name.size() > 200 || email.isEmpty() || (!replyRaw.isEmpty() && replyTo.isEmpty()))
            throw ApiError(422, QStringLiteral("invalid"), QStringLiteral("a sender needs a name and a valid e-mail address"));
        s.id = Uuid7::generate();
        s.data = {{QStringLiteral("name"), name}, {QStringLiteral("email"), email}, {QStringLiteral("reply_to"), replyTo}};
        writeWithOps(ctx.db, ctx.hub, [&](Db &db, OpWriter &ops) {
            RecordStore::save(db, ops, s);
            AuditLog::record(db, r.caller.userId, QStringLiteral("senders.add"), s.id, s.zone, {{QStringLiteral("email"), email}});
            return true;
        });
        r.json(201, s.data);
    });

    http.post("/api/v1/newsletters/audience", "/api/v1/newsletters/audience", HttpServer::Auth::Required,
              [&ctx](ApiRequest &r) {
                  const QJsonObject body = r.jsonBody();
                  const QString zone = body.value(QLatin1String("zone")).toString().toUpper();
                  r.require(Feature::NewslettersSend, zone);
                  QString error;
                  const auto spec = AudienceSpec::fromJson(body.value(QLatin1String("audience")).toObject(), zone,
                                                           ctx.zones, &error);
                  if (!spec)
                      throw ApiError(422, QStringLiteral("invalid"), error);
                  QString missing;
                  if (!spec->allowedFor(r.user().scope, &missing))
                      throw ApiError::forbidden(QStringLiteral("newsletters.send is not granted on ") + missing);
                  const qint64 n = ctx.db.read([&](Db &db) { return Audience::count(db, *spec, ctx.zones); });
                  r.json(200, {{QStringLiteral("count"), n}});
              });

    http.post(route("/test").c_str(), "/api/v1/newsletters/{id}/test", HttpServer::Auth::Required, [&ctx](ApiRequest &r) {
        static RateLimiter perUser(10, 10 * 60 * 1000); // test sends go to any address: keep them few
        CampaignSender &s = sender(ctx);
        const QString id = r.match(1);
        const QString to = EmailAddress::normalize(r.jsonBody().value(QLatin1String("to")).toString()).normalized;
        if (to.isEmpty())
            throw ApiError(422, QStringLiteral("invalid"), QStringLiteral("give a valid e-mail address to send the test to"));
        const QString key = QString::number(r.caller.userId);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (const int wait = perUser.retryAfterSeconds(key, now); wait > 0)
            throw ApiError(429, QStringLiteral("rate_limited"), QStringLiteral("too many test sends; try again later"), wait);
        QJsonObject snapshot;
        const auto prepared = ctx.db.read([&](Db &db) {
            return NewsletterQueue::snapshotForTest(db, r.user(), ctx.zones, id, s.settings().publicUrl, &snapshot);
        });
        if (prepared.error != NewsletterQueue::Error::None)
            throwFor(prepared);
        perUser.recordFailure(key, now);
        const NewsletterRenderer renderer(id, snapshot, s.signer(), ctx.zones);
        const SmtpSender::Result res = s.sendNow(renderer.renderTest(to));
        ctx.db.write([&](Db &db) {
            AuditLog::record(db, r.caller.userId, QStringLiteral("newsletters.test"), id, snapshot.value(QLatin1String("zone")).toString(),
                             {{QStringLiteral("sent"), res.sent()}});
        });
        if (!res.sent())
            throw ApiError(502, QStringLiteral("smtp_failed"),
                           QStringLiteral("the e-mail relay refused the test message (code %1)").arg(res.smtpCode));
        r.json(200, {{QStringLiteral("sent"), true}});
    });

    http.post(route("/send").c_str(), "/api/v1/newsletters/{id}/send", HttpServer::Auth::Required, [&ctx](ApiRequest &r) {
        CampaignSender &s = sender(ctx);
        const QString id = r.match(1);
        const QJsonObject body = r.req.body.empty() ? QJsonObject() : r.jsonBody();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qint64 scheduledAt = 0;
        if (body.contains(QLatin1String("scheduled_at"))) {
            const QDateTime t = ContactJson::fromIso(body.value(QLatin1String("scheduled_at")).toString());
            if (!t.isValid())
                throw ApiError(422, QStringLiteral("invalid"), QStringLiteral("scheduled_at is an ISO 8601 time"));
            scheduledAt = t.toMSecsSinceEpoch();
        }
        NewsletterQueue::Enqueued result;
        const bool sent = writeWithOps(ctx.db, ctx.hub, [&](Db &db, OpWriter &ops) {
            result = NewsletterQueue::enqueue(db, ops, r.user(), ctx.zones, id, scheduledAt, now, s.settings().publicUrl,
                                              OrgSettings::trackingEnabled(db));
            if (result.error != NewsletterQueue::Error::None)
                return false;
            AuditLog::record(db, r.caller.userId, QStringLiteral("newsletters.send"), id, QString(),
                             {{QStringLiteral("recipients"), result.recipients}, {QStringLiteral("status"), result.status}});
            return true;
        });
        if (!sent)
            throwFor(result);
        s.wake();
        r.json(202, {{QStringLiteral("status"), result.status}, {QStringLiteral("recipients"), result.recipients}});
    });

    http.post(route("/cancel").c_str(), "/api/v1/newsletters/{id}/cancel", HttpServer::Auth::Required, [&ctx](ApiRequest &r) {
        const QString id = r.match(1);
        QString error;
        if (!writeWithOps(ctx.db, ctx.hub, [&](Db &db, OpWriter &ops) { return NewsletterQueue::cancel(db, ops, r.user(), id, &error); }))
            throw ApiError(409, QStringLiteral("not_cancellable"), error);
        r.json(200, {{QStringLiteral("status"), QStringLiteral("cancelled")}});
    });

    http.get(route("/stats").c_str(), "/api/v1/newsletters/{id}/stats", HttpServer::Auth::Required, [&ctx](ApiRequest &r) {
        const QString id = r.match(1);
        const QJsonObject stats = ctx.db.read([&](Db &db) -> QJsonObject {
            const auto rec = RecordStore::load(db, RecordStore::Newsletter, id);
            if (!rec)
                throw ApiError::notFound(QStringLiteral("no such newsletter"));
            r.require(Feature::NewslettersSend, rec->zone);
            return NewsletterQueue::stats(db, id);
        });
        r.json(200, stats);
    });
}

} // namespace relais::server
