#include "ProxyMatching.h"

#include <QHash>

#include <bit>
#include <unordered_set>

namespace relais {

namespace {

QString normalizedStation(const QString &station)
{
    return station.trimmed().toCaseFolded();
}

/// `key`'s number in `numbers`, a new one when it has none yet; -1 for an empty key. The table holds numbers + 1,
/// so that one lookup both finds and adds.
int number(QHash<QString, int> &numbers, const QString &key)
{
    if (key.isEmpty())
        return -1;
    int &n = numbers[key];
    if (n == 0)
        n = int(numbers.size());
    return n - 1;
}

} // namespace

QString matchReasonKey(MatchReason reason)
{
    switch (reason) {
    case MatchReason::SamePollingStation:
        return QStringLiteral("same_polling_station");
    case MatchReason::SameCommune:
        return QStringLiteral("same_commune");
    case MatchReason::SameDepartment:
        break;
    }
    return QStringLiteral("same_department");
}

int matchReasonCost(MatchReason reason)
{
    switch (reason) {
    case MatchReason::SamePollingStation:
        return 0;
    case MatchReason::SameCommune:
        return 1;
    case MatchReason::SameDepartment:
        break;
    }
    return 2;
}

std::optional<MatchReason> matchReason(const MatchRequest &request, const MatchOffer &offer)
{
    const QString department = request.department.trimmed();
    if (department.isEmpty() || department != offer.department.trimmed())
        return std::nullopt;
    const QString station = normalizedStation(request.pollingStation);
    if (!station.isEmpty() && station == normalizedStation(offer.pollingStation))
        return MatchReason::SamePollingStation;
    const QString commune = request.commune.trimmed();
    if (!commune.isEmpty() && commune == offer.commune.trimmed())
        return MatchReason::SameCommune;
    return MatchReason::SameDepartment;
}

QString checkMatchInput(const ProxyRules &rules, const QList<MatchRequest> &requests, const QList<MatchOffer> &offers)
{
    if (rules.maxTotal < 0 || rules.maxInFrance < 0)
        return QStringLiteral("the limits per mandataire must not be negative");
    std::unordered_set<QStringView> ids;
    ids.reserve(std::size_t(std::max(requests.size(), offers.size())));
    for (const MatchRequest &r : requests) {
        if (r.id.isEmpty())
            return QStringLiteral("a request has no id");
        if (!ids.insert(r.id).second)
            return QStringLiteral("request %1 appears twice").arg(r.id);
        if (r.rounds < 0 || r.rounds > BothRounds)
            return QStringLiteral("request %1: rounds must be 0 to 3 (round 1 = 1, round 2 = 2)").arg(r.id);
    }
    ids.clear();
    for (const MatchOffer &o : offers) {
        if (o.id.isEmpty())
            return QStringLiteral("an offer has no id");
        if (!ids.insert(o.id).second)
            return QStringLiteral("offer %1 appears twice").arg(o.id);
        if (o.rounds < 0 || o.rounds > BothRounds)
            return QStringLiteral("offer %1: rounds must be 0 to 3 (round 1 = 1, round 2 = 2)").arg(o.id);
        for (std::size_t i = 0; i < 2; ++i) {
            if (o.heldFrance[i] < 0 || o.heldAbroad[i] < 0)
                return QStringLiteral("offer %1: the procurations it holds must not be negative").arg(o.id);
        }
    }
    return {};
}

QString isLegal(const ProxyRules &rules, const QList<MatchRequest> &requests, const QList<MatchOffer> &offers,
                const QList<MatchSuggestion> &suggestions)
{
    const QString input = checkMatchInput(rules, requests, offers);
    if (!input.isEmpty())
        return QStringLiteral("bad input: ") + input;
    QHash<QString, const MatchRequest *> requestById;
    for (const MatchRequest &r : requests)
        requestById.insert(r.id, &r);
    QHash<QString, const MatchOffer *> offerById;
    for (const MatchOffer &o : offers)
        offerById.insert(o.id, &o);

    struct Given {
        std::array<int, 2> france{};
        std::array<int, 2> abroad{};
    };
    QHash<QString, Given> given;  // per offer id
    QHash<QString, int> served;   // per request id: rounds given
    for (const MatchSuggestion &s : suggestions) {
        const QString pair = QStringLiteral("request %1 / offer %2, round %3").arg(s.requestId, s.offerId).arg(s.round);
        if (s.round != 1 && s.round != 2)
            return pair + QStringLiteral(": the round must be 1 or 2");
        const MatchRequest *r = requestById.value(s.requestId);
        const MatchOffer *o = offerById.value(s.offerId);
        if (!r)
            return pair + QStringLiteral(": unknown request");
        if (!o)
            return pair + QStringLiteral(": unknown offer");
        if (!(r->rounds & roundBit(s.round)))
            return pair + QStringLiteral(": the request does not need this round");
        if (!(o->rounds & roundBit(s.round)))
            return pair + QStringLiteral(": the offer does not cover this round");
        const std::optional<MatchReason> reason = matchReason(*r, *o);
        if (!reason)
            return pair + QStringLiteral(": not in the same department");
        if (!r->personId.isEmpty() && r->personId == o->personId)
            return pair + QStringLiteral(": the same person on both sides");
        if (s.reason != *reason)
            return pair + QStringLiteral(": the reason should be %1, not %2").arg(matchReasonKey(*reason), matchReasonKey(s.reason));
        if (s.cost != matchReasonCost(*reason))
            return pair + QStringLiteral(": the cost should be %1, not %2").arg(matchReasonCost(*reason)).arg(s.cost);
        int &rounds = served[s.requestId];
        if (rounds & roundBit(s.round))
            return pair + QStringLiteral(": the request is already served in this round");
        rounds |= roundBit(s.round);
        Given &g = given[s.offerId];
        ++(r->abroad ? g.abroad : g.france)[std::size_t(s.round - 1)];
    }
    for (const MatchOffer &o : offers) {
        const auto it = given.constFind(o.id);
        if (it == given.cend())
            continue;
        for (std::size_t i = 0; i < 2; ++i) {
            const int france = it->france[i];
            const int abroad = it->abroad[i];
            if (france + abroad == 0)
                continue;
            if (france > 0 && o.heldFrance[i] + france > rules.maxInFrance)
                return QStringLiteral("offer %1, round %2: %3 procurations established in France (held %4, at most %5)")
                    .arg(o.id).arg(i + 1).arg(o.heldFrance[i] + france).arg(o.heldFrance[i]).arg(rules.maxInFrance);
            const int held = o.heldFrance[i] + o.heldAbroad[i];
            if (held + france + abroad > rules.maxTotal)
                return QStringLiteral("offer %1, round %2: %3 procurations (held %4, at most %5)")
                    .arg(o.id).arg(i + 1).arg(held + france + abroad).arg(held).arg(rules.maxTotal);
        }
    }
    return {};
}

std::vector<ProxyDepartment> ProxyDepartment::split(const QList<MatchRequest> &requests, const QList<MatchOffer> &offers)
{
    std::vector<ProxyDepartment> departments;
    QHash<QString, std::size_t> byCode;
    const auto department = [&](const QString &code) -> ProxyDepartment & {
        const auto it = byCode.constFind(code);
        if (it != byCode.cend())
            return departments[*it];
        byCode.insert(code, departments.size());
        departments.emplace_back().code = code;
        return departments.back();
    };
    for (const MatchRequest &r : requests) {
        const QString code = r.department.trimmed();
        if (!code.isEmpty())
            department(code).requests.push_back({&r});
    }
    for (const MatchOffer &o : offers) {
        const QString code = o.department.trimmed();
        if (!code.isEmpty())
            department(code).offers.push_back({&o});
    }
    std::sort(departments.begin(), departments.end(), [](const ProxyDepartment &a, const ProxyDepartment &b) { return a.code < b.code; });
    return departments;
}

void ProxyDepartment::prepare(const ProxyRules &rules)
{
    std::sort(requests.begin(), requests.end(), [](const Request &a, const Request &b) { return a.source->id < b.source->id; });
    std::sort(offers.begin(), offers.end(), [](const Offer &a, const Offer &b) { return a.source->id < b.source->id; });
    QHash<QString, int> stationNumbers;
    QHash<QString, int> communeNumbers;
    QHash<QString, int> personNumbers;
    stationNumbers.reserve(qsizetype(offers.size() + requests.size()));
    communeNumbers.reserve(qsizetype(offers.size() + requests.size()));
    personNumbers.reserve(qsizetype(offers.size()));
    for (std::size_t i = 0; i < offers.size(); ++i) {
        Offer &o = offers[i];
        const MatchOffer &source = *o.source;
        o.station = number(stationNumbers, normalizedStation(source.pollingStation));
        o.commune = number(communeNumbers, source.commune.trimmed());
        o.person = number(personNumbers, source.personId);
        for (std::size_t round = 0; round < 2; ++round) {
            if (!(source.rounds & (1 << round)))
                continue;
            o.totalLeft[round] = std::max(0, rules.maxTotal - source.heldFrance[round] - source.heldAbroad[round]);
            o.franceLeft[round] = std::max(0, std::min(rules.maxInFrance - source.heldFrance[round], o.totalLeft[round]));
        }
    }
    for (Request &r : requests) {
        const MatchRequest &source = *r.source;
        r.station = number(stationNumbers, normalizedStation(source.pollingStation));
        r.commune = number(communeNumbers, source.commune.trimmed());
        r.person = source.personId.isEmpty() ? -1 : personNumbers.value(source.personId) - 1;
        if (!source.partnerOfferId.isEmpty()) {
            const auto it = std::lower_bound(offers.begin(), offers.end(), source.partnerOfferId,
                                             [](const Offer &o, const QString &id) { return o.source->id < id; });
            if (it != offers.end() && it->source->id == source.partnerOfferId)
                r.partner = int(it - offers.begin());
        }
    }
    stations = int(stationNumbers.size());
    communes = int(communeNumbers.size());
    persons = int(personNumbers.size());
}

MatchResult ProxyDepartment::result(const ProxyAnswer &answer) const
{
    MatchResult result;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const int wanted = requests[i].source->rounds & BothRounds;
        if (wanted == 0)
            continue;
        ++result.requestsWanted;
        result.slotsWanted += std::popcount(unsigned(wanted));
        int given = 0;
        for (int round : {1, 2}) {
            const int offer = answer[i][std::size_t(round - 1)];
            if (offer < 0)
                continue;
            given |= roundBit(round);
            result.suggestions << suggestion(i, std::size_t(offer), round);
            result.totalCost += result.suggestions.back().cost;
        }
        if ((given & wanted) == wanted)
            ++result.requestsFullyServed;
        if (wanted == BothRounds && given == BothRounds && answer[i][0] == answer[i][1])
            ++result.sameMandataire;
    }
    result.slotsServed = int(result.suggestions.size());
    return result;
}

