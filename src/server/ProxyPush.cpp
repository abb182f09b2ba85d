#include "ProxyPush.h"

#include "ContactJson.h"
#include "FormContact.h"
#include "ProxyElection.h"
#include "ProxyForm.h"
#include "ProxyWorkflow.h"
#include "RecordPush.h"
#include "ServerActor.h"
#include "ServerClock.h"
#include "ZoneTree.h"

#include <QJsonArray>

namespace relais::server {

namespace {

constexpr qsizetype MaxNoteChars = 500;

QString field(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

/// A cadre's request or offer as the public form's fields, so that both are checked alike.
ProxyForm::Fields asFormFields(const QJsonObject &d)
{
    ProxyForm::Fields f;
    for (const char *key : {"first_name", "last_name", "email", "phone", "postal_code", "polling_station", "birth_date", "voter_number"})
        f.insert(QLatin1String(key), d.value(QLatin1String(key)).toString());
    f.insert(QStringLiteral("commune"), field(d, "commune_code"));
    for (const QJsonValue &v : d.value(QLatin1String("rounds")).toArray())
        f.insert(QStringLiteral("round_%1").arg(v.toInt()), QStringLiteral("on"));
    if (d.value(QLatin1String("abroad")).toBool())
        f.insert(QStringLiteral("abroad"), QStringLiteral("on"));
    f.insert(QStringLiteral("consent"), QStringLiteral("on")); // the cadre collected it
    return f;
}

} // namespace

bool ProxyPush::handles(const QString &type)
{
    return type == ProxyWorkflow::ElectionType || type == ProxyWorkflow::RequestType || type == ProxyWorkflow::OfferType
        || type == ProxyWorkflow::MatchType;
}

PushResult ProxyPush::rejected(const PushItem &item, const QString &message, const std::optional<StoredRecord> &current) const
{
    return RecordPush::rejection(item, m_user, message, current);
}

bool ProxyPush::allowed(const QString &zone) const { return m_user.scope.allows(Feature::ProxiesMatch, zone); }

PushResult ProxyPush::apply(const PushItem &item)
{
    const auto current = RecordStore::load(m_db, item.type, item.id);
    if (current && !allowed(current->zone))
        return rejected(item, QStringLiteral("proxies.match is not granted on ") + current->zone, current);
    if (item.type == ProxyWorkflow::ElectionType) {
        if (item.op == QLatin1String("put"))
            return electionPut(item, current);
        if (item.op == QLatin1String("delete"))
            return current ? electionDelete(item, *current) : RecordPush::applied(item);
        return rejected(item, QStringLiteral("an election takes put or delete"), current);
    }
    if (item.op != QLatin1String("put"))
        return rejected(item, QStringLiteral("requests, offers and matches take put only: withdraw or cancel them"), current);
    if (item.type == ProxyWorkflow::MatchType)
        return matchPut(item, current);
    return personPut(item, current);
}

PushResult ProxyPush::electionPut(const PushItem &item, const std::optional<StoredRecord> &current)
{
    const QString zone = item.data.value(QLatin1String("zone")).toString(current ? current->zone : QString()).toUpper();
    const Zone *z = m_zones.zone(zone);
    if (!z || z->type == ZoneType::Commune)
        return rejected(item, QStringLiteral("zone must be a country, region or department"), current);
    if (!allowed(zone))
        return rejected(item, QStringLiteral("proxies.match is not granted on ") + zone, current);
    QString error;
    QJsonObject fields = ProxyElection::clean(item.data, &error);
    if (!error.isEmpty())
        return rejected(item, error, current);
    const QString slug = field(fields, "slug");
    const QString owner = m_db.scalar(QStringLiteral("SELECT election_id FROM proxy_slugs WHERE slug = ?"), {slug}).toString();
    if (!owner.isEmpty() && owner != item.id)
        return rejected(item, QStringLiteral("the address /v/%1 is already used by another election").arg(slug), current);
    m_db.exec(QStringLiteral("DELETE FROM proxy_slugs WHERE election_id = ?"), {item.id});
    m_db.exec(QStringLiteral("INSERT INTO proxy_slugs (slug, election_id) VALUES (?, ?)"), {slug, item.id});
    StoredRecord r;
    r.type = item.type;
    r.id = item.id;
    r.zone = zone;
    r.data = fields;
    r.data.insert(QStringLiteral("created_by"), current ? current->data.value(QLatin1String("created_by")) : QJsonValue(m_user.user.username));
    r.data.insert(QStringLiteral("updated_by"), m_user.user.username);
    if (field(r.data, "updated_at").isEmpty())
        r.data.insert(QStringLiteral("updated_at"), m_now);
    RecordStore::save(m_db, m_ops, r);
    return RecordPush::applied(item, r.version, r.data);
}

PushResult ProxyPush::electionDelete(const PushItem &item, const StoredRecord &current)
{
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM proxy_people WHERE election_id = ?"), {item.id}, 0).toLongLong() > 0)
        return rejected(item, QStringLiteral("this election has requests or offers: close its forms rather than delete it"), current);
    m_db.exec(QStringLiteral("DELETE FROM proxy_slugs WHERE election_id = ?"), {item.id});
    m_db.exec(QStringLiteral("DELETE FROM proxy_pending WHERE election_id = ?"), {item.id});
    RecordStore::remove(m_db, m_ops, current);
    return RecordPush::applied(item);
}

PushResult ProxyPush::personPut(const PushItem &item, const std::optional<StoredRecord> &current)
{
    const bool offer = item.type == ProxyWorkflow::OfferType;
    const qint64 now = ServerClock::nowMs();
    if (current) {
        // What a cadre may change once it exists: withdraw it (its live matches are cancelled).
        const QString status = item.data.value(QLatin1String("status")).toString(field(current->data, "status"));
        for (const char *key : {"first_name", "last_name", "email", "phone", "postal_code", "commune_code", "polling_station", "rounds",
                                "abroad", "birth_date", "voter_number"}) {
            const QJsonValue pushed = item.data.value(QLatin1String(key));
            if (!pushed.isUndefined() && pushed != current->data.value(QLatin1String(key)))
                return rejected(item,
                                QStringLiteral("%1: what a mandant or mandataire filed is theirs; withdraw it and file a new one")
                                    .arg(QLatin1String(key)),
                                current);
        }
        if (status == field(current->data, "status"))
            return RecordPush::applied(item, current->version, current->data);
        if (status != QLatin1String("withdrawn"))
            return rejected(item, QStringLiteral("a request or an offer can only be withdrawn"), current);
        StoredRecord r = *current;
        r.subject = field(r.data, "contact_id");
        ProxyWorkflow::withdraw(m_db, m_ops, r, m_user.user.username, now);
        r.data.insert(QStringLiteral("status"), status);
        r.data.insert(QStringLiteral("updated_at"), m_now);
        RecordStore::save(m_db, m_ops, r);
        return RecordPush::applied(item, r.version, r.data);
    }
    const auto election = ProxyElection::byId(m_db, field(item.data, "election_id"));
    if (!election)
        return rejected(item, QStringLiteral("no election ") + field(item.data, "election_id"), current);
    QList<ProxyForm::FieldError> errors;
    const auto form = ProxyForm::parse(offer ? ProxyForm::Kind::Offer : ProxyForm::Kind::Request, asFormFields(item.data), *election,
                                       m_zones, &errors);
    if (!form)
        return rejected(item, errors.first().field + QStringLiteral(": ") + errors.first().message, current);
    if (!allowed(form->department))
        return rejected(item, QStringLiteral("proxies.match is not granted on ") + form->department, current);
    const QString kind = ProxyForm::kindName(form->kind);
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM proxy_people WHERE election_id = ? AND kind = ? AND email = ? AND status = 'open'"),
                    {election->id, kind, form->email}, 0)
            .toLongLong()
        > 0)
        return rejected(item, QStringLiteral("%1 already filed an open %2 for this election").arg(form->email, kind), current);
    PushProcessor processor(m_db, m_ops, ServerActor::access(m_zones), ServerActor::clientRow(m_db, now), m_zones);
    const FormPerson person{form->firstName, form->lastName, form->email, form->phone, form->postalCode, form->communeCode, form->department};
    const auto contact = FormContact::matchOrCreate(processor, m_db, m_zones, person, QStringLiteral("procuration-") + election->slug,
                                                    QJsonObject(), "proxy-vote entry");
    StoredRecord r;
    r.type = item.type;
    r.id = item.id;
    r.zone = form->department;
    r.subject = contact.id;
    r.data = form->toJson();
    r.data.insert(QStringLiteral("election_id"), election->id);
    r.data.insert(QStringLiteral("contact_id"), contact.id);
    r.data.insert(QStringLiteral("status"), QStringLiteral("open"));
    r.data.insert(QStringLiteral("source"), QStringLiteral("cadre"));
    r.data.insert(QStringLiteral("confirmed_at"), m_now);
    r.data.insert(QStringLiteral("created_at"), m_now);
    r.data.insert(QStringLiteral("created_by"), m_user.user.username);
    r.data.insert(QStringLiteral("updated_at"), m_now);
    RecordStore::save(m_db, m_ops, r);
    m_db.exec(QStringLiteral("INSERT INTO proxy_people (id, election_id, kind, email, department, contact_id, status)"
                             " VALUES (?, ?, ?, ?, ?, ?, 'open')"),
              {r.id, election->id, kind, form->email, form->department, contact.id});
    return RecordPush::applied(item, r.version, r.data);
}

