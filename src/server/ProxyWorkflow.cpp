#include "ProxyWorkflow.h"

#include "ContactJson.h"
#include "FormContact.h"
#include "MailOutbox.h"
#include "OpLog.h"
#include "ProxyMail.h"
#include "PushProcessor.h"
#include "ServerActor.h"
#include "Uuid7.h"
#include "ZoneTree.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>

#include <memory>

namespace relais::server {

const QString ProxyWorkflow::ElectionType = QStringLiteral("proxy_election");
const QString ProxyWorkflow::RequestType = QStringLiteral("proxy_request");
const QString ProxyWorkflow::OfferType = QStringLiteral("proxy_offer");
const QString ProxyWorkflow::MatchType = QStringLiteral("proxy_match");

namespace {

struct Configured {
    ProxyWorkflow::Settings settings;
    ConfirmationToken confirm;
    ConfirmationToken answer;
    explicit Configured(const ProxyWorkflow::Settings &s)
        : settings(s), confirm(s.linkKey, QByteArrayLiteral("relais proxy confirmation")),
          answer(s.linkKey, QByteArrayLiteral("relais proxy answer"))
    {
    }
};

std::unique_ptr<Configured> &configured()
{
    static std::unique_ptr<Configured> c;
    return c;
}

const Configured &config()
{
    if (!configured())
        throw DbError("proxy votes: the workflow was not configured");
    return *configured();
}

QString iso(qint64 ms) { return ContactJson::isoTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)); }
QString field(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
QString fullName(const QJsonObject &o) { return QString(field(o, "first_name") + QLatin1Char(' ') + field(o, "last_name")).trimmed(); }

bool hasRound(const QJsonObject &o, int round)
{
    for (const QJsonValue &v : o.value(QLatin1String("rounds")).toArray())
        if (v.toInt() == round)
            return true;
    return false;
}

void queue(Db &db, const char *kind, const ProxyMail::Message &m, qint64 now)
{
    const Configured &c = config();
    const auto e = ProxyMail::build(m, c.settings.mailFrom, QUrl(c.settings.publicUrl).host());
    MailOutbox::enqueue(db, QLatin1String(kind), e.from, e.to, e.message, now);
}

void appendHistory(StoredRecord &match, const QString &status, const QString &by, qint64 now)
{
    QJsonArray history = match.data.value(QLatin1String("history")).toArray();
    history.append(QJsonObject{{QStringLiteral("at"), iso(now)}, {QStringLiteral("status"), status}, {QStringLiteral("by"), by}});
    match.data.insert(QStringLiteral("history"), history);
    match.data.insert(QStringLiteral("updated_at"), iso(now));
}

struct Parties {
    std::optional<ProxyElection> election;
    std::optional<StoredRecord> request;
    std::optional<StoredRecord> offer;
    int round = 0;
    bool complete() const { return election && request && offer; }
};

Parties partiesOf(Db &db, const StoredRecord &match)
{
    Parties p;
    p.election = ProxyElection::byId(db, field(match.data, "election_id"));
    p.request = RecordStore::load(db, ProxyWorkflow::RequestType, field(match.data, "request_id"));
    p.offer = RecordStore::load(db, ProxyWorkflow::OfferType, field(match.data, "offer_id"));
    p.round = match.data.value(QLatin1String("round")).toInt();
    return p;
}

/// The mandant as the mandataire first sees them: first name, commune and polling station (the full name and the
/// ways to reach them come once the mandataire accepted).
QString mandantSketch(const ProxyElection &e, const QJsonObject &request)
{
    return e.say(QStringLiteral("%1, qui vote à %2 (bureau : %3)"), QStringLiteral("%1, who votes in %2 (polling station: %3)"))
        .arg(field(request, "first_name"), field(request, "commune"), field(request, "polling_station"));
}

void mailProposal(Db &db, const Parties &p, const QString &nonce, const QString &matchId, bool reminder, qint64 now)
{
    const ProxyElection &e = *p.election;
    const Configured &c = config();
    const QString token = c.answer.make({matchId, nonce, now / 1000 + c.settings.answerTtlSeconds});
    ProxyMail::Message m;
    m.language = e.language;
    m.toName = fullName(p.offer->data);
    m.toEmail = field(p.offer->data, "email");
    m.subject = (reminder ? e.say(QStringLiteral("Rappel : "), QStringLiteral("Reminder: ")) : QString())
        + e.say(QStringLiteral("Pouvez-vous voter pour %1 ? (%2)"), QStringLiteral("Can you vote for %1? (%2)"))
              .arg(field(p.request->data, "first_name"), e.name);
    m.paragraphs << e.say(QStringLiteral("Bonjour %1,"), QStringLiteral("Hello %1,")).arg(field(p.offer->data, "first_name"))
                 << e.say(QStringLiteral("Vous vous êtes proposé(e) pour voter par procuration à l'élection « %1 ». %2 a besoin "
                                         "de quelqu'un pour voter à sa place au %3. Acceptez-vous ?"),
                          QStringLiteral("You offered to vote by proxy in the election \"%1\". %2 needs someone to vote for "
                                         "them in the %3. Do you accept?"))
                           .arg(e.name, mandantSketch(e, p.request->data), e.roundLabel(p.round))
                 << e.say(QStringLiteral("Le lien ouvre une page où vous acceptez ou refusez ; il ne sert qu'une fois."),
                          QStringLiteral("The link opens a page where you accept or decline; it works once."));
    m.buttonLabel = e.say(QStringLiteral("Répondre"), QStringLiteral("Answer"));
    m.buttonLink = c.settings.publicUrl + QStringLiteral("/v/answer/") + token;
    queue(db, reminder ? "proxy_proposal_reminder" : "proxy_proposal", m, now);
}

QString contactLine(const ProxyElection &e, const QJsonObject &person)
{
    QString line = field(person, "email");
    if (!field(person, "phone").isEmpty())
        line += e.say(QStringLiteral(", tél. "), QStringLiteral(", phone ")) + field(person, "phone");
    return line;
}

void mailAccepted(Db &db, const Parties &p, bool reminder, qint64 now)
{
    const ProxyElection &e = *p.election;
    const QJsonObject &r = p.request->data;
    const QJsonObject &o = p.offer->data;
    ProxyMail::Message m;
    m.language = e.language;
    m.toName = fullName(r);
    m.toEmail = field(r, "email");
    m.subject = (reminder ? e.say(QStringLiteral("Rappel : établissez votre procuration (%1)"), QStringLiteral("Reminder: make your proxy (%1)"))
                          : e.say(QStringLiteral("Quelqu'un votera pour vous (%1)"), QStringLiteral("Someone will vote for you (%1)")))
                    .arg(e.name);
    QStringList details;
    details << e.say(QStringLiteral("Nom : %1"), QStringLiteral("Name: %1")).arg(fullName(o));
    if (!field(o, "birth_date").isEmpty())
        details << e.say(QStringLiteral("Date de naissance : %1"), QStringLiteral("Birth date: %1"))
                       .arg(QLocale(e.isEnglish() ? QLocale::English : QLocale::French)
                                .toString(QDate::fromString(field(o, "birth_date"), Qt::ISODate), QLocale::ShortFormat));
    if (!field(o, "voter_number").isEmpty())
        details << e.say(QStringLiteral("Numéro national d'électeur : %1"), QStringLiteral("National voter number: %1")).arg(field(o, "voter_number"));
    details << e.say(QStringLiteral("Contact : %1"), QStringLiteral("Contact: %1")).arg(contactLine(e, o));
    m.paragraphs << e.say(QStringLiteral("Bonjour %1,"), QStringLiteral("Hello %1,")).arg(field(r, "first_name"))
                 << (reminder ? e.say(QStringLiteral("Votre procuration pour le %1 n'est pas encore notée comme établie. Sans elle, "
                                                     "%2 ne pourra pas voter pour vous."),
                                      QStringLiteral("Your proxy for the %1 is not yet marked as made. Without it, %2 cannot vote "
                                                     "for you."))
                                    .arg(e.roundLabel(p.round), fullName(o))
                              : e.say(QStringLiteral("Bonne nouvelle : %1 votera pour vous au %2, à votre bureau de vote (%3)."),
                                      QStringLiteral("Good news: %1 will vote for you in the %2, at your polling station (%3)."))
                                    .arg(fullName(o), e.roundLabel(p.round), field(r, "polling_station")))
                 << e.say(QStringLiteral("Établissez maintenant la procuration, en ligne sur maprocuration.gouv.fr puis auprès "
                                         "d'un commissariat, d'une gendarmerie ou d'un consulat, avec ces informations :"),
                          QStringLiteral("Now make the proxy, online at maprocuration.gouv.fr then at a police station, a "
                                         "gendarmerie or a consulate, with these details:"))
                 << details.join(QLatin1Char('\n'))
                 << e.say(QStringLiteral("Votre mandataire a aussi reçu vos coordonnées."),
                          QStringLiteral("Your proxy holder also received your contact details."));
    queue(db, reminder ? "proxy_accepted_reminder" : "proxy_accepted", m, now);
    if (reminder)
        return;
    ProxyMail::Message t;
    t.language = e.language;
    t.toName = fullName(o);
    t.toEmail = field(o, "email");
    t.subject = e.say(QStringLiteral("Merci : vous voterez pour %1 (%2)"), QStringLiteral("Thank you: you will vote for %1 (%2)"))
                    .arg(fullName(r), e.name);
    t.paragraphs << e.say(QStringLiteral("Bonjour %1,"), QStringLiteral("Hello %1,")).arg(field(o, "first_name"))
                 << e.say(QStringLiteral("Merci ! Vous voterez pour %1 au %2, à son bureau de vote : %3, %4. Munissez-vous de "
                                         "votre pièce d'identité."),
                          QStringLiteral("Thank you! You will vote for %1 in the %2, at their polling station: %3, %4. Bring "
                                         "your identity document."))
                        .arg(fullName(r), e.roundLabel(p.round), field(r, "polling_station"), field(r, "commune"))
                 << e.say(QStringLiteral("%1 va établir la procuration. Pour vous joindre : %2."),
                          QStringLiteral("%1 will now make the proxy. To reach them: %2."))
                        .arg(field(r, "first_name"), contactLine(e, r));
    queue(db, "proxy_accepted_mandataire", t, now);
}

void mailCancelled(Db &db, const Parties &p, qint64 now)
{
    const ProxyElection &e = *p.election;
    ProxyMail::Message m;
    m.language = e.language;
    m.toName = fullName(p.offer->data);
    m.toEmail = field(p.offer->data, "email");
    m.subject = e.say(QStringLiteral("Procuration annulée (%1)"), QStringLiteral("Proxy cancelled (%1)")).arg(e.name);
    m.paragraphs << e.say(QStringLiteral("Bonjour %1,"), QStringLiteral("Hello %1,")).arg(field(p.offer->data, "first_name"))
                 << e.say(QStringLiteral("La procuration de %1 pour le %2 ne vous est plus demandée. Merci de votre engagement : "
                                         "nous reviendrons peut-être vers vous."),
                          QStringLiteral("The proxy of %1 for the %2 is no longer asked of you. Thank you for your commitment: "
                                         "we may come back to you."))
                        .arg(field(p.request->data, "first_name"), e.roundLabel(p.round));
    queue(db, "proxy_cancelled", m, now);
}

} // namespace

