#include "NewsletterApi.h"

#include "CampaignSender.h"
#include "ConsentRevoker.h"
#include "ContactStore.h"
#include "HttpServer.h"
#include "NewsletterQueue.h"
#include "OpLog.h"
#include "OrgSettings.h"
#include "RateLimiter.h"
#include "ServerLog.h"
#include "SyncService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

namespace relais::server {

namespace {

const char *const TokenPattern = "([A-Za-z0-9_-]{64})";

/// A small page in French and English (recipients are French voters; the footer line says it in English too).
std::string page(const QString &titleFr, const QString &textFr, const QString &textEn, const QString &form = QString())
{
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<meta name=\"robots\" content=\"noindex\"><title>")
        + titleFr.toHtmlEscaped()
        + QStringLiteral("</title><style>body{font-family:Helvetica,Arial,sans-serif;background:#f2f2f2;margin:0;padding:24px;}"
                         "main{max-width:520px;margin:40px auto;background:#fff;border-radius:6px;padding:28px;}"
                         "h1{font-size:22px;margin-top:0;}p{line-height:1.5;color:#222;}p.en{color:#666;font-size:14px;}"
                         "button{font-size:17px;padding:12px 22px;border:0;border-radius:4px;background:#c0392b;color:#fff;"
                         "cursor:pointer;}</style></head><body><main><h1>")
        + titleFr.toHtmlEscaped() + QStringLiteral("</h1><p>") + textFr.toHtmlEscaped() + QStringLiteral("</p>") + form
        + QStringLiteral("<p class=\"en\" lang=\"en\">") + textEn.toHtmlEscaped()
        + QStringLiteral("</p></main></body></html>\n");
    return html.toStdString();
}

void htmlAnswer(httplib::Response &res, int status, const std::string &body)
{
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
    res.set_content(body, "text/html; charset=utf-8");
}

void invalidLink(httplib::Response &res)
{
    htmlAnswer(res, 404, page(QStringLiteral("Lien invalide"),
                              QStringLiteral("Ce lien de désinscription n'est pas valide. Copiez-le en entier depuis l'e-mail."),
                              QStringLiteral("This unsubscribe link is not valid. Copy it whole from the e-mail.")));
}

/// The recipient of a token, if it verifies.
std::optional<LinkSigner::Recipient> recipientOf(ServerContext &ctx, const QString &token)
{
    if (!ctx.newsletters)
        return std::nullopt;
    return ctx.newsletters->signer().verify(token);
}

bool isTestRecipient(const LinkSigner::Recipient &r) { return r.contactId == QLatin1String("00000000-0000-0000-0000-000000000000"); }

/// Revokes the consent; false when the contact no longer exists.
bool unsubscribe(ServerContext &ctx, const LinkSigner::Recipient &who)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ConsentRevoker::Result result = ConsentRevoker::Result::UnknownContact;
    writeWithOps(ctx.db, ctx.hub, [&](Db &db, OpWriter &ops) {
        result = ConsentRevoker::revoke(db, ops, ctx.zones, who.newsletterId, who.contactId, now);
        return true;
    });
    ServerLog::info("unsubscribe", {{QStringLiteral("newsletter"), who.newsletterId}});
    return result != ConsentRevoker::Result::UnknownContact;
}

/// False when this address has asked too much in the last minute (the public pages write to the database).
bool withinRate(const ApiRequest &req)
{
    static RateLimiter perAddress(600, 60 * 1000);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString &address = req.clientAddress;
    if (perAddress.retryAfterSeconds(address, now) > 0)
        return false;
    perAddress.recordFailure(address, now);
    return true;
}

void recordEvent(ServerContext &ctx, const ApiRequest &req, const LinkSigner::Recipient &who, const QString &kind,
                 const QString &detail)
{
    if (isTestRecipient(who) || !withinRate(req))
        return; // the pixel and the redirect still answer; the event is not counted
    ctx.db.writeAsync([who, kind, detail](Db &db) {
        try {
            if (OrgSettings::trackingEnabled(db))
                NewsletterQueue::addEvent(db, who.newsletterId, who.contactId, kind, QDateTime::currentMSecsSinceEpoch(), detail);
        } catch (const DbError &e) {
            ServerLog::warn("tracking_event_failed", {{QStringLiteral("message"), QString::fromUtf8(e.what())}});
        }
    });
}

} // namespace

