#include "ProxyMatcher.h"

#include "MinCostFlow.h"

#include <QHash>
#include <QThread>

#include <atomic>
#include <limits>
#include <numeric>
#include <thread>

namespace relais {

namespace {

constexpr qint64 Unlimited = std::numeric_limits<int>::max();

// Tie-breaks inside one proximity tier, lower is better (ProxyMatcher.h).
constexpr qint64 TiePartner = 0;
constexpr qint64 TieGood = 1;
constexpr qint64 TieOther = 2;
constexpr qint64 MaxTie = 2;

enum Kind { France = 0, Abroad = 1 };

constexpr MatchReason Tiers[] = {MatchReason::SamePollingStation, MatchReason::SameCommune, MatchReason::SameDepartment};

/// Requests that reach the same hubs at the same costs.
struct GroupKey {
    int station;
    int commune;
    int kind;
    bool flag;   ///< other round open: the request needs it too; other round known: serving it completes the request
    int partner; ///< the offer of its other round, or -1
    friend bool operator==(const GroupKey &, const GroupKey &) = default;
};

size_t qHash(const GroupKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.station, k.commune, k.kind, k.flag, k.partner);
}

/// Requests with the same key, in id order: m_members[first, first + count).
struct Group {
    GroupKey key;
    bool own; ///< a person who also offers here: kept away from their own offers (Hub::plain)
    int count = 0;
    int first = 0;
    int links = 0; ///< its edges: m_links[links, next group's links)
};

/// Where a group's edge goes: a hub or an offer.
struct Link {
    int edge;
    int hub = -1;
    int offer = -1;
};

/// "Every offer of this kind at this place" (a polling station, a commune, the department), split by whether the
/// offers can still take the kind in the other round (`pairs`) while that round is open. When some of its offers
/// belong to persons who also request here ("dual" offers), the hub feeds those directly and the others through a
/// plain sub-hub, which is where those persons' own requests enter (with one edge to each other dual offer).
struct Hub {
    int node;
    int plain = -1;  ///< the sub-hub without dual offers, if any
    int inflow = 0;  ///< requests sent through it: m_waiting[first, first + inflow), paired in order with its edges out
    int first = 0;
    int filled = 0;
    int used = 0;
};

/// An edge from a hub to an offer's node, or to its plain sub-hub.
struct HubEdge {
    int hub;
    int edge;
    int offer = -1;
    int toHub = -1;
};

/// One round of one department (ProxyMatcher.h): per request, the index of the offer serving it, or -1.
/// `other` is the other round's answer when it is known, else null: then the other round is still open and the
/// tie-break steers requests that need it towards offers that can take them there too.
class RoundSolver
{
public:
    RoundSolver(const ProxyDepartment &department, int round, const std::vector<int> *other)
        : m_dept(department)
        , m_round(round)
        , m_pairing(!other)
        , m_other(other)
    {
    }

    std::vector<int> solve()
    {
        std::vector<int> answer(m_dept.requests.size(), -1);
        std::vector<std::size_t> wanted;
        for (std::size_t i = 0; i < m_dept.requests.size(); ++i) {
            if (m_dept.requests[i].source->rounds & roundBit(m_round))
                wanted.push_back(i);
        }
        if (wanted.empty() || !addOffers())
            return answer;
        m_scale = MaxTie * qint64(wanted.size()) + 1;
        addGroups(wanted);
        addHubs();
        for (Group &g : m_groups)
            addEdges(g);
        m_net.solve(m_source, m_sink);
        shareOut(answer);
        return answer;
    }

private:
    qint64 cost(MatchReason tier, qint64 tieBreak) const { return matchReasonCost(tier) * m_scale + tieBreak; }

    /// Whether an offer can still take a request of this kind in the other round (while that one is open).
    bool pairs(const ProxyDepartment::Offer &o, int kind) const
    {
        return m_pairing && ProxyDepartment::left(o, 3 - m_round, kind == Abroad) > 0;
    }

    /// The tie-break of a non-partner edge. Other round open: whether the offer can take the request there too
    /// exactly when the request needs it (`flag`: it does). Other round known: whether serving the request
    /// completes it (`flag`).
    qint64 tie(bool flag, bool offerPairs) const
    {
        if (m_pairing)
            return flag == offerPairs ? TieGood : TieOther;
        return flag ? TieGood : TieOther;
    }