void ProxyWorkflow::configure(const Settings &settings) { configured() = std::make_unique<Configured>(settings); }
const ProxyWorkflow::Settings &ProxyWorkflow::settings() { return config().settings; }
const ConfirmationToken &ProxyWorkflow::confirmTokens() { return config().confirm; }
const ConfirmationToken &ProxyWorkflow::answerTokens() { return config().answer; }

void ProxyWorkflow::submit(Db &db, const ProxyElection &e, const ProxyForm &form, qint64 now)
{
    const QString kind = ProxyForm::kindName(form.kind);
    db.exec(QStringLiteral("DELETE FROM proxy_pending WHERE election_id = ? AND kind = ? AND email = ?"), {e.id, kind, form.email});
    const QString id = Uuid7::generate();
    const QString nonce = ConfirmationToken::newNonce();
    QJsonObject data = form.toJson();
    data.insert(QStringLiteral("department"), form.department);
    db.exec(QStringLiteral("INSERT INTO proxy_pending (id, election_id, kind, email, data, nonce, created_at, mailed_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, e.id, kind, form.email, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), nonce, now, now});
    const Configured &c = config();
    const QString token = c.confirm.make({id, nonce, now / 1000 + c.settings.confirmTtlSeconds});
    const bool request = form.kind == ProxyForm::Kind::Request;
    ProxyMail::Message m;
    m.language = e.language;
    m.toName = form.firstName + QLatin1Char(' ') + form.lastName;
    m.toEmail = form.email;
    m.subject = (request ? e.say(QStringLiteral("Confirmez votre demande de procuration : %1"), QStringLiteral("Confirm your proxy request: %1"))
                         : e.say(QStringLiteral("Confirmez votre proposition de voter par procuration : %1"),
                                 QStringLiteral("Confirm your offer to vote by proxy: %1")))
                    .arg(e.name);
    m.paragraphs << e.say(QStringLiteral("Bonjour %1,"), QStringLiteral("Hello %1,")).arg(form.firstName)
                 << (request ? e.say(QStringLiteral("Pour que nous cherchions quelqu'un qui votera pour vous, confirmez votre adresse :"),
                                     QStringLiteral("For us to look for someone to vote for you, confirm your address:"))
                             : e.say(QStringLiteral("Pour que nous vous proposions de voter pour quelqu'un, confirmez votre adresse :"),
                                     QStringLiteral("For us to ask you to vote for someone, confirm your address:")))
                 << e.say(QStringLiteral("Ce lien est valable %1 jours et ne sert qu'une fois. Si ce n'est pas vous, ignorez ce message : "
                                         "rien ne sera enregistré."),
                          QStringLiteral("This link is valid for %1 days and works once. If this was not you, ignore this message: "
                                         "nothing will be recorded."))
                        .arg(c.settings.confirmTtlSeconds / 86400);
    m.buttonLabel = e.say(QStringLiteral("Je confirme"), QStringLiteral("I confirm"));
    m.buttonLink = c.settings.publicUrl + QStringLiteral("/v/confirm/") + token;
    queue(db, "proxy_optin", m, now);
}

ProxyWorkflow::Confirmed ProxyWorkflow::confirm(Db &db, OpWriter &ops, const ZoneTree &zones,
                                                const ConfirmationToken::Claims &claims, qint64 now)
{
    Confirmed out;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT election_id, kind, data, nonce FROM proxy_pending WHERE id = ?"), {claims.signatureId});
    if (!q.next()) {
        q.finish();
        return out;
    }
    const QString electionId = q.value(0).toString();
    const QString kindName = q.value(1).toString();
    const QJsonObject data = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    const QString nonce = q.value(3).toString();
    q.finish();
    if (nonce != claims.nonce)
        return out;
    out.election = ProxyElection::byId(db, electionId);
    if (!out.election)
        return out;
    out.kind = kindName == QLatin1String("offer") ? ProxyForm::Kind::Offer : ProxyForm::Kind::Request;
    const ProxyForm form = ProxyForm::fromJson(out.kind, data);
    const QString type = out.kind == ProxyForm::Kind::Offer ? OfferType : RequestType;
    db.exec(QStringLiteral("DELETE FROM proxy_pending WHERE id = ?"), {claims.signatureId});

    const QString existing = db.scalar(QStringLiteral("SELECT id FROM proxy_people WHERE election_id = ? AND kind = ? AND email = ?"
                                                      " AND status = 'open'"),
                                       {electionId, kindName, form.email})
                                 .toString();
    if (!existing.isEmpty()) {
        const qint64 live = db.scalar(QStringLiteral("SELECT COUNT(*) FROM proxy_live WHERE request_id = ? OR offer_id = ?"),
                                      {existing, existing}, 0)
                                .toLongLong();
        if (live > 0) {
            out.status = Confirmation::Locked;
            return out;
        }
    }
    PushProcessor processor(db, ops, ServerActor::access(zones), ServerActor::clientRow(db, now), zones);
    const FormPerson person{form.firstName, form.lastName, form.email, form.phone, form.postalCode, form.communeCode, form.department};
    const auto contact = FormContact::matchOrCreate(processor, db, zones, person, QStringLiteral("procuration-") + out.election->slug,
                                                    QJsonObject(), "proxy-vote form");
    const auto previous = existing.isEmpty() ? std::nullopt : RecordStore::load(db, type, existing);
    StoredRecord r;
    r.type = type;
    r.id = existing.isEmpty() ? claims.signatureId : existing;
    r.zone = form.department;
    r.subject = contact.id; // erasing the contact erases it
    r.data = form.toJson();
    r.data.insert(QStringLiteral("election_id"), electionId);
    r.data.insert(QStringLiteral("contact_id"), contact.id);
    r.data.insert(QStringLiteral("status"), QStringLiteral("open"));
    r.data.insert(QStringLiteral("source"), QStringLiteral("form"));
    r.data.insert(QStringLiteral("confirmed_at"), iso(now));
    r.data.insert(QStringLiteral("created_at"), previous ? previous->data.value(QLatin1String("created_at")) : QJsonValue(iso(now)));
    r.data.insert(QStringLiteral("updated_at"), iso(now));
    RecordStore::save(db, ops, r);
    db.exec(QStringLiteral("DELETE FROM proxy_people WHERE id = ?"), {r.id});
    db.exec(QStringLiteral("INSERT INTO proxy_people (id, election_id, kind, email, department, contact_id, status)"
                           " VALUES (?, ?, ?, ?, ?, ?, 'open')"),
            {r.id, electionId, kindName, form.email, form.department, contact.id});
    const auto event = ServerActor::addInteraction(processor, contact.id, contact.zone,
                                                   out.kind == ProxyForm::Kind::Offer ? QStringLiteral("proxy_offer") : QStringLiteral("proxy_request"),
                                                   iso(now), {{QStringLiteral("election_id"), electionId}, {QStringLiteral("election"), out.election->name}});
    if (event.status != QLatin1String("applied") && event.status != QLatin1String("merged"))
        throw DbError("a proxy-vote form could not write its timeline event: " + event.message.toStdString());
    out.status = previous ? Confirmation::Updated : Confirmation::Confirmed;
    return out;
}

int ProxyWorkflow::sweepPending(Db &db, qint64 now)
{
    QSqlQuery &q = db.exec(QStringLiteral("DELETE FROM proxy_pending WHERE created_at < ?"), {now - settings().confirmTtlSeconds * 1000});
    return q.numRowsAffected();
}

bool ProxyWorkflow::isLive(const QString &status)
{
    return status == QLatin1String("suggested") || status == QLatin1String("proposed") || status == QLatin1String("accepted")
        || status == QLatin1String("confirmed") || status == QLatin1String("done");
}

bool ProxyWorkflow::mayMove(const QString &from, const QString &to)
{
    if (to == QLatin1String("cancelled"))
        return isLive(from) && from != QLatin1String("done");
    if (from == QLatin1String("suggested"))
        return to == QLatin1String("proposed");
    if (from == QLatin1String("proposed"))
        return to == QLatin1String("accepted") || to == QLatin1String("declined");
    if (from == QLatin1String("accepted"))
        return to == QLatin1String("confirmed");
    if (from == QLatin1String("confirmed"))
        return to == QLatin1String("done");
    return false;
}

QString ProxyWorkflow::checkMatch(Db &db, const ProxyElection &e, const StoredRecord &request, const StoredRecord &offer, int round)
{
    if (field(request.data, "election_id") != e.id || field(offer.data, "election_id") != e.id)
        return QStringLiteral("the request and the offer must belong to this match's election");
    if (field(request.data, "status") != QLatin1String("open"))
        return QStringLiteral("this request was withdrawn");
    if (field(offer.data, "status") != QLatin1String("open"))
        return QStringLiteral("this offer was withdrawn");
    if (request.zone != offer.zone)
        return QStringLiteral("the request (%1) and the offer (%2) are in different departments").arg(request.zone, offer.zone);
    if (!e.rounds.contains(round))
        return QStringLiteral("this election has no round %1").arg(round);
    if (!hasRound(request.data, round))
        return QStringLiteral("the request does not ask for round %1").arg(round);
    if (!hasRound(offer.data, round))
        return QStringLiteral("the offer does not cover round %1").arg(round);
    const QString person = field(request.data, "contact_id");
    if (!person.isEmpty() && person == field(offer.data, "contact_id"))
        return QStringLiteral("a mandataire cannot hold their own procuration");
    const QString holder = db.scalar(QStringLiteral("SELECT status FROM proxy_live WHERE request_id = ? AND round = ?"),
                                     {request.id, round})
                               .toString();
    if (!holder.isEmpty())
        return QStringLiteral("round %1 of this request is already held by another match (%2)").arg(round).arg(holder);
    int inFrance = 0, total = 0;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT abroad, COUNT(*) FROM proxy_live WHERE offer_id = ? AND round = ? GROUP BY abroad"),
                           {offer.id, round});
    while (q.next()) {
        total += q.value(1).toInt();
        if (q.value(0).toLongLong() == 0)
            inFrance += q.value(1).toInt();
    }
    q.finish();
    if (total >= e.rules.maxTotal)
        return QStringLiteral("this mandataire already holds %1 procuration(s) for round %2 (at most %3)").arg(total).arg(round).arg(e.rules.maxTotal);
    if (!request.data.value(QLatin1String("abroad")).toBool() && inFrance >= e.rules.maxInFrance)
        return QStringLiteral("this mandataire already holds %1 procuration(s) established in France for round %2 (at most %3, art. L73)")
            .arg(inFrance)
            .arg(round)
            .arg(e.rules.maxInFrance);
    return {};
}

void ProxyWorkflow::open(Db &db, OpWriter &ops, const ProxyElection &e, StoredRecord &match, const StoredRecord &request,
                         const QString &by, qint64 now)
{
    const QString status = field(match.data, "status");
    match.data.insert(QStringLiteral("history"), QJsonArray());
    appendHistory(match, status, by, now);
    RecordStore::save(db, ops, match);
    const QString nonce = ConfirmationToken::newNonce();
    db.exec(QStringLiteral("INSERT INTO proxy_live (match_id, election_id, request_id, offer_id, round, abroad, status, since, nonce)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {match.id, e.id, request.id, field(match.data, "offer_id"), match.data.value(QLatin1String("round")).toInt(),
             request.data.value(QLatin1String("abroad")).toBool() ? 1 : 0, status, now, nonce});
    if (status == QLatin1String("proposed")) {
        const Parties p = partiesOf(db, match);
        if (p.complete())
            mailProposal(db, p, nonce, match.id, false, now);
    }
}

void ProxyWorkflow::move(Db &db, OpWriter &ops, StoredRecord &match, const QString &status, const QString &by, qint64 now)
{
    const QString from = field(match.data, "status");
    match.data.insert(QStringLiteral("status"), status);
    appendHistory(match, status, by, now);
    RecordStore::save(db, ops, match);
    QString nonce;
    if (isLive(status)) {
        nonce = ConfirmationToken::newNonce(); // an earlier answer link stops working
        db.exec(QStringLiteral("UPDATE proxy_live SET status = ?, since = ?, reminded = 0, nonce = ? WHERE match_id = ?"),
                {status, now, nonce, match.id});
    } else {
        db.exec(QStringLiteral("DELETE FROM proxy_live WHERE match_id = ?"), {match.id});
    }
    const Parties p = partiesOf(db, match);
    if (!p.complete())
        return;
    if (status == QLatin1String("proposed"))
        mailProposal(db, p, nonce, match.id, false, now);
    else if (status == QLatin1String("accepted"))
        mailAccepted(db, p, false, now);
    else if (status == QLatin1String("cancelled") && from != QLatin1String("suggested"))
        mailCancelled(db, p, now);
}

void ProxyWorkflow::withdraw(Db &db, OpWriter &ops, const StoredRecord &person, const QString &by, qint64 now)
{
    QStringList ids;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT match_id FROM proxy_live WHERE (request_id = ? OR offer_id = ?) AND status <> 'done'"),
                           {person.id, person.id});
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    for (const QString &id : std::as_const(ids))
        if (auto m = RecordStore::load(db, MatchType, id))
            move(db, ops, *m, QStringLiteral("cancelled"), by, now);
    db.exec(QStringLiteral("UPDATE proxy_people SET status = 'withdrawn' WHERE id = ?"), {person.id});
}

