#include "ProxyBoard.h"

#include "ProxyMatchTerms.h"
#include "ZoneTree.h"

#include <QJsonObject>

#include <algorithm>

namespace relais {

namespace {
QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/// [1, 2] -> 3, within `allowed`.
int roundsOf(const QJsonValue &value, int allowed)
{
    int rounds = 0;
    for (const QJsonValue &v : value.toArray())
        if (const int round = v.toInt(); round == 1 || round == 2)
            rounds |= roundBit(round);
    return rounds & allowed;
}
} // namespace

QString ProxyPerson::name() const
{
    return QStringList{firstName.trimmed(), lastName.trimmed()}.join(u' ').trimmed();
}

ProxyPerson ProxyPerson::fromRecord(const SyncRecord &record, int electionRounds)
{
    const QJsonObject &d = record.data;
    ProxyPerson p;
    p.id = record.id;
    p.zone = record.zone;
    p.contactId = field(d, "contact_id");
    p.firstName = field(d, "first_name");
    p.lastName = field(d, "last_name");
    p.email = field(d, "email");
    p.phone = field(d, "phone");
    p.postalCode = field(d, "postal_code");
    p.communeCode = field(d, "commune_code");
    p.commune = field(d, "commune");
    p.pollingStation = field(d, "polling_station");
    p.status = field(d, "status");
    p.birthDate = field(d, "birth_date");
    p.voterNumber = field(d, "voter_number");
    p.abroad = d.value(QLatin1String("abroad")).toBool();
    p.rounds = roundsOf(d.value(QLatin1String("rounds")), electionRounds);
    p.dirty = record.dirty;
    return p;
}

ProxyMatchRecord ProxyMatchRecord::fromRecord(const SyncRecord &record)
{
    const QJsonObject &d = record.data;
    ProxyMatchRecord m;
    m.record = record;
    m.id = record.id;
    m.zone = record.zone;
    m.requestId = field(d, "request_id");
    m.offerId = field(d, "offer_id");
    m.round = d.value(QLatin1String("round")).toInt(1);
    m.status = field(d, "status");
    m.reason = field(d, "reason");
    m.note = field(d, "note");
    m.history = d.value(QLatin1String("history")).toArray();
    return m;
}

void ProxyBoard::load(const QSqlDatabase &db, const QString &electionId)
{
    *this = ProxyBoard();
    const RecordRepository repo(db);
    const std::optional<SyncRecord> election = electionId.isEmpty() ? std::nullopt : repo.get(ElectionType, electionId);
    if (!election)
        return;
    m_election = *election;
    const QJsonObject rules = m_election.data.value(QLatin1String("rules")).toObject();
    m_rules.maxTotal = rules.value(QLatin1String("max_total")).toInt(ProxyRules{}.maxTotal);
    m_rules.maxInFrance = rules.value(QLatin1String("max_in_france")).toInt(ProxyRules{}.maxInFrance);
    m_rounds = m_election.data.value(QLatin1String("rounds")).toArray().size() >= 2 ? BothRounds : 1;

    const auto ofElection = [&](const SyncRecord &r) { return field(r.data, "election_id") == electionId; };
    for (const SyncRecord &r : repo.list(RequestType))
        if (ofElection(r)) {
            m_requestIndex.insert(r.id, m_requests.size());
            m_requests << ProxyPerson::fromRecord(r, m_rounds);
        }
    for (const SyncRecord &r : repo.list(OfferType))
        if (ofElection(r)) {
            m_offerIndex.insert(r.id, m_offers.size());
            m_offers << ProxyPerson::fromRecord(r, m_rounds);
        }
    for (const SyncRecord &r : repo.list(MatchType)) {
        if (!ofElection(r))
            continue;
        const ProxyMatchRecord m = ProxyMatchRecord::fromRecord(r);
        const qsizetype index = m_matches.size();
        m_matchIndex.insert(m.id, index);
        m_matches << m;
        if (!ProxyMatchTerms::isLive(m.status) || (m.round != 1 && m.round != 2))
            continue;
        const std::size_t i = std::size_t(m.round - 1);
        auto held = m_liveByRequest.value(m.requestId, {-1, -1});
        if (held[i] < 0)
            held[i] = index;
        m_liveByRequest.insert(m.requestId, held);
        m_liveByOffer[m.offerId][i] << index;
    }
}

const ProxyPerson *ProxyBoard::request(const QString &id) const
{
    const auto it = m_requestIndex.constFind(id);
    return it == m_requestIndex.cend() ? nullptr : &m_requests.at(*it);
}

const ProxyPerson *ProxyBoard::offer(const QString &id) const
{
    const auto it = m_offerIndex.constFind(id);
    return it == m_offerIndex.cend() ? nullptr : &m_offers.at(*it);
}

const ProxyMatchRecord *ProxyBoard::match(const QString &id) const
{
    const auto it = m_matchIndex.constFind(id);
    return it == m_matchIndex.cend() ? nullptr : &m_matches.at(*it);
}

const ProxyMatchRecord *ProxyBoard::liveMatch(const QString &requestId, int round) const
{
    if (round != 1 && round != 2)
        return nullptr;
    const auto it = m_liveByRequest.constFind(requestId);
    if (it == m_liveByRequest.cend() || (*it)[std::size_t(round - 1)] < 0)
        return nullptr;
    return &m_matches.at((*it)[std::size_t(round - 1)]);
}

QList<const ProxyMatchRecord *> ProxyBoard::liveMatchesOf(const QString &offerId, int round) const
{
    QList<const ProxyMatchRecord *> out;
    const auto it = m_liveByOffer.constFind(offerId);
    if (it == m_liveByOffer.cend() || (round != 1 && round != 2))
        return out;
    for (const qsizetype index : (*it)[std::size_t(round - 1)])
        out << &m_matches.at(index);
    return out;
}

int ProxyBoard::roundsNeeded(const ProxyPerson &request) const
{
    if (!request.isOpen())
        return 0;
    int rounds = request.rounds;
    for (int round = 1; round <= 2; ++round)
        if (liveMatch(request.id, round))
            rounds &= ~roundBit(round);
    return rounds;
}

std::array<int, 2> ProxyBoard::heldFrance(const QString &offerId) const
{
    std::array<int, 2> held{};
    for (int round = 1; round <= 2; ++round)
        for (const ProxyMatchRecord *m : liveMatchesOf(offerId, round)) {
            const ProxyPerson *r = request(m->requestId);
            if (!r || !r->abroad) // a request not in this replica counts as the stricter kind
                ++held[std::size_t(round - 1)];
        }
    return held;
}

std::array<int, 2> ProxyBoard::heldAbroad(const QString &offerId) const
{
    std::array<int, 2> held{};
    for (int round = 1; round <= 2; ++round)
        for (const ProxyMatchRecord *m : liveMatchesOf(offerId, round))
            if (const ProxyPerson *r = request(m->requestId); r && r->abroad)
                ++held[std::size_t(round - 1)];
    return held;
}

int ProxyBoard::placesLeft(const ProxyPerson &offer, int round, bool abroad) const
{
    if (!offer.isOpen() || (round != 1 && round != 2) || !(offer.rounds & roundBit(round)))
        return 0;
    const std::size_t i = std::size_t(round - 1);
    const int france = heldFrance(offer.id)[i];
    const int total = std::max(0, m_rules.maxTotal - france - heldAbroad(offer.id)[i]);
    return abroad ? total : std::max(0, std::min(m_rules.maxInFrance - france, total));
}

bool ProxyBoard::inZone(const ProxyPerson &person, const QString &zone)
{
    return zone.isEmpty() || person.zone == zone || ZoneTree::france().isWithin(person.zone, zone);
}

QStringList ProxyBoard::departments(const QString &zone) const
{
    QStringList out;
    for (const QList<ProxyPerson> *list : {&m_requests, &m_offers})
        for (const ProxyPerson &p : *list)
            if (!p.zone.isEmpty() && inZone(p, zone) && !out.contains(p.zone))
                out << p.zone;
    std::sort(out.begin(), out.end());
    return out;
}

MatchRequest ProxyBoard::toMatchRequest(const ProxyPerson &request) const
{
    MatchRequest r;
    r.id = request.id;
    r.personId = request.contactId;
    r.department = request.zone;
    r.commune = request.communeCode;
    r.pollingStation = request.pollingStation;
    r.abroad = request.abroad;
    r.rounds = roundsNeeded(request);
    // Both rounds with the same mandataire when possible: the offer that already holds the other round.
    for (int round = 1; round <= 2; ++round)
        if ((r.rounds & roundBit(round)) && (request.rounds & roundBit(3 - round)))
            if (const ProxyMatchRecord *other = liveMatch(request.id, 3 - round))
                r.partnerOfferId = other->offerId;
    return r;
}

MatchOffer ProxyBoard::toMatchOffer(const ProxyPerson &offer) const
{
    MatchOffer o;
    o.id = offer.id;
    o.personId = offer.contactId;
    o.department = offer.zone;
    o.commune = offer.communeCode;
    o.pollingStation = offer.pollingStation;
    o.rounds = offer.isOpen() ? offer.rounds : 0;
    o.heldFrance = heldFrance(offer.id);
    o.heldAbroad = heldAbroad(offer.id);
    return o;
}

void ProxyBoard::matchInput(const QString &zone, QList<MatchRequest> *requests, QList<MatchOffer> *offers) const
{
    requests->clear();
    offers->clear();
    for (const ProxyPerson &p : m_requests)
        if (p.isOpen() && inZone(p, zone))
            *requests << toMatchRequest(p);
    for (const ProxyPerson &p : m_offers)
        if (p.isOpen() && inZone(p, zone))
            *offers << toMatchOffer(p);
}

} // namespace relais
