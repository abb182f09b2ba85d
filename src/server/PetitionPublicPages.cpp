#include "PetitionPublicPages.h"

#include "HttpServer.h"
#include "OpLog.h"
#include "OutboxSender.h"
#include "PetitionPage.h"
#include "PublicPages.h"
#include "RateLimiter.h"
#include "ServerLog.h"
#include "SyncService.h"

#include <QDateTime>
#include <QUrlQuery>

namespace relais::server {

namespace {

const char *const SlugPattern = "([a-z0-9][a-z0-9-]{2,62})";

struct Shared {
    PetitionPublicPages::Options options;
    ConfirmationToken tokens;
    RateLimiter perAddress;
    explicit Shared(const PetitionPublicPages::Options &o)
        : options(o), tokens(o.linkKey), perAddress(o.signsPerAddress - 1, o.windowMs) // refuses past max attempts
    {
    }
};

using PublicPages::formFields;
using PublicPages::json;
using PublicPages::page;
using PublicPages::wantsJson;

void unknownPetition(httplib::Response &res)
{
    page(res, 404, PetitionPage::answer(nullptr, 0, false, QStringLiteral("Pétition introuvable · Petition not found"),
                                        QStringLiteral("Cette adresse ne mène à aucune pétition. · This address leads to no petition.")));
}

std::optional<Petition> petitionAt(ServerContext &ctx, const QString &slug, qint64 *confirmed)
{
    return ctx.db.read([&](Db &db) -> std::optional<Petition> {
        auto p = Petition::bySlug(db, slug);
        if (p)
            *confirmed = PetitionSigning::confirmedCount(db, p->id);
        return p;
    });
}

void sign(ServerContext &ctx, Shared &shared, ApiRequest &r)
{
    const bool asJson = wantsJson(r.req);
    const bool embed = r.req.has_param("embed");
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QString &address = r.clientAddress;
    if (const int wait = shared.perAddress.retryAfterSeconds(address, nowMs); wait > 0) {
        r.res.set_header("Retry-After", std::to_string(wait));
        const QString fr = QStringLiteral("Trop de signatures depuis cette connexion. Réessayez dans quelques minutes.");
        const QString en = QStringLiteral("Too many signatures from this connection. Try again in a few minutes.");
        if (asJson)
            return json(r.res, 429, {{QStringLiteral("error"), QStringLiteral("rate_limited")}, {QStringLiteral("message"), en}});
        return page(r.res, 429, PetitionPage::answer(nullptr, 0, embed, QStringLiteral("Trop de tentatives · Too many attempts"),
                                                     fr + QStringLiteral(" · ") + en));
    }
    shared.perAddress.recordFailure(address, nowMs);

    qint64 confirmed = 0;
    const auto petition = petitionAt(ctx, r.match(1), &confirmed);
    if (!petition) {
        if (asJson)
            return json(r.res, 404, {{QStringLiteral("error"), QStringLiteral("not_found")}});
        return unknownPetition(r.res);
    }
    const Petition &p = *petition;
    auto refuse = [&](int status, const QString &code, const QString &message) {
        if (asJson)
            return json(r.res, status, {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}});
        page(r.res, status, PetitionPage::answer(&p, confirmed, embed, p.say(QStringLiteral("Signature refusée"), QStringLiteral("Signature refused")),
                                                 message));
    };
    if (!p.isOpen(QDateTime::currentDateTimeUtc()))
        return refuse(403, QStringLiteral("closed"),
                      p.say(QStringLiteral("Cette pétition n'est pas ouverte aux signatures."), QStringLiteral("This petition is not open for signatures.")));
    if (qsizetype(r.req.body.size()) > SignatureForm::MaxBodyBytes)
        return refuse(400, QStringLiteral("too_large"),
                      p.say(QStringLiteral("Le formulaire envoyé est trop volumineux : rien n'a été enregistré."),
                            QStringLiteral("The form sent is too large: nothing was recorded.")));
    const std::string contentType = r.req.get_header_value("Content-Type");
    if (contentType.rfind("application/x-www-form-urlencoded", 0) != 0)
        return refuse(400, QStringLiteral("bad_request"),
                      p.say(QStringLiteral("Le formulaire doit être envoyé en application/x-www-form-urlencoded."),
                            QStringLiteral("The form must be sent as application/x-www-form-urlencoded.")));