void NewsletterPublicPages::registerRoutes(HttpServer &http, ServerContext &ctx)
{
    const std::string unsubscribePath = std::string("/u/") + TokenPattern;
    http.get(unsubscribePath.c_str(), "/u/{token}", HttpServer::Auth::None, [&ctx](ApiRequest &r) {
        // GET never unsubscribes: mail scanners follow links. The page asks for one click.
        if (!recipientOf(ctx, r.match(1)))
            return invalidLink(r.res);
        const QString form = QStringLiteral("<form method=\"post\"><button type=\"submit\">Me désinscrire · Unsubscribe</button></form>");
        htmlAnswer(r.res, 200, page(QStringLiteral("Se désinscrire"),
                                    QStringLiteral("Vous ne recevrez plus nos e-mails. Confirmez d'un clic :"),
                                    QStringLiteral("You will no longer receive our e-mails. Confirm with one click above."), form));
    });
    http.post(unsubscribePath.c_str(), "/u/{token}", HttpServer::Auth::None, [&ctx](ApiRequest &r) {
        if (!withinRate(r))
            throw ApiError(429, QStringLiteral("rate_limited"), QStringLiteral("too many requests"), 60);
        const auto who = recipientOf(ctx, r.match(1));
        if (!who)
            return invalidLink(r.res);
        // RFC 8058: a mail client's one-click POST carries "List-Unsubscribe=One-Click"; the page's form posts nothing.
        const bool oneClick = r.req.body.find("List-Unsubscribe=One-Click") != std::string::npos;
        const bool known = isTestRecipient(*who) || unsubscribe(ctx, *who);
        if (oneClick) {
            r.res.status = 200;
            r.res.set_content("unsubscribed\n", "text/plain; charset=utf-8");
            return;
        }
        htmlAnswer(r.res, known ? 200 : 404,
                   known ? page(QStringLiteral("Désinscription enregistrée"),
                                QStringLiteral("C'est fait : vous ne recevrez plus nos e-mails."),
                                QStringLiteral("Done: you will no longer receive our e-mails."))
                         : page(QStringLiteral("Adresse inconnue"),
                                QStringLiteral("Nous n'avons plus cette adresse : vous ne recevrez plus nos e-mails."),
                                QStringLiteral("We no longer hold this address: you will not receive our e-mails.")));
    });

    http.get((std::string("/t/o/") + TokenPattern + "\\.gif").c_str(), "/t/o/{token}.gif", HttpServer::Auth::None,
             [&ctx](ApiRequest &r) {
                 if (const auto who = recipientOf(ctx, r.match(1)))
                     recordEvent(ctx, r, *who, QStringLiteral("open"), QString());
                 static const char gif[] = "GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00"
                                           ",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00;";
                 r.res.set_header("Cache-Control", "no-store");
                 r.res.set_content(std::string(gif, sizeof gif - 1), "image/gif");
             });

    http.get((std::string("/t/c/") + TokenPattern + "/([0-9]{1,4})").c_str(), "/t/c/{token}/{n}", HttpServer::Auth::None,
             [&ctx](ApiRequest &r) {
                 const auto who = recipientOf(ctx, r.match(1));
                 if (!who)
                     return invalidLink(r.res);
                 const int index = r.match(2).toInt();
                 // The target comes from the frozen newsletter, never from the link: no open redirect.
                 const QString snapshot = ctx.db.read([&](Db &db) {
                     return db.scalar(QStringLiteral("SELECT snapshot FROM newsletter_sends WHERE newsletter_id = ?"),
                                      {who->newsletterId})
                         .toString();
                 });
                 if (snapshot.isEmpty())
                     return invalidLink(r.res);
                 const QString target =
                     ContactStore::parse(snapshot).value(QLatin1String("links")).toArray().at(index).toString();
                 const QUrl url(target);
                 if (target.isEmpty() || !url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
                     return invalidLink(r.res);
                 recordEvent(ctx, r, *who, QStringLiteral("click"), QString::number(index));
                 r.res.set_header("Cache-Control", "no-store");
                 r.res.set_redirect(url.toString(QUrl::FullyEncoded).toStdString(), 302);
             });
}

} // namespace relais::server
