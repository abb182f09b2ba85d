#include "CallApi.h"

#include "AuditLog.h"
#include "CallPool.h"
#include "ClaimBatcher.h"
#include "ContactJson.h"
#include "ContactStore.h"
#include "CsvDocument.h"
#include "HttpServer.h"
#include "RateLimiter.h"
#include "Secrets.h"
#include "ServerClock.h"
#include "ServerContext.h"
#include "SyncService.h"
#include "UserStore.h"

#include <QJsonArray>

namespace relais::server {

namespace {

const char *const CampaignPattern = "/api/v1/calls/campaigns/([0-9a-f-]{36})";

StoredCampaign loadCampaign(Db &db, const QString &id)
{
    auto c = CallPool::load(db, id);
    if (!c)
        throw ApiError::notFound(QStringLiteral("no call campaign ") + id);
    return *c;
}

std::string route(const char *suffix) { return std::string(CampaignPattern) + suffix; }

/// Codes are read aloud and typed: upper case, without spaces or dashes.
QString normalizeCode(const QString &code)
{
    QString out;
    for (const QChar c : code)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}

/// Adds `username` to the team of the campaign an invitation code opens; returns the campaign, or throws.
StoredCampaign joinWithCode(Db &db, OpWriter &ops, const QString &code, const QString &username, qint64 now)
{
    const QString digest = Secrets::tokenDigest(normalizeCode(code));
    QSqlQuery &q = db.exec(QStringLiteral("SELECT campaign_id, uses_left, expires_at FROM call_invitations WHERE code_hash = ?"), {digest});
    if (!q.next())
        throw ApiError(422, QStringLiteral("invalid"), QStringLiteral("this invitation code is not valid"));
    const QString campaignId = q.value(0).toString();
    const qint64 usesLeft = q.value(1).toLongLong();
    const qint64 expires = q.value(2).toLongLong();
    q.finish();
    if (usesLeft <= 0 || expires <= now)
        throw ApiError(422, QStringLiteral("invalid"), QStringLiteral("this invitation code has expired or was used up"));
    StoredCampaign c = loadCampaign(db, campaignId);
    if (!c.campaign.team.contains(username)) {
        c.campaign.team << username;
        c.record.data.insert(QStringLiteral("team"), QJsonArray::fromStringList(c.campaign.team));
        RecordStore::save(db, ops, c.record);
        db.exec(QStringLiteral("UPDATE call_invitations SET uses_left = uses_left - 1 WHERE code_hash = ?"), {digest});
    }
    return c;
}

QJsonObject joined(const StoredCampaign &c)
{
    return {{QStringLiteral("campaign_id"), c.record.id}, {QStringLiteral("name"), c.campaign.name}};
}

} // namespace

void CallApi::registerRoutes(HttpServer &http, ServerContext &ctx)
{
    http.get("/api/v1/calls/mine", "/api/v1/calls/mine", HttpServer::Auth::Required, [&ctx](ApiRequest &r) {
        const qint64 now = ServerClock::nowMs();
        const QJsonArray list = ctx.db.read([&](Db &db) {
            QJsonArray out;
            for (const StoredRecord &rec : RecordStore::list(db, CallPool::CampaignType)) {
                const auto c = CallPool::load(db, rec.id);
                if (!c || c->campaign.status == QLatin1String("closed") || !CallPool::mayCall(c->campaign, r.user()))
                    continue;
                out.append(CallPool::progress(db, *c, r.user(), now));
            }
            return out;
        });
        r.json(200, {{QStringLiteral("campaigns"), list}});
    });

    // Claims come in bursts (a phone bank starting, every volunteer asking at once): applied together.
    auto batcher = std::make_shared<ClaimBatcher>(ctx);
    http.post(route("/claim").c_str(), "/api/v1/calls/campaigns/{id}/claim", HttpServer::Auth::Required,
              [batcher](ApiRequest &r) {
        const QString id = r.match(1);
        const QJsonObject body = r.req.body.empty() ? QJsonObject() : r.jsonBody();
        const QJsonValue countValue = body.value(QLatin1String("count"));
        const qint64 count = countValue.isUndefined() ? 5 : countValue.toInteger(-1);
        if (count < 1 || count > CallPool::MaxClaim)
            throw ApiError::badRequest(QStringLiteral("count must be a whole number from 1 to %1").arg(CallPool::MaxClaim));
        const CallPool::Claim claim = batcher->claim(id, r.access, int(count));
        // What was leased, by id: the assignments themselves reach the volunteer's replica through the pull of
        // their bucket (the one path that is checked, resumable and works offline afterwards).
        QJsonArray assignments;
        for (const QJsonObject &a : std::as_const(claim.assignments))
            assignments.append(QJsonObject{{QStringLiteral("id"), a.value(QLatin1String("id"))},
                                           {QStringLiteral("contact_id"), a.value(QLatin1String("contact_id"))},
                                           {QStringLiteral("lease_expires"), a.value(QLatin1String("lease_expires"))}});
        RequestLogInfo::current().extra.insert(QStringLiteral("leased"), assignments.size());
        r.json(200, {{QStringLiteral("assignments"), assignments},
                     {QStringLiteral("reason"), claim.reason},
                     {QStringLiteral("next_open"), claim.nextOpen}});
    });

    http.post("/api/v1/calls/assignments/([0-9a-f-]{36})/release", "/api/v1/calls/assignments/{id}/release",
              HttpServer::Auth::Required, [&ctx](ApiRequest &r) {
                  const QString id = r.match(1);
                  bool released = false;
                  writeWithOps(ctx.db, ctx.hub, [&](Db &db, OpWriter &ops) {
                      released = CallPool::release(db, ops, id, r.user(), ServerClock::nowMs());
                      return released;
                  });
                  if (!released)
                      throw ApiError::notFound(QStringLiteral("no active lease of yours with this id"));
                  r.noContent();
              });

    http.get(route("/stats").c_str(), "/api/v1/calls/campaigns/{id}/stats", HttpServer::Auth::Required, [&ctx](ApiRequest &r) {
        const QString id = r.match(1);
        const QJsonObject stats = ctx.db.read([&](Db &db) {
            const StoredCampaign c = loadCampaign(db, id);
            r.require(Feature::CallsManage, c.record.zone);
            return CallPool::stats(db, c, ServerClock::nowMs());
        });
        r.json(200, stats);
    });

    http.get(route("/answers\\.csv").c_str(), "/api/v1/calls/campaigns/{id}/answers.csv", HttpServer::Auth::Required,
             [&ctx](ApiRequest &r) {
                 const QString id = r.match(1);
                 QString zone;
                 qint64 rows = 0;
                 const QByteArray csv = ctx.db.read([&](Db &db) {
                     const StoredCampaign c = loadCampaign(db, id);
                     zone = c.record.zone;
                     r.require(Feature::CallsManage, zone);
                     r.require(Feature::ContactsExport, zone);
                     QStringList header{QStringLiteral("called_at"), QStringLiteral("volunteer"), QStringLiteral("outcome"),
                                        QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("phone"),
                                        QStringLiteral("department"), QStringLiteral("duration_s"), QStringLiteral("notes")};
                     for (const SurveyQuestion &q : c.campaign.survey)
                         header << q.id;
                     QString text = QStringLiteral("\xFEFF") + CsvWriter::row(header, u',');
                     struct Row {
                         QString contactId;
                         QString volunteer;
                         QJsonObject data;
                     };
                     QList<Row> results;
                     QSqlQuery &q = db.exec(QStringLiteral("SELECT r.contact_id, u.username, r.data FROM call_results r LEFT JOIN users u"
                                                           " ON u.id = r.volunteer_id WHERE r.campaign_id = ? ORDER BY r.called_at, r.id"),
                                            {id});
                     while (q.next())
                         results.append({q.value(0).toString(), q.value(1).toString(), ContactStore::parse(q.value(2))});
                     q.finish();
                     for (const Row &row : std::as_const(results)) {
                         const auto contact = ContactStore::load(db, row.contactId);
                         const QJsonObject cd = contact ? contact->data : QJsonObject();
                         QStringList fields{row.data.value(QLatin1String("called_at")).toString(), row.volunteer,
                                            row.data.value(QLatin1String("outcome")).toString(),
                                            cd.value(QLatin1String("first_name")).toString(),
                                            cd.value(QLatin1String("last_name")).toString(), cd.value(QLatin1String("phone")).toString(),
                                            contact ? contact->zone : QString(),
                                            QString::number(row.data.value(QLatin1String("duration_s")).toInteger()),
                                            row.data.value(QLatin1String("notes")).toString()};
                         const QJsonObject answers = row.data.value(QLatin1String("answers")).toObject();
                         for (const SurveyQuestion &sq : c.campaign.survey) {
                             const QJsonValue a = answers.value(sq.id);
                             QStringList parts;
                             for (const QJsonValue &x : a.toArray())
                                 parts << x.toString();
                             fields << (a.isArray() ? parts.join(QStringLiteral("; ")) : a.toString());
                         }
                         text += CsvWriter::row(fields, u',');
                         ++rows;
                     }
                     return text.toUtf8();
                 });
                 ctx.db.write([&](Db &db) {
                     AuditLog::record(db, r.caller.userId, QStringLiteral("calls.export"), id, zone, {{QStringLiteral("rows"), rows}});
                 });
                 r.res.status = 200;
                 r.res.set_header("Cache-Control", "no-store");
                 r.res.set_header("Content-Disposition", "attachment; filename=\"call-answers.csv\"");
                 r.res.set_content(csv.toStdString(), "text/csv; charset=utf-8");
             });

    http.post(route("/invitations").c_str(), "/api/v1/calls/campaigns/{id}/invitations", HttpServer::Auth::Required,
              [&ctx](ApiRequest &r) {
                  const QString id = r.match(1);
                  const QJsonObject body = r.req.body.empty() ? QJsonObject() : r.jsonBody();
                  const qint64 uses = body.value(QLatin1String("uses")).toInteger(50);
                  const qint64 days = body.value(QLatin1String("days")).toInteger(14);
                  if (uses < 1 || uses > 500 || days < 1 || days > 90)
                      throw ApiError::badRequest(QStringLiteral("uses is from 1 to 500 and days from 1 to 90"));
                  const QString code = normalizeCode(Secrets::newPassword(12));
                  const qint64 now = ServerClock::nowMs();
                  const qint64 expires = now + days * 24 * 3600 * 1000;
                  ctx.db.write([&](Db &db) {
                      Transaction tx(db, true);
                      const StoredCampaign c = loadCampaign(db, id);
                      r.require(Feature::CallsManage, c.record.zone);
                      db.exec(QStringLiteral("INSERT INTO call_invitations (code_hash, campaign_id, uses_left, expires_at, created_by,"
                                             " created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                              {Secrets::tokenDigest(code), id, uses, expires, r.caller.userId, now});
                      AuditLog::record(db, r.caller.userId, QStringLiteral("calls.invitation"), id, c.record.zone,
                                       {{QStringLiteral("uses"), uses}, {QStringLiteral("days"), days}});
                      tx.commit();
                  });
                  r.json(201, {{QStringLiteral("code"), code},
                               {QStringLiteral("expires_at"), ContactJson::isoTime(QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC))}});
              });

    http.post("/api/v1/calls/join", "/api/v1/calls/join", HttpServer::Auth::Required, [&ctx](ApiRequest &r) {
        const QString code = r.jsonBody().value(QLatin1String("code")).toString();
        StoredCampaign c;
        writeWithOps(ctx.db, ctx.hub, [&](Db &db, OpWriter &ops) {
            c = joinWithCode(db, ops, code, r.user().user.username, ServerClock::nowMs());
            AuditLog::record(db, r.caller.userId, QStringLiteral("calls.join"), c.record.id, c.record.zone);
            return true;
        });
        r.json(200, joined(c));
    });

    http.post("/api/v1/calls/signup", "/api/v1/calls/signup", HttpServer::Auth::None, [&ctx](ApiRequest &r) {
        static RateLimiter perAddress(10, 60 * 60 * 1000); // account creation: ten tries an hour per address
        const qint64 wall = QDateTime::currentMSecsSinceEpoch();
        if (const int wait = perAddress.retryAfterSeconds(r.clientAddress, wall); wait > 0)
            throw ApiError(429, QStringLiteral("rate_limited"), QStringLiteral("too many sign-ups from this address; try again later"), wait);
        perAddress.recordFailure(r.clientAddress, wall); // every attempt counts, good or bad
        const QJsonObject body = r.jsonBody();
        const QString username = UserStore::normalizeUsername(body.value(QLatin1String("username")).toString());
        const QString password = body.value(QLatin1String("password")).toString();
        const QString display = body.value(QLatin1String("display_name")).toString().trimmed().left(200);
        if (!UserStore::validUsername(username))
            throw ApiError(422, QStringLiteral("invalid"), QStringLiteral("a user name has 1 to 64 characters among a-z 0-9 . _ - @"));
        if (password.size() < 8 || password.size() > 1024)
            throw ApiError(422, QStringLiteral("invalid"), QStringLiteral("the password needs at least 8 characters"));
        const QString hash = Secrets::hashPassword(password); // slow on purpose: outside the database thread
        StoredCampaign c;
        qint64 userId = 0;
        writeWithOps(ctx.db, ctx.hub, [&](Db &db, OpWriter &ops) {
            if (UserStore::byName(db, username))
                throw ApiError(409, QStringLiteral("conflict"), QStringLiteral("this user name is taken"));
            userId = UserStore::add(db, username, display, hash);
            c = joinWithCode(db, ops, body.value(QLatin1String("code")).toString(), username, ServerClock::nowMs());
            AuditLog::record(db, userId, QStringLiteral("calls.signup"), c.record.id, c.record.zone,
                             {{QStringLiteral("user_id"), userId}});
            return true;
        });
        QJsonObject out = joined(c);
        out.insert(QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), userId},
                                                       {QStringLiteral("username"), username},
                                                       {QStringLiteral("display_name"), display}});
        r.json(201, out);
    });
}

} // namespace relais::server
