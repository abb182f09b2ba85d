#include "ProxyPublicPages.h"

#include "HttpServer.h"
#include "OpLog.h"
#include "OutboxSender.h"
#include "ProxyPage.h"
#include "ProxyWorkflow.h"
#include "PublicPages.h"
#include "RateLimiter.h"
#include "ServerClock.h"
#include "ServerLog.h"
#include "SyncService.h"

namespace relais::server {

namespace {

using PublicPages::json;
using PublicPages::page;

const char *const SlugPattern = "([a-z0-9][a-z0-9-]{2,62})";
const char *const TokenPattern = "([A-Za-z0-9_-]{1,128})";

struct Shared {
    ProxyPublicPages::Options options;
    RateLimiter perAddress;
    explicit Shared(const ProxyPublicPages::Options &o) : options(o), perAddress(o.submitsPerAddress - 1, o.windowMs) {}
};

void bilingual(httplib::Response &res, int status, const QString &titleFr, const QString &titleEn, const QString &fr, const QString &en)
{
    page(res, status, ProxyPage::answer(nullptr, titleFr + QStringLiteral(" · ") + titleEn, fr + QStringLiteral(" · ") + en));
}

std::optional<ProxyElection> electionAt(ServerContext &ctx, const QString &slug)
{
    return ctx.db.read([&](Db &db) { return ProxyElection::bySlug(db, slug); });
}

void showForm(ServerContext &ctx, ApiRequest &r, ProxyForm::Kind kind)
{
    const auto e = electionAt(ctx, r.match(1));
    if (!e)
        return bilingual(r.res, 404, QStringLiteral("Élection introuvable"), QStringLiteral("Election not found"),
                         QStringLiteral("Cette adresse ne mène à aucune élection."), QStringLiteral("This address leads to no election."));
    page(r.res, 200, ProxyPage::form(*e, kind, ctx.zones, {}, {}));
}

void submit(ServerContext &ctx, Shared &shared, ApiRequest &r, ProxyForm::Kind kind)
{
    const bool asJson = PublicPages::wantsJson(r.req);
    const qint64 nowMs = ServerClock::nowMs();
    if (const int wait = shared.perAddress.retryAfterSeconds(r.clientAddress, nowMs); wait > 0) {
        r.res.set_header("Retry-After", std::to_string(wait));
        if (asJson)
            return json(r.res, 429, {{QStringLiteral("error"), QStringLiteral("rate_limited")},
                                     {QStringLiteral("message"), QStringLiteral("Too many submissions from this connection. Try again in a few minutes.")}});
        return bilingual(r.res, 429, QStringLiteral("Trop de tentatives"), QStringLiteral("Too many attempts"),
                         QStringLiteral("Trop d'envois depuis cette connexion. Réessayez dans quelques minutes."),
                         QStringLiteral("Too many submissions from this connection. Try again in a few minutes."));
    }
    shared.perAddress.recordFailure(r.clientAddress, nowMs);
    const auto election = electionAt(ctx, r.match(1));
    if (!election) {
        if (asJson)
            return json(r.res, 404, {{QStringLiteral("error"), QStringLiteral("not_found")}});
        return bilingual(r.res, 404, QStringLiteral("Élection introuvable"), QStringLiteral("Election not found"),
                         QStringLiteral("Cette adresse ne mène à aucune élection."), QStringLiteral("This address leads to no election."));
    }
    const ProxyElection &e = *election;
    auto refuse = [&](int status, const QString &code, const QString &message) {
        if (asJson)
            return json(r.res, status, {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}});
        page(r.res, status, ProxyPage::answer(&e, e.say(QStringLiteral("Envoi refusé"), QStringLiteral("Submission refused")), message));
    };
    if (!e.formsOpen)
        return refuse(403, QStringLiteral("closed"), e.say(QStringLiteral("Ce formulaire est fermé pour le moment."), QStringLiteral("This form is closed for now.")));
    if (qsizetype(r.req.body.size()) > ProxyForm::MaxBodyBytes)
        return refuse(400, QStringLiteral("too_large"), e.say(QStringLiteral("Le formulaire envoyé est trop volumineux : rien n'a été enregistré."),
                                                              QStringLiteral("The form sent is too large: nothing was recorded.")));
    if (r.req.get_header_value("Content-Type").rfind("application/x-www-form-urlencoded", 0) != 0)
        return refuse(400, QStringLiteral("bad_request"), e.say(QStringLiteral("Le formulaire doit être envoyé en application/x-www-form-urlencoded."),
                                                                QStringLiteral("The form must be sent as application/x-www-form-urlencoded.")));
    const ProxyForm::Fields fields = PublicPages::formFields(r.req.body);
    const QString doneTitle = e.say(QStringLiteral("Vérifiez votre boîte mail"), QStringLiteral("Check your mailbox"));
    const QString done = e.say(QStringLiteral("Nous vous avons envoyé un e-mail. Votre inscription compte quand vous aurez cliqué sur son lien."),
                               QStringLiteral("We sent you an e-mail. Your registration counts once you follow its link."));
    if (SignatureForm::isHoneypotFilled(fields)) {
        ServerLog::info("proxy_honeypot", {{QStringLiteral("election"), e.id}});
        if (asJson)
            return json(r.res, 202, {{QStringLiteral("status"), QStringLiteral("pending")}});
        return page(r.res, 200, ProxyPage::answer(&e, doneTitle, done));
    }
    QList<ProxyForm::FieldError> errors;
    const auto form = ProxyForm::parse(kind, fields, e, ctx.zones, &errors);
    if (!form) {
        if (asJson) {
            QJsonObject byField;
            for (const auto &x : errors)
                byField.insert(x.field, x.message);
            return json(r.res, 400, {{QStringLiteral("error"), QStringLiteral("invalid")},
                                     {QStringLiteral("message"), errors.first().message},
                                     {QStringLiteral("fields"), byField}});
        }
        return page(r.res, 400, ProxyPage::form(e, kind, ctx.zones, fields, errors));
    }
    ctx.db.write([&](Db &db) {
        ProxyWorkflow::submit(db, e, *form, nowMs);
        return true;
    });
    if (shared.options.outbox)
        shared.options.outbox->wake();
    if (asJson)
        return json(r.res, 202, {{QStringLiteral("status"), QStringLiteral("pending")}});
    page(r.res, 200, ProxyPage::answer(&e, doneTitle, done));
}

bool badToken(ApiRequest &r, ConfirmationToken::Check check)
{
    if (check == ConfirmationToken::Check::Malformed || check == ConfirmationToken::Check::Forged) {
        bilingual(r.res, 400, QStringLiteral("Lien invalide"), QStringLiteral("Invalid link"),
                  QStringLiteral("Ce lien n'est pas valide : copiez-le en entier depuis l'e-mail."),
                  QStringLiteral("This link is not valid: copy it whole from the e-mail."));
        return true;
    }
    if (check == ConfirmationToken::Check::Expired) {
        bilingual(r.res, 410, QStringLiteral("Lien expiré"), QStringLiteral("Link expired"),
                  QStringLiteral("Ce lien a expiré. Remplissez à nouveau le formulaire, ou écrivez à l'équipe qui vous l'a envoyé."),
                  QStringLiteral("This link has expired. Fill in the form again, or write to the team that sent it."));
        return true;
    }
    return false;
}

void confirm(ServerContext &ctx, ApiRequest &r)
{
    const qint64 nowMs = ServerClock::nowMs();
    ConfirmationToken::Claims claims;
    if (badToken(r, ProxyWorkflow::confirmTokens().verify(r.match(1), nowMs / 1000, &claims)))
        return;
    ProxyWorkflow::Confirmed result;
    writeWithOps(ctx.db, ctx.hub, [&](Db &db, OpWriter &ops) {
        result = ProxyWorkflow::confirm(db, ops, ctx.zones, claims, nowMs);
        return true;
    });
    if (!result.election)
        return bilingual(r.res, 410, QStringLiteral("Lien déjà utilisé"), QStringLiteral("Link already used"),
                         QStringLiteral("Ce lien a déjà servi, ou un e-mail plus récent en contient un nouveau."),
                         QStringLiteral("This link was already used, or a more recent e-mail holds a new one."));
    const ProxyElection &e = *result.election;
    const bool request = result.kind == ProxyForm::Kind::Request;
    switch (result.status) {
    case ProxyWorkflow::Confirmation::Confirmed:
    case ProxyWorkflow::Confirmation::Updated:
        ServerLog::info("proxy_confirmed", {{QStringLiteral("election"), e.id}, {QStringLiteral("kind"), ProxyForm::kindName(result.kind)}});
        return page(r.res, 200, ProxyPage::answer(&e, e.say(QStringLiteral("Merci !"), QStringLiteral("Thank you!")),
                                                  request ? e.say(QStringLiteral("Votre demande est enregistrée. Nous vous écrirons dès que quelqu'un pourra voter pour vous."),
                                                                  QStringLiteral("Your request is recorded. We will write to you as soon as someone can vote for you."))
                                                          : e.say(QStringLiteral("Votre proposition est enregistrée. Nous vous écrirons quand quelqu'un aura besoin de vous."),
                                                                  QStringLiteral("Your offer is recorded. We will write to you when someone needs you."))));
    case ProxyWorkflow::Confirmation::Locked:
        return page(r.res, 409, ProxyPage::answer(&e, e.say(QStringLiteral("Déjà en cours"), QStringLiteral("Already in progress")),
                                                  e.say(QStringLiteral("Une procuration est déjà en cours pour vous : rien n'a été changé. Écrivez à l'équipe pour la modifier."),
                                                        QStringLiteral("A proxy is already being arranged for you: nothing was changed. Write to the team to change it."))));
    case ProxyWorkflow::Confirmation::Unknown:
        break;
    }
    bilingual(r.res, 410, QStringLiteral("Lien déjà utilisé"), QStringLiteral("Link already used"),
              QStringLiteral("Ce lien a déjà servi."), QStringLiteral("This link was already used."));
}

void answerPage(ServerContext &ctx, ApiRequest &r, bool post)
{
    const qint64 nowMs = ServerClock::nowMs();
    ConfirmationToken::Claims claims;
    if (badToken(r, ProxyWorkflow::answerTokens().verify(r.match(1), nowMs / 1000, &claims)))
        return;
    ProxyWorkflow::AnswerInfo info;
    if (!post) {
        info = ctx.db.read([&](Db &db) { return ProxyWorkflow::answerInfo(db, claims); });
    } else {
        const QString choice = PublicPages::formFields(r.req.body).value(QStringLiteral("answer"));
        if (choice != QLatin1String("accept") && choice != QLatin1String("decline"))
            return bilingual(r.res, 400, QStringLiteral("Réponse manquante"), QStringLiteral("Missing answer"),
                             QStringLiteral("Choisissez « J'accepte » ou « Je ne peux pas »."), QStringLiteral("Choose \"I accept\" or \"I cannot\"."));
        // The state before the answer tells a fresh answer from a repeated one.
        const auto before = ctx.db.read([&](Db &db) { return ProxyWorkflow::answerInfo(db, claims).status; });
        writeWithOps(ctx.db, ctx.hub, [&](Db &db, OpWriter &ops) {
            info = ProxyWorkflow::answer(db, ops, claims, choice == QLatin1String("accept"), nowMs);
            return true;
        });
        if (before == ProxyWorkflow::Answer::Pending && info.election) {
            const ProxyElection &e = *info.election;
            if (info.status == ProxyWorkflow::Answer::Accepted)
                return page(r.res, 200, ProxyPage::answer(&e, e.say(QStringLiteral("Merci !"), QStringLiteral("Thank you!")),
                                                          e.say(QStringLiteral("C'est noté. Vous allez recevoir un e-mail avec ses coordonnées ; elle reçoit les vôtres pour établir la procuration."),
                                                                QStringLiteral("Noted. You will receive an e-mail with their details; they receive yours to make the proxy."))));
            return page(r.res, 200, ProxyPage::answer(&e, e.say(QStringLiteral("C'est noté"), QStringLiteral("Noted")),
                                                      e.say(QStringLiteral("Merci d'avoir répondu. Nous proposerons quelqu'un d'autre."),
                                                            QStringLiteral("Thank you for answering. We will ask someone else."))));
        }
    }
    if (!info.election)
        return bilingual(r.res, 410, QStringLiteral("Proposition introuvable"), QStringLiteral("Proposal not found"),
                         QStringLiteral("Cette proposition n'existe plus."), QStringLiteral("This proposal no longer exists."));
    const ProxyElection &e = *info.election;
    switch (info.status) {
    case ProxyWorkflow::Answer::Pending:
        return page(r.res, 200, ProxyPage::question(e, r.match(1), info.mandant, info.round));
    case ProxyWorkflow::Answer::Accepted:
        return page(r.res, 409, ProxyPage::answer(&e, e.say(QStringLiteral("Déjà accepté"), QStringLiteral("Already accepted")),
                                                  e.say(QStringLiteral("Cette procuration est déjà acceptée : rien n'a changé."),
                                                        QStringLiteral("This proxy is already accepted: nothing changed."))));
    case ProxyWorkflow::Answer::Declined:
        return page(r.res, 409, ProxyPage::answer(&e, e.say(QStringLiteral("Déjà refusé"), QStringLiteral("Already declined")),
                                                  e.say(QStringLiteral("Vous avez déjà décliné cette proposition : rien n'a changé."),
                                                        QStringLiteral("You already declined this proposal: nothing changed."))));
    case ProxyWorkflow::Answer::Closed:
    case ProxyWorkflow::Answer::Unknown:
        break;
    }
    page(r.res, 410, ProxyPage::answer(&e, e.say(QStringLiteral("Proposition close"), QStringLiteral("Proposal closed")),
                                       e.say(QStringLiteral("Cette proposition n'est plus en cours : l'équipe l'a annulée ou remplacée."),
                                             QStringLiteral("This proposal is no longer open: the team cancelled or replaced it."))));
}

} // namespace

