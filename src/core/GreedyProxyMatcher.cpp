#include "GreedyProxyMatcher.h"

namespace relais {

namespace {

/// Offers of one place covering one round, in id order, with per kind (France, abroad) the first one that may still
/// have room: what an offer may take only ever goes down, so the offers before it never have to be looked at again.
struct Candidates {
    std::vector<std::size_t> offers;
    std::array<std::size_t, 2> start{};
};

class DepartmentGreedy
{
public:
    DepartmentGreedy(ProxyDepartment department, const ProxyRules &rules)
        : m_dept(std::move(department))
    {
        m_dept.prepare(rules);
        for (std::size_t r = 0; r < 2; ++r) {
            m_byStation[r].resize(std::size_t(m_dept.stations));
            m_byCommune[r].resize(std::size_t(m_dept.communes));
            for (std::size_t o = 0; o < m_dept.offers.size(); ++o) {
                const ProxyDepartment::Offer &offer = m_dept.offers[o];
                if (offer.totalLeft[r] == 0)
                    continue;
                if (offer.station >= 0)
                    m_byStation[r][std::size_t(offer.station)].offers.push_back(o);
                if (offer.commune >= 0)
                    m_byCommune[r][std::size_t(offer.commune)].offers.push_back(o);
                m_all[r].offers.push_back(o);
            }
        }
    }

    MatchResult run()
    {
        ProxyAnswer answer(m_dept.requests.size(), {-1, -1});
        for (std::size_t i = 0; i < m_dept.requests.size(); ++i) {
            for (int round : {1, 2}) {
                if (!(m_dept.requests[i].source->rounds & roundBit(round)))
                    continue;
                const int o = closest(m_dept.requests[i], round);
                if (o < 0)
                    continue;
                ProxyDepartment::Offer &offer = m_dept.offers[std::size_t(o)];
                --offer.totalLeft[std::size_t(round - 1)];
                if (!m_dept.requests[i].source->abroad)
                    --offer.franceLeft[std::size_t(round - 1)];
                answer[i][std::size_t(round - 1)] = o;
            }
        }
        return m_dept.result(answer);
    }

private:
    int closest(const ProxyDepartment::Request &q, int round)
    {
        const std::size_t r = std::size_t(round - 1);
        int o = -1;
        if (q.station >= 0)
            o = first(m_byStation[r][std::size_t(q.station)], q, round);
        if (o < 0 && q.commune >= 0)
            o = first(m_byCommune[r][std::size_t(q.commune)], q, round);
        if (o < 0)
            o = first(m_all[r], q, round);
        return o;
    }

    /// The first candidate that may take the request and is not the same person.
    int first(Candidates &c, const ProxyDepartment::Request &q, int round)
    {
        const bool abroad = q.source->abroad;
        std::size_t &start = c.start[abroad ? 1 : 0];
        for (std::size_t j = start; j < c.offers.size(); ++j) {
            const ProxyDepartment::Offer &o = m_dept.offers[c.offers[j]];
            if (ProxyDepartment::left(o, round, abroad) == 0) {
                if (j == start)
                    ++start;
                continue;
            }
            if (!ProxyDepartment::samePerson(q, o))
                return int(c.offers[j]);
        }
        return -1;
    }

    ProxyDepartment m_dept;
    std::array<std::vector<Candidates>, 2> m_byStation; ///< per round and polling station
    std::array<std::vector<Candidates>, 2> m_byCommune; ///< per round and commune
    std::array<Candidates, 2> m_all;                    ///< per round: the whole department
};

} // namespace

GreedyProxyMatcher::GreedyProxyMatcher(const ProxyRules &rules)
    : m_rules(rules)
{
}

MatchResult GreedyProxyMatcher::match(const QList<MatchRequest> &requests, const QList<MatchOffer> &offers) const
{
    MatchResult refused;
    refused.error = checkMatchInput(m_rules, requests, offers);
    if (!refused.error.isEmpty())
        return refused;
    std::vector<MatchResult> parts;
    for (ProxyDepartment &d : ProxyDepartment::split(requests, offers))
        parts.push_back(DepartmentGreedy(std::move(d), m_rules).run());
    return ProxyDepartment::merge(requests, std::move(parts));
}

} // namespace relais