    const SignatureForm::Fields fields = formFields(r.req.body);
    const QString done = p.say(QStringLiteral("Nous vous avons envoyé un e-mail. Votre signature comptera quand vous aurez cliqué sur son lien."),
                               QStringLiteral("We sent you an e-mail. Your signature counts once you follow its link."));
    const QString doneTitle = p.say(QStringLiteral("Vérifiez votre boîte mail"), QStringLiteral("Check your mailbox"));
    if (SignatureForm::isHoneypotFilled(fields)) {
        ServerLog::info("petition_honeypot", {{QStringLiteral("petition"), p.id}});
        if (asJson)
            return json(r.res, 202, {{QStringLiteral("status"), QStringLiteral("pending")}});
        return page(r.res, 200, PetitionPage::answer(&p, confirmed, embed, doneTitle, done));
    }
    QList<SignatureForm::FieldError> errors;
    const auto form = SignatureForm::parse(fields, p, ctx.zones, &errors);
    if (!form) {
        if (asJson) {
            QJsonObject byField;
            for (const auto &e : errors)
                byField.insert(e.field, e.message);
            return json(r.res, 400, {{QStringLiteral("error"), QStringLiteral("invalid")},
                                     {QStringLiteral("message"), errors.first().message},
                                     {QStringLiteral("fields"), byField}});
        }
        return page(r.res, 400, PetitionPage::signing(p, confirmed, embed, fields, errors));
    }
    const bool mailed = ctx.db.write([&](Db &db) {
        return PetitionSigning::sign(db, p, *form, shared.tokens, shared.options.signing, nowMs);
    });
    if (mailed && shared.options.outbox)
        shared.options.outbox->wake();
    if (asJson)
        return json(r.res, 202, {{QStringLiteral("status"), QStringLiteral("pending")}});
    page(r.res, 200, PetitionPage::answer(&p, confirmed, embed, doneTitle, done));
}

void confirm(ServerContext &ctx, Shared &shared, ApiRequest &r)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    ConfirmationToken::Claims claims;
    const auto check = shared.tokens.verify(r.match(1), nowMs / 1000, &claims);
    if (check == ConfirmationToken::Check::Malformed || check == ConfirmationToken::Check::Forged)
        return page(r.res, 400, PetitionPage::answer(nullptr, 0, false, QStringLiteral("Lien invalide · Invalid link"),
                                                     QStringLiteral("Ce lien de confirmation n'est pas valide : copiez-le en entier depuis l'e-mail. "
                                                                    "· This confirmation link is not valid: copy it whole from the e-mail.")));
    if (check == ConfirmationToken::Check::Expired) {
        qint64 confirmed = 0;
        const auto p = ctx.db.read([&](Db &db) {
            auto petition = PetitionSigning::petitionOfSignature(db, claims.signatureId);
            if (petition)
                confirmed = PetitionSigning::confirmedCount(db, petition->id);
            return petition;
        });
        const QString fr = QStringLiteral("Ce lien de confirmation a expiré. Signez à nouveau : vous recevrez un nouveau lien.");
        const QString en = QStringLiteral("This confirmation link has expired. Sign again: you will receive a new link.");
        return page(r.res, 410, PetitionPage::answer(p ? &*p : nullptr, confirmed, false,
                                                     p ? p->say(QStringLiteral("Lien expiré"), QStringLiteral("Link expired"))
                                                       : QStringLiteral("Lien expiré · Link expired"),
                                                     p ? p->say(fr, en) : fr + QStringLiteral(" · ") + en));
    }
    PetitionSigning::Confirmed result;
    qint64 confirmed = 0;
    writeWithOps(ctx.db, ctx.hub, [&](Db &db, OpWriter &ops) {
        result = PetitionSigning::confirm(db, ops, ctx.zones, claims, nowMs);
        if (result.petition) // the page's counter, read where the tally row was just written
            confirmed = PetitionSigning::confirmedCount(db, result.petition->id);
        return true;
    });
    if (!result.petition)
        return page(r.res, 410, PetitionPage::answer(nullptr, 0, false, QStringLiteral("Signature introuvable · Signature not found"),
                                                     QStringLiteral("Cette signature n'existe plus : son lien a sans doute expiré. Signez à nouveau. "
                                                                    "· This signature no longer exists: its link has probably expired. Sign again.")));
    const Petition &p = *result.petition;
    switch (result.status) {
    case PetitionSigning::Confirmation::Confirmed:
        ServerLog::info("petition_confirmed", {{QStringLiteral("petition"), p.id}});
        return page(r.res, 200, PetitionPage::answer(&p, confirmed, false, p.say(QStringLiteral("Merci !"), QStringLiteral("Thank you!")),
                                                     p.say(QStringLiteral("Votre signature est confirmée et comptée."),
                                                           QStringLiteral("Your signature is confirmed and counted."))));
    case PetitionSigning::Confirmation::Updated:
        return page(r.res, 200, PetitionPage::answer(&p, confirmed, false, p.say(QStringLiteral("C'est noté"), QStringLiteral("Noted")),
                                                     p.say(QStringLiteral("Votre signature est mise à jour ; elle ne compte qu'une fois."),
                                                           QStringLiteral("Your signature is updated; it counts once."))));
    case PetitionSigning::Confirmation::AlreadyUsed:
        return page(r.res, 410, PetitionPage::answer(&p, confirmed, false, p.say(QStringLiteral("Lien déjà utilisé"), QStringLiteral("Link already used")),
                                                     p.say(QStringLiteral("Ce lien a déjà servi : votre signature est déjà confirmée."),
                                                           QStringLiteral("This link was already used: your signature is already confirmed."))));
    case PetitionSigning::Confirmation::Superseded:
    case PetitionSigning::Confirmation::Unknown:
        break;
    }
    page(r.res, 410, PetitionPage::answer(&p, confirmed, false, p.say(QStringLiteral("Lien remplacé"), QStringLiteral("Link replaced")),
                                          p.say(QStringLiteral("Un e-mail plus récent contient un nouveau lien : utilisez celui-là."),
                                                QStringLiteral("A more recent e-mail holds a new link: use that one."))));
}

} // namespace