int ProxyWorkflow::eraseContact(Db &db, OpWriter &ops, const QString &contactId, qint64 now)
{
    QList<std::pair<QString, QString>> people; // (id, kind)
    QSqlQuery &q = db.exec(QStringLiteral("SELECT id, kind FROM proxy_people WHERE contact_id = ?"), {contactId});
    while (q.next())
        people.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    int removed = 0;
    for (const auto &[id, kind] : std::as_const(people)) {
        auto r = RecordStore::load(db, kind == QLatin1String("offer") ? OfferType : RequestType, id);
        if (r) {
            r->subject = contactId;
            withdraw(db, ops, *r, QStringLiteral("erasure"), now);
            RecordStore::remove(db, ops, *r);
            ++removed;
        }
        db.exec(QStringLiteral("DELETE FROM proxy_people WHERE id = ?"), {id});
    }
    return removed;
}

ProxyWorkflow::AnswerInfo ProxyWorkflow::answerInfo(Db &db, const ConfirmationToken::Claims &claims)
{
    AnswerInfo info;
    const auto match = RecordStore::load(db, MatchType, claims.signatureId);
    if (!match)
        return info;
    const Parties p = partiesOf(db, *match);
    if (!p.complete())
        return info;
    info.election = p.election;
    info.matchId = match->id;
    info.round = p.round;
    info.mandant = mandantSketch(*p.election, p.request->data);
    info.station = field(p.request->data, "polling_station");
    const QString status = field(match->data, "status");
    const QString nonce = db.scalar(QStringLiteral("SELECT nonce FROM proxy_live WHERE match_id = ?"), {match->id}).toString();
    if (status == QLatin1String("proposed") && nonce == claims.nonce)
        info.status = Answer::Pending;
    else if (status == QLatin1String("accepted") || status == QLatin1String("confirmed") || status == QLatin1String("done"))
        info.status = Answer::Accepted;
    else if (status == QLatin1String("declined"))
        info.status = Answer::Declined;
    else
        info.status = Answer::Closed;
    return info;
}