MatchResult ProxyDepartment::merge(const QList<MatchRequest> &requests, std::vector<MatchResult> parts)
{
    MatchResult all;
    qsizetype size = 0;
    for (const MatchResult &part : parts)
        size += part.suggestions.size();
    all.suggestions.reserve(size);
    for (MatchResult &part : parts) {
        all.suggestions += std::move(part.suggestions);
        all.slotsWanted += part.slotsWanted;
        all.slotsServed += part.slotsServed;
        all.requestsWanted += part.requestsWanted;
        all.requestsFullyServed += part.requestsFullyServed;
        all.sameMandataire += part.sameMandataire;
        all.totalCost += part.totalCost;
    }
    std::sort(all.suggestions.begin(), all.suggestions.end(), [](const MatchSuggestion &a, const MatchSuggestion &b) {
        const int byRequest = a.requestId.compare(b.requestId);
        return byRequest != 0 ? byRequest < 0 : a.round < b.round;
    });
    for (const MatchRequest &r : requests) {
        if ((r.rounds & BothRounds) != 0 && r.department.trimmed().isEmpty()) {
            ++all.requestsWanted;
            all.slotsWanted += std::popcount(unsigned(r.rounds & BothRounds));
        }
    }
    return all;
}

MatchSuggestion ProxyDepartment::suggestion(std::size_t request, std::size_t offer, int round) const
{
    const MatchReason why = reason(requests[request], offers[offer]);
    return {requests[request].source->id, offers[offer].source->id, round, why, matchReasonCost(why)};
}

} // namespace relais