    static int place(MatchReason tier, int station, int commune)
    {
        return tier == MatchReason::SamePollingStation ? station : tier == MatchReason::SameCommune ? commune : 0;
    }
    /// Slot of a hub in m_hubAt / bit in m_demand.
    static int variant(int kind, bool pairs) { return kind * 2 + (pairs ? 1 : 0); }

    /// France node → total node → sink for every offer with room in this round; false when none has.
    bool addOffers()
    {
        const std::size_t r = std::size_t(m_round - 1);
        bool any = false;
        m_entry.assign(m_dept.offers.size(), {-1, -1});
        for (std::size_t o = 0; o < m_dept.offers.size(); ++o) {
            const ProxyDepartment::Offer &offer = m_dept.offers[o];
            if (offer.totalLeft[r] == 0)
                continue;
            any = true;
            const int total = m_net.addNode();
            m_net.addEdge(total, m_sink, offer.totalLeft[r], 0);
            m_entry[o][Abroad] = total;
            if (offer.franceLeft[r] > 0) {
                const int france = m_net.addNode();
                m_net.addEdge(france, total, offer.franceLeft[r], 0);
                m_entry[o][France] = france;
            }
        }
        return any;
    }

    /// Requests grouped by key, in id order; and which hubs they will look for.
    void addGroups(const std::vector<std::size_t> &wanted)
    {
        const std::size_t places[] = {std::size_t(m_dept.stations), std::size_t(m_dept.communes), 1};
        for (std::size_t t = 0; t < 3; ++t) {
            m_demand[t].assign(places[t], 0);
            m_hubAt[t].assign(places[t] * 4, -1);
        }
        QHash<GroupKey, int> groupIndex;
        std::vector<int> groupOf(wanted.size());
        const int otherBit = roundBit(3 - m_round);
        for (std::size_t w = 0; w < wanted.size(); ++w) {
            const std::size_t i = wanted[w];
            const ProxyDepartment::Request &q = m_dept.requests[i];
            const bool needsOther = q.source->rounds & otherBit;
            const int otherOffer = m_other ? (*m_other)[i] : -1;
            const GroupKey key{q.station, q.commune, q.source->abroad ? Abroad : France,
                               m_pairing ? needsOther : (!needsOther || otherOffer >= 0), needsOther ? otherOffer : q.partner};
            const bool own = q.person >= 0; // this person also offers here
            const auto it = own ? groupIndex.cend() : groupIndex.constFind(key);
            if (it != groupIndex.cend()) {
                groupOf[w] = *it;
                ++m_groups[std::size_t(*it)].count;
                continue;
            }
            groupOf[w] = int(m_groups.size());
            m_groups.push_back({key, own, 1});
            if (!own)
                groupIndex.insert(key, groupOf[w]);
            for (std::size_t t = 0; t < 3; ++t) {
                const int at = place(Tiers[t], key.station, key.commune);
                if (at >= 0)
                    m_demand[t][std::size_t(at)] |= quint8((1 << variant(key.kind, false)) | (m_pairing ? 1 << variant(key.kind, true) : 0));
            }
        }
        // Members laid out group after group, each group's in id order.
        int next = 0;
        for (Group &g : m_groups) {
            g.first = next;
            next += g.count;
        }
        m_members.resize(wanted.size());
        std::vector<int> filled(m_groups.size(), 0);
        for (std::size_t w = 0; w < wanted.size(); ++w) {
            Group &g = m_groups[std::size_t(groupOf[w])];
            m_members[std::size_t(g.first + filled[std::size_t(groupOf[w])]++)] = wanted[w];
        }
    }