ProxyWorkflow::AnswerInfo ProxyWorkflow::answer(Db &db, OpWriter &ops, const ConfirmationToken::Claims &claims, bool accept, qint64 now)
{
    AnswerInfo info = answerInfo(db, claims);
    if (info.status != Answer::Pending)
        return info;
    auto match = RecordStore::load(db, MatchType, info.matchId);
    move(db, ops, *match, accept ? QStringLiteral("accepted") : QStringLiteral("declined"), QStringLiteral("mandataire"), now);
    info.status = accept ? Answer::Accepted : Answer::Declined;
    return info;
}

int ProxyWorkflow::sendReminders(Db &db, OpWriter &ops, qint64 now)
{
    struct Due {
        QString id;
        QString status;
        QString nonce;
    };
    QList<Due> due;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT match_id, status, nonce FROM proxy_live WHERE reminded = 0 AND"
                                          " ((status = 'proposed' AND since < ?) OR (status = 'accepted' AND since < ?))"),
                           {now - settings().remindProposalAfterMs, now - settings().remindAcceptedAfterMs});
    while (q.next())
        due.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    q.finish();
    for (const Due &d : std::as_const(due)) {
        auto match = RecordStore::load(db, MatchType, d.id);
        db.exec(QStringLiteral("UPDATE proxy_live SET reminded = 1 WHERE match_id = ?"), {d.id});
        if (!match)
            continue;
        const Parties p = partiesOf(db, *match);
        if (!p.complete())
            continue;
        if (d.status == QLatin1String("proposed"))
            mailProposal(db, p, d.nonce, d.id, true, now);
        else
            mailAccepted(db, p, true, now);
        appendHistory(*match, QStringLiteral("reminded"), QStringLiteral("server"), now);
        RecordStore::save(db, ops, *match);
    }
    return int(due.size());
}

} // namespace relais::server