PushResult ProxyPush::matchPut(const PushItem &item, const std::optional<StoredRecord> &current)
{
    const qint64 now = ServerClock::nowMs();
    const QString status = field(item.data, "status");
    const QJsonValue note = item.data.value(QLatin1String("note"));
    if (!note.isUndefined() && !note.isNull() && (!note.isString() || note.toString().size() > MaxNoteChars))
        return rejected(item, QStringLiteral("note must be a text of at most %1 characters").arg(MaxNoteChars), current);
    if (current) {
        StoredRecord r = *current;
        const QString from = field(r.data, "status");
        if (!note.isUndefined())
            r.data.insert(QStringLiteral("note"), note.toString().trimmed());
        if (status.isEmpty() || status == from) {
            // The same status: a note edit, unless the client had not seen this status yet (its copy of the
            // history stops before the entry that set it): then another cadre made the same move first.
            const QJsonArray history = r.data.value(QLatin1String("history")).toArray();
            const QJsonValue seen = item.data.value(QLatin1String("history"));
            qsizetype setAt = history.size() - 1;
            while (setAt >= 0 && field(history.at(setAt).toObject(), "status") != from)
                --setAt;
            if (!status.isEmpty() && seen.isArray() && seen.toArray().size() <= setAt) {
                const QJsonObject entry = history.at(setAt).toObject();
                return rejected(item, QStringLiteral("this match is already %1 (by %2 at %3)").arg(from, field(entry, "by"), field(entry, "at")),
                                current);
            }
            r.data.insert(QStringLiteral("updated_at"), m_now);
            RecordStore::save(m_db, m_ops, r);
            return RecordPush::applied(item, r.version, r.data);
        }
        if (!ProxyWorkflow::mayMove(from, status)) {
            const QJsonArray history = r.data.value(QLatin1String("history")).toArray();
            const QJsonObject last = history.isEmpty() ? QJsonObject() : history.last().toObject();
            return rejected(item,
                            QStringLiteral("this match is already %1 (by %2 at %3): it cannot become %4")
                                .arg(from, field(last, "by"), field(last, "at"), status),
                            current);
        }
        ProxyWorkflow::move(m_db, m_ops, r, status, m_user.user.username, now);
        return RecordPush::applied(item, r.version, r.data);
    }
    if (status != QLatin1String("suggested") && status != QLatin1String("proposed"))
        return rejected(item, QStringLiteral("a new match is suggested or proposed"), current);
    const auto election = ProxyElection::byId(m_db, field(item.data, "election_id"));
    if (!election)
        return rejected(item, QStringLiteral("no election ") + field(item.data, "election_id"), current);
    const auto request = RecordStore::load(m_db, ProxyWorkflow::RequestType, field(item.data, "request_id"));
    const auto offer = RecordStore::load(m_db, ProxyWorkflow::OfferType, field(item.data, "offer_id"));
    if (!request || !offer)
        return rejected(item, QStringLiteral("a match names an existing request and offer"), current);
    if (!allowed(request->zone))
        return rejected(item, QStringLiteral("proxies.match is not granted on ") + request->zone, current);
    const QJsonValue roundValue = item.data.value(QLatin1String("round"));
    const int round = roundValue.toInt();
    if (!roundValue.isDouble() || (round != 1 && round != 2))
        return rejected(item, QStringLiteral("round is 1 or 2"), current);
    const QString reason = field(item.data, "reason");
    static const QStringList reasons{QStringLiteral("same_polling_station"), QStringLiteral("same_commune"),
                                     QStringLiteral("same_department"), QStringLiteral("manual")};
    if (!reasons.contains(reason))
        return rejected(item, QStringLiteral("reason is one of ") + reasons.join(QStringLiteral(", ")), current);
    if (const QString why = ProxyWorkflow::checkMatch(m_db, *election, *request, *offer, round); !why.isEmpty())
        return rejected(item, why, current);
    StoredRecord r;
    r.type = item.type;
    r.id = item.id;
    r.zone = request->zone;
    r.data = {{QStringLiteral("election_id"), election->id},
              {QStringLiteral("round"), round},
              {QStringLiteral("request_id"), request->id},
              {QStringLiteral("offer_id"), offer->id},
              {QStringLiteral("status"), status},
              {QStringLiteral("reason"), reason},
              {QStringLiteral("note"), note.toString().trimmed()},
              {QStringLiteral("created_by"), m_user.user.username}};
    ProxyWorkflow::open(m_db, m_ops, *election, r, *request, m_user.user.username, now);
    return RecordPush::applied(item, r.version, r.data);
}

} // namespace relais::server
