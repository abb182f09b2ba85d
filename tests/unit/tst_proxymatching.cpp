// Proxy-vote matching (src/core): the L73 limits, held slots,
// self-matches, reasons, departments and rounds on hand-built cases; then a few hundred random instances checked
// with isLegal, against a maximum flow computed here on the uncompressed request-round × offer-round graph, against
// the greedy baseline and a brute force, and for determinism (same input, shuffled input, one or two threads).
#include "GreedyProxyMatcher.h"
#include "ProxyMatcher.h"
#include "ProxyMatching.h"
#include "ReferenceFlow.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <deque>
#include <functional>

using namespace relais;
using namespace relais::test;
using namespace Qt::StringLiterals;

namespace {

MatchRequest request(const QString &id, const QString &station, const QString &commune, int rounds = BothRounds)
{
    MatchRequest r;
    r.id = id;
    r.department = u"69"_s;
    r.commune = commune;
    r.pollingStation = station;
    r.rounds = rounds;
    return r;
}

MatchRequest abroadRequest(const QString &id, const QString &station, const QString &commune, int rounds = BothRounds)
{
    MatchRequest r = request(id, station, commune, rounds);
    r.abroad = true;
    return r;
}

MatchOffer offer(const QString &id, const QString &station, const QString &commune, int rounds = BothRounds)
{
    MatchOffer o;
    o.id = id;
    o.department = u"69"_s;
    o.commune = commune;
    o.pollingStation = station;
    o.rounds = rounds;
    return o;
}

/// "request>offer@round:reason" for each suggestion, in the result's order.
QStringList pairs(const MatchResult &result)
{
    QStringList out;
    for (const MatchSuggestion &s : result.suggestions)
        out << u"%1>%2@%3:%4"_s.arg(s.requestId, s.offerId).arg(s.round).arg(matchReasonKey(s.reason));
    return out;
}

MatchResult optimal(const QList<MatchRequest> &requests, const QList<MatchOffer> &offers, const ProxyRules &rules = {})
{
    return ProxyMatcher(rules).match(requests, offers);
}

MatchResult greedy(const QList<MatchRequest> &requests, const QList<MatchOffer> &offers, const ProxyRules &rules = {})
{
    return GreedyProxyMatcher(rules).match(requests, offers);
}

// ---- References written here, sharing nothing with src/core but the input types --------------------------------

/// The proximity cost of a pair (0 station, 1 commune, 2 department), or -1 when they may not be matched.
int referenceCost(const MatchRequest &r, const MatchOffer &o)
{
    const QString department = r.department.trimmed();
    if (department.isEmpty() || department != o.department.trimmed())
        return -1;
    if (!r.personId.isEmpty() && r.personId == o.personId)
        return -1;
    const QString station = r.pollingStation.trimmed().toCaseFolded();
    if (!station.isEmpty() && station == o.pollingStation.trimmed().toCaseFolded())
        return 0;
    if (!r.commune.trimmed().isEmpty() && r.commune.trimmed() == o.commune.trimmed())
        return 1;
    return 2;
}

int franceRoom(const ProxyRules &rules, const MatchOffer &o, int i)
{
    return std::max(0, rules.maxInFrance - o.heldFrance[std::size_t(i)]);
}

int totalRoom(const ProxyRules &rules, const MatchOffer &o, int i)
{
    return std::max(0, rules.maxTotal - o.heldFrance[std::size_t(i)] - o.heldAbroad[std::size_t(i)]);
}

/// Edmonds-Karp on an explicit graph.
class PlainMaxFlow
{
public:
    int node()
    {
        m_adjacent.emplace_back();
        return int(m_adjacent.size()) - 1;
    }
    void edge(int from, int to, int capacity)
    {
        m_adjacent[std::size_t(from)].push_back(int(m_edges.size()));
        m_edges.push_back({to, capacity});
        m_adjacent[std::size_t(to)].push_back(int(m_edges.size()));
        m_edges.push_back({from, 0});
    }
    int maxFlow(int source, int sink)
    {
        int total = 0;
        for (;;) {
            std::vector<int> via(m_adjacent.size(), -1);
            std::deque<int> queue{source};
            while (!queue.empty() && via[std::size_t(sink)] < 0) {
                const int u = queue.front();
                queue.pop_front();
                for (int e : m_adjacent[std::size_t(u)]) {
                    const int v = m_edges[std::size_t(e)].to;
                    if (m_edges[std::size_t(e)].capacity > 0 && via[std::size_t(v)] < 0 && v != source) {
                        via[std::size_t(v)] = e;
                        queue.push_back(v);
                    }
                }
            }
            if (via[std::size_t(sink)] < 0)
                return total;
            int push = std::numeric_limits<int>::max();
            for (int v = sink; v != source; v = m_edges[std::size_t(via[std::size_t(v)] ^ 1)].to)
                push = std::min(push, m_edges[std::size_t(via[std::size_t(v)])].capacity);
            for (int v = sink; v != source; v = m_edges[std::size_t(via[std::size_t(v)] ^ 1)].to) {
                m_edges[std::size_t(via[std::size_t(v)])].capacity -= push;
                m_edges[std::size_t(via[std::size_t(v)] ^ 1)].capacity += push;
            }
            total += push;
        }
    }

private:
    struct Edge {
        int to;
        int capacity;
    };
    std::vector<Edge> m_edges;
    std::vector<std::vector<int>> m_adjacent;
};

/// The most request-rounds any legal answer serves: one node per request-round, one edge per eligible
/// (request-round, offer-round) pair, the offer's France and total limits per round.
int maxFlowBound(const ProxyRules &rules, const QList<MatchRequest> &requests, const QList<MatchOffer> &offers)
{
    PlainMaxFlow g;
    const int source = g.node();
    const int sink = g.node();
    std::vector<std::array<int, 2>> franceNode(std::size_t(offers.size()));
    std::vector<std::array<int, 2>> totalNode(std::size_t(offers.size()));
    for (qsizetype j = 0; j < offers.size(); ++j) {
        for (int i = 0; i < 2; ++i) {
            const int total = g.node();
            const int france = g.node();
            g.edge(france, total, franceRoom(rules, offers[j], i));
            g.edge(total, sink, totalRoom(rules, offers[j], i));
            franceNode[std::size_t(j)][std::size_t(i)] = france;
            totalNode[std::size_t(j)][std::size_t(i)] = total;
        }
    }
    for (const MatchRequest &r : requests) {
        for (int i = 0; i < 2; ++i) {
            if (!(r.rounds & (1 << i)))
                continue;
            const int slot = g.node();
            g.edge(source, slot, 1);
            for (qsizetype j = 0; j < offers.size(); ++j) {
                if ((offers[j].rounds & (1 << i)) && referenceCost(r, offers[j]) >= 0)
                    g.edge(slot, (r.abroad ? totalNode : franceNode)[std::size_t(j)][std::size_t(i)], 1);
            }
        }
    }
    return g.maxFlow(source, sink);
}

struct Best {
    int served = -1;
    int cost = 0;
};

/// Every legal answer for one round (index i), the best kept: most served, then lowest cost.
Best bruteForce(const ProxyRules &rules, const QList<MatchRequest> &requests, const QList<MatchOffer> &offers, int i)
{
    std::vector<int> france(std::size_t(offers.size()));
    std::vector<int> total(std::size_t(offers.size()));
    for (qsizetype j = 0; j < offers.size(); ++j) {
        france[std::size_t(j)] = franceRoom(rules, offers[j], i);
        total[std::size_t(j)] = totalRoom(rules, offers[j], i);
    }
    Best best;
    std::function<void(qsizetype, int, int)> visit = [&](qsizetype k, int served, int cost) {
        if (k == requests.size()) {
            if (served > best.served || (served == best.served && cost < best.cost))
                best = {served, cost};
            return;
        }
        visit(k + 1, served, cost);
        const MatchRequest &r = requests[k];
        if (!(r.rounds & (1 << i)))
            return;
        for (qsizetype j = 0; j < offers.size(); ++j) {
            const std::size_t o = std::size_t(j);
            const int c = referenceCost(r, offers[j]);
            if (c < 0 || !(offers[j].rounds & (1 << i)) || total[o] == 0 || (!r.abroad && france[o] == 0))
                continue;
            --total[o];
            france[o] -= r.abroad ? 0 : 1;
            visit(k + 1, served + 1, cost + c);
            ++total[o];
            france[o] += r.abroad ? 0 : 1;
        }
    };
    visit(0, 0, 0);
    return best;
}

Best perRound(const MatchResult &result, int round)
{
    Best b{0, 0};
    for (const MatchSuggestion &s : result.suggestions) {
        if (s.round == round) {
            ++b.served;
            b.cost += s.cost;
        }
    }
    return b;
}

struct Instance {
    ProxyRules rules;
    QList<MatchRequest> requests;
    QList<MatchOffer> offers;
};

/// A small random input: one or two departments, a few communes and polling stations (spelt with stray spaces
/// and case now and then), people on both sides, requests from abroad, held slots (some beyond the rules),
/// partners, and odd rules now and then.
Instance randomInstance(QRandomGenerator &rng, int maxRequests, int maxOffers)
{
    Instance in;
    if (rng.bounded(4) == 0)
        in.rules = {int(rng.bounded(4)), int(rng.bounded(3))};
    const int departments = 1 + int(rng.bounded(2));
    const int communes = 1 + int(rng.bounded(3));
    const int persons = 2 + int(rng.bounded(6));
    const auto place = [&](auto &x) {
        const int d = int(rng.bounded(departments));
        const int c = int(rng.bounded(communes));
        x.department = rng.bounded(10) == 0 ? u" 0%1"_s.arg(d) : u"0%1"_s.arg(d);
        x.commune = rng.bounded(12) == 0 ? QString() : u"0%1%2"_s.arg(d).arg(c, 3, 10, QLatin1Char('0'));
        const int s = int(rng.bounded(3));
        x.pollingStation = s == 2 ? QString() : u"%1 b%2"_s.arg(d).arg(c * 2 + s);
        if (rng.bounded(6) == 0)
            x.pollingStation = x.pollingStation.toUpper() + u" "_s;
        x.personId = rng.bounded(2) == 0 ? u"p%1"_s.arg(rng.bounded(persons)) : QString();
    };
    const int offers = int(rng.bounded(maxOffers + 1));
    for (int j = 0; j < offers; ++j) {
        MatchOffer o;
        o.id = u"o%1"_s.arg(j);
        place(o);
        o.rounds = rng.bounded(10) == 0 ? 0 : 1 + int(rng.bounded(3));
        for (std::size_t i = 0; i < 2; ++i) {
            if (rng.bounded(4) == 0)
                o.heldFrance[i] = int(rng.bounded(3));
            if (rng.bounded(5) == 0)
                o.heldAbroad[i] = int(rng.bounded(2));
        }
        in.offers << o;
    }
    const int requests = int(rng.bounded(maxRequests + 1));
    for (int k = 0; k < requests; ++k) {
        MatchRequest r;
        r.id = u"r%1"_s.arg(k);
        place(r);
        r.abroad = rng.bounded(5) == 0;
        r.rounds = rng.bounded(12) == 0 ? 0 : 1 + int(rng.bounded(3));
        if (r.rounds != BothRounds && offers > 0 && rng.bounded(4) == 0)
            r.partnerOfferId = u"o%1"_s.arg(rng.bounded(offers));
        in.requests << r;
    }
    return in;
}

template<typename T>
QList<T> shuffled(QList<T> list, QRandomGenerator &rng)
{
    std::shuffle(list.begin(), list.end(), rng);
    return list;
}


/// The most request-rounds served in round index i and the lowest proximity cost among such answers, by min-cost
/// max-flow on the uncompressed graph (one node per request, one edge per eligible request × offer pair).
std::pair<qint64, qint64> referenceRound(const ProxyRules &rules, const QList<MatchRequest> &requests,
                                         const QList<MatchOffer> &offers, int i)
{
    std::vector<Arc> arcs;
    int nodes = 2; // source 0, sink 1
    std::vector<std::array<int, 2>> entry(std::size_t(offers.size()), {-1, -1}); // France node, total node
    for (qsizetype j = 0; j < offers.size(); ++j) {
        if (!(offers[j].rounds & (1 << i)))
            continue;
        const int france = nodes++;
        const int total = nodes++;
        arcs.push_back({france, total, franceRoom(rules, offers[j], i), 0});
        arcs.push_back({total, 1, totalRoom(rules, offers[j], i), 0});
        entry[std::size_t(j)] = {france, total};
    }
    for (const MatchRequest &r : requests) {
        if (!(r.rounds & (1 << i)))
            continue;
        const int node = nodes++;
        arcs.push_back({0, node, 1, 0});
        for (qsizetype j = 0; j < offers.size(); ++j) {
            const int c = referenceCost(r, offers[j]);
            if (c >= 0 && entry[std::size_t(j)][0] >= 0)
                arcs.push_back({node, entry[std::size_t(j)][r.abroad ? 1 : 0], 1, c});
        }
    }
    return referenceMinCostFlow(nodes, arcs, 0, 1);
}

} // namespace

