#pragma once

#include "ProxyMatching.h"

namespace relais {

/// The optimal proxy-vote matcher: per round, as many request-rounds served as the rules allow, and among those
/// answers the closest ones (lowest total matchReasonCost).
///
/// Method. Departments are independent (matching never crosses them) and are solved in parallel, the largest first;
/// within a department round 1 is solved, then round 2, each as a min-cost max-flow (MinCostFlow) on a small network:
///
///     source → request group → hub → offer's France node → offer's total node → sink
///
/// - A request group is the requests of one kind (France or abroad) with the same polling station, commune and
///   tie-break class; its capacity is their number, and the flow it gets is shared out among them by id afterwards.
/// - Hubs stand for "every offer at this polling station / in this commune / in this department" (per kind), so a
///   group has at most three edges to reach every offer instead of one per offer: edges grow with requests +
///   offers, not requests × offers, and a hub exists only where some group looks for it. The edge into a hub costs
///   the tier (station 0, commune 1, department 2); a hub feeds its offers for free. Any pairing of what enters a
///   hub with what leaves it is as close as the flow paid for (otherwise the flow was not the cheapest), and each
///   suggestion's reason is computed from the pair itself.
/// - An offer's France node (capacity maxInFrance − held in France) is fed by France requests only and feeds its
///   total node (capacity maxTotal − held in France − held abroad), which requests established abroad enter
///   directly: art. L73 per round, what the offer already holds included.
/// - A person who files both a request and an offer in the department has a "dual" offer. A hub holding dual offers
///   feeds them directly and its other offers through a plain sub-hub; such a person's request is a group of its
///   own that enters the plain sub-hubs, plus one edge to each dual offer of someone else. Their own offer is out of
///   reach exactly (no slot is lost by excluding it afterwards), for a few edges more per such person.
///
/// Objective per round, strictly in this order: the most request-rounds served (the maximum flow), then the lowest
/// proximity cost, then the tie-breaks. Each edge costs tier × scale + tie-break with the scale above any sum of
/// tie-breaks in the round, so a tie-break never costs a served slot or a step of proximity. The rules bind each
/// round separately, so two optimal rounds make an optimal whole. Tie-breaks (lower is better):
/// - round 2: the offer that serves the request's round 1 (found in round 1, or partnerOfferId when round 1 was
///   served earlier) through a direct edge, then requests whose round 1 is served or not needed, so that both rounds
///   go to the same mandataire and requests are fully served when possible;
/// - round 1: partnerOfferId for a request needing round 1 only; otherwise a request that also needs round 2 prefers
///   an offer that can still take it in round 2 and a request needing round 1 only prefers one that cannot (hubs are
///   split by that, in round 1 only).
///
/// Limits. The same-mandataire pairs are a tie-break decided round by round: round 1 is fixed before round 2, and
/// its pairing preference is a heuristic, so a different round-1 answer of equal size and cost may sometimes allow
/// more pairs; served slots and cost are optimal regardless. For the same reason round 1 does not favour the
/// requests round 2 will be able to complete: the number of requests fully served is a consequence, not an
/// objective (a second pass over both rounds raised it by under 1 % for 75 % more time, and was left out; see
/// docs/benchmarks.md). Requests without a department are never matched.
/// The output is deterministic: the input is sorted by id first, so neither its order nor the threads matter.
class ProxyMatcher
{
public:
    explicit ProxyMatcher(const ProxyRules &rules = {});

    /// How many departments are solved at once (default: QThread::idealThreadCount()).
    void setThreadCount(int threads) { m_threads = threads; }
    /// The suggestions for an input; only `error` is set when the input is refused (checkMatchInput).
    MatchResult match(const QList<MatchRequest> &requests, const QList<MatchOffer> &offers) const;

private:
    ProxyRules m_rules;
    int m_threads;
};

} // namespace relais