    /// The hubs some group looks for, each feeding its offers (the dual ones directly, the others through the plain
    /// sub-hub when there are dual ones).
    void addHubs()
    {
        std::vector<bool> requesting(std::size_t(m_dept.persons), false);
        for (const ProxyDepartment::Request &q : m_dept.requests) {
            if (q.person >= 0)
                requesting[std::size_t(q.person)] = true;
        }
        const auto dual = [&](const ProxyDepartment::Offer &o) { return o.person >= 0 && requesting[std::size_t(o.person)]; };
        // Each (hub, offer) once, in offer order: first make the hubs and find the dual offers, then the edges.
        struct Member {
            int hub;
            std::size_t offer;
            int kind;
        };
        std::vector<Member> members;
        for (std::size_t o = 0; o < m_dept.offers.size(); ++o) {
            const ProxyDepartment::Offer &offer = m_dept.offers[o];
            for (int kind : {France, Abroad}) {
                if (m_entry[o][std::size_t(kind)] < 0)
                    continue;
                const int v = variant(kind, pairs(offer, kind));
                for (std::size_t t = 0; t < 3; ++t) {
                    const int at = place(Tiers[t], offer.station, offer.commune);
                    if (at < 0 || !(m_demand[t][std::size_t(at)] & (1 << v)))
                        continue;
                    int &h = m_hubAt[t][std::size_t(at) * 4 + std::size_t(v)];
                    if (h < 0) {
                        h = int(m_hubs.size());
                        m_hubs.push_back({m_net.addNode()});
                    }
                    members.push_back({h, o, kind});
                    if (dual(offer) && m_hubs[std::size_t(h)].plain < 0) {
                        const int plain = int(m_hubs.size());
                        m_hubs.push_back({m_net.addNode()});
                        m_hubs[std::size_t(h)].plain = plain;
                        m_hubEdges.push_back({h, m_net.addEdge(m_hubs[std::size_t(h)].node, m_hubs.back().node, Unlimited, 0), -1, plain});
                    }
                }
            }
        }
        for (const Member &m : members) {
            const bool isDual = dual(m_dept.offers[m.offer]);
            const int from = m_hubs[std::size_t(m.hub)].plain >= 0 && !isDual ? m_hubs[std::size_t(m.hub)].plain : m.hub;
            const int edge = m_net.addEdge(m_hubs[std::size_t(from)].node, m_entry[m.offer][std::size_t(m.kind)], Unlimited, 0);
            m_hubEdges.push_back({from, edge, int(m.offer)});
            if (isDual)
                m_duals.push_back({m.hub, m.offer});
        }
    }

    void addEdges(Group &g)
    {
        const ProxyDepartment::Request &q = m_dept.requests[m_members[std::size_t(g.first)]];
        const GroupKey &k = g.key;
        const int node = m_net.addNode();
        m_net.addEdge(m_source, node, g.count, 0);
        g.links = int(m_links.size());
        for (std::size_t t = 0; t < 3; ++t) {
            const int at = place(Tiers[t], k.station, k.commune);
            if (at < 0)
                continue;
            for (bool p : {false, true}) {
                const int h = m_hubAt[t][std::size_t(at) * 4 + std::size_t(variant(k.kind, p))];
                if (h < 0)
                    continue;
                const qint64 c = cost(Tiers[t], tie(k.flag, p));
                const int plain = m_hubs[std::size_t(h)].plain;
                if (!g.own || plain < 0) {
                    m_links.push_back({m_net.addEdge(node, m_hubs[std::size_t(h)].node, g.count, c), h, -1});
                    continue;
                }
                // A person who also offers: the hub's offers but the dual ones, then the dual ones not theirs.
                m_links.push_back({m_net.addEdge(node, m_hubs[std::size_t(plain)].node, g.count, c), plain, -1});
                for (const auto &[hub, o] : m_duals) {
                    if (hub == h && !ProxyDepartment::samePerson(q, m_dept.offers[o]))
                        m_links.push_back({m_net.addEdge(node, m_entry[o][std::size_t(k.kind)], g.count, c), -1, int(o)});
                }
            }
        }
        if (k.partner >= 0 && m_entry[std::size_t(k.partner)][std::size_t(k.kind)] >= 0
            && !ProxyDepartment::samePerson(q, m_dept.offers[std::size_t(k.partner)])) {
            const ProxyDepartment::Offer &partner = m_dept.offers[std::size_t(k.partner)];
            const int edge = m_net.addEdge(node, m_entry[std::size_t(k.partner)][std::size_t(k.kind)], g.count,
                                           cost(ProxyDepartment::reason(q, partner), TiePartner));
            m_links.push_back({edge, -1, k.partner});
        }
    }