void ProxyPublicPages::registerRoutes(HttpServer &http, ServerContext &ctx, const Options &options)
{
    auto shared = std::make_shared<Shared>(options);
    http.setErrorPage("/v/", [](const httplib::Request &, httplib::Response &res) {
        if (res.status == 413)
            return bilingual(res, 400, QStringLiteral("Formulaire refusé"), QStringLiteral("Form refused"),
                             QStringLiteral("Le formulaire envoyé est trop volumineux : rien n'a été enregistré."),
                             QStringLiteral("The form sent is too large: nothing was recorded."));
        bilingual(res, res.status, QStringLiteral("Erreur"), QStringLiteral("Error"), QStringLiteral("Cette page n'existe pas ou la demande n'a pas pu être traitée."),
                  QStringLiteral("This page does not exist or the request could not be handled."));
    });
    const std::string confirmPath = std::string("/v/confirm/") + TokenPattern;
    http.get(confirmPath.c_str(), "/v/confirm/{token}", HttpServer::Auth::None, [&ctx](ApiRequest &r) { confirm(ctx, r); });
    const std::string answerPath = std::string("/v/answer/") + TokenPattern;
    http.get(answerPath.c_str(), "/v/answer/{token}", HttpServer::Auth::None, [&ctx](ApiRequest &r) { answerPage(ctx, r, false); });
    http.post(answerPath.c_str(), "/v/answer/{token}", HttpServer::Auth::None, [&ctx](ApiRequest &r) { answerPage(ctx, r, true); });
    // Route names are kept by pointer (logs): literals only.
    const std::string mandant = std::string("/v/") + SlugPattern + "/mandant";
    const std::string mandataire = std::string("/v/") + SlugPattern + "/mandataire";
    http.get(mandant.c_str(), "/v/{slug}/mandant", HttpServer::Auth::None,
             [&ctx](ApiRequest &r) { showForm(ctx, r, ProxyForm::Kind::Request); });
    http.post(mandant.c_str(), "/v/{slug}/mandant", HttpServer::Auth::None,
              [&ctx, shared](ApiRequest &r) { submit(ctx, *shared, r, ProxyForm::Kind::Request); });
    http.get(mandataire.c_str(), "/v/{slug}/mandataire", HttpServer::Auth::None,
             [&ctx](ApiRequest &r) { showForm(ctx, r, ProxyForm::Kind::Offer); });
    http.post(mandataire.c_str(), "/v/{slug}/mandataire", HttpServer::Auth::None,
              [&ctx, shared](ApiRequest &r) { submit(ctx, *shared, r, ProxyForm::Kind::Offer); });
}

} // namespace relais::server