void PetitionPublicPages::registerRoutes(HttpServer &http, ServerContext &ctx, const Options &options)
{
    auto shared = std::make_shared<Shared>(options);

    // cpp-httplib refuses a form body over 8 KiB before routing (413): the signer gets the page of a refused form.
    http.setErrorPage("/p/", [](const httplib::Request &, httplib::Response &res) {
        if (res.status == 413)
            return page(res, 400, PetitionPage::answer(nullptr, 0, false, QStringLiteral("Formulaire refusé · Form refused"),
                                                       QStringLiteral("Le formulaire envoyé est trop volumineux : rien n'a été enregistré. "
                                                                      "· The form sent is too large: nothing was recorded.")));
        if (res.status == 404)
            return page(res, 404, PetitionPage::answer(nullptr, 0, false, QStringLiteral("Page introuvable · Page not found"),
                                                       QStringLiteral("Cette page n'existe pas. · This page does not exist.")));
        page(res, res.status, PetitionPage::answer(nullptr, 0, false, QStringLiteral("Erreur · Error"),
                                                   QStringLiteral("La demande n'a pas pu être traitée. · The request could not be handled.")));
    });
    http.get("/p/static/counter\\.js", "/p/static/counter.js", HttpServer::Auth::None, [](ApiRequest &r) {
        r.res.set_header("Cache-Control", "public, max-age=3600");
        r.res.set_content(PetitionPage::counterScript(), "text/javascript; charset=utf-8");
    });
    http.get("/p/confirm/([A-Za-z0-9_-]{1,128})", "/p/confirm/{token}", HttpServer::Auth::None,
             [&ctx, shared](ApiRequest &r) { confirm(ctx, *shared, r); });
    http.get((std::string("/p/") + SlugPattern + "/count").c_str(), "/p/{slug}/count", HttpServer::Auth::None,
             [&ctx](ApiRequest &r) {
                 qint64 confirmed = 0;
                 const auto p = petitionAt(ctx, r.match(1), &confirmed);
                 if (!p)
                     return json(r.res, 404, {{QStringLiteral("error"), QStringLiteral("not_found")}});
                 json(r.res, 200, {{QStringLiteral("confirmed"), confirmed}, {QStringLiteral("goal"), p->goal}});
             });
    const std::string pagePath = std::string("/p/") + SlugPattern;
    http.get(pagePath.c_str(), "/p/{slug}", HttpServer::Auth::None, [&ctx](ApiRequest &r) {
        qint64 confirmed = 0;
        const auto p = petitionAt(ctx, r.match(1), &confirmed);
        if (!p)
            return unknownPetition(r.res);
        page(r.res, 200, PetitionPage::signing(*p, confirmed, r.req.has_param("embed"), {}, {}));
    });
    http.post(pagePath.c_str(), "/p/{slug}", HttpServer::Auth::None, [&ctx, shared](ApiRequest &r) { sign(ctx, *shared, r); });
}

} // namespace relais::server