    /// Turns the flow into one offer per request: a group's members in id order along its edges; what went into a
    /// hub on to its plain sub-hub, if any; then what each hub holds paired, in order, with what left it for offers.
    void shareOut(std::vector<int> &answer)
    {
        const auto eachLink = [&](auto &&visit) {
            for (std::size_t g = 0; g < m_groups.size(); ++g) {
                const int end = g + 1 < m_groups.size() ? m_groups[g + 1].links : int(m_links.size());
                int member = m_groups[g].first;
                for (int l = m_groups[g].links; l < end; ++l) {
                    const Link &link = m_links[std::size_t(l)];
                    for (qint64 n = m_net.flow(link.edge); n > 0; --n)
                        visit(link, m_members[std::size_t(member++)]);
                }
            }
        };
        eachLink([&](const Link &link, std::size_t) {
            if (link.hub >= 0)
                ++m_hubs[std::size_t(link.hub)].inflow;
        });
        for (const HubEdge &e : m_hubEdges) {
            if (e.toHub >= 0)
                m_hubs[std::size_t(e.toHub)].inflow += int(m_net.flow(e.edge));
        }
        int next = 0;
        for (Hub &h : m_hubs) {
            h.first = next;
            next += h.inflow;
        }
        m_waiting.resize(std::size_t(next));
        const auto wait = [&](Hub &h, std::size_t request) { m_waiting[std::size_t(h.first + h.filled++)] = request; };
        const auto take = [&](Hub &h) { return m_waiting[std::size_t(h.first + h.used++)]; };
        eachLink([&](const Link &link, std::size_t request) {
            if (link.offer >= 0)
                answer[request] = link.offer;
            else
                wait(m_hubs[std::size_t(link.hub)], request);
        });
        for (const HubEdge &e : m_hubEdges) {
            for (qint64 n = e.toHub >= 0 ? m_net.flow(e.edge) : 0; n > 0; --n)
                wait(m_hubs[std::size_t(e.toHub)], take(m_hubs[std::size_t(e.hub)]));
        }
        for (const HubEdge &e : m_hubEdges) {
            for (qint64 n = e.offer >= 0 ? m_net.flow(e.edge) : 0; n > 0; --n)
                answer[take(m_hubs[std::size_t(e.hub)])] = e.offer;
        }
    }

    const ProxyDepartment &m_dept;
    const int m_round;
    const bool m_pairing;
    const std::vector<int> *m_other;
    MinCostFlow m_net;
    const int m_source = m_net.addNode();
    const int m_sink = m_net.addNode();
    qint64 m_scale = 1;
    std::vector<std::array<int, 2>> m_entry;        ///< per offer and kind: the node requests of that kind enter, or -1
    std::array<std::vector<quint8>, 3> m_demand;    ///< per tier and place: the hub variants some group looks for
    std::array<std::vector<int>, 3> m_hubAt;        ///< per tier, place and variant: index in m_hubs, or -1
    std::vector<Hub> m_hubs;
    std::vector<HubEdge> m_hubEdges;
    std::vector<std::pair<int, std::size_t>> m_duals; ///< (hub, offer) for the dual offers of each hub
    std::vector<Group> m_groups;
    std::vector<std::size_t> m_members; ///< request indices, group after group
    std::vector<Link> m_links;          ///< the groups' edges, group after group
    std::vector<std::size_t> m_waiting; ///< requests sent through the hubs, hub after hub
};

MatchResult solveDepartment(ProxyDepartment &d, const ProxyRules &rules)
{
    d.prepare(rules);
    const std::vector<int> first = RoundSolver(d, 1, nullptr).solve();
    const std::vector<int> second = RoundSolver(d, 2, &first).solve();
    ProxyAnswer answer(d.requests.size());
    for (std::size_t i = 0; i < answer.size(); ++i)
        answer[i] = {first[i], second[i]};
    return d.result(answer);
}

} // namespace

ProxyMatcher::ProxyMatcher(const ProxyRules &rules)
    : m_rules(rules)
    , m_threads(QThread::idealThreadCount())
{
}

MatchResult ProxyMatcher::match(const QList<MatchRequest> &requests, const QList<MatchOffer> &offers) const
{
    MatchResult refused;
    refused.error = checkMatchInput(m_rules, requests, offers);
    if (!refused.error.isEmpty())
        return refused;
    std::vector<ProxyDepartment> departments = ProxyDepartment::split(requests, offers);

    // Largest departments first, so that the threads finish together; each result goes to its department's slot.
    std::vector<std::size_t> order(departments.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return departments[a].requests.size() + departments[a].offers.size() > departments[b].requests.size() + departments[b].offers.size();
    });
    std::vector<MatchResult> parts(departments.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t k = next++; k < order.size(); k = next++)
            parts[order[k]] = solveDepartment(departments[order[k]], m_rules);
    };
    const int threads = std::max(1, std::min(m_threads, int(order.size())));
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread &t : helpers)
        t.join();
    return ProxyDepartment::merge(requests, std::move(parts));
}

} // namespace relais