namespace relais {
/// How QCOMPARE prints a suggestion.
char *toString(const MatchSuggestion &s)
{
    return QTest::toString(u"%1>%2@%3:%4(%5)"_s.arg(s.requestId, s.offerId).arg(s.round).arg(matchReasonKey(s.reason)).arg(s.cost));
}
} // namespace relais

class TestProxyMatching : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- Hand-built cases -----------------------------------------------------------------------------------------

    void franceLimitOfL73()
    {
        // One offer at the station, three requests from France and two from abroad, round 1 only.
        const QList<MatchRequest> requests{request(u"f1"_s, u"S1"_s, u"69123"_s, 1), request(u"f2"_s, u"S1"_s, u"69123"_s, 1),
                                           request(u"f3"_s, u"S1"_s, u"69123"_s, 1), abroadRequest(u"x1"_s, u"S1"_s, u"69123"_s, 1),
                                           abroadRequest(u"x2"_s, u"S1"_s, u"69123"_s, 1)};
        const QList<MatchOffer> offers{offer(u"o"_s, u"S1"_s, u"69123"_s, 1)};
        for (const MatchResult &r : {optimal(requests, offers), greedy(requests, offers)}) {
            QCOMPARE(r.slotsServed, 2);
            int france = 0;
            for (const MatchSuggestion &s : r.suggestions)
                france += s.requestId.startsWith(u'f') ? 1 : 0;
            QVERIFY(france <= 1);
            QCOMPARE(isLegal({}, requests, offers, r.suggestions), QString());
        }
        // Requests from France only: one of them.
        QCOMPARE(optimal(requests.mid(0, 3), offers).slotsServed, 1);
        QCOMPARE(greedy(requests.mid(0, 3), offers).slotsServed, 1);
        // One from France and one from abroad both fit.
        const QList<MatchRequest> mixed{requests.at(0), requests.at(3)};
        QCOMPARE(optimal(mixed, offers).slotsServed, 2);
        // The limits are the election's: three in all, two of them in France.
        const ProxyRules wider{3, 2};
        const MatchResult r = optimal(requests, offers, wider);
        QCOMPARE(r.slotsServed, 3);
        QCOMPARE(isLegal(wider, requests, offers, r.suggestions), QString());
        QVERIFY(!isLegal({}, requests, offers, r.suggestions).isEmpty());
        // A France-only slot count of zero leaves only the abroad requests.
        const ProxyRules abroadOnly{1, 0};
        QCOMPARE(pairs(optimal(requests, offers, abroadOnly)), QStringList{u"x1>o@1:same_polling_station"_s});
    }

    void heldSlotsRespected()
    {
        MatchOffer o = offer(u"o"_s, u"S1"_s, u"69123"_s);
        o.heldFrance = {1, 1};
        o.heldAbroad = {0, 1};
        const QList<MatchRequest> requests{request(u"f1"_s, u"S1"_s, u"69123"_s), abroadRequest(u"x1"_s, u"S1"_s, u"69123"_s)};
        // Round 1: its France place is taken, one abroad place is left; round 2: both places taken.
        const MatchResult r = optimal(requests, {o});
        QCOMPARE(pairs(r), QStringList{u"x1>o@1:same_polling_station"_s});
        QCOMPARE(pairs(greedy(requests, {o})), pairs(r));
        // Held beyond the rules in round 1 (an older election's limits): nothing more there, and no error.
        o.heldFrance = {3, 0};
        o.heldAbroad = {0, 0};
        QCOMPARE(pairs(optimal(requests, {o})), (QStringList{u"f1>o@2:same_polling_station"_s, u"x1>o@2:same_polling_station"_s}));
        QCOMPARE(optimal(requests, {o}).error, QString());
    }

    void selfMatchExcluded()
    {
        MatchRequest mine = request(u"a"_s, u"S1"_s, u"69123"_s, 1);
        mine.personId = u"person-1"_s;
        MatchOffer own = offer(u"own"_s, u"S1"_s, u"69123"_s, 1);
        own.personId = u"person-1"_s;
        // Their own offer is the only one: nothing, with either matcher.
        QCOMPARE(optimal({mine}, {own}).slotsServed, 0);
        QCOMPARE(greedy({mine}, {own}).slotsServed, 0);
        // Another offer far away in the department; a neighbour at the same station. Excluding the self-match after
        // the fact would lose a slot: the exact answer serves both, the neighbour by the own offer.
        const MatchRequest neighbour = request(u"b"_s, u"S1"_s, u"69123"_s, 1);
        const MatchOffer far = offer(u"far"_s, u"S9"_s, u"69999"_s, 1);
        const MatchResult r = optimal({mine, neighbour}, {own, far});
        QCOMPARE(pairs(r), (QStringList{u"a>far@1:same_department"_s, u"b>own@1:same_polling_station"_s}));
        QCOMPARE(isLegal({}, {mine, neighbour}, {own, far}, r.suggestions), QString());
        // Two such persons at one station: each holds the other's procuration.
        MatchRequest theirs = request(u"c"_s, u"S1"_s, u"69123"_s, 1);
        theirs.personId = u"person-2"_s;
        MatchOffer other = offer(u"other"_s, u"S1"_s, u"69123"_s, 1);
        other.personId = u"person-2"_s;
        QCOMPARE(pairs(optimal({mine, theirs}, {own, other})),
                 (QStringList{u"a>other@1:same_polling_station"_s, u"c>own@1:same_polling_station"_s}));
    }

    void reasonsAndKeys()
    {
        QCOMPARE(matchReasonKey(MatchReason::SamePollingStation), u"same_polling_station"_s);
        QCOMPARE(matchReasonKey(MatchReason::SameCommune), u"same_commune"_s);
        QCOMPARE(matchReasonKey(MatchReason::SameDepartment), u"same_department"_s);
        // Stations compare trimmed and case-folded; communes by code.
        const QList<MatchRequest> requests{request(u"a"_s, u" bureau 12 "_s, u"69123"_s, 1), request(u"b"_s, u"B7"_s, u"69123"_s, 1),
                                           request(u"c"_s, u"C1"_s, u"69266"_s, 1), request(u"d"_s, QString(), QString(), 1)};
        const QList<MatchOffer> offers{offer(u"o1"_s, u"Bureau 12"_s, u"69123"_s, 1), offer(u"o2"_s, u"B8"_s, u"69123"_s, 1),
                                       offer(u"o3"_s, u"Z"_s, u"69001"_s, 1), offer(u"o4"_s, QString(), QString(), 1)};
        const MatchResult r = optimal(requests, offers);
        QCOMPARE(r.slotsServed, 4);
        const QStringList got = pairs(r);
        QCOMPARE(got.at(0), u"a>o1@1:same_polling_station"_s);
        QCOMPARE(got.at(1), u"b>o2@1:same_commune"_s);
        QVERIFY(got.at(2).endsWith(u":same_department"_s));
        QVERIFY(got.at(3).endsWith(u":same_department"_s)); // empty places never make a station or commune
        QCOMPARE(r.totalCost, qint64(0 + 1 + 2 + 2));
        QCOMPARE(r.suggestions.at(1).cost, matchReasonCost(MatchReason::SameCommune));
    }

    void neverAcrossDepartments()
    {
        MatchRequest lyon = request(u"a"_s, u"S1"_s, u"12345"_s);
        MatchOffer paris = offer(u"o"_s, u"S1"_s, u"12345"_s); // same station and commune text, other department
        paris.department = u"75"_s;
        QCOMPARE(optimal({lyon}, {paris}).slotsServed, 0);
        QCOMPARE(greedy({lyon}, {paris}).slotsServed, 0);
        lyon.department.clear();
        paris.department.clear();
        QCOMPARE(optimal({lyon}, {paris}).slotsServed, 0); // no department: never matched
        QCOMPARE(optimal({lyon}, {paris}).slotsWanted, 2);
        // Untrimmed codes are the same department.
        lyon.department = u" 75"_s;
        paris.department = u"75 "_s;
        QCOMPARE(optimal({lyon}, {paris}).slotsServed, 2);
    }

    void roundCoverage()
    {
        const QList<MatchRequest> requests{request(u"r1"_s, u"S"_s, u"c"_s, 1), request(u"r2"_s, u"S"_s, u"c"_s, 2),
                                           request(u"none"_s, u"S"_s, u"c"_s, 0)};
        const QList<MatchOffer> offers{offer(u"first"_s, u"S"_s, u"c"_s, 1), offer(u"second"_s, u"S"_s, u"c"_s, 2)};
        const QStringList expected{u"r1>first@1:same_polling_station"_s, u"r2>second@2:same_polling_station"_s};
        const MatchResult r = optimal(requests, offers);
        QCOMPARE(pairs(r), expected);
        QCOMPARE(pairs(greedy(requests, offers)), expected);
        QCOMPARE(r.slotsWanted, 2);
        QCOMPARE(r.requestsWanted, 2);
        QCOMPARE(r.requestsFullyServed, 2);
    }

    void bothRoundsToTheSameMandataire()
    {
        // "a" (round 1 only, lower id) and "b" (both rounds) at the station; greedy gives "r" two mandataires.
        const QList<MatchRequest> requests{request(u"r"_s, u"S"_s, u"c"_s)};
        const QList<MatchOffer> offers{offer(u"a"_s, u"S"_s, u"c"_s, 1), offer(u"b"_s, u"S"_s, u"c"_s)};
        const MatchResult r = optimal(requests, offers);
        QCOMPARE(pairs(r), (QStringList{u"r>b@1:same_polling_station"_s, u"r>b@2:same_polling_station"_s}));
        QCOMPARE(r.sameMandataire, 1);
        QCOMPARE(greedy(requests, offers).sameMandataire, 0);

        // Two both-round requests, two both-round offers: each keeps one mandataire.
        const QList<MatchRequest> two{request(u"r1"_s, u"S"_s, u"c"_s), request(u"r2"_s, u"S"_s, u"c"_s)};
        const QList<MatchOffer> twoOffers{offer(u"o1"_s, u"S"_s, u"c"_s), offer(u"o2"_s, u"S"_s, u"c"_s)};
        QCOMPARE(optimal(two, twoOffers).sameMandataire, 2);

        // Never at the expense of proximity: the round-2 mandataire at the station beats the round-1 one in the commune.
        const QList<MatchOffer> split{offer(u"commune"_s, u"T"_s, u"c"_s), offer(u"station"_s, u"S"_s, u"c"_s, 2)};
        QCOMPARE(pairs(optimal(requests, split)),
                 (QStringList{u"r>commune@1:same_commune"_s, u"r>station@2:same_polling_station"_s}));

        // Round 1 served earlier by "y": round 2 goes to "y" too, though "x" is as close and first by id.
        MatchRequest later = request(u"r"_s, u"S"_s, u"c"_s, 2);
        later.partnerOfferId = u"y"_s;
        const QList<MatchOffer> xy{offer(u"x"_s, u"S"_s, u"c"_s), offer(u"y"_s, u"S"_s, u"c"_s)};
        QCOMPARE(pairs(optimal({later}, xy)), QStringList{u"r>y@2:same_polling_station"_s});
        later.partnerOfferId.clear();
        QCOMPARE(pairs(optimal({later}, xy)), QStringList{u"r>x@2:same_polling_station"_s});
    }

    void roundTwoCompletesRequests()
    {
        // No one covers round 1; one round-2 place: it goes to "b", whom it serves fully, not to "a" (first by id).
        const QList<MatchRequest> requests{request(u"a"_s, u"S"_s, u"c"_s), request(u"b"_s, u"S"_s, u"c"_s, 2)};
        MatchOffer o = offer(u"o"_s, u"S"_s, u"c"_s, 2);
        o.heldAbroad = {0, 1};
        const MatchResult r = optimal(requests, {o});
        QCOMPARE(pairs(r), QStringList{u"b>o@2:same_polling_station"_s});
        QCOMPARE(r.requestsFullyServed, 1);
        QCOMPARE(greedy(requests, {o}).requestsFullyServed, 0);
    }

    void optimalBeatsGreedy()
    {
        // One place left in "only" (France or abroad), one in "z" (abroad only). Greedy gives "only" to "x" (first by
        // id) and has nothing left for "y", from France; the optimum sends "x" to "z".
        MatchOffer only = offer(u"only"_s, u"S1"_s, u"c"_s, 1);
        only.heldAbroad = {1, 0};
        MatchOffer z = offer(u"z"_s, u"S1"_s, u"c"_s, 1);
        z.heldFrance = {1, 0};
        const QList<MatchRequest> requests{abroadRequest(u"x"_s, u"S1"_s, u"c"_s, 1), request(u"y"_s, u"S1"_s, u"c"_s, 1)};
        QCOMPARE(pairs(greedy(requests, {only, z})), QStringList{u"x>only@1:same_polling_station"_s});
        QCOMPARE(pairs(optimal(requests, {only, z})),
                 (QStringList{u"x>z@1:same_polling_station"_s, u"y>only@1:same_polling_station"_s}));

        // As many served, closer: greedy gives "p" to "a" (same commune) and sends "b", at p's station, to the other
        // end of the department.
        const QList<MatchRequest> two{request(u"a"_s, u"S2"_s, u"c"_s, 1), request(u"b"_s, u"S1"_s, u"c"_s, 1)};
        const QList<MatchOffer> offers{offer(u"p"_s, u"S1"_s, u"c"_s, 1), offer(u"q"_s, u"S3"_s, u"d"_s, 1)};
        const MatchResult g = greedy(two, offers);
        const MatchResult r = optimal(two, offers);
        QCOMPARE(g.slotsServed, 2);
        QCOMPARE(g.totalCost, qint64(3));
        QCOMPARE(pairs(r), (QStringList{u"a>q@1:same_department"_s, u"b>p@1:same_polling_station"_s}));
        QCOMPARE(r.totalCost, qint64(2));
    }

    void badInputIsRefused()
    {
        MatchOffer negative = offer(u"o"_s, u"S"_s, u"c"_s);
        negative.heldAbroad = {0, -1};
        struct Case {
            QList<MatchRequest> requests;
            QList<MatchOffer> offers;
            QString mentions;
        };
        const QList<Case> cases{
            {{request(u"a"_s, u"S"_s, u"c"_s), request(u"a"_s, u"T"_s, u"c"_s)}, {}, u"request a appears twice"_s},
            {{request(QString(), u"S"_s, u"c"_s)}, {}, u"a request has no id"_s},
            {{request(u"a"_s, u"S"_s, u"c"_s, 4)}, {}, u"request a: rounds"_s},
            {{}, {offer(u"o"_s, u"S"_s, u"c"_s), offer(u"o"_s, u"S"_s, u"c"_s)}, u"offer o appears twice"_s},
            {{}, {negative}, u"must not be negative"_s},
        };
        for (const Case &c : cases) {
            for (const MatchResult &r : {optimal(c.requests, c.offers), greedy(c.requests, c.offers)}) {
                QVERIFY2(r.error.contains(c.mentions), qPrintable(c.mentions + u" / got: "_s + r.error));
                QVERIFY(r.suggestions.isEmpty());
            }
            QVERIFY(isLegal({}, c.requests, c.offers, {}).contains(c.mentions));
        }
        QVERIFY(optimal({}, {}, {-1, 1}).error.contains(u"must not be negative"_s));
    }

    void isLegalCatchesEachRule()
    {
        MatchRequest mine = request(u"a"_s, u"S"_s, u"c"_s);
        mine.personId = u"p"_s;
        const QList<MatchRequest> requests{mine, request(u"b"_s, u"S"_s, u"c"_s, 1), abroadRequest(u"x"_s, u"S"_s, u"c"_s, 1)};
        MatchOffer own = offer(u"own"_s, u"S"_s, u"c"_s);
        own.personId = u"p"_s;
        MatchOffer held = offer(u"held"_s, u"S"_s, u"c"_s, 1);
        held.heldAbroad = {1, 0};
        MatchOffer away = offer(u"away"_s, u"S"_s, u"c"_s);
        away.department = u"75"_s;
        const QList<MatchOffer> offers{offer(u"o"_s, u"S"_s, u"c"_s, 1), own, held, away, offer(u"far"_s, u"T"_s, u"d"_s)};
        const auto s = [](const QString &r, const QString &o, int round, MatchReason why = MatchReason::SamePollingStation) {
            return MatchSuggestion{r, o, round, why, matchReasonCost(why)};
        };
        QCOMPARE(isLegal({}, requests, offers, {s(u"b"_s, u"o"_s, 1), s(u"x"_s, u"o"_s, 1)}), QString());
        const QList<std::pair<QList<MatchSuggestion>, QString>> cases{
            {{s(u"zz"_s, u"o"_s, 1)}, u"unknown request"_s},
            {{s(u"b"_s, u"zz"_s, 1)}, u"unknown offer"_s},
            {{s(u"b"_s, u"o"_s, 3)}, u"round must be 1 or 2"_s},
            {{s(u"b"_s, u"far"_s, 2, MatchReason::SameDepartment)}, u"does not need this round"_s},
            {{s(u"a"_s, u"o"_s, 2)}, u"does not cover this round"_s},
            {{s(u"a"_s, u"away"_s, 1)}, u"not in the same department"_s},
            {{s(u"a"_s, u"own"_s, 1)}, u"same person"_s},
            {{s(u"a"_s, u"far"_s, 1)}, u"the reason should be same_department"_s},
            {{MatchSuggestion{u"a"_s, u"far"_s, 1, MatchReason::SameDepartment, 0}}, u"the cost should be 2"_s},
            {{s(u"b"_s, u"o"_s, 1), s(u"b"_s, u"far"_s, 1, MatchReason::SameDepartment)}, u"already served"_s},
            {{s(u"a"_s, u"o"_s, 1), s(u"b"_s, u"o"_s, 1)}, u"established in France"_s},
            {{s(u"b"_s, u"held"_s, 1), s(u"x"_s, u"held"_s, 1)}, u"3 procurations (held 1, at most 2)"_s},
        };
        for (const auto &[suggestions, mentions] : cases) {
            const QString error = isLegal({}, requests, offers, suggestions);
            QVERIFY2(error.contains(mentions), qPrintable(mentions + u" / got: "_s + error));
        }
        // The rules are the election's: three in all makes the last case legal.
        QCOMPARE(isLegal({3, 1}, requests, offers, {s(u"b"_s, u"held"_s, 1), s(u"x"_s, u"held"_s, 1)}), QString());
        // An offer already over the France limit (held under other rules) may still take one from abroad if its
        // total allows.
        QList<MatchOffer> over = offers;
        over[0].heldFrance = {2, 0};
        QCOMPARE(isLegal({3, 1}, requests, over, {s(u"x"_s, u"o"_s, 1)}), QString());
        QVERIFY(isLegal({3, 1}, requests, over, {s(u"b"_s, u"o"_s, 1)}).contains(u"established in France"_s));
        QVERIFY(isLegal({}, requests, over, {s(u"x"_s, u"o"_s, 1)}).contains(u"3 procurations (held 2, at most 2)"_s));
    }

    // ---- Properties on random instances ---------------------------------------------------------------------------

    void randomInstancesAgainstBoundsAndGreedy()
    {
        QRandomGenerator rng(73);
        int gains = 0;
        int cheaper = 0;
        for (int t = 0; t < 400; ++t) {
            const Instance in = randomInstance(rng, 14, 9);
            const MatchResult best = optimal(in.requests, in.offers, in.rules);
            const MatchResult base = greedy(in.requests, in.offers, in.rules);
            const QString context = u"instance %1"_s.arg(t);
            QVERIFY2(best.error.isEmpty(), qPrintable(best.error));
            QCOMPARE(isLegal(in.rules, in.requests, in.offers, best.suggestions), QString());
            QCOMPARE(isLegal(in.rules, in.requests, in.offers, base.suggestions), QString());
            QCOMPARE(best.slotsServed, maxFlowBound(in.rules, in.requests, in.offers));
            QVERIFY2(best.slotsServed >= base.slotsServed, qPrintable(context));
            if (best.slotsServed == base.slotsServed)
                QVERIFY2(best.totalCost <= base.totalCost, qPrintable(context));
            gains += best.slotsServed > base.slotsServed ? 1 : 0;
            cheaper += best.slotsServed == base.slotsServed && best.totalCost < base.totalCost ? 1 : 0;
            QCOMPARE(best.slotsServed, int(best.suggestions.size()));
            QVERIFY(best.requestsFullyServed <= best.requestsWanted);
        }
        // The instances are hard enough for greedy to be beaten both ways.
        QVERIFY2(gains > 0, "greedy never served fewer slots");
        QVERIFY2(cheaper > 0, "greedy was never dearer");
    }

    void randomTinyInstancesAgainstBruteForce()
    {
        QRandomGenerator rng(1973);
        int contested = 0; // instances where some request-round had to go without, yet something was served at a cost
        for (int t = 0; t < 300; ++t) {
            const Instance in = randomInstance(rng, 6, 4);
            const MatchResult best = optimal(in.requests, in.offers, in.rules);
            contested += best.slotsServed < best.slotsWanted && best.totalCost > 0 ? 1 : 0;
            for (int round : {1, 2}) {
                const Best expected = bruteForce(in.rules, in.requests, in.offers, round - 1);
                const Best got = perRound(best, round);
                QVERIFY2(got.served == expected.served && got.cost == expected.cost,
                         qPrintable(u"instance %1 round %2: served %3 cost %4, brute force %5 cost %6"_s.arg(t).arg(round)
                                        .arg(got.served).arg(got.cost).arg(expected.served).arg(expected.cost)));
            }
        }
        QVERIFY2(contested >= 50, qPrintable(u"only %1 contested instances"_s.arg(contested)));
    }

    void randomInstancesAgainstMinCostReference()
    {
        // Larger instances, where the tie-breaks (same mandataire, completing requests) have many ways to tempt the
        // engine away from the closest answer: served and cost per round must still be exactly the optimum.
        QRandomGenerator rng(42);
        for (int t = 0; t < 150; ++t) {
            const Instance in = randomInstance(rng, 40, 16);
            const MatchResult best = optimal(in.requests, in.offers, in.rules);
            for (int round : {1, 2}) {
                const auto [served, cost] = referenceRound(in.rules, in.requests, in.offers, round - 1);
                const Best got = perRound(best, round);
                QVERIFY2(got.served == served && got.cost == cost,
                         qPrintable(u"instance %1 round %2: served %3 cost %4, reference %5 cost %6"_s.arg(t).arg(round)
                                        .arg(got.served).arg(got.cost).arg(served).arg(cost)));
            }
        }
    }

    void randomInstancesAreDeterministic()
    {
        QRandomGenerator rng(2027);
        for (int t = 0; t < 200; ++t) {
            const Instance in = randomInstance(rng, 30, 16);
            const MatchResult once = optimal(in.requests, in.offers, in.rules);
            const MatchResult again = optimal(in.requests, in.offers, in.rules);
            QCOMPARE(again.suggestions, once.suggestions);
            const QList<MatchRequest> requests = shuffled(in.requests, rng);
            const QList<MatchOffer> offers = shuffled(in.offers, rng);
            ProxyMatcher oneThread(in.rules);
            oneThread.setThreadCount(1);
            const MatchResult reordered = oneThread.match(requests, offers);
            QCOMPARE(reordered.suggestions, once.suggestions);
            QCOMPARE(reordered.sameMandataire, once.sameMandataire);
            QCOMPARE(reordered.requestsFullyServed, once.requestsFullyServed);
            QCOMPARE(greedy(requests, offers, in.rules).suggestions, greedy(in.requests, in.offers, in.rules).suggestions);
        }
    }
};

QTEST_GUILESS_MAIN(TestProxyMatching)
#include "tst_proxymatching.moc"
